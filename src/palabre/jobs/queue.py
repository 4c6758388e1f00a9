"""A durable job queue in the application's database (SQLite or PostgreSQL).

Why our own and not a library: a job must be written in the *same transaction* as the
change that causes it (the outbox), on SQLite as well as PostgreSQL. Libraries that fit
one of the two (procrastinate: PostgreSQL only; huey: its own connection and a destructive
dequeue, so a killed worker loses its task) cannot share our transaction.

Claiming: on PostgreSQL ``SELECT ... FOR UPDATE SKIP LOCKED`` lets workers take disjoint
batches without waiting on each other; on SQLite the write transaction is ``BEGIN
IMMEDIATE`` (see storage/sql/engines.py), so claims are serialised. Either way a claim is a
*lease* (``locked_until``): a worker that dies without finishing loses its jobs to the next
worker once the lease runs out, so nothing is lost; ``attempts`` counts every claim.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from palabre.storage.sql.tables_jobs import jobs

QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"

# Built once: every mail completes a job, and building an UPDATE costs more than running it.
_HELD_BY = and_(
    jobs.c.id == bindparam("job_id"), jobs.c.locked_by == bindparam("worker"),
    jobs.c.status == RUNNING,
)  # fmt: skip
_COMPLETE = (
    update(jobs)
    .where(_HELD_BY)
    .values(status=DONE, finished_at=bindparam("at"), locked_by=None, locked_until=None)
)


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Job:
    id: int
    queue: str
    kind: str
    payload: dict[str, Any]
    attempts: int
    max_attempts: int
    idempotency_key: str | None = None


@dataclass(frozen=True, slots=True)
class NewJob:
    kind: str
    payload: dict[str, Any]
    idempotency_key: str | None = None
    queue: str = "default"
    run_after: datetime | None = None


def backoff(attempts: int, base: float, cap: float) -> float:
    """Seconds before the next try: doubles per attempt up to ``cap``, then a jitter of
    ±50% so that jobs failed together (a dead SMTP server) do not retry in lockstep."""
    delay: float = min(cap, base * (2.0 ** max(0, attempts - 1)))
    return delay * (0.5 + random.random())


def _as_job(row: Any) -> Job:
    return Job(
        id=int(row.id),
        queue=row.queue,
        kind=row.kind,
        payload=dict(row.payload or {}),
        attempts=int(row.attempts),
        max_attempts=int(row.max_attempts),
        idempotency_key=row.idempotency_key,
    )


class JobQueue:
    """Queue operations over one connection: the caller owns the transaction."""

    def __init__(self, conn: Connection, *, max_attempts: int = 10) -> None:
        self.conn = conn
        self.max_attempts = max_attempts
        self.postgres = conn.dialect.name == "postgresql"

    def enqueue(self, new: Sequence[NewJob], now: datetime | None = None) -> int:
        """Insert jobs; one whose idempotency key is already known is skipped. Returns
        how many were inserted."""
        if not new:
            return 0
        now = now or utcnow()
        rows = [
            {
                "queue": j.queue,
                "kind": j.kind,
                "payload": j.payload,
                "status": QUEUED,
                "attempts": 0,
                "max_attempts": self.max_attempts,
                "run_after": j.run_after or now,
                "idempotency_key": j.idempotency_key,
                "created_at": now,
            }
            for j in new
        ]
        stmt = (pg_insert(jobs) if self.postgres else sqlite_insert(jobs)).on_conflict_do_nothing(
            index_elements=["idempotency_key"]
        )
        # RETURNING counts what was really inserted, on both databases, for executemany.
        return len(self.conn.execute(stmt.returning(jobs.c.id), rows).all())

    def has_due(self, now: datetime | None = None) -> bool:
        """A cheap read, so that an idle worker does not take the write lock to find out."""
        now = now or utcnow()
        return (
            self.conn.execute(select(jobs.c.id).where(self._due(now)).limit(1)).first() is not None
        )

    def _due(self, now: datetime) -> Any:
        return or_(
            and_(jobs.c.status == QUEUED, jobs.c.run_after <= now),
            # A lease that ran out: its worker died or hung; the job is up for grabs again.
            and_(jobs.c.status == RUNNING, jobs.c.locked_until < now),
        )

    def claim(
        self,
        worker: str,
        *,
        limit: int,
        lease_seconds: float,
        kinds: Sequence[str] | None = None,
        now: datetime | None = None,
    ) -> list[Job]:
        """Lease up to ``limit`` due jobs to ``worker``. Call inside a write transaction."""
        now = now or utcnow()
        query = select(jobs.c.id).where(self._due(now)).order_by(jobs.c.run_after, jobs.c.id)
        if kinds:
            query = query.where(jobs.c.kind.in_(list(kinds)))
        query = query.limit(limit)
        if self.postgres:
            query = query.with_for_update(skip_locked=True)
        ids = [int(r.id) for r in self.conn.execute(query)]
        if not ids:
            return []
        self.conn.execute(
            update(jobs)
            .where(jobs.c.id.in_(ids))
            .values(
                status=RUNNING,
                locked_by=worker,
                locked_until=now + timedelta(seconds=lease_seconds),
                attempts=jobs.c.attempts + 1,
            )
        )
        rows = self.conn.execute(select(jobs).where(jobs.c.id.in_(ids)).order_by(jobs.c.id))
        return [_as_job(r) for r in rows]

    def extend_many(
        self, job_ids: Sequence[int], worker: str, lease_seconds: float, now: datetime
    ) -> set[int]:
        """Renew the leases of ``job_ids``, in two statements; returns the ids this worker
        still holds. The others' leases ran out and another worker took them: it must
        leave those alone."""
        if not job_ids:
            return set()
        held = and_(jobs.c.id.in_(list(job_ids)), jobs.c.locked_by == worker,
                    jobs.c.status == RUNNING)  # fmt: skip
        until = now + timedelta(seconds=lease_seconds)
        self.conn.execute(update(jobs).where(held).values(locked_until=until))
        return {int(i) for i in self.conn.execute(select(jobs.c.id).where(held)).scalars()}

    def complete(self, job_id: int, worker: str, now: datetime | None = None) -> bool:
        params = {"job_id": job_id, "worker": worker, "at": now or utcnow()}
        return bool(self.conn.execute(_COMPLETE, params).rowcount)

    def retry_later(
        self, job: Job, worker: str, error: str, *, delay: float, now: datetime | None = None
    ) -> str:
        """Back to the queue after ``delay`` seconds, or ``failed`` once the attempts are
        spent. Returns the new status."""
        now = now or utcnow()
        dead = job.attempts >= job.max_attempts
        values: dict[str, Any] = {
            "last_error": error[:2000],
            "locked_by": None,
            "locked_until": None,
        }
        if dead:
            values |= {"status": FAILED, "finished_at": now}
        else:
            values |= {"status": QUEUED, "run_after": now + timedelta(seconds=delay)}
        self.conn.execute(
            update(jobs)
            .where(jobs.c.id == job.id, jobs.c.locked_by == worker, jobs.c.status == RUNNING)
            .values(**values)
        )
        return FAILED if dead else QUEUED

    def fail(self, job: Job, worker: str, error: str, now: datetime | None = None) -> None:
        """A failure no retry can fix: recorded as failed at once."""
        self.conn.execute(
            update(jobs)
            .where(jobs.c.id == job.id, jobs.c.locked_by == worker, jobs.c.status == RUNNING)
            .values(
                status=FAILED,
                last_error=error[:2000],
                finished_at=now or utcnow(),
                locked_by=None,
                locked_until=None,
            )
        )

    def release(self, job_ids: Sequence[int], worker: str) -> None:
        """Hand back jobs this worker claimed but did not start (it is stopping)."""
        if job_ids:
            self.conn.execute(
                update(jobs)
                .where(
                    jobs.c.id.in_(list(job_ids)),
                    jobs.c.locked_by == worker,
                    jobs.c.status == RUNNING,
                )
                .values(
                    status=QUEUED, locked_by=None, locked_until=None, attempts=jobs.c.attempts - 1
                )
            )

    # Operator's view
    def list(self, status: str | None = None, limit: int = 50) -> list[Any]:
        query = select(jobs).order_by(jobs.c.id.desc()).limit(limit)
        if status:
            query = query.where(jobs.c.status == status)
        return list(self.conn.execute(query))

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute(select(jobs.c.status, func.count()).group_by(jobs.c.status))
        return {r[0]: int(r[1]) for r in rows}

    def retry(self, job_ids: Sequence[int] | None = None, now: datetime | None = None) -> int:
        """Put failed jobs (all, or those given) back in the queue with fresh attempts."""
        query = update(jobs).where(jobs.c.status == FAILED)
        if job_ids is not None:
            query = query.where(jobs.c.id.in_(list(job_ids)))
        result = self.conn.execute(
            query.values(status=QUEUED, attempts=0, run_after=now or utcnow(), finished_at=None)
        )
        return int(result.rowcount or 0)

    def purge(self, before: datetime) -> int:
        """Forget finished jobs; failed ones stay until an operator retries them."""
        result = self.conn.execute(
            delete(jobs).where(jobs.c.status == DONE, jobs.c.finished_at < before)
        )
        return int(result.rowcount or 0)

    def add(self, kind: str, payload: dict[str, Any], **kw: Any) -> int:
        """Enqueue one job, convenience for tests and the CLI."""
        return self.enqueue([NewJob(kind, payload, **kw)])


__all__ = ["DONE", "FAILED", "QUEUED", "RUNNING", "Job", "JobQueue", "NewJob", "backoff"]
