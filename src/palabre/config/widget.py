"""Settings of the widget feature."""

from __future__ import annotations

from pydantic import BaseModel, Field


class WidgetSettings(BaseModel):
    live_poll_seconds: float = Field(
        1.0,
        description="How often a live-updates stream checks its thread for new comments.",
    )
    live_heartbeat_seconds: float = Field(
        15.0,
        description="Seconds between keep-alive comments on a live-updates stream.",
    )
    live_stream_seconds: float = Field(
        600.0,
        description="Longest life of one live-updates stream; the browser then reconnects "
        "and catches up from its last event id.",
    )
    privacy_contact: str = Field(
        "",
        description="Email or URL readers may use to have their comments and data removed, "
        "shown on the privacy notice (/privacy).",
    )
