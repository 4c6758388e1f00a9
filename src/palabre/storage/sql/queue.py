"""Read queries of the moderation queue, the audit log and the overview."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, exists, func, select

from palabre.storage.sql.schema import comments, decisions, threads
from palabre.storage.sql.tables_staff import reports, staff

TABS = ("pending", "reported", "unmoderated", "approved", "rejected", "spam")
_STAFF = decisions.c.actor.like("staff:%")


@dataclass(frozen=True, slots=True)
class QueueFilter:
    tab: str = "pending"
    sites: Sequence[str] | None = None  # None: every site
    site: str | None = None
    article: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    #: Recent unmoderated comments: published by the engine after this time.
    recent_after: datetime | None = None


def _open_reports() -> Any:
    return (
        select(reports.c.comment_id, func.count().label("n"))
        .where(reports.c.resolved_at.is_(None))
        .group_by(reports.c.comment_id)
        .subquery("open_reports")
    )


def _reviewed() -> Any:
    return exists().where(decisions.c.comment_id == comments.c.id, _STAFF)


def queue_query(f: QueueFilter) -> Select[Any]:
    """Comment ids of a tab in queue order, with the filters that SQL can apply."""
    query = select(comments.c.id).join(threads, threads.c.id == comments.c.thread_id)
    if f.tab == "pending":
        # Reported comments rise to the top; then oldest first, as a queue.
        rep = _open_reports()
        query = query.outerjoin(rep, rep.c.comment_id == comments.c.id).where(
            comments.c.status == "pending"
        )
        query = query.order_by(func.coalesce(rep.c.n, 0).desc(), comments.c.id.asc())
    elif f.tab == "reported":
        rep = _open_reports()
        query = query.join(rep, rep.c.comment_id == comments.c.id).where(
            comments.c.status != "deleted"
        )
        query = query.order_by(rep.c.n.desc(), comments.c.id.desc())
    elif f.tab == "unmoderated":
        query = query.where(comments.c.status == "published", ~_reviewed())
        if f.recent_after is not None:
            query = query.where(comments.c.created_at >= f.recent_after)
        query = query.order_by(comments.c.id.desc())
    elif f.tab == "approved":
        query = query.where(comments.c.status == "published", _reviewed())
        query = query.order_by(comments.c.id.desc())
    else:
        query = query.where(comments.c.status == f.tab).order_by(comments.c.id.desc())
    query = query.where(comments.c.author_kind != "staff")
    if f.sites is not None:
        query = query.where(threads.c.site_id.in_(list(f.sites)))
    if f.site:
        query = query.where(threads.c.site_id == f.site)
    if f.article:
        query = query.where(threads.c.key == f.article)
    if f.since:
        query = query.where(comments.c.created_at >= f.since)
    if f.until:
        query = query.where(comments.c.created_at < f.until)
    return query


class QueueQueries:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def ids(self, f: QueueFilter, *, limit: int, offset: int = 0) -> list[int]:
        rows = self.conn.execute(queue_query(f).limit(limit).offset(offset))
        return [int(r[0]) for r in rows]

    def count(self, f: QueueFilter) -> int:
        sub = queue_query(f).order_by(None).subquery()
        return int(self.conn.execute(select(func.count()).select_from(sub)).scalar_one())

    def cards(self, ids: Sequence[int]) -> list[Any]:
        if not ids:
            return []
        query = (
            select(
                comments,
                threads.c.key.label("thread_key"),
                threads.c.title.label("thread_title"),
                threads.c.url.label("thread_url"),
                threads.c.site_id,
            )
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(comments.c.id.in_(list(ids)))
        )
        by_id = {int(r.id): r for r in self.conn.execute(query)}
        return [by_id[i] for i in ids if i in by_id]

    def comments_by_id(self, ids: Sequence[int]) -> dict[int, Any]:
        if not ids:
            return {}
        query = select(
            comments.c.id, comments.c.author_name, comments.c.body_html, comments.c.status
        ).where(comments.c.id.in_(list(ids)))
        return {int(r.id): r for r in self.conn.execute(query)}

    def decisions_for(self, ids: Sequence[int]) -> dict[int, list[Any]]:
        if not ids:
            return {}
        query = (
            select(decisions).where(decisions.c.comment_id.in_(list(ids))).order_by(decisions.c.id)
        )
        out: dict[int, list[Any]] = {}
        for r in self.conn.execute(query):
            out.setdefault(int(r.comment_id), []).append(r)
        return out

    def history(
        self, email_hashes: Sequence[str], ip_hashes: Sequence[str], limit: int = 2000
    ) -> list[Any]:
        """Comments sharing an email or IP hash with the cards, newest first."""
        conds: list[ColumnElement[bool]] = []
        if email_hashes:
            conds.append(comments.c.email_hash.in_(list(email_hashes)))
        if ip_hashes:
            conds.append(comments.c.ip_hash.in_(list(ip_hashes)))
        rows: list[Any] = []
        seen: set[int] = set()
        cols = (
            comments.c.id,
            comments.c.status,
            comments.c.created_at,
            comments.c.email_hash,
            comments.c.ip_hash,
            comments.c.body_markdown,
            comments.c.author_name,
        )
        # One query per index: an OR across two columns would scan the table on SQLite.
        for cond in conds:
            for r in self.conn.execute(
                select(*cols).where(cond).order_by(comments.c.id.desc()).limit(limit)
            ):
                if int(r.id) not in seen:
                    seen.add(int(r.id))
                    rows.append(r)
        return sorted(rows, key=lambda r: -int(r.id))

    def staff_names(self) -> dict[str, str]:
        return {
            f"staff:{r.id}": r.name for r in self.conn.execute(select(staff.c.id, staff.c.name))
        }

    def decisions_after(
        self, after_id: int, sites: Sequence[str] | None, limit: int = 200
    ) -> list[Any]:
        query = (
            select(
                decisions.c.id,
                decisions.c.comment_id,
                decisions.c.actor,
                decisions.c.action,
                decisions.c.status,
                threads.c.site_id,
            )
            .join(comments, comments.c.id == decisions.c.comment_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(decisions.c.id > after_id)
            .order_by(decisions.c.id)
            .limit(limit)
        )
        if sites is not None:
            query = query.where(threads.c.site_id.in_(list(sites)))
        return list(self.conn.execute(query))

    def last_decision_id(self) -> int:
        return int(self.conn.execute(select(func.max(decisions.c.id))).scalar_one() or 0)

    def audit(
        self,
        *,
        sites: Sequence[str] | None,
        site: str | None = None,
        actor: str | None = None,
        action: str | None = None,
        comment_id: int | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Any]:
        query = (
            select(decisions, threads.c.site_id, threads.c.key.label("thread_key"))
            .join(comments, comments.c.id == decisions.c.comment_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .order_by(decisions.c.id.desc())
        )
        conds: list[ColumnElement[bool]] = []
        if sites is not None:
            conds.append(threads.c.site_id.in_(list(sites)))
        if site:
            conds.append(threads.c.site_id == site)
        if actor == "staff":
            conds.append(_STAFF)
        elif actor:
            conds.append(decisions.c.actor == actor)
        if action:
            conds.append(decisions.c.action == action)
        if comment_id is not None:
            conds.append(decisions.c.comment_id == comment_id)
        if since:
            conds.append(decisions.c.created_at >= since)
        if until:
            conds.append(decisions.c.created_at < until)
        if conds:
            query = query.where(and_(*conds))
        return list(self.conn.execute(query.limit(limit).offset(offset)))

    def overview_rows(self, site_id: str, since: datetime) -> list[Any]:
        """Every decision on the site's comments since ``since``, with the comment's
        creation time: enough for the overview's daily figures."""
        query = (
            select(
                decisions.c.comment_id,
                decisions.c.actor,
                decisions.c.action,
                decisions.c.status,
                decisions.c.record,
                decisions.c.created_at,
                comments.c.created_at.label("comment_created"),
            )
            .join(comments, comments.c.id == decisions.c.comment_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .where(threads.c.site_id == site_id, decisions.c.created_at >= since)
            .order_by(decisions.c.id)
        )
        return list(self.conn.execute(query))
