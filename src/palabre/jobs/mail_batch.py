"""The mails of one batch while they are sent: shared by the SMTP connections, with the
leases of their jobs kept (see jobs/mail.py for the guarantee this serves)."""

from __future__ import annotations

import logging
import threading
from collections import deque
from datetime import UTC, datetime

from palabre.jobs.queue import Job
from palabre.jobs.worker import JobContext
from palabre.notify.compose import Mail

log = logging.getLogger("palabre.notify")


class MailBatch:
    """The batch's mails still to send, shared by the connections. While the batch is
    sent (``with``), a keeper thread renews the leases of the jobs this worker still
    holds, those waiting and those being sent, every third of the lease: a slow relay
    never lets another worker take a job this one is about to send or sending."""

    def __init__(self, items: list[tuple[Job, str, Mail]], ctx: JobContext) -> None:
        self._items = deque(items)
        self._flying: dict[int, Job] = {}
        self._lock = threading.Lock()
        self._ctx = ctx
        self._lease = float(ctx.settings.job_lease_seconds)
        self._stop = threading.Event()
        self._keeper = threading.Thread(target=self._keep, name="palabre-mail-lease", daemon=True)

    def __enter__(self) -> MailBatch:
        self._keeper.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._keeper.join()

    def take(self) -> tuple[Job, str, Mail] | None:
        with self._lock:
            if not self._items:
                return None
            item = self._items.popleft()
            self._flying[item[0].id] = item[0]
            return item

    def landed(self, job: Job) -> None:
        """``job`` is settled, one way or the other: its lease needs no renewing."""
        with self._lock:
            self._flying.pop(job.id, None)

    def drain(self) -> list[Job]:
        with self._lock:
            jobs = [job for job, _, _ in self._items]
            self._items.clear()
            return jobs

    def _keep(self) -> None:
        while not self._stop.wait(self._lease / 3):
            with self._lock:
                if not (self._items or self._flying):
                    continue
                try:
                    self._renew()
                except Exception:  # The next round tries again; the lease has time left.
                    log.exception("renewing the leases of mail jobs failed")

    def _renew(self) -> None:
        ctx = self._ctx
        ids = [job.id for job, _, _ in self._items] + list(self._flying)
        with ctx.db.write() as conn:
            held = ctx.queue(conn).extend_many(ids, ctx.worker_id, self._lease, datetime.now(UTC))
        for job, _, _ in self._items:
            if job.id not in held:
                ctx.settled.add(job.id)  # Another worker holds it now: it sends it.
        self._items = deque(item for item in self._items if item[0].id in held)
