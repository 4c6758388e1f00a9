"""Row ↔ domain mapping."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from palabre.domain.comments import Anchor, Author, AuthorKind, Comment, CommentStatus
from palabre.domain.sites import Language, ModerationMode, Site
from palabre.domain.threads import Thread, ThreadStatus


def aware(value: datetime) -> datetime:
    """SQLite hands datetimes back naive; everything we store is UTC."""
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def site_from_row(row: Any) -> Site:
    return Site(
        id=row.id,
        name=row.name,
        origins=tuple(row.origins or ()),
        language=Language(row.language),
        moderation_mode=ModerationMode(row.moderation_mode),
        auto_create_threads=bool(row.auto_create_threads),
        require_email=bool(row.require_email),
        max_depth=int(row.max_depth),
        edit_window_seconds=int(row.edit_window_seconds),
        settings=dict(row.settings or {}),
    )


def thread_from_row(row: Any) -> Thread:
    return Thread(
        id=int(row.id),
        site_id=row.site_id,
        key=row.key,
        title=row.title,
        url=row.url,
        status=ThreadStatus(row.status),
        created_at=aware(row.created_at),
        version=int(row.version),
        published_count=int(row.published_count),
        inline_count=int(row.inline_count),
    )


def comment_from_row(row: Any) -> Comment:
    anchor = None
    if row.anchor_exact:
        anchor = Anchor(row.anchor_exact, row.anchor_prefix or "", row.anchor_suffix or "")
    return Comment(
        id=int(row.id),
        thread_id=int(row.thread_id),
        parent_id=row.parent_id,
        root_id=row.root_id,
        reply_to_id=row.reply_to_id,
        depth=int(row.depth),
        author=Author(
            kind=AuthorKind(row.author_kind),
            name=row.author_name,
            email=row.author_email,
            website=row.author_website,
        ),
        body_markdown=row.body_markdown,
        body_html=row.body_html,
        status=CommentStatus(row.status),
        created_at=aware(row.created_at),
        edited_at=aware(row.edited_at) if row.edited_at else None,
        upvotes=int(row.upvotes),
        downvotes=int(row.downvotes),
        reply_count=int(row.reply_count),
        anchor=anchor,
        featured=bool(row.featured),
    )
