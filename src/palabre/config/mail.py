"""Settings of the mail feature: subscriptions, notifications and the job queue."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class MailSettings(BaseModel):
    # Sending
    mail_backend: Literal["console", "smtp", "null"] = Field(
        "console",
        description="How mail leaves: console (printed, for the demo), smtp, or null "
        "(dropped). Production: smtp.",
    )
    smtp_host: str = Field("localhost", description="SMTP server host.")
    smtp_port: int = Field(587, description="SMTP server port (587 STARTTLS, 465 TLS, 25 none).")
    smtp_security: Literal["starttls", "tls", "none"] = Field(
        "starttls",
        description="starttls: upgrade a plain connection; tls: implicit TLS (port 465); none.",
    )
    smtp_username: str = Field("", description="SMTP login; empty: no authentication.")
    smtp_password: str = Field("", description="SMTP password.")
    smtp_timeout: float = Field(15.0, description="Seconds before an SMTP operation is abandoned.")
    mail_from: str = Field("Palabre <noreply@localhost>", description="From header of every mail.")
    mail_reply_to: str = Field("", description="Reply-To header; empty: none.")
    mail_batch_size: int = Field(
        50, description="Mails a worker takes at once, sent over its SMTP connections."
    )
    smtp_connections: int = Field(
        1,
        ge=1,
        le=16,
        description="SMTP connections a worker sends a batch over at once. More help with a "
        "distant relay (while one waits for its reply, another sends), but a worker killed "
        "mid-batch may then resend a mail another connection had just handed over (same "
        "Message-ID); with 1, only a kill between the server's reply and its record can.",
    )

    # Subscriptions
    subscription_confirm_hours: int = Field(
        72, description="Hours a subscription confirmation link stays valid."
    )
    subscription_link_days: int = Field(
        400, description="Days unsubscribe and manage links in a mail stay valid."
    )
    subscribe_cap_per_address_day: int = Field(
        5, description="Confirmation mails one address may receive per day (anti-abuse)."
    )
    notify_cap_per_address_hour: int = Field(
        20, description="Notification mails to one address per hour; more go to the digest."
    )
    notify_cap_per_thread_hour: int = Field(
        4,
        description="Notification mails per article per address per hour; more go to the digest.",
    )
    digest_hour_utc: int = Field(
        7, description="Hour (UTC) at which daily digests are sent.", ge=0, le=23
    )

    # Editors
    editor_emails: list[str] = Field(
        default_factory=list,
        description="Addresses told when a comment is held for review (all sites; a site's "
        "settings may add its own under editor_emails).",
    )
    editor_digest: bool = Field(
        False, description="Editors get one daily digest of held comments instead of a mail each."
    )

    # Job queue
    worker_in_server: bool = Field(
        True,
        description="`palabre serve` runs the job worker in each server process. Turn "
        "off when running `palabre worker` separately.",
    )
    worker_poll_seconds: float = Field(
        0.5, description="How often an idle worker looks for new jobs."
    )
    job_max_attempts: int = Field(
        10, description="Attempts before a job is recorded as failed (see `palabre jobs list`)."
    )
    job_lease_seconds: int = Field(
        120, description="A claimed job returns to the queue if its worker is silent this long."
    )
    job_backoff_seconds: float = Field(
        10.0, description="First retry delay; doubles at each attempt, with jitter."
    )
    job_backoff_max_seconds: float = Field(3600.0, description="Longest retry delay.")
    jobs_keep_days: int = Field(
        30, description="Finished jobs and delivery records are purged after this many days."
    )
