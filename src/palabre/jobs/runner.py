"""Running a worker: in a thread beside the web server, or as its own process.

Inside ``palabre serve`` the worker runs in a thread of each server process, so the event
loop never waits on SMTP or on the database. Several processes (uvicorn workers, or
``palabre worker`` elsewhere) can run at once: claims are leases taken under the
database's lock (SKIP LOCKED on PostgreSQL, BEGIN IMMEDIATE on SQLite) and every mail has
its delivery row, so no job runs twice and no mail is sent twice.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

from palabre.jobs import akismet_reports
from palabre.jobs.notifications import build_registry
from palabre.jobs.worker import Worker
from palabre.settings import Settings
from palabre.storage.sql.database import Database

log = logging.getLogger("palabre.jobs")


def make_worker(settings: Settings, db: Database, *, secret: str | None = None) -> Worker:
    registry = build_registry(settings, secret=secret)
    akismet_reports.register(registry, settings)
    return Worker(db, settings, registry)


def in_thread(
    worker: Worker, *, stop_timeout: float = 30.0
) -> Callable[[], AbstractAsyncContextManager[None]]:
    """An app lifespan that runs ``worker`` in a daemon thread and stops it cleanly."""

    @asynccontextmanager
    async def lifespan() -> AsyncIterator[None]:
        stop = threading.Event()
        thread = threading.Thread(
            target=worker.run, args=(stop,), name="palabre-worker", daemon=True
        )
        thread.start()
        try:
            yield
        finally:
            stop.set()
            # The worker finishes the mail in hand and hands the rest of its batch back.
            await asyncio.to_thread(thread.join, stop_timeout)
            if thread.is_alive():
                log.warning(
                    "job worker still busy after %.0fs; its leases will expire", stop_timeout
                )

    return lifespan
