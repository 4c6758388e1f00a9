"""The one place where a comment changes status, and with it what readers see.

Counters (the thread's published and inline counts, a parent's reply count), the
``listed`` flag and the thread version all follow from the status, so every status change
goes through :func:`change_status` and they cannot drift apart.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from palabre.domain.comments import CommentStatus, can_transition
from palabre.domain.errors import ChangedMeanwhile, Conflict
from palabre.domain.events import CommentDeleted, CommentHeld, CommentPublished, Event
from palabre.storage.sql.database import rerun_on
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository

RERUNS = 3
#: For a use case that reads a comment and then changes it in its author's name: when
#: another writer (an editor's decision) changed the comment in between, read it again and
#: decide anew, rather than answer the author a conflict they did not cause.
rerun_if_changed = rerun_on(lambda exc: isinstance(exc, ChangedMeanwhile), RERUNS)


def is_listed(status: CommentStatus, reply_count: int) -> bool:
    """Published comments are listed; a deleted one stays as a placeholder for its replies."""
    return status is CommentStatus.PUBLISHED or (
        status is CommentStatus.DELETED and reply_count > 0
    )


def count_new(conn: Connection, *, thread_id: int, parent_id: int | None, inline: bool) -> int:
    """Account for a comment stored as published; returns the thread's new version, the
    comment's ``published_version``."""
    if parent_id is not None:
        _adjust_parent(conn, parent_id, +1)
    return ThreadRepository(conn).touch(thread_id, published=1, inline=1 if inline else 0)


def change_status(
    conn: Connection, row: Any, new: CommentStatus, *, site_id: str, **extra: Any
) -> list[Event]:
    """Move the comment in ``row`` to ``new``; ``extra`` columns are updated alongside."""
    old = CommentStatus(row.status)
    if not can_transition(old, new):
        raise Conflict("invalid_transition", current=old.value, wanted=new.value)
    comments = CommentRepository(conn)
    if not comments.update_from(
        row.id, old.value, status=new.value, listed=is_listed(new, row.reply_count), **extra
    ):
        # Changed meanwhile by someone else: their change counted; ours would count twice.
        raise ChangedMeanwhile("invalid_transition", current="changed", wanted=new.value)
    delta = int(new is CommentStatus.PUBLISHED) - int(old is CommentStatus.PUBLISHED)
    if delta and row.parent_id is not None:
        _adjust_parent(conn, row.parent_id, delta)
    # The thread row last, as every writer takes its locks (comment, parent, thread):
    # PostgreSQL would otherwise deadlock two of them.
    version = ThreadRepository(conn).touch(
        row.thread_id, published=delta, inline=delta if row.anchor_exact else 0
    )
    if delta or old is CommentStatus.PUBLISHED:
        # Live streams tell readers from this version on (its row is already ours): a new
        # comment, a new text, or one to take off the page.
        change = "publish" if delta > 0 else "remove" if delta < 0 else "edit"
        comments.update(row.id, published_version=version, live_change=change)
    if old == new:
        return []
    kinds: dict[CommentStatus, type[CommentPublished | CommentHeld | CommentDeleted]] = {
        CommentStatus.PUBLISHED: CommentPublished,
        CommentStatus.PENDING: CommentHeld,
        CommentStatus.DELETED: CommentDeleted,
    }
    kind = kinds.get(new)
    if kind is None:
        return []
    return [kind(comment_id=int(row.id), thread_id=int(row.thread_id), site_id=site_id)]


def _adjust_parent(conn: Connection, parent_id: int, delta: int) -> None:
    comments = CommentRepository(conn)
    comments.adjust_replies(parent_id, delta)
    parent = comments.get_row(parent_id)
    if parent is not None:
        listed = is_listed(CommentStatus(parent.status), int(parent.reply_count))
        if listed != bool(parent.listed):
            comments.update(parent_id, listed=listed)
