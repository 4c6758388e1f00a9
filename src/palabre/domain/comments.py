"""Comments, their life cycle and their authors."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta


class CommentStatus(enum.StrEnum):
    PENDING = "pending"
    PUBLISHED = "published"
    REJECTED = "rejected"
    SPAM = "spam"
    DELETED = "deleted"

    @property
    def is_visible(self) -> bool:
        return self is CommentStatus.PUBLISHED


# Which status an editor, the author or the engine may move a comment to.
# Deleted is terminal: a deleted comment keeps its row (replies hang off it) but never returns.
_TRANSITIONS: dict[CommentStatus, frozenset[CommentStatus]] = {
    CommentStatus.PENDING: frozenset(
        {CommentStatus.PUBLISHED, CommentStatus.REJECTED, CommentStatus.SPAM, CommentStatus.DELETED}
    ),
    CommentStatus.PUBLISHED: frozenset(
        {CommentStatus.PENDING, CommentStatus.REJECTED, CommentStatus.SPAM, CommentStatus.DELETED}
    ),
    CommentStatus.REJECTED: frozenset(
        {CommentStatus.PUBLISHED, CommentStatus.SPAM, CommentStatus.DELETED}
    ),
    CommentStatus.SPAM: frozenset(
        {CommentStatus.PUBLISHED, CommentStatus.REJECTED, CommentStatus.DELETED}
    ),
    CommentStatus.DELETED: frozenset(),
}


def can_transition(current: CommentStatus, new: CommentStatus) -> bool:
    return new == current or new in _TRANSITIONS[current]


class AuthorKind(enum.StrEnum):
    GUEST = "guest"
    STAFF = "staff"


@dataclass(frozen=True, slots=True)
class Author:
    kind: AuthorKind
    name: str
    email: str | None = None
    website: str | None = None


@dataclass(frozen=True, slots=True)
class Anchor:
    """The passage of the article an inline comment is about.

    The exact text plus a little context on each side (the W3C text-quote selector),
    so the passage can still be found after small edits to the article.
    """

    exact: str
    prefix: str = ""
    suffix: str = ""


class VoteValue(enum.IntEnum):
    DOWN = -1
    UP = 1


@dataclass(frozen=True, slots=True)
class Comment:
    id: int
    thread_id: int
    parent_id: int | None
    root_id: int | None
    reply_to_id: int | None
    depth: int
    author: Author
    body_markdown: str
    body_html: str
    status: CommentStatus
    created_at: datetime
    edited_at: datetime | None
    upvotes: int
    downvotes: int
    reply_count: int
    anchor: Anchor | None
    featured: bool = False

    @property
    def score(self) -> int:
        return self.upvotes - self.downvotes

    def editable_until(self, window: timedelta) -> datetime:
        return self.created_at + window


def place_reply(parent_depth: int, max_depth: int) -> tuple[bool, int]:
    """Where a reply to a comment at ``parent_depth`` goes.

    Returns (attach_to_parent, depth). Past the site's maximum depth a reply is attached
    to the deepest allowed ancestor instead, and keeps a reference to whom it answers.
    """
    wanted = parent_depth + 1
    if wanted <= max_depth:
        return True, wanted
    return False, max_depth
