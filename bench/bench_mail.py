"""Mail benchmark: an approved comment on a thread with N confirmed subscribers, until
its N mails are in a local SMTP server's hands; and one worker's throughput.

    .venv/bin/python bench/bench_mail.py [--subscribers 1000] [--database-url URL]

Starts everything it measures itself: a SQLite file in a temporary folder (or the
PostgreSQL database given), an aiosmtpd server on loopback in its own process (so that the
server does not share the worker's interpreter), and one in-process worker. Prints a
markdown block.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import platform
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))

from loadbench.sections import write_section  # noqa: E402


def smtp_server(port: int, count: Any, first: Any, last: Any, ready: Any) -> None:
    from aiosmtpd.controller import Controller

    class Counter:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
            now = time.time()
            with count.get_lock():
                if count.value == 0:
                    first.value = now
                count.value += 1
                last.value = now
            return "250 2.0.0 Accepted"

    controller = Controller(Counter(), hostname="127.0.0.1", port=port)
    controller.start()
    ready.set()
    while True:
        time.sleep(3600)


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subscribers", type=int, default=1000)
    parser.add_argument("--database-url", default="")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument(
        "--connections", type=int, default=1, help="SMTP connections (setting smtp_connections)"
    )
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()

    from sqlalchemy import create_engine, text

    from palabre.domain.comments import CommentStatus
    from palabre.domain.sites import ModerationMode, Site
    from palabre.jobs.notifications import build_registry
    from palabre.jobs.worker import Worker
    from palabre.services.identity import Hasher
    from palabre.services.pipelines import basic_pipeline_factory
    from palabre.services.posting import NewComment, PostingService
    from palabre.services.visibility import change_status
    from palabre.settings import Settings
    from palabre.storage.migrate import ensure_default_site, upgrade
    from palabre.storage.sql.database import Database
    from palabre.storage.sql.engines import make_engine
    from palabre.storage.sql.records import OutboxRepository
    from palabre.storage.sql.repositories import (
        CommentRepository,
        SiteRepository,
        ThreadRepository,
    )
    from palabre.storage.sql.tables_subscriptions import subscriptions

    tmp = Path(tempfile.mkdtemp(prefix="palabre-bench-mail-"))
    url = args.database_url or f"sqlite:///{tmp / 'palabre.db'}"
    schema = ""
    if url.startswith("postgresql"):
        # A schema of its own, dropped at the end: the database may hold other data.
        schema = f"bench_mail_{os.getpid()}"
        with create_engine(url).begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url += ("&" if "?" in url else "?") + f"options=-csearch_path%3D{schema}"
    engine = make_engine(url, pooled=False)
    upgrade(engine)
    ensure_default_site(engine, site_id="default", name="Bench", language="fr", origins=[])
    engine.dispose()

    port = free_port()
    count, first, last = mp.Value("i", 0), mp.Value("d", 0.0), mp.Value("d", 0.0)
    ready = mp.Event()
    server = mp.Process(target=smtp_server, args=(port, count, first, last, ready), daemon=True)
    server.start()
    ready.wait(10)

    settings = Settings(
        data_dir=tmp,
        database_url=url,
        secret_key="bench-secret-key-" + "x" * 32,
        min_submit_seconds=0,
        mail_backend="smtp",
        smtp_host="127.0.0.1",
        smtp_port=port,
        smtp_security="none",
        smtp_connections=args.connections,
        public_url="http://palabre.test",
        mail_batch_size=args.batch,
        notify_cap_per_address_hour=1000,
        notify_cap_per_thread_hour=1000,
        rate_limit_per_ip=0,
        rate_limit_per_email=0,
    )
    db = Database(url)
    hasher = Hasher(settings.resolved_secret_key())
    now = datetime.now(UTC)
    with db.write() as conn:
        sites = SiteRepository(conn)
        s = sites.get("default")
        assert s is not None
        site = Site(
            **{
                **{f: getattr(s, f) for f in s.__dataclass_fields__},
                "moderation_mode": ModerationMode.PRE,
            }
        )
        sites.update(site)
        thread = ThreadRepository(conn).create("default", "bench", "Bench article", "", now)
        rows = []
        for i in range(args.subscribers):
            email = f"reader{i}@example.org"
            rows.append(
                {
                    "site_id": "default",
                    "thread_id": thread.id,
                    "email": email,
                    "email_hash": hasher.email(email),
                    "mode": "all",
                    "lang": "fr",
                    "digest": False,
                    "status": "active",
                    "created_at": now,
                    "requested_at": now,
                    "confirmed_at": now,
                }
            )
        conn.execute(subscriptions.insert(), rows)
    posting = PostingService(db, basic_pipeline_factory(settings), hasher)
    comment = posting.post(
        site,
        NewComment(thread_key="bench", text="Un commentaire à approuver.", author_name="Léa"),
        ip=None,
    ).comment
    worker = Worker(db, settings, build_registry(settings))
    while worker.run_once():  # The "held" event: nothing for readers.
        pass

    cpu0 = time.process_time()
    load0 = os.getloadavg()[0]
    with db.write() as conn:  # An editor approves: the comment.published event is written.
        row = CommentRepository(conn).get_row(comment.id)
        OutboxRepository(conn).add(
            change_status(conn, row, CommentStatus.PUBLISHED, site_id="default"), datetime.now(UTC)
        )
    approved = time.time()
    fan_out_done = 0.0
    while True:
        found = worker.run_once()
        if not fan_out_done:
            fan_out_done = time.time()
        if found == 0 and count.value >= args.subscribers:
            break
        if found == 0:
            time.sleep(0.01)
    end = last.value
    cpu = time.process_time() - cpu0
    cpu_ms = cpu / max(count.value, 1) * 1000
    per_cpu_s = count.value / cpu if cpu else float("nan")
    server.terminate()
    db.dispose()

    n = count.value
    latency = end - approved
    throughput = n / (end - first.value) if end > first.value else float("nan")
    backend = "PostgreSQL" if url.startswith("postgresql") else "SQLite (WAL)"
    db_flag = " --database-url POSTGRES_URL" if args.database_url else ""
    conn_flag = f" --connections {args.connections}" if args.connections != 1 else ""
    block = f"""
### Mail: approved comment → {args.subscribers} mails handed to SMTP

| measure | value |
|---|---|
| subscribers (confirmed) | {args.subscribers} |
| mails accepted by the SMTP server | {n} (expected {args.subscribers}) |
| approval commit → last mail accepted | {latency:.2f} s |
| approval commit → first mail accepted | {first.value - approved:.3f} s |
| fan-out (jobs written) | {fan_out_done - approved:.3f} s |
| throughput, one worker | {throughput:.0f} mails/s |
| worker CPU per mail (this process) | {cpu_ms:.2f} ms ({per_cpu_s:.0f} mails/CPU-s) |
| load average at start (2-core machine shared) | {load0:.1f} |

Database: {backend}; SMTP: aiosmtpd on 127.0.0.1 (own process), no TLS; one worker,
batches of {args.batch} over {args.connections} SMTP connection(s); per batch one read and one
write transaction, then one commit per mail (marked sent with its job done).
Machine: {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}.
Command: `.venv/bin/python bench/bench_mail.py --subscribers {args.subscribers}{db_flag}{conn_flag}`
"""
    print(block)
    if not args.no_write:
        key = ("mail-postgresql" if schema else "mail") + conn_flag.replace(" --connections ", "-")
        write_section(key, block)
    shutil.rmtree(tmp, ignore_errors=True)
    if schema:
        with create_engine(args.database_url).begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
