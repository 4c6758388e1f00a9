"""A thread of 10,000 comments pages quickly: keyset pagination on an index."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import insert, text

from palabre.services.reading import ReadingService, Sort
from palabre.services.sites import SiteDirectory
from palabre.storage.sql.database import Database
from palabre.storage.sql.repositories import ThreadRepository
from palabre.storage.sql.schema import comments


def _fill(db: Database, n: int) -> int:
    now = datetime.now(UTC)
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "big", "Big", "", now)
        rows = [
            {
                "thread_id": thread.id,
                "depth": 0,
                "status": "published",
                "listed": True,
                "author_kind": "guest",
                "author_name": f"a{i}",
                "body_markdown": f"c{i}",
                "body_html": f"<p>c{i}</p>",
                "body_fingerprint": f"{i:032x}",
                "upvotes": i % 17,
                "downvotes": 0,
                "score": i % 17,
                "reply_count": 0,
                "featured": False,
                "created_at": now,
            }
            for i in range(n)
        ]
        conn.execute(insert(comments), rows)
        ThreadRepository(conn).touch(thread.id, published=n)
    return thread.id


def test_walk_every_page_of_10000_comments(db: Database) -> None:
    _fill(db, 10_000)
    site = SiteDirectory(db, default_id="default").get("default")
    reading = ReadingService(db)
    thread = reading.thread(site, "big")
    assert thread is not None and thread.published_count == 10_000
    for sort in Sort:
        seen: list[int] = []
        cursor = None
        while True:
            page = reading.page(thread, sort=sort, limit=200, cursor=cursor)
            seen.extend(c.id for c in page.comments)
            cursor = page.next_cursor
            if cursor is None:
                break
        assert len(seen) == 10_000 and len(set(seen)) == 10_000, sort
        if sort is Sort.OLDEST:
            assert seen == sorted(seen)


def test_page_queries_use_the_thread_index(db: Database) -> None:
    if not db.is_sqlite:
        return  # the plan check is SQLite's; PostgreSQL chooses by statistics
    tid = _fill(db, 2_000)
    with db.read() as conn:
        for order, cond in (
            ("id ASC", "id > 500"),
            ("score DESC, id DESC", "(score, id) < (5, 900)"),
        ):
            plan = conn.execute(
                text(
                    "EXPLAIN QUERY PLAN SELECT * FROM comments "
                    f"WHERE thread_id = {tid} AND listed = 1 "
                    f"AND depth = 0 AND {cond} ORDER BY {order} LIMIT 51"
                )
            ).fetchall()
            detail = " ".join(str(r[-1]) for r in plan)
            assert "ix_comments_thread" in detail, detail
            assert "TEMP B-TREE" not in detail, detail
