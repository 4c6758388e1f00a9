"""Readers' subscriptions to an article's comments, and the items waiting for a digest."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    String,
    Table,
    UniqueConstraint,
)

from palabre.storage.sql.metadata import Id, metadata

subscriptions = Table(
    "subscriptions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("site_id", String(64), ForeignKey("sites.id"), nullable=False),
    Column("thread_id", Id, ForeignKey("threads.id"), nullable=False),
    # The address is needed to send; its hash matches it to comments (comments.email_hash).
    Column("email", String(320), nullable=False),
    Column("email_hash", String(64), nullable=False),
    Column("mode", String(16), nullable=False),  # all | replies
    Column("lang", String(8), nullable=False),
    Column("digest", Boolean, nullable=False, default=False),
    Column("status", String(16), nullable=False),  # pending | active | ended
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("requested_at", DateTime(timezone=True), nullable=False),
    Column("confirmed_at", DateTime(timezone=True), nullable=True),
    Column("ended_at", DateTime(timezone=True), nullable=True),
    Column("ended_reason", String(32), nullable=True),
    UniqueConstraint("thread_id", "email_hash", "mode"),
    Index("ix_subscriptions_thread", "thread_id", "status"),
    Index("ix_subscriptions_email", "email_hash"),
)

digest_items = Table(
    "digest_items",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("recipient_hash", String(64), nullable=False),
    Column("recipient", String(320), nullable=False),
    Column("lang", String(8), nullable=False),
    Column("kind", String(16), nullable=False),  # comment | held
    Column("subscription_id", Id, nullable=True),
    Column("comment_id", Id, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Index("ix_digest_items_recipient", "recipient_hash", "sent_at"),
)
