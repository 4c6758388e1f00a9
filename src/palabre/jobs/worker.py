"""The worker: dispatch the outbox, claim due jobs, run their handlers, settle them.

Handlers take a batch of jobs of one kind. Each job ends settled one way or another:
the handler may settle it itself (done in the same transaction as its own writes, which is
how a mail is marked sent and its job done at once); a job the handler leaves unsettled is
done if the handler returned, and retried with backoff if it raised.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from palabre.jobs.outbox import OutboxDispatcher
from palabre.jobs.queue import Job, JobQueue, backoff
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import OutboxRepository

log = logging.getLogger("palabre.jobs")

Handler = Callable[["JobContext", list[Job]], None]
#: Whether an event's job has anything to do, asked in the dispatch transaction.
Guard = Callable[[Any, Mapping[str, Any]], bool]


@dataclass
class Registry:
    """Job kinds and their handlers, and which outbox events start which kinds."""

    handlers: dict[str, Handler] = field(default_factory=dict)
    routes: dict[str, list[str]] = field(default_factory=dict)
    guards: dict[str, Guard] = field(default_factory=dict)

    def job(self, kind: str) -> Callable[[Handler], Handler]:
        def register(fn: Handler) -> Handler:
            self.handlers[kind] = fn
            return fn

        return register

    def on(self, event: str, *kinds: str) -> None:
        self.routes.setdefault(event, []).extend(kinds)

    def guard(self, kind: str, wanted: Guard) -> None:
        """Only enqueue ``kind`` when ``wanted(conn, payload)``: most comments go to
        threads nobody subscribed to, and a job that has nothing to do still costs the
        server a write transaction and a claim."""
        self.guards[kind] = wanted


class JobContext:
    """What a handler sees: the database, settings, and ways to settle its jobs."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker
        self.db = worker.db
        self.settings = worker.settings
        self.settled: set[int] = set()

    @property
    def worker_id(self) -> str:
        return self.worker.worker_id

    @property
    def stopping(self) -> bool:
        return self.worker.stop_event.is_set()

    def queue(self, conn: object) -> JobQueue:
        return JobQueue(conn, max_attempts=self.settings.job_max_attempts)  # type: ignore[arg-type]

    def done(self, conn: object, job: Job) -> None:
        """Mark ``job`` done inside the caller's transaction."""
        self.queue(conn).complete(job.id, self.worker_id)
        self.settled.add(job.id)

    def retry(self, job: Job, error: str, delay: float | None = None) -> str:
        s = self.settings
        wait = (
            delay
            if delay is not None
            else backoff(job.attempts, s.job_backoff_seconds, s.job_backoff_max_seconds)
        )
        with self.db.write() as conn:
            status = self.queue(conn).retry_later(job, self.worker_id, error, delay=wait)
        self.settled.add(job.id)
        log.warning(
            "job %s (%s) attempt %s: %s -> %s", job.id, job.kind, job.attempts, error, status
        )
        return status

    def fail(self, conn: object, job: Job, error: str) -> None:
        self.queue(conn).fail(job, self.worker_id, error)
        self.settled.add(job.id)

    def release(self, jobs: Sequence[Job]) -> None:
        """Give back jobs not started (the worker is stopping)."""
        ids = [j.id for j in jobs if j.id not in self.settled]
        with self.db.write() as conn:
            self.queue(conn).release(ids, self.worker_id)
        self.settled.update(ids)


class Worker:
    def __init__(
        self, db: Database, settings: Settings, registry: Registry, *, worker_id: str | None = None
    ) -> None:
        self.db = db
        self.settings = settings
        self.registry = registry
        self.worker_id = worker_id or f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"
        self.dispatcher = OutboxDispatcher(
            db, registry.routes, guards=registry.guards, max_attempts=settings.job_max_attempts
        )
        self.stop_event = threading.Event()
        self._next_purge = 0.0

    def run_once(self) -> int:
        """One round; returns how much work it found (0: idle)."""
        work = 0
        if self.dispatcher.has_pending():
            work += self.dispatcher.dispatch()
        with self.db.read() as conn:
            due = JobQueue(conn).has_due()
        if not due:
            return work
        with self.db.write() as conn:
            jobs = JobQueue(conn).claim(
                self.worker_id,
                limit=self.settings.mail_batch_size,
                lease_seconds=self.settings.job_lease_seconds,
                kinds=list(self.registry.handlers),
            )
        for kind, batch in _by_kind(jobs).items():
            self._run(kind, batch)
        return work + len(jobs)

    def _run(self, kind: str, batch: list[Job]) -> None:
        ctx = JobContext(self)
        handler = self.registry.handlers[kind]
        try:
            handler(ctx, batch)
        except Exception as exc:
            log.exception("handler %s failed", kind)
            for job in batch:
                if job.id not in ctx.settled:
                    ctx.retry(job, f"{type(exc).__name__}: {exc}")
            return
        rest = [j for j in batch if j.id not in ctx.settled]
        if rest:
            with self.db.write() as conn:
                for job in rest:
                    ctx.done(conn, job)

    def purge(self) -> None:
        """Forget old finished jobs and dispatched outbox events (hourly); failed jobs stay
        for the operator."""
        if time.monotonic() < self._next_purge:
            return
        self._next_purge = time.monotonic() + 3600
        before = datetime.now(UTC) - timedelta(days=self.settings.jobs_keep_days)
        with self.db.write() as conn:
            JobQueue(conn).purge(before)
            OutboxRepository(conn).purge_dispatched(before)

    def run(self, stop: threading.Event | None = None, *, until_idle: bool = False) -> None:
        """Work until ``stop`` is set (or, with ``until_idle``, until nothing is left)."""
        if stop is not None:
            self.stop_event = stop
        poll = self.settings.worker_poll_seconds
        failures = 0
        while not self.stop_event.is_set():
            try:
                self.purge()
                found = self.run_once()
                failures = 0
            except Exception:
                failures += 1
                log.exception("worker round failed")
                found = 0
                self.stop_event.wait(min(30.0, poll * 2**failures))
                continue
            if found == 0:
                if until_idle:
                    return
                self.stop_event.wait(poll)


def _by_kind(jobs: Sequence[Job]) -> Mapping[str, list[Job]]:
    groups: dict[str, list[Job]] = {}
    for job in jobs:
        groups.setdefault(job.kind, []).append(job)
    return groups
