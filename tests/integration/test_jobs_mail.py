"""Notifications end to end: a real SMTP server on loopback receives them, and we read
them as a mail client would. SQLite and PostgreSQL."""

from __future__ import annotations

import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from palabre.domain.sites import ModerationMode
from palabre.jobs.queue import FAILED, JobQueue
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.subscriptions_repo import DeliveryRepository, SubscriptionRepository
from tests import notify_support as ns
from tests.smtp_server import SmtpServer, running_smtp


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    yield from running_smtp()


LINK = re.compile(r"https?://\S+")


def _settings(make_settings: Callable[..., Settings], server: SmtpServer, **kw: Any) -> Settings:
    return make_settings(
        **server.settings(), job_backoff_seconds=0.01, job_backoff_max_seconds=0.05, **kw
    )


def test_a_published_comment_reaches_subscribers_with_correct_headers_and_parts(
    db: Database, make_settings: Callable[..., Settings], smtp: SmtpServer
) -> None:
    settings = _settings(make_settings, smtp)
    site = ns.site(db)
    ns.subscribe_active(db, settings, site, "anne@example.org")
    ns.subscribe_active(db, settings, site, "bob@example.org", mode="replies", lang="en")
    first = ns.post(db, settings, site, "Les digues tiendront-elles ?", email="bob@example.org")
    ns.post(
        db,
        settings,
        site,
        "Oui, *renforcées* en 2023.",
        email="carl@example.org",
        name="Carl",
        parent=first.id,
    )
    ns.drain(db, settings)
    mails = smtp.box.wait_for(3, timeout=5)
    assert sorted(m["To"] for m in mails) == [
        "anne@example.org",
        "anne@example.org",
        "bob@example.org",
    ]
    (reply,) = smtp.box.to("bob@example.org")  # Bob is not told of his own comment.
    assert reply["Subject"] == 'Carl replied to your comment on "Les grandes marées de septembre"'
    assert reply["From"] == "Le Quotidien <commentaires@quotidien.example>"
    assert reply["Reply-To"] == "redaction@quotidien.example"
    assert re.fullmatch(r"<[0-9a-f]{32}\.palabre@quotidien\.example>", reply["Message-ID"])
    assert reply["Date"] and reply["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = reply["List-Unsubscribe"].strip("<>")
    assert unsubscribe.startswith("http://palabre.test/subscriptions/unsubscribe?token=")
    text = reply.get_body(("plain",)).get_content()
    html = reply.get_body(("html",)).get_content()
    assert "Oui, *renforcées* en 2023." in text and unsubscribe in text
    assert "http://palabre.test/threads/article-marees?site=default#c2" in text
    assert "renforcées" in html and unsubscribe.replace("&", "&amp;") in html
    french = list(smtp.box.to("anne@example.org"))
    assert {m["Subject"] for m in french} == {
        "Nouveau commentaire sur « Les grandes marées de septembre »"
    }
    assert len({m["Message-ID"] for m in mails}) == 3


def test_held_comment_notifies_editors_only_and_readers_after_approval(
    db: Database, make_settings: Callable[..., Settings], smtp: SmtpServer
) -> None:
    settings = _settings(make_settings, smtp, editor_emails=["redac@quotidien.example"])
    site = ns.site(db, ModerationMode.PRE)
    ns.subscribe_active(db, settings, site, "anne@example.org")
    held = ns.post(db, settings, site, "En attente.", email="zoe@example.org", name="Zoé")
    assert held.status.value == "pending"
    ns.drain(db, settings)
    (editor,) = smtp.box.wait_for(1, timeout=5)
    assert editor["To"] == "redac@quotidien.example"
    assert (
        f"http://palabre.test/admin/comments/{held.id}" in editor.get_body(("plain",)).get_content()
    )
    assert smtp.box.to("anne@example.org") == []
    ns.approve(db, held.id)
    ns.drain(db, settings)
    (reader,) = smtp.box.wait_for(2, timeout=5)[1:]
    assert reader["To"] == "anne@example.org" and "Zoé" in reader.get_body(("plain",)).get_content()


def test_smtp_down_then_back_delivers_each_mail_once(
    db: Database, make_settings: Callable[..., Settings]
) -> None:
    server = SmtpServer()  # Its port is chosen, but nothing listens yet.
    settings = _settings(make_settings, server, job_max_attempts=50)
    site = ns.site(db)
    for i in range(5):
        ns.subscribe_active(db, settings, site, f"r{i}@example.org")
    ns.post(db, settings, site, "Tempête annoncée.", email="w@example.org")
    worker = ns.worker(db, settings)
    for _ in range(4):
        worker.run_once()
    with db.read() as conn:
        assert DeliveryRepository(conn).count("sent") == 0
        errors = {r.last_error for r in JobQueue(conn).list("queued")}
    assert errors and all(e.startswith("0 ") for e in errors)
    server.start()
    try:
        import time

        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and len(server.box.messages) < 5:
            worker.run_once()
            time.sleep(0.02)
        for _ in range(3):
            worker.run_once()
        mails = server.box.wait_for(5, timeout=1)
    finally:
        server.stop()
    assert sorted(m["To"] for m in mails) == [f"r{i}@example.org" for i in range(5)]
    assert len({m["Message-ID"] for m in mails}) == 5
    with db.read() as conn:
        assert DeliveryRepository(conn).count("sent") == 5


def test_a_5xx_ends_the_subscription_and_a_4xx_is_retried(
    db: Database, make_settings: Callable[..., Settings], smtp: SmtpServer
) -> None:
    settings = _settings(make_settings, smtp)
    site = ns.site(db)
    gone = ns.subscribe_active(db, settings, site, "gone@example.org")
    ns.subscribe_active(db, settings, site, "busy@example.org")
    smtp.box.reject["gone@example.org"] = "550 5.1.1 No such user"
    smtp.box.reject["busy@example.org"] = "451 4.2.0 Greylisted, try later"
    ns.post(db, settings, site, "Bonjour.", email="w@example.org")
    worker = ns.worker(db, settings)
    worker.run_once()
    worker.run_once()
    with db.read() as conn:
        assert SubscriptionRepository(conn).get(gone).status == "ended"
        assert SubscriptionRepository(conn).get(gone).ended_reason == "bounced"
        (dead,) = JobQueue(conn).list(FAILED)
        assert "550" in dead.last_error
    del smtp.box.reject["busy@example.org"]
    import time

    time.sleep(0.1)
    for _ in range(3):
        worker.run_once()
    assert [m["To"] for m in smtp.box.wait_for(1, timeout=5)] == ["busy@example.org"]


def test_caps_send_the_excess_to_a_digest(
    db: Database, make_settings: Callable[..., Settings], smtp: SmtpServer
) -> None:
    settings = _settings(make_settings, smtp, notify_cap_per_thread_hour=2)
    site = ns.site(db)
    ns.subscribe_active(db, settings, site, "anne@example.org")
    for i in range(4):
        ns.post(db, settings, site, f"Commentaire {i}.", email=f"w{i}@example.org")
        ns.drain(db, settings)
    assert len(smtp.box.wait_for(2, timeout=5)) == 2
    with db.write() as conn:  # Bring the digest forward instead of waiting for 7:00 UTC.
        from sqlalchemy import update

        from palabre.storage.sql.tables_jobs import jobs

        conn.execute(
            update(jobs).where(jobs.c.kind == "digest.flush").values(run_after=jobs.c.created_at)
        )
    ns.drain(db, settings)
    mails = smtp.box.wait_for(3, timeout=5)
    digest = mails[2]
    assert digest["Subject"] == "2 nouveaux commentaires : votre résumé du jour"
    text = digest.get_body(("plain",)).get_content()
    assert "Commentaire 2." in text and "Commentaire 3." in text
    assert digest["List-Unsubscribe"]


def test_several_connections_deliver_each_mail_once(
    db: Database, make_settings: Callable[..., Settings], smtp: SmtpServer
) -> None:
    settings = _settings(make_settings, smtp, smtp_connections=3, mail_batch_size=7)
    site = ns.site(db)
    expected = [f"lecteur{i:02d}@example.org" for i in range(20)]
    for address in expected:
        ns.subscribe_active(db, settings, site, address)
    smtp.box.reject["lecteur05@example.org"] = "451 4.2.0 Greylisted, try later"
    ns.post(db, settings, site, "Le port rouvre demain.", email="w@example.org")
    worker = ns.worker(db, settings)
    for _ in range(6):
        worker.run_once()
    assert len(smtp.box.wait_for(19, timeout=5)) == 19
    del smtp.box.reject["lecteur05@example.org"]
    time.sleep(0.1)
    for _ in range(3):
        worker.run_once()
    mails = smtp.box.wait_for(20, timeout=5)
    assert sorted(m["To"] for m in mails) == expected
    assert len({m["Message-ID"] for m in mails}) == 20
    with db.read() as conn:
        assert DeliveryRepository(conn).count("sent") == 20
        assert JobQueue(conn).counts() == {"done": 21}


def _race_a_slow_relay(
    db: Database, settings: Settings, seconds_per_mail: float, after: int = 0
) -> Counter[str]:
    """A worker sends the mails of one comment over a relay taking ``seconds_per_mail``
    each; past its first lease, a second worker looks for jobs. Returns the mails sent,
    by Message-ID."""
    sent: Counter[str] = Counter()

    class SlowRelay:
        def send(self, message: Any) -> str:
            time.sleep(seconds_per_mail)
            sent[str(message["Message-ID"])] += 1
            return "250 OK"

        def close(self) -> None:
            pass

    first, second = ns.worker(db, settings, SlowRelay), ns.worker(db, settings, SlowRelay)
    first.run_once()  # the comment's notification job: the mail jobs
    busy = threading.Thread(target=first.run_once)
    busy.start()
    time.sleep(1.6)  # past the first lease (1 s)
    second.run_once()
    busy.join()
    for _ in range(after):
        first.run_once()
    second.run_once()
    return sent


@pytest.mark.slow
def test_a_batch_longer_than_the_lease_keeps_its_jobs(
    db: Database, make_settings: Callable[..., Settings]
) -> None:
    """A slow relay: the batch outlives its lease; a second worker meanwhile takes none of
    its mails, and each is sent once."""
    settings = make_settings(job_lease_seconds=1, mail_batch_size=6, mail_backend="null")
    site = ns.site(db)
    for i in range(6):
        ns.subscribe_active(db, settings, site, f"r{i}@example.org")
    ns.post(db, settings, site, "La digue a tenu.", email="w@example.org")
    sent = _race_a_slow_relay(db, settings, 0.5, after=3)
    assert len(sent) == 6
    assert set(sent.values()) == {1}, sent
    with db.read() as conn:
        assert DeliveryRepository(conn).count("sent") == 6


@pytest.mark.slow
def test_a_mail_sent_longer_than_the_lease_stays_this_workers(
    db: Database, make_settings: Callable[..., Settings]
) -> None:
    """One send outlasts the whole lease: the worker sending it keeps it all along."""
    settings = make_settings(job_lease_seconds=1, mail_backend="null")
    site = ns.site(db)
    ns.subscribe_active(db, settings, site, "lent@example.org")
    ns.post(db, settings, site, "Un relais très lent.", email="w@example.org")
    sent = _race_a_slow_relay(db, settings, 2.5)
    assert list(sent.values()) == [1]
