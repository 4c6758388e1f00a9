"""Core tables: sites, threads, comments, votes, decisions and the outbox.

One schema for SQLite and PostgreSQL alike. Alembic migrations mirror it and a test checks
that they do not drift."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from palabre.storage.sql.metadata import Id, metadata

sites = Table(
    "sites",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("origins", JSON, nullable=False, default=list),
    Column("language", String(8), nullable=False, default="fr"),
    Column("moderation_mode", String(16), nullable=False, default="auto"),
    Column("auto_create_threads", Boolean, nullable=False, default=True),
    Column("require_email", Boolean, nullable=False, default=False),
    Column("max_depth", SmallInteger, nullable=False, default=5),
    Column("edit_window_seconds", Integer, nullable=False, default=900),
    Column("settings", JSON, nullable=False, default=dict),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

threads = Table(
    "threads",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("site_id", String(64), ForeignKey("sites.id"), nullable=False),
    Column("key", String(500), nullable=False),
    Column("title", String(500), nullable=False, default=""),
    Column("url", String(2000), nullable=False, default=""),
    Column("status", String(16), nullable=False, default="open"),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("version", Integer, nullable=False, default=1),
    Column("published_count", Integer, nullable=False, default=0),
    Column("inline_count", Integer, nullable=False, default=0),
    UniqueConstraint("site_id", "key"),
)

comments = Table(
    "comments",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("thread_id", Id, ForeignKey("threads.id"), nullable=False),
    Column("parent_id", Id, ForeignKey("comments.id"), nullable=True),
    Column("root_id", Id, nullable=True),
    Column("reply_to_id", Id, nullable=True),
    Column("depth", SmallInteger, nullable=False, default=0),
    Column("status", String(16), nullable=False),
    Column("author_kind", String(16), nullable=False, default="guest"),
    Column("author_name", String(200), nullable=False),
    Column("author_email", String(320), nullable=True),
    Column("author_website", String(2000), nullable=True),
    Column("email_hash", String(64), nullable=True),
    Column("ip_hash", String(64), nullable=True),
    Column("body_markdown", Text, nullable=False),
    Column("body_html", Text, nullable=False),
    Column("body_fingerprint", String(64), nullable=False),
    Column("lang", String(8), nullable=True),
    Column("anchor_exact", Text, nullable=True),
    Column("anchor_prefix", Text, nullable=True),
    Column("anchor_suffix", Text, nullable=True),
    Column("upvotes", Integer, nullable=False, default=0),
    Column("downvotes", Integer, nullable=False, default=0),
    Column("score", Integer, nullable=False, default=0),
    Column("reply_count", Integer, nullable=False, default=0),
    Column("featured", Boolean, nullable=False, default=False),
    # Listed in the thread: published, or deleted but still holding published replies.
    Column("listed", Boolean, nullable=False, default=False),
    Column("edit_token_hash", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("edited_at", DateTime(timezone=True), nullable=True),
    # The thread's version when readers last saw the comment change: published, edited
    # while published, or taken down. Live streams resume from it, so a comment approved
    # late still reaches readers (its id may be older than theirs).
    Column("published_version", Id, nullable=True),
    # That change, for live streams: "publish", "edit" or "remove" (NULL: "publish").
    Column("live_change", String(8), nullable=True),
    # Keyset pagination of a thread's top-level comments, oldest/newest and by score.
    Index("ix_comments_thread_page", "thread_id", "listed", "depth", "id"),
    Index("ix_comments_thread_top", "thread_id", "listed", "depth", "score", "id"),
    Index("ix_comments_root", "root_id"),
    Index("ix_comments_thread_published", "thread_id", "published_version"),
    Index("ix_comments_fingerprint", "body_fingerprint", "created_at"),
    Index("ix_comments_ip", "ip_hash", "created_at"),
    Index("ix_comments_email", "email_hash", "created_at"),
    Index("ix_comments_status", "status", "created_at"),
)

votes = Table(
    "votes",
    metadata,
    Column("comment_id", Id, ForeignKey("comments.id"), primary_key=True),
    Column("voter_hash", String(64), primary_key=True),
    Column("value", SmallInteger, nullable=False),
    Column("ip_hash", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_votes_ip", "ip_hash", "created_at"),
)

# The audit record: every decision on a comment, by the engine or by an editor.
decisions = Table(
    "decisions",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("comment_id", Id, ForeignKey("comments.id"), nullable=False),
    Column("actor", String(200), nullable=False),
    Column("action", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("record", JSON, nullable=False),
    Column("policy_version", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_decisions_comment", "comment_id", "id"),
)

# Events written in the same transaction as the change that caused them; the job runner
# hands them on only once they are committed.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("name", String(64), nullable=False),
    Column("payload", JSON, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("dispatched_at", DateTime(timezone=True), nullable=True),
    Index("ix_outbox_pending", "dispatched_at", "id"),
)
