"""Tables of the editors' side: staff, sessions, login attempts, reader reports, rules
about commenters (bans, premod, trust) and the versions of each site's policy.

The audit record of comment decisions stays in ``schema.decisions``; an editor's action
is a row there with actor ``staff:<id>``.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)

from palabre.storage.sql.metadata import Id, metadata

staff = Table(
    "staff",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("email", String(320), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("password_hash", String(200), nullable=False),
    #: "admin" (every site, settings, staff) or "moderator" (the sites listed).
    Column("role", String(16), nullable=False),
    Column("sites", JSON, nullable=False, default=list),
    #: sha256 of the personal API token, for the queue API and scripts.
    Column("api_token_hash", String(64), nullable=True, unique=True),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# Server-side sessions, so that logging out (or disabling an account) ends them at once.
staff_sessions = Table(
    "staff_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("staff_id", Id, ForeignKey("staff.id"), nullable=False),
    Column("csrf_token", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
    Index("ix_staff_sessions_staff", "staff_id"),
)

# Failed logins, per account and per client IP hash, for throttling.
login_failures = Table(
    "login_failures",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_login_failures_key", "key", "created_at"),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("comment_id", Id, ForeignKey("comments.id"), nullable=False),
    Column("reason", String(16), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("reporter_hash", String(64), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    #: Set when an editor acts on the comment; open reports lift it in the queue.
    Column("resolved_at", DateTime(timezone=True), nullable=True),
    Index("ix_reports_open", "resolved_at", "comment_id"),
    Index("ix_reports_comment", "comment_id"),
    Index("ix_reports_reporter", "reporter_hash", "created_at"),
)

# Bans, the premod flag and manual trust, matched on an email hash, an IP hash or an
# author name (casefolded).
commenter_rules = Table(
    "commenter_rules",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("site_id", String(64), ForeignKey("sites.id"), nullable=False),
    Column("rule", String(16), nullable=False),
    Column("match", String(16), nullable=False),
    Column("value", String(320), nullable=False),
    Column("reason", Text, nullable=False, default=""),
    Column("expires_at", DateTime(timezone=True), nullable=True),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Index("ix_commenter_rules_lookup", "site_id", "value"),
)

site_policies = Table(
    "site_policies",
    metadata,
    Column("id", Id, primary_key=True, autoincrement=True),
    Column("site_id", String(64), ForeignKey("sites.id"), nullable=False),
    Column("version", Integer, nullable=False),
    Column("source", Text, nullable=False),
    Column("fingerprint", String(100), nullable=False),
    Column("note", Text, nullable=False, default=""),
    Column("created_by", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    UniqueConstraint("site_id", "version"),
)

# The audit log filters decisions by date.
decisions_time_index = Index("ix_decisions_created", metadata.tables["decisions"].c.created_at)
# The overview counts comments per day over a date range.
comments_time_index = Index("ix_comments_created", metadata.tables["comments"].c.created_at)
