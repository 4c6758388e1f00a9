"""Use cases of a reader: a page of a thread, counts for a list of articles."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from palabre.domain.comments import Comment, CommentStatus
from palabre.domain.errors import InvalidInput, NotFound
from palabre.domain.sites import Site
from palabre.domain.threads import Thread
from palabre.storage.sql.database import Database
from palabre.storage.sql.repositories import CommentRepository, PageCursor, ThreadRepository
from palabre.storage.sql.rows import comment_from_row
from palabre.text.clean import is_possible_key


class Sort(StrEnum):
    OLDEST = "oldest"
    NEWEST = "newest"
    TOP = "top"


MAX_PAGE = 200


@dataclass(frozen=True, slots=True)
class LiveChange:
    """What a live stream tells readers about one comment: ``publish`` (new on the page),
    ``edit`` (a new text) or ``remove`` (taken down; ``listed`` when it stays as a
    "deleted" placeholder above its replies), at thread ``version``."""

    version: int
    change: str
    comment: Comment
    listed: bool


@dataclass(frozen=True, slots=True)
class ThreadPage:
    thread: Thread
    sort: Sort
    #: Top-level comments of this page, each followed by its listed replies (oldest first).
    comments: list[Comment]
    next_cursor: str | None


def encode_cursor(cursor: PageCursor) -> str:
    raw = f"{cursor.id}" if cursor.score is None else f"{cursor.id}:{cursor.score}"
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(value: str | None, sort: Sort) -> PageCursor | None:
    if not value:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode()
        parts = raw.split(":")
        if sort is Sort.TOP:
            return PageCursor(int(parts[0]), int(parts[1]))
        return PageCursor(int(parts[0]))
    except (ValueError, IndexError, binascii.Error, UnicodeDecodeError):
        raise InvalidInput("invalid_cursor", field="cursor") from None


class ReadingService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def thread(self, site: Site, key: str) -> Thread | None:
        if not is_possible_key(key):
            return None
        with self.db.read() as conn:
            return ThreadRepository(conn).by_key(site.id, key)

    def page(
        self,
        thread: Thread,
        *,
        sort: Sort = Sort.OLDEST,
        limit: int = 50,
        cursor: str | None = None,
    ) -> ThreadPage:
        if not 1 <= limit <= MAX_PAGE:
            raise InvalidInput("invalid_limit", field="limit", max=MAX_PAGE)
        position = decode_cursor(cursor, sort)
        with self.db.read() as conn:
            repo = CommentRepository(conn)
            # One extra row tells whether there is a next page without a COUNT.
            roots = repo.page_of_roots(thread.id, sort.value, limit + 1, position)
            more = len(roots) > limit
            roots = roots[:limit]
            replies = repo.replies_of_roots([int(r.id) for r in roots])
        by_root: dict[int, list[Comment]] = {}
        for row in replies:
            by_root.setdefault(int(row.root_id), []).append(comment_from_row(row))
        ordered: list[Comment] = []
        for row in roots:
            ordered.append(comment_from_row(row))
            ordered.extend(by_root.get(int(row.id), ()))
        next_cursor = None
        if more and roots:
            last = roots[-1]
            next_cursor = encode_cursor(
                PageCursor(int(last.id), int(last.score) if sort is Sort.TOP else None)
            )
        return ThreadPage(thread, sort, ordered, next_cursor)

    def comment(self, site: Site, comment_id: int) -> tuple[Thread, Comment]:
        with self.db.read() as conn:
            comment = CommentRepository(conn).get(comment_id)
            thread = ThreadRepository(conn).get(comment.thread_id) if comment else None
        if comment is None or thread is None or thread.site_id != site.id:
            raise NotFound("comment_not_found")
        return thread, comment

    def published_since(self, thread: Thread, version: int, limit: int = 200) -> list[LiveChange]:
        """What readers saw change after the thread's ``version``: comments published
        (posted or approved), edited while published, or taken down."""
        with self.db.read() as conn:
            rows = CommentRepository(conn).published_since(thread.id, version, limit)
        out = []
        for row in rows:
            comment = comment_from_row(row)
            change = row.live_change or "publish"
            if comment.status is not CommentStatus.PUBLISHED:
                change = "remove"
            out.append(LiveChange(int(row.published_version), change, comment, bool(row.listed)))
        return out

    def counts(self, site: Site, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        possible = [k for k in keys if is_possible_key(k)]
        with self.db.read() as conn:
            found = ThreadRepository(conn).counts(site.id, possible) if possible else {}
        return {key: found.get(key, (0, 0)) for key in keys}
