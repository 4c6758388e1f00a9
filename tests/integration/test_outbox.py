"""Events leave the outbox only once handed on, and handed-on ones are forgotten later."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import update

from palabre.domain.events import CommentPublished
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import OutboxRepository
from palabre.storage.sql.schema import outbox


def test_rolled_back_events_are_never_written(db: Database) -> None:
    now = datetime.now(UTC)
    try:
        with db.write() as conn:
            OutboxRepository(conn).add([CommentPublished(1, 1, "default")], now)
            raise RuntimeError("the change fails after the event was written")
    except RuntimeError:
        pass
    with db.read() as conn:
        assert OutboxRepository(conn).pending() == []


def test_purge_keeps_pending_and_recent_events(db: Database) -> None:
    now = datetime.now(UTC)
    with db.write() as conn:
        repo = OutboxRepository(conn)
        repo.add([CommentPublished(i, 1, "default") for i in range(3)], now)
        ids = [row.id for row in repo.pending()]
        conn.execute(
            update(outbox)
            .where(outbox.c.id == ids[0])
            .values(dispatched_at=now - timedelta(days=30))
        )
        conn.execute(update(outbox).where(outbox.c.id == ids[1]).values(dispatched_at=now))
    with db.write() as conn:
        assert OutboxRepository(conn).purge_dispatched(now - timedelta(days=7)) == 1
    with db.read() as conn:
        remaining = {row.id for row in conn.execute(outbox.select())}
    assert remaining == {ids[1], ids[2]}
