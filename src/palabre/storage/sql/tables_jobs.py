"""The job queue and the record of every mail handed to SMTP.

``jobs`` is a durable queue in the application's own database, so that a job can be
written in the same transaction as the change that causes it. ``mail_deliveries`` is keyed
by the Message-ID: it is what makes a send idempotent across crashes and retries."""

from __future__ import annotations

from sqlalchemy import JSON, Column, DateTime, Index, Integer, String, Table, Text

from palabre.storage.sql.metadata import Id, metadata

jobs = Table(
    "jobs",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("queue", String(32), nullable=False),
    Column("kind", String(64), nullable=False),
    Column("payload", JSON, nullable=False),
    # queued -> running -> done | queued (retry) | failed (dead, kept for the operator)
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("max_attempts", Integer, nullable=False),
    Column("run_after", DateTime(timezone=True), nullable=False),
    Column("locked_by", String(64), nullable=True),
    Column("locked_until", DateTime(timezone=True), nullable=True),
    Column("last_error", Text, nullable=True),
    # Enqueueing twice with one key is a no-op: the outbox dispatcher and the fan-out rely
    # on it to stay idempotent.
    Column("idempotency_key", String(200), nullable=True, unique=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("finished_at", DateTime(timezone=True), nullable=True),
    Index("ix_jobs_due", "status", "run_after"),
)

mail_deliveries = Table(
    "mail_deliveries",
    metadata,
    Column("message_id", String(255), primary_key=True),
    Column("kind", String(32), nullable=False),
    Column("recipient_hash", String(64), nullable=False),
    Column("thread_id", Id, nullable=True),
    # queued -> sending -> sent | bounced | dropped
    Column("status", String(16), nullable=False),
    Column("attempts", Integer, nullable=False, default=0),
    Column("response", String(500), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    # The per-address and per-article caps count recent rows by recipient.
    Index("ix_mail_deliveries_recipient", "recipient_hash", "created_at"),
)
