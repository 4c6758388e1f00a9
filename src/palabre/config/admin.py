"""Settings of the admin feature."""

from __future__ import annotations

from pydantic import BaseModel


class AdminSettings(BaseModel):
    pass
