"""The editors' decisions of one site, read as training labels for ``palabre train``.

A comment's label is its latest staff decision (actor ``staff:<id>``) that set a status:
an editor who first rejected and then approved meant "approve". Edits and featuring are
not judgements of the text and are skipped. The engine's own first record of the comment
is read alongside, for the categories it saw (a rejected comment is rejected *for*
something).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, select

from palabre.storage.sql.schema import comments, decisions, threads

#: Staff decisions that are not a judgement of the comment's text.
NOT_LABELS = ("edit", "feature", "unfeature")
#: Statuses a staff decision may leave that mean something for training.
LABEL_STATUSES = ("published", "rejected", "spam")
_STAFF = decisions.c.actor.like("staff:%")


@dataclass(frozen=True, slots=True)
class Label:
    comment_id: int
    text: str
    lang: str
    #: "published", "rejected" or "spam": the status the editor left.
    status: str
    #: Categories the engine saw when the comment was posted (empty if none or unknown).
    categories: tuple[str, ...]
    actor: str
    decided_at: datetime


def _categories(record: Any) -> tuple[str, ...]:
    if isinstance(record, dict):
        found = record.get("categories")
        if isinstance(found, list):
            return tuple(str(c) for c in found)
    return ()


class LabelQueries:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def for_site(self, site_id: str, limit: int = 200_000) -> Iterator[Label]:
        """Every labelled comment of ``site_id``, oldest decision first."""
        latest = (
            select(func.max(decisions.c.id).label("id"))
            .where(_STAFF, decisions.c.action.not_in(NOT_LABELS))
            .group_by(decisions.c.comment_id)
            .subquery("latest_staff")
        )
        first_engine = (
            select(decisions.c.comment_id, func.min(decisions.c.id).label("id"))
            .where(~_STAFF)
            .group_by(decisions.c.comment_id)
            .subquery("first_engine")
        )
        engine = decisions.alias("engine_decision")
        query = (
            select(
                comments.c.id,
                comments.c.body_markdown,
                comments.c.lang,
                decisions.c.status,
                decisions.c.record,
                decisions.c.actor,
                decisions.c.created_at,
                engine.c.record.label("engine_record"),
            )
            .select_from(latest)
            .join(decisions, decisions.c.id == latest.c.id)
            .join(comments, comments.c.id == decisions.c.comment_id)
            .join(threads, threads.c.id == comments.c.thread_id)
            .outerjoin(first_engine, first_engine.c.comment_id == comments.c.id)
            .outerjoin(engine, and_(engine.c.id == first_engine.c.id))
            .where(
                threads.c.site_id == site_id,
                decisions.c.status.in_(LABEL_STATUSES),
                # The newsroom's own replies are published unmoderated: not a judgement.
                comments.c.author_kind != "staff",
            )
            .order_by(decisions.c.id)
            .limit(limit)
        )
        for row in self.conn.execute(query):
            # The staff record copies the engine's categories; rows written by other
            # tools may not, so the engine's own record is the fallback.
            cats = _categories(row.record) or _categories(row.engine_record)
            yield Label(
                comment_id=int(row.id),
                text=str(row.body_markdown),
                lang=str(row.lang or ""),
                status=str(row.status),
                categories=cats,
                actor=str(row.actor),
                decided_at=row.created_at,
            )

    def count_for_site(self, site_id: str) -> dict[str, int]:
        """How many labels of each status the site has (for ``palabre models list``)."""
        counts: dict[str, int] = {}
        for label in self.for_site(site_id):
            counts[label.status] = counts.get(label.status, 0) + 1
        return counts
