"""The one transaction boundary."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, Engine

from palabre.storage.sql.engines import is_sqlite, make_engine


class Database:
    """Hands out connections: ``write()`` for one transaction that commits or rolls back
    as a whole, ``read()`` for queries."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.is_sqlite = is_sqlite(url)

    @contextmanager
    def write(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            conn.info["palabre_write"] = True
            try:
                with conn.begin():
                    yield conn
            finally:
                conn.info.pop("palabre_write", None)

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self.engine.connect() as conn:
            yield conn
            # Ending the implicit transaction keeps SQLite from pinning an old WAL snapshot.
            conn.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
