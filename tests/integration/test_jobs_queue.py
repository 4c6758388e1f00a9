"""The job queue on SQLite and PostgreSQL: idempotent enqueue, leases, backoff, dead jobs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from palabre.domain.events import CommentHeld, CommentPublished
from palabre.jobs.outbox import OutboxDispatcher
from palabre.jobs.queue import FAILED, QUEUED, JobQueue, NewJob, backoff
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import OutboxRepository


def test_enqueue_is_idempotent_by_key(db: Database) -> None:
    with db.write() as conn:
        q = JobQueue(conn)
        assert q.enqueue([NewJob("k", {"a": 1}, idempotency_key="x"), NewJob("k", {}, "y")]) == 2
        assert q.enqueue([NewJob("k", {"a": 2}, idempotency_key="x")]) == 0
        assert q.counts() == {QUEUED: 2}


def test_claims_are_disjoint_and_a_lapsed_lease_is_taken_over(db: Database) -> None:
    with db.write() as conn:
        JobQueue(conn).enqueue([NewJob("k", {"n": i}) for i in range(5)])
    with db.write() as conn:
        first = JobQueue(conn).claim("w1", limit=3, lease_seconds=60)
    with db.write() as conn:
        second = JobQueue(conn).claim("w2", limit=10, lease_seconds=60)
    assert len(first) == 3 and len(second) == 2
    assert not {j.id for j in first} & {j.id for j in second}
    # w1 dies: once its lease is over, w3 gets its jobs, and w1 can no longer settle them.
    later = datetime.now(UTC) + timedelta(seconds=61)
    with db.write() as conn:
        third = JobQueue(conn).claim("w3", limit=10, lease_seconds=60, now=later)
    assert sorted(j.id for j in third) == sorted(j.id for j in first + second)
    assert all(j.attempts == 2 for j in third)
    with db.write() as conn:
        q = JobQueue(conn)
        assert not q.complete(first[0].id, "w1")
        assert q.complete(first[0].id, "w3")


def test_retries_back_off_then_fail_and_can_be_retried(db: Database) -> None:
    with db.write() as conn:
        JobQueue(conn, max_attempts=2).add("k", {})
    now = datetime.now(UTC)
    with db.write() as conn:
        (job,) = JobQueue(conn).claim("w", limit=1, lease_seconds=60, now=now)
        assert JobQueue(conn).retry_later(job, "w", "451 later", delay=30, now=now) == QUEUED
    with db.write() as conn:
        assert JobQueue(conn).claim("w", limit=1, lease_seconds=60, now=now) == []
        (job,) = JobQueue(conn).claim(
            "w", limit=1, lease_seconds=60, now=now + timedelta(seconds=31)
        )
        assert JobQueue(conn).retry_later(job, "w", "451 again", delay=30) == FAILED
    with db.write() as conn:
        q = JobQueue(conn)
        (dead,) = q.list(FAILED)
        assert dead.last_error == "451 again" and dead.attempts == 2
        assert q.retry() == 1
        (job,) = q.claim("w", limit=1, lease_seconds=60)
        assert job.attempts == 1


def test_backoff_doubles_with_jitter_and_a_cap() -> None:
    for attempt, middle in ((1, 10), (2, 20), (3, 40)):
        delays = [backoff(attempt, 10, 3600) for _ in range(200)]
        assert middle * 0.5 <= min(delays) and max(delays) <= middle * 1.5
        assert len(set(delays)) > 100
    assert backoff(30, 10, 60) <= 90


def test_dispatch_turns_committed_events_into_jobs_once(db: Database) -> None:
    now = datetime.now(UTC)
    with db.write() as conn:
        OutboxRepository(conn).add(
            [
                CommentPublished(comment_id=1, thread_id=1, site_id="default"),
                CommentHeld(comment_id=2, thread_id=1, site_id="default"),
            ],
            now,
        )
    # A rolled-back transaction leaves no event, hence no job.
    try:
        with db.write() as conn:
            OutboxRepository(conn).add(
                [CommentPublished(comment_id=3, thread_id=1, site_id="default")], now
            )
            raise RuntimeError("rollback")
    except RuntimeError:
        pass
    dispatcher = OutboxDispatcher(db, {"comment.published": ["a", "b"]})
    assert dispatcher.has_pending()
    assert dispatcher.dispatch() == 2
    assert not dispatcher.has_pending() and dispatcher.dispatch() == 0
    with db.read() as conn:
        jobs = JobQueue(conn).list()
    assert sorted(j.kind for j in jobs) == ["a", "b"]
    assert all(j.payload["comment_id"] == 1 for j in jobs)
