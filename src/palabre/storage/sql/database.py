"""The one transaction boundary."""

from __future__ import annotations

import fcntl
import functools
import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import ParamSpec, TypeVar

from sqlalchemy import Connection, Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from palabre.storage.sql.engines import is_sqlite, make_engine


class _SqliteWriterLock:
    """One SQLite writer at a time across every thread and worker process.

    SQLite allows one writer anyway; left to itself, a writer that finds the database
    locked sleeps in SQLite's busy handler (1, 2, 5, 10 ... ms) and retries, which under
    load wastes most of the time the lock is free and gives second-long tails. An OS file
    lock instead wakes the next writer the moment the previous one commits. A thread lock
    comes first because ``flock`` is held per open file, not per thread.
    """

    def __init__(self, database_path: str) -> None:
        self._path = database_path + ".write-lock"
        self._threads = threading.Lock()
        self._fd: int | None = None

    def _file(self) -> int:
        if self._fd is None:
            self._fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._fd

    @contextmanager
    def held(self) -> Iterator[None]:
        with self._threads:
            fd = self._file()
            fcntl.flock(fd, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def is_deadlock(exc: BaseException) -> bool:
    """PostgreSQL chose this transaction as a deadlock's victim (or a serialisation
    failure): running it again is the remedy."""
    return getattr(getattr(exc, "orig", None), "sqlstate", None) in ("40P01", "40001")


DEADLOCK_ATTEMPTS = 3
_P = ParamSpec("_P")
_R = TypeVar("_R")


def rerun_on(
    worth_rerunning: Callable[[Exception], bool], attempts: int
) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """Run a use case again, ``attempts`` times in all, while it fails with an error that
    ``worth_rerunning`` accepts; the last failure is raised.

    Only for a use case whose effects all lie in the transactions it opens: a failed one
    left nothing behind, so running the whole case again is safe.
    """

    def decorate(use_case: Callable[_P, _R]) -> Callable[_P, _R]:
        @functools.wraps(use_case)
        def run(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            for _ in range(attempts - 1):
                try:
                    return use_case(*args, **kwargs)
                except Exception as exc:
                    if not worth_rerunning(exc):
                        raise
            return use_case(*args, **kwargs)

        return run

    return decorate


#: When PostgreSQL aborts a transaction to break a deadlock. Writers that lock the same
#: rows in crossed orders (a bulk decision against a reply, a vote or an author's edit)
#: cannot all be ordered alike; one of them is sometimes the victim.
retry_on_deadlock = rerun_on(
    lambda exc: isinstance(exc, DBAPIError) and is_deadlock(exc), DEADLOCK_ATTEMPTS
)


class Database:
    """Hands out connections: ``write()`` for one transaction that commits or rolls back
    as a whole, ``read()`` for queries."""

    def __init__(self, url: str, *, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine or make_engine(url)
        self.is_sqlite = is_sqlite(url)
        self._writer: _SqliteWriterLock | None = None
        path = make_url(url).database if self.is_sqlite else None
        if path and path != ":memory:":
            self._writer = _SqliteWriterLock(os.path.abspath(path))

    @contextmanager
    def write(self) -> Iterator[Connection]:
        if self._writer is None:
            with self._transaction() as conn:
                yield conn
            return
        with self._writer.held(), self._transaction() as conn:
            yield conn

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
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
        if self._writer is not None:
            self._writer.close()
