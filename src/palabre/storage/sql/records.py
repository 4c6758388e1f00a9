"""What comments leave behind: readers' votes, the audit trail of every decision, and
the outbox of events handed on after commit. Repositories over one connection; the caller
owns the transaction (see database.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, func, insert, select, update

from palabre.domain.events import Event
from palabre.storage.sql.schema import decisions, outbox, votes

# Built once: a statement made per call with .values() is compiled and cache-keyed anew.
_INSERT_DECISION = insert(decisions)
_INSERT_EVENTS = insert(outbox)


class VoteRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def current(self, comment_id: int, voter: str) -> int:
        row = self.conn.execute(
            select(votes.c.value).where(
                and_(votes.c.comment_id == comment_id, votes.c.voter_hash == voter)
            )
        ).first()
        return int(row.value) if row else 0

    def set(
        self, comment_id: int, voter: str, value: int, ip_hash: str | None, now: datetime
    ) -> None:
        where = and_(votes.c.comment_id == comment_id, votes.c.voter_hash == voter)
        if value == 0:
            self.conn.execute(votes.delete().where(where))
            return
        done = self.conn.execute(update(votes).where(where).values(value=value, created_at=now))
        if done.rowcount == 0:
            self.conn.execute(
                insert(votes).values(
                    comment_id=comment_id,
                    voter_hash=voter,
                    value=value,
                    ip_hash=ip_hash,
                    created_at=now,
                )
            )

    def recent_by_ip(self, ip_hash: str, since: datetime) -> int:
        return int(
            self.conn.execute(
                select(func.count()).where(votes.c.ip_hash == ip_hash, votes.c.created_at >= since)
            ).scalar_one()
        )


class DecisionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self,
        comment_id: int,
        actor: str,
        action: str,
        status: str,
        record: dict[str, Any],
        policy_version: str,
        now: datetime,
    ) -> None:
        self.conn.execute(
            _INSERT_DECISION,
            {
                "comment_id": comment_id,
                "actor": actor,
                "action": action,
                "status": status,
                "record": record,
                "policy_version": policy_version,
                "created_at": now,
            },
        )

    def for_comment(self, comment_id: int) -> list[Any]:
        return list(
            self.conn.execute(
                select(decisions)
                .where(decisions.c.comment_id == comment_id)
                .order_by(decisions.c.id)
            )
        )


class OutboxRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, events: Sequence[Event], now: datetime) -> None:
        if events:
            self.conn.execute(
                _INSERT_EVENTS,
                [{"name": e.name, "payload": e.payload(), "created_at": now} for e in events],
            )

    def purge_dispatched(self, before: datetime) -> int:
        """Forget events handed on before ``before``; undispatched ones always stay."""
        done = self.conn.execute(
            outbox.delete().where(
                outbox.c.dispatched_at.is_not(None), outbox.c.dispatched_at < before
            )
        )
        return int(done.rowcount or 0)

    def pending(self, limit: int = 100) -> list[Any]:
        return list(
            self.conn.execute(
                select(outbox)
                .where(outbox.c.dispatched_at.is_(None))
                .order_by(outbox.c.id)
                .limit(limit)
            )
        )
