"""Repositories over one connection; the caller owns the transaction (see database.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, func, insert, or_, select, tuple_, update
from sqlalchemy.exc import IntegrityError

from palabre.domain.comments import Comment
from palabre.domain.sites import Site
from palabre.domain.threads import Thread
from palabre.storage.sql.rows import comment_from_row, site_from_row, thread_from_row
from palabre.storage.sql.schema import comments, sites, threads

# Statements used on every post or read are built once: building them per call (with
# ``.values(**kw)``) costs more than executing them on SQLite.
_THREAD_BY_KEY = select(threads).where(
    threads.c.site_id == bindparam("site_id"), threads.c.key == bindparam("key")
)
_THREAD_BY_ID = select(threads).where(threads.c.id == bindparam("thread_id"))
# The job worker reads the site of every held comment (are there editors to tell?).
_SITE_BY_ID = select(sites).where(sites.c.id == bindparam("site_id"))
_TOUCH_THREAD = (
    update(threads)
    .where(threads.c.id == bindparam("thread_id"))
    .values(
        version=threads.c.version + 1,
        published_count=threads.c.published_count + bindparam("d_published"),
        inline_count=threads.c.inline_count + bindparam("d_inline"),
    )
    .returning(threads.c.version)
)
_INSERT_COMMENT = insert(comments).returning(*comments.c)
_PUBLISHED_SINCE = (
    select(comments)
    .where(
        comments.c.thread_id == bindparam("thread_id"),
        comments.c.published_version > bindparam("version"),
    )
    .order_by(comments.c.published_version)
    .limit(bindparam("limit"))
)
_ADD_VOTES = (
    update(comments)
    .where(comments.c.id == bindparam("comment_id"))
    .values(
        upvotes=comments.c.upvotes + bindparam("up"),
        downvotes=comments.c.downvotes + bindparam("down"),
        score=comments.c.score + bindparam("up") - bindparam("down"),
    )
    .returning(comments.c.upvotes, comments.c.downvotes)
)
_COMMENT_BY_ID = select(comments).where(comments.c.id == bindparam("comment_id"))
_ADJUST_REPLIES = (
    update(comments)
    .where(comments.c.id == bindparam("b_parent_id"))
    .values(reply_count=comments.c.reply_count + bindparam("delta"))
)
_SINCE = {
    column: select(func.count()).where(
        comments.c[column] == bindparam("value"), comments.c.created_at >= bindparam("since")
    )
    for column in ("ip_hash", "email_hash")
}
_SAME_BODY = (
    select(comments.c.thread_id, func.count())
    .where(
        comments.c.body_fingerprint == bindparam("fp"), comments.c.created_at >= bindparam("since")
    )
    .group_by(comments.c.thread_id)
)


class SiteRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, site_id: str) -> Site | None:
        row = self.conn.execute(_SITE_BY_ID, {"site_id": site_id}).first()
        return site_from_row(row) if row else None

    def all(self) -> list[Site]:
        return [site_from_row(r) for r in self.conn.execute(select(sites).order_by(sites.c.id))]

    def add(self, site: Site, now: datetime) -> None:
        self.conn.execute(
            insert(sites).values(
                id=site.id,
                name=site.name,
                origins=list(site.origins),
                language=site.language.value,
                moderation_mode=site.moderation_mode.value,
                auto_create_threads=site.auto_create_threads,
                require_email=site.require_email,
                max_depth=site.max_depth,
                edit_window_seconds=site.edit_window_seconds,
                settings=dict(site.settings),
                created_at=now,
            )
        )

    def update(self, site: Site) -> None:
        self.conn.execute(
            update(sites)
            .where(sites.c.id == site.id)
            .values(
                name=site.name,
                origins=list(site.origins),
                language=site.language.value,
                moderation_mode=site.moderation_mode.value,
                auto_create_threads=site.auto_create_threads,
                require_email=site.require_email,
                max_depth=site.max_depth,
                edit_window_seconds=site.edit_window_seconds,
                settings=dict(site.settings),
            )
        )


class ThreadRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def by_key(self, site_id: str, key: str) -> Thread | None:
        row = self.conn.execute(_THREAD_BY_KEY, {"site_id": site_id, "key": key}).first()
        return thread_from_row(row) if row else None

    def get(self, thread_id: int) -> Thread | None:
        row = self.conn.execute(_THREAD_BY_ID, {"thread_id": thread_id}).first()
        return thread_from_row(row) if row else None

    def create(self, site_id: str, key: str, title: str, url: str, now: datetime) -> Thread:
        try:
            with self.conn.begin_nested():
                self.conn.execute(
                    insert(threads).values(
                        site_id=site_id,
                        key=key,
                        title=title,
                        url=url,
                        status="open",
                        created_at=now,
                        version=1,
                        published_count=0,
                        inline_count=0,
                    )
                )
        except IntegrityError:
            pass  # Another request created it first; both then use the same row.
        thread = self.by_key(site_id, key)
        assert thread is not None
        return thread

    def touch(self, thread_id: int, *, published: int = 0, inline: int = 0) -> int:
        """Record a change readers can see: new version, adjusted counters. Returns the
        new version. The row stays locked until commit, so a thread's versions commit in
        order (PostgreSQL) as they do anyway with SQLite's one writer."""
        params = {"thread_id": thread_id, "d_published": published, "d_inline": inline}
        return int(self.conn.execute(_TOUCH_THREAD, params).scalar_one())

    def set_fields(self, thread_id: int, **values: Any) -> None:
        self.conn.execute(
            update(threads)
            .where(threads.c.id == thread_id)
            .values(version=threads.c.version + 1, **values)
        )

    def counts(self, site_id: str, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        rows = self.conn.execute(
            select(threads.c.key, threads.c.published_count, threads.c.inline_count).where(
                threads.c.site_id == site_id, threads.c.key.in_(list(keys))
            )
        )
        return {r.key: (int(r.published_count), int(r.inline_count)) for r in rows}

    def list(self, site_id: str, limit: int = 100) -> list[Thread]:
        rows = self.conn.execute(
            select(threads)
            .where(threads.c.site_id == site_id)
            .order_by(threads.c.id.desc())
            .limit(limit)
        )
        return [thread_from_row(r) for r in rows]


@dataclass(frozen=True, slots=True)
class PageCursor:
    """Where the previous page ended: the last root's id, and its score for ``top``."""

    id: int
    score: int | None = None


class CommentRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, comment_id: int) -> Comment | None:
        row = self.get_row(comment_id)
        return comment_from_row(row) if row else None

    def get_row(self, comment_id: int) -> Any:
        return self.conn.execute(_COMMENT_BY_ID, {"comment_id": comment_id}).first()

    def insert(self, **values: Any) -> Any:
        """Insert a comment; returns its whole row."""
        return self.conn.execute(_INSERT_COMMENT, values).one()

    def update(self, comment_id: int, **values: Any) -> None:
        self.conn.execute(update(comments).where(comments.c.id == comment_id).values(**values))

    def update_from(self, comment_id: int, expected: str, **values: Any) -> bool:
        """Update the comment only if its status is still ``expected``; False when another
        transaction changed it first (PostgreSQL re-checks the condition once that one
        commits), so that the loser of a race does not count the change twice."""
        result = self.conn.execute(
            update(comments)
            .where(comments.c.id == comment_id, comments.c.status == expected)
            .values(**values)
        )
        return bool(result.rowcount)

    def add_votes(self, comment_id: int, up: int, down: int) -> tuple[int, int]:
        """Add to the vote totals in place; returns the new (upvotes, downvotes)."""
        row = self.conn.execute(_ADD_VOTES, {"comment_id": comment_id, "up": up, "down": down})
        new = row.one()
        return int(new.upvotes), int(new.downvotes)

    def adjust_replies(self, parent_id: int, delta: int) -> None:
        self.conn.execute(_ADJUST_REPLIES, {"b_parent_id": parent_id, "delta": delta})

    def page_of_roots(
        self, thread_id: int, sort: str, limit: int, cursor: PageCursor | None
    ) -> list[Any]:
        base = [
            comments.c.thread_id == thread_id,
            comments.c.listed.is_(True),
            comments.c.depth == 0,
        ]
        query = select(comments).where(*base)
        if sort == "oldest":
            if cursor:
                query = query.where(comments.c.id > cursor.id)
            query = query.order_by(comments.c.id.asc())
        elif sort == "newest":
            if cursor:
                query = query.where(comments.c.id < cursor.id)
            query = query.order_by(comments.c.id.desc())
        else:
            if cursor:
                query = query.where(
                    tuple_(comments.c.score, comments.c.id) < tuple_(cursor.score or 0, cursor.id)
                )
            query = query.order_by(comments.c.score.desc(), comments.c.id.desc())
        return list(self.conn.execute(query.limit(limit)))

    def replies_of_roots(self, root_ids: Sequence[int]) -> list[Any]:
        if not root_ids:
            return []
        query = (
            select(comments)
            .where(comments.c.root_id.in_(list(root_ids)), comments.c.listed.is_(True))
            .order_by(comments.c.id.asc())
        )
        return list(self.conn.execute(query))

    def published_since(self, thread_id: int, version: int, limit: int) -> list[Any]:
        """Comments published, edited or taken down after the thread's ``version``, in
        the order they were (``live_change`` says which)."""
        return list(
            self.conn.execute(_PUBLISHED_SINCE, {"thread_id": thread_id, "version": version,
                                                 "limit": limit})
        )  # fmt: skip

    def by_status(self, site_id: str | None, status: str, limit: int = 100) -> list[Any]:
        query = (
            select(comments, threads.c.key.label("thread_key"), threads.c.site_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(comments.c.status == status)
            .order_by(comments.c.id.asc())
            .limit(limit)
        )
        if site_id:
            query = query.where(threads.c.site_id == site_id)
        return list(self.conn.execute(query))

    def count_since(self, column: str, value: str, since: datetime) -> int:
        return int(self.conn.execute(_SINCE[column], {"value": value, "since": since}).scalar_one())

    def same_body(self, fp: str, thread_id: int | None, since: datetime) -> tuple[int, int]:
        rows = self.conn.execute(_SAME_BODY, {"fp": fp, "since": since})
        here = elsewhere = 0
        for tid, n in rows:
            if tid == thread_id:
                here += int(n)
            else:
                elsewhere += int(n)
        return here, elsewhere

    def known_spammer(self, ip_hash: str | None, email_hash: str | None) -> bool:
        conds = []
        if ip_hash:
            conds.append(comments.c.ip_hash == ip_hash)
        if email_hash:
            conds.append(comments.c.email_hash == email_hash)
        if not conds:
            return False
        row = self.conn.execute(
            select(comments.c.id).where(or_(*conds), comments.c.status == "spam").limit(1)
        ).first()
        return row is not None
