"""Settings of the widget feature."""

from __future__ import annotations

from pydantic import BaseModel


class WidgetSettings(BaseModel):
    pass
