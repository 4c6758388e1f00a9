"""Settings of the mail feature."""

from __future__ import annotations

from pydantic import BaseModel


class MailSettings(BaseModel):
    pass
