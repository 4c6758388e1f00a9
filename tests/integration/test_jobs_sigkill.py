"""A `palabre worker` process killed with SIGKILL in the middle of a batch: after a
restart every mail is delivered, and none twice. SQLite and PostgreSQL."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from palabre.jobs.queue import JobQueue
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.subscriptions_repo import DeliveryRepository
from tests import notify_support as ns
from tests.smtp_server import SmtpServer, running_smtp


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    yield from running_smtp()


pytestmark = pytest.mark.slow
SUBSCRIBERS = 30


def _worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    exe = shutil.which("palabre", path=str(Path(sys.executable).parent)) or "palabre"
    return subprocess.Popen(
        [exe, "worker"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def test_sigkill_mid_batch_then_restart_delivers_everything_once(
    db: Database,
    database_url: str,
    make_settings: Callable[..., Settings],
    smtp: SmtpServer,
    tmp_path: Path,
) -> None:
    settings = make_settings(**smtp.settings())
    site = ns.site(db)
    expected = {f"lecteur{i:02d}@example.org" for i in range(SUBSCRIBERS)}
    for address in sorted(expected):
        ns.subscribe_active(db, settings, site, address)
    ns.post(db, settings, site, "La digue a cédé cette nuit.", email="auteur@example.org")

    env = {
        **os.environ,
        "PALABRE_DATABASE_URL": database_url,
        "PALABRE_DATA_DIR": str(tmp_path),
        "PALABRE_SECRET_KEY": settings.resolved_secret_key(),
        "PALABRE_JOB_LEASE_SECONDS": "2",
        "PALABRE_MAIL_BATCH_SIZE": "10",
        "PALABRE_WORKER_POLL_SECONDS": "0.1",
        "PALABRE_LOG_LEVEL": "warning",
    }
    env |= {f"PALABRE_{k.upper()}": str(v) for k, v in smtp.settings().items()}
    env.pop("PALABRE_CONFIG", None)

    victim: dict[str, Any] = {}

    def kill_on_the_twelfth(_envelope: Any) -> str | None:
        # The 12th mail is in flight: the server holds it but has not said "250", and the
        # worker dies, with the rest of its batch of 10 claimed and unsent.
        if smtp.box.accepted == 11 and "proc" in victim:
            os.kill(victim.pop("proc").pid, signal.SIGKILL)
            return "421 4.3.0 Connection lost"
        return None

    smtp.box.before_accept = kill_on_the_twelfth
    first = _worker(env)
    victim["proc"] = first
    try:
        assert first.wait(timeout=60) == -signal.SIGKILL
    finally:
        if first.poll() is None:
            first.kill()
    assert len(smtp.box.messages) == 11

    second = _worker(env)
    try:
        mails = smtp.box.wait_for(SUBSCRIBERS, timeout=60)
        smtp.box.wait_for(SUBSCRIBERS + 1, timeout=1.5)  # Would a duplicate still come?
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(timeout=30)
    mails = list(smtp.box.messages)
    received = Counter(m["To"] for m in mails)
    assert set(received) == expected
    assert max(received.values()) == 1, received.most_common(3)
    assert len({m["Message-ID"] for m in mails}) == SUBSCRIBERS
    with db.read() as conn:
        assert DeliveryRepository(conn).count("sent") == SUBSCRIBERS
        assert JobQueue(conn).counts() == {"done": SUBSCRIBERS + 1}
