"""Engine set-up: SQLite in WAL mode with no set-up, or PostgreSQL."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets readers go on while one writer commits; NORMAL sync is durable across
    # process crashes, which is what a comment server needs, at a fraction of FULL's cost.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA cache_size=-16000")
    cursor.close()


def _sqlite_begin(dbapi_connection: Any) -> None:
    """The dialect's ``do_begin``: SQLAlchemy's BEGIN, sent by us, not by pysqlite.

    A write transaction takes the write lock up front, so two workers never both read,
    then both try to upgrade and one fails with "database is locked". ``Database.write``
    marks its connection in ``info`` (the pool's record, shared with the ``Connection``).
    """
    write = dbapi_connection.info.get("palabre_write")
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("BEGIN IMMEDIATE" if write else "BEGIN")
    finally:
        cursor.close()


def _json(value: Any) -> str:
    # orjson: the audit record and the outbox payloads are encoded on every post.
    return orjson.dumps(value).decode()


def make_engine(url: str, *, echo: bool = False, pooled: bool = True) -> Engine:
    if is_sqlite(url):
        parsed = make_url(url)
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": 5},
            json_serializer=_json,
            # LIFO: a post's write gets back the connection its reads just returned, whose
            # page cache its own commits keep valid; any other's was dropped by them.
            **(
                {"pool_size": 8, "max_overflow": 16, "pool_use_lifo": True}
                if pooled
                else {"poolclass": NullPool}
            ),
        )
        event.listen(engine, "connect", _sqlite_pragmas)

        @event.listens_for(engine, "connect")
        def _no_pysqlite_transactions(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy's BEGIN (below) drive transactions, not pysqlite's own.
            dbapi_connection.isolation_level = None

        # The dialect hook rather than SQLAlchemy's "begin" event recipe: a single
        # connection event listener makes every statement, commit and rollback dispatch
        # the execution events, and the BEGIN itself went through the whole execution
        # path; together about 0.1 ms of CPU per post. The dialect instance is this
        # engine's own, so nothing else is affected.
        engine.dialect.do_begin = _sqlite_begin  # type: ignore[method-assign]
        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    if not pooled:
        return create_engine(url, echo=echo, poolclass=NullPool, json_serializer=_json)
    return create_engine(
        url, echo=echo, pool_size=10, max_overflow=10, pool_pre_ping=True, json_serializer=_json
    )


def make_throwaway_engine(url: str) -> Engine:
    """An engine with no pool, for one-off CLI work such as migrations."""
    return make_engine(url, pooled=False)
