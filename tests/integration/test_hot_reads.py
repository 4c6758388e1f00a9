"""The direct reads behind page views are never stale, whoever wrote last."""

from __future__ import annotations

from datetime import UTC, datetime

from palabre.storage.sql.database import Database
from palabre.storage.sql.hot_reads import HotReads
from palabre.storage.sql.repositories import ThreadRepository


def test_counts_and_versions_follow_every_commit(db: Database, database_url: str) -> None:
    hot = HotReads(database_url)
    try:
        assert hot.counts("default", ["a", "b"]) == {"a": (0, 0), "b": (0, 0)}
        assert hot.thread_version("default", "a") is None
        with db.write() as conn:
            thread = ThreadRepository(conn).create("default", "a", "", "", datetime.now(UTC))
            ThreadRepository(conn).touch(thread.id, published=2, inline=1)
        # Asked again at once: the answer must reflect the commit made elsewhere.
        assert hot.counts("default", ["a", "b"]) == {"a": (2, 1), "b": (0, 0)}
        assert hot.thread_version("default", "a") == (thread.id, 2)
        assert hot.counts("default", ["a", "b"]) == {"a": (2, 1), "b": (0, 0)}
        with db.write() as conn:
            ThreadRepository(conn).touch(thread.id, published=1)
        assert hot.counts("default", ["a"]) == {"a": (3, 1)}
        assert hot.thread_version("default", "a") == (thread.id, 3)
    finally:
        hot.close()
