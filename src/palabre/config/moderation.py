"""Settings of the moderation feature."""

from __future__ import annotations

from pydantic import BaseModel


class ModerationSettings(BaseModel):
    pass
