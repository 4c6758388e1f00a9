"""The two reads behind every article page view, on a direct DBAPI connection.

Which version of a thread is current, and the counts for a list of articles: one indexed
lookup each. Going through the SQLAlchemy Core execution path costs several times the
query itself on SQLite, so these two use one plain connection per worker process, in
autocommit mode (each statement sees the latest commit). Everything else goes through the
repositories.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Sequence
from typing import Any

from sqlalchemy.engine import make_url

from palabre.storage.sql.engines import is_sqlite


class HotReads:
    """On SQLite, thread versions are also remembered until the database changes (counts
    are remembered by the fast path, as bytes, on the same marker): this connection
    never writes, so ``PRAGMA data_version`` changes exactly when any other connection
    (another thread or worker process) commits, and checking it costs far less than the
    query. PostgreSQL has no such marker, and is always asked."""

    MAX_REMEMBERED = 10_000

    def __init__(self, url: str) -> None:
        self.url = url
        self._sqlite = is_sqlite(url)
        self._conn: Any = None
        self._lock = threading.Lock()
        self._mark = "?" if self._sqlite else "%s"
        self._data_version: int | None = None
        self._remembered: dict[tuple[object, ...], Any] = {}

    def _connect(self) -> Any:
        parsed = make_url(self.url)
        if self._sqlite:
            conn = sqlite3.connect(
                parsed.database or ":memory:", check_same_thread=False, isolation_level=None
            )
            conn.execute("PRAGMA query_only=ON")
            conn.execute("PRAGMA busy_timeout=5000")
            return conn
        import psycopg

        dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
        return psycopg.connect(dsn, autocommit=True)

    def _rows(self, sql: str, params: Sequence[object]) -> list[tuple[Any, ...]]:
        with self._lock:
            if self._conn is None:
                self._conn = self._connect()
            try:
                cur = self._conn.execute(sql, params)
                return list(cur.fetchall())
            except Exception:
                # A dropped server connection: start afresh next time, and let the caller
                # fall back to the ordinary path for this request.
                self.close()
                raise

    def data_version(self) -> int | None:
        """SQLite's counter of commits by other connections; None on PostgreSQL."""
        if not self._sqlite:
            return None
        return int(self._rows("PRAGMA data_version", ())[0][0])

    def _recall(self, key: tuple[object, ...]) -> Any:
        """What was answered for ``key`` while the database has not changed, else None."""
        if not self._sqlite:
            return None
        version = self._rows("PRAGMA data_version", ())[0][0]
        with self._lock:
            if version != self._data_version:
                self._remembered.clear()
                self._data_version = version
            return self._remembered.get(key)

    def _remember(self, key: tuple[object, ...], value: Any) -> Any:
        if self._sqlite:
            with self._lock:
                if len(self._remembered) >= self.MAX_REMEMBERED:
                    self._remembered.clear()
                self._remembered[key] = value
        return value

    def thread_version(self, site_id: str, key: str) -> tuple[int, int] | None:
        memo = ("thread", site_id, key)
        known = self._recall(memo)
        if known is not None:
            return known if known != () else None
        rows = self._rows(
            f"SELECT id, version FROM threads WHERE site_id = {self._mark} AND key = {self._mark}",  # noqa: S608 - placeholders only
            (site_id, key),
        )
        found = (int(rows[0][0]), int(rows[0][1])) if rows else None
        self._remember(memo, found if found is not None else ())
        return found

    def counts(self, site_id: str, keys: Sequence[str]) -> dict[str, tuple[int, int]]:
        # Not remembered here: the fast path remembers the whole answer, bytes and all, for
        # as long as data_version stands, and asks this only when it has changed.
        marks = ", ".join([self._mark] * len(keys))
        rows = self._rows(
            "SELECT key, published_count, inline_count FROM threads "  # noqa: S608 - marks only
            f"WHERE site_id = {self._mark} AND key IN ({marks})",
            (site_id, *keys),
        )
        found = {r[0]: (int(r[1]), int(r[2])) for r in rows}
        return {k: found.get(k, (0, 0)) for k in keys}

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
