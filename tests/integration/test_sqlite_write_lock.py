"""A write transaction on SQLite takes the write lock when it begins (BEGIN IMMEDIATE),
so two writers never both read and then fail to upgrade; a read takes none.

``storage/sql/engines.py`` sends the BEGIN from the dialect's hook: nothing else would
notice if a SQLAlchemy upgrade stopped calling it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from palabre.storage.sql.database import Database


def _other_writer_may_begin(path: Path) -> bool:
    other = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if "locked" not in str(exc):
            raise
        return False
    else:
        other.execute("ROLLBACK")
        return True
    finally:
        other.close()


def _insert_then_fail(db: Database) -> None:
    with db.write() as conn:
        conn.exec_driver_sql("INSERT INTO t VALUES (1)")
        raise RuntimeError("a use case failed")


@pytest.fixture
def db_path(tmp_path: Path) -> Iterator[tuple[Database, Path]]:
    """A SQLite database with one table, and its file."""
    path = tmp_path / "lock.db"
    db = Database(f"sqlite:///{path}")
    with db.write() as conn:
        conn.exec_driver_sql("CREATE TABLE t (x INTEGER)")
    yield db, path
    db.dispose()


def test_a_write_holds_the_lock_from_its_begin_and_a_read_does_not(
    db_path: tuple[Database, Path],
) -> None:
    db, path = db_path
    with db.write():
        assert not _other_writer_may_begin(path)  # before any statement of its own
    with db.read() as conn:
        conn.exec_driver_sql("SELECT count(*) FROM t").scalar_one()
        assert _other_writer_may_begin(path)
    assert _other_writer_may_begin(path)


def test_an_error_in_a_write_rolls_it_back(db_path: tuple[Database, Path]) -> None:
    db, path = db_path
    with pytest.raises(RuntimeError):
        _insert_then_fail(db)
    with db.read() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM t").scalar_one() == 0
    assert _other_writer_may_begin(path)
