"""The editors' labels of a site, read from ``decisions`` on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import insert

from palabre.domain.sites import Site
from palabre.services.sites import SiteDirectory
from palabre.storage.sql.database import Database
from palabre.storage.sql.labels import LabelQueries
from palabre.storage.sql.records import DecisionRepository
from palabre.storage.sql.repositories import ThreadRepository
from palabre.storage.sql.schema import comments

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _comment(conn: object, thread_id: int, text: str, kind: str = "guest") -> int:
    row = conn.execute(  # type: ignore[attr-defined]
        insert(comments).returning(comments.c.id),
        {
            "thread_id": thread_id,
            "depth": 0,
            "status": "pending",
            "listed": False,
            "author_kind": kind,
            "author_name": "a",
            "body_markdown": text,
            "body_html": f"<p>{text}</p>",
            "body_fingerprint": text[:32].ljust(32, "0"),
            "lang": "fr",
            "upvotes": 0,
            "downvotes": 0,
            "score": 0,
            "reply_count": 0,
            "featured": False,
            "created_at": NOW,
        },
    )
    return int(row.scalar_one())


def test_latest_staff_decision_is_the_label(db: Database) -> None:
    SiteDirectory(db, default_id="default").add(Site(id="other", name="Other"))
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "a", "A", "", NOW)
        elsewhere = ThreadRepository(conn).create("other", "b", "B", "", NOW)
        d = DecisionRepository(conn)
        t = [NOW + timedelta(minutes=i) for i in range(10)]
        changed = _comment(conn, thread.id, "changed my mind")
        d.add(changed, "engine", "hold", "pending", {"categories": ["insult"]}, "fr-1", t[0])
        d.add(changed, "staff:1", "reject", "rejected", {"label": "abuse"}, "fr-1", t[1])
        d.add(changed, "staff:2", "approve", "published", {"label": "ok"}, "fr-1", t[2])
        d.add(changed, "staff:2", "edit", "published", {}, "staff", t[3])  # not a label
        spam = _comment(conn, thread.id, "buy now")
        d.add(spam, "engine", "publish", "published", {"categories": []}, "fr-1", t[4])
        d.add(spam, "staff:1", "spam", "spam", {"categories": ["spam"]}, "fr-1", t[5])
        rejected = _comment(conn, thread.id, "insulte")
        d.add(rejected, "engine", "hold", "pending", {"categories": ["hate"]}, "fr-1", t[6])
        d.add(rejected, "staff:1", "reject", "rejected", {"label": "abuse"}, "fr-1", t[7])
        unlabelled = _comment(conn, thread.id, "only the engine")
        d.add(unlabelled, "engine", "publish", "published", {}, "fr-1", t[8])
        reply = _comment(conn, thread.id, "newsroom reply", kind="staff")
        d.add(reply, "staff:1", "approve", "published", {}, "staff", t[8])
        other = _comment(conn, elsewhere.id, "other site")
        d.add(other, "staff:1", "spam", "spam", {}, "fr-1", t[9])
    with db.read() as conn:
        labels = list(LabelQueries(conn).for_site("default"))
        counts = LabelQueries(conn).count_for_site("default")
    got = {lab.text: (lab.status, lab.categories, lab.actor) for lab in labels}
    assert got == {
        # The staff record has no categories: the engine's first record gives them.
        "changed my mind": ("published", ("insult",), "staff:2"),
        "buy now": ("spam", ("spam",), "staff:1"),
        "insulte": ("rejected", ("hate",), "staff:1"),
    }
    assert [lab.text for lab in labels] == ["changed my mind", "buy now", "insulte"]
    assert counts == {"published": 1, "spam": 1, "rejected": 1}
