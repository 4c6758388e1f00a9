"""Settings of the admin feature: the editors' dashboard, staff sessions, reports."""

from __future__ import annotations

from pydantic import BaseModel, Field


class AdminSettings(BaseModel):
    admin_session_hours: float = Field(
        12.0, description="How long a dashboard login lasts, in hours."
    )
    admin_secure_cookies: bool = Field(
        True,
        description="Send the dashboard's session cookie only over HTTPS. Turn off only for a "
        "local demo on http://127.0.0.1.",
    )
    admin_login_max_failures: int = Field(
        5, description="Failed logins allowed per account and per IP in the window below."
    )
    admin_login_window_seconds: int = Field(
        900, description="Window for the failed-login limit above."
    )
    admin_trust_after: int = Field(
        0,
        description="Default number of published comments after which a commenter skips "
        "pre-moderation; 0 = never. Each site may set its own on the People page.",
    )
    admin_queue_page_size: int = Field(50, description="Comments per page in the queue.")
    admin_live_poll_seconds: float = Field(
        2.0, description="How often the live queue checks the audit record for others' actions."
    )
    report_rate_limit: int = Field(
        10, description="Reports a reader (by IP) may send per hour; 0 = no limit."
    )
