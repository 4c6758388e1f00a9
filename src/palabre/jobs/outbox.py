"""Committed outbox events become jobs.

Services write events to ``outbox`` in the same transaction as the change; a rolled-back
comment leaves no event, so nothing is ever sent for it. The dispatcher turns committed
events into jobs and marks them dispatched *in one transaction*, so an event becomes its
jobs exactly once even if the process dies in between (and the jobs' idempotency keys make
a second pass harmless anyway).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, update

from palabre.jobs.queue import JobQueue, NewJob
from palabre.storage.sql.database import Database
from palabre.storage.sql.schema import outbox


class OutboxDispatcher:
    def __init__(
        self,
        db: Database,
        routes: Mapping[str, Sequence[str]],
        *,
        guards: Mapping[str, Callable[[Any, Mapping[str, Any]], bool]] | None = None,
        max_attempts: int = 10,
    ) -> None:
        #: event name -> job kinds it starts. Events no one listens to are just marked.
        self.routes = routes
        #: job kind -> whether this event gives it anything to do.
        self.guards = guards or {}
        self.db = db
        self.max_attempts = max_attempts

    def has_pending(self) -> bool:
        with self.db.read() as conn:
            query = select(outbox.c.id).where(outbox.c.dispatched_at.is_(None)).limit(1)
            return conn.execute(query).first() is not None

    def dispatch(self, limit: int = 500) -> int:
        """Turn up to ``limit`` pending events into jobs; returns the number of events."""
        now = datetime.now(UTC)
        with self.db.write() as conn:
            query = (
                select(outbox)
                .where(outbox.c.dispatched_at.is_(None))
                .order_by(outbox.c.id)
                .limit(limit)
            )
            if conn.dialect.name == "postgresql":
                # Two dispatchers (two server processes) split the events between them.
                query = query.with_for_update(skip_locked=True)
            rows = list(conn.execute(query))
            if not rows:
                return 0
            new = [
                NewJob(
                    kind,
                    {**dict(row.payload or {}), "event": row.name, "outbox_id": int(row.id)},
                    idempotency_key=f"outbox:{row.id}:{kind}",
                )
                for row in rows
                for kind in self.routes.get(row.name, ())
                if kind not in self.guards or self.guards[kind](conn, row.payload or {})
            ]
            JobQueue(conn, max_attempts=self.max_attempts).enqueue(new, now)
            conn.execute(
                update(outbox)
                .where(outbox.c.id.in_([int(r.id) for r in rows]))
                .values(dispatched_at=now)
            )
            return len(rows)
