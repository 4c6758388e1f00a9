"""``palabre worker`` and ``palabre jobs list|retry``: the job queue from the shell."""

from __future__ import annotations

import logging
import signal
import threading
from pathlib import Path
from types import FrameType

import typer
from rich.table import Table

from palabre.cli.common import ConfigOption, console, load_settings

jobs_app = typer.Typer(help="The job queue: list and retry jobs.", no_args_is_help=True)


def worker(
    until_idle: bool = typer.Option(False, "--until-idle", help="Stop once no job is due."),
    config: Path | None = ConfigOption,
) -> None:
    """Run a job worker (mail, notifications) until SIGTERM or Ctrl-C.

    Run as many as you like, on any machine that reaches the database; with them, set
    PALABRE_WORKER_IN_SERVER=false so that `palabre serve` leaves the jobs to them."""
    from palabre.jobs.runner import make_worker
    from palabre.storage.sql.database import Database

    settings = load_settings(config)
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(name)s %(message)s")
    db = Database(settings.resolved_database_url)
    stop = threading.Event()

    def _stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()  # The mail in hand is finished; the rest of the batch is handed back.

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    w = make_worker(settings, db)
    console.print(f"worker {w.worker_id} started")
    try:
        w.run(stop, until_idle=until_idle)
    finally:
        db.dispose()


@jobs_app.command("list")
def list_jobs(
    status: str = typer.Option("failed", "--status", help="queued, running, done, failed or all."),
    limit: int = typer.Option(50, "--limit"),
    config: Path | None = ConfigOption,
) -> None:
    """List jobs, failed ones by default, with their last error."""
    from palabre.jobs.queue import JobQueue
    from palabre.storage.sql.database import Database

    settings = load_settings(config)
    db = Database(settings.resolved_database_url)
    try:
        with db.read() as conn:
            queue = JobQueue(conn)
            rows = queue.list(None if status == "all" else status, limit)
            counts = queue.counts()
    finally:
        db.dispose()
    table = Table("id", "kind", "status", "attempts", "run after", "last error")
    for r in rows:
        table.add_row(
            str(r.id),
            r.kind,
            r.status,
            f"{r.attempts}/{r.max_attempts}",
            str(r.run_after)[:19],
            (r.last_error or "")[:80],
        )
    console.print(table)
    console.print("  ".join(f"{k}: {v}" for k, v in sorted(counts.items())) or "no jobs")


@jobs_app.command("retry")
def retry_jobs(
    job_ids: list[int] = typer.Argument(None, help="Job ids; none: every failed job."),
    config: Path | None = ConfigOption,
) -> None:
    """Put failed jobs back in the queue with fresh attempts."""
    from palabre.jobs.queue import JobQueue
    from palabre.storage.sql.database import Database

    settings = load_settings(config)
    db = Database(settings.resolved_database_url)
    try:
        with db.write() as conn:
            n = JobQueue(conn).retry(job_ids or None)
    finally:
        db.dispose()
    console.print(f"{n} job(s) queued again")


def register(app: typer.Typer) -> None:
    """Add ``worker`` and ``jobs`` to the main app."""
    app.command("worker")(worker)
    app.add_typer(jobs_app, name="jobs")
