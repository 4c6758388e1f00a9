"""Repositories of the notifications feature: subscriptions, mail deliveries, digests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, and_, bindparam, case, func, insert, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from palabre.storage.sql.schema import threads
from palabre.storage.sql.tables_jobs import mail_deliveries
from palabre.storage.sql.tables_subscriptions import digest_items, subscriptions

#: Delivery states after which a mail is never handed to SMTP again.
FINAL = ("sent", "bounced", "dropped")

# Built once: a thousand subscribers mean a thousand of these per published comment.
_MARK_SENT = (
    update(mail_deliveries)
    .where(mail_deliveries.c.message_id == bindparam("mid"))
    .values(status="sent", sent_at=bindparam("at"), response=bindparam("response"))
)

PENDING, ACTIVE, ENDED = "pending", "active", "ended"

# Built once: the job worker asks it for every comment published (notifications' guard),
# and building the statement cost as much as running it.
_ANY_ACTIVE = (
    select(subscriptions.c.id)
    .where(subscriptions.c.thread_id == bindparam("thread_id"), subscriptions.c.status == ACTIVE)
    .limit(1)
)


class SubscriptionRepository:
    def any_active(self, thread_id: int) -> bool:
        """Whether anyone follows the thread (both modes are kept per thread)."""
        return self.conn.execute(_ANY_ACTIVE, {"thread_id": thread_id}).first() is not None

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, sub_id: int) -> Any:
        return self.conn.execute(select(subscriptions).where(subscriptions.c.id == sub_id)).first()

    def get_many(self, sub_ids: Sequence[int]) -> dict[int, Any]:
        if not sub_ids:
            return {}
        rows = self.conn.execute(select(subscriptions).where(subscriptions.c.id.in_(sub_ids)))
        return {int(row.id): row for row in rows}

    def find(self, thread_id: int, email_hash: str, mode: str) -> Any:
        return self.conn.execute(
            select(subscriptions).where(
                subscriptions.c.thread_id == thread_id,
                subscriptions.c.email_hash == email_hash,
                subscriptions.c.mode == mode,
            )
        ).first()

    def insert(self, **values: Any) -> int:
        result = self.conn.execute(insert(subscriptions).values(**values))
        return int(result.inserted_primary_key[0])  # type: ignore[index]

    def update(self, sub_id: int, **values: Any) -> None:
        self.conn.execute(
            update(subscriptions).where(subscriptions.c.id == sub_id).values(**values)
        )

    def end(self, sub_ids: Sequence[int], reason: str, now: datetime) -> int:
        if not sub_ids:
            return 0
        result = self.conn.execute(
            update(subscriptions)
            .where(subscriptions.c.id.in_(list(sub_ids)), subscriptions.c.status != ENDED)
            .values(status=ENDED, ended_at=now, ended_reason=reason)
        )
        return int(result.rowcount or 0)

    def for_address(self, email_hash: str) -> list[Any]:
        """An address's subscriptions with their article, for the manage page."""
        return list(
            self.conn.execute(
                select(subscriptions, threads.c.title, threads.c.url, threads.c.key)
                .join(threads, threads.c.id == subscriptions.c.thread_id)
                .where(subscriptions.c.email_hash == email_hash)
                .order_by(subscriptions.c.created_at.desc())
            )
        )

    def recipients(self, thread_id: int, reply_hashes: Sequence[str]) -> list[Any]:
        """Active subscriptions told of a new comment: every "all" one, and the "replies"
        ones of the authors it answers."""
        cond = subscriptions.c.mode == "all"
        if reply_hashes:
            cond = cond | and_(
                subscriptions.c.mode == "replies",
                subscriptions.c.email_hash.in_(list(reply_hashes)),
            )
        return list(
            self.conn.execute(
                select(subscriptions)
                .where(subscriptions.c.thread_id == thread_id, subscriptions.c.status == ACTIVE)
                .where(cond)
                .order_by(subscriptions.c.id)
            )
        )

    def requested_since(self, email_hash: str, since: datetime) -> int:
        return int(
            self.conn.execute(
                select(func.count()).where(
                    subscriptions.c.email_hash == email_hash,
                    subscriptions.c.requested_at >= since,
                )
            ).scalar_one()
        )


class DeliveryRepository:
    """One row per mail, keyed by its Message-ID (see jobs/mail.py for the guarantee)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_many(self, rows: Sequence[dict[str, Any]]) -> None:
        """Record mails about to be queued; one already recorded (a comment published a
        second time) is left as it is."""
        if rows:
            dialect_insert = pg_insert if self.conn.dialect.name == "postgresql" else sqlite_insert
            stmt = dialect_insert(mail_deliveries).on_conflict_do_nothing(
                index_elements=["message_id"]
            )
            self.conn.execute(stmt, list(rows))

    def get(self, message_id: str) -> Any:
        return self.conn.execute(
            select(mail_deliveries).where(mail_deliveries.c.message_id == message_id)
        ).first()

    def get_many(self, message_ids: Sequence[str]) -> dict[str, Any]:
        if not message_ids:
            return {}
        rows = self.conn.execute(
            select(mail_deliveries).where(mail_deliveries.c.message_id.in_(list(message_ids)))
        )
        return {row.message_id: row for row in rows}

    def mark_sending(self, message_ids: Sequence[str]) -> set[str]:
        """Mails recorded earlier (queued, or left ``sending`` by a worker that died) are
        about to be handed to SMTP, once more. Returns those that were; the others are
        final already (another worker got there first) and must not be sent."""
        if not message_ids:
            return set()
        rows = self.conn.execute(
            update(mail_deliveries)
            .where(
                mail_deliveries.c.message_id.in_(list(message_ids)),
                mail_deliveries.c.status.not_in(FINAL),
            )
            .values(status="sending", attempts=mail_deliveries.c.attempts + 1)
            .returning(mail_deliveries.c.message_id)
        )
        return {str(mid) for mid in rows.scalars()}

    def mark_sent(self, message_id: str, at: datetime, response: str) -> None:
        self.conn.execute(_MARK_SENT, {"mid": message_id, "at": at, "response": response})

    def set(self, message_id: str, **values: Any) -> None:
        self.conn.execute(
            update(mail_deliveries)
            .where(mail_deliveries.c.message_id == message_id)
            .values(**values)
        )

    def recent_counts(
        self, hashes: Sequence[str], thread_id: int, since: datetime
    ) -> dict[str, tuple[int, int]]:
        """(mails to the address, mails to it about this thread) since ``since``, for
        the caps; bounced and dropped mails do not count."""
        if not hashes:
            return {}
        rows = self.conn.execute(
            select(
                mail_deliveries.c.recipient_hash,
                func.count(),
                func.sum(case((mail_deliveries.c.thread_id == thread_id, 1), else_=0)),
            )
            .where(
                mail_deliveries.c.recipient_hash.in_(list(hashes)),
                mail_deliveries.c.created_at >= since,
                mail_deliveries.c.kind != "confirm",
                mail_deliveries.c.status.in_(["queued", "sending", "sent"]),
            )
            .group_by(mail_deliveries.c.recipient_hash)
        )
        return {r[0]: (int(r[1]), int(r[2] or 0)) for r in rows}

    def count(self, status: str | None = None) -> int:
        query = select(func.count()).select_from(mail_deliveries)
        if status:
            query = query.where(mail_deliveries.c.status == status)
        return int(self.conn.execute(query).scalar_one())


class DigestRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add_many(self, rows: Sequence[dict[str, Any]]) -> None:
        if rows:
            self.conn.execute(insert(digest_items), list(rows))

    def pending(self, recipient_hash: str) -> list[Any]:
        return list(
            self.conn.execute(
                select(digest_items)
                .where(
                    digest_items.c.recipient_hash == recipient_hash,
                    digest_items.c.sent_at.is_(None),
                )
                .order_by(digest_items.c.id)
            )
        )

    def mark_sent(self, ids: Sequence[int], now: datetime) -> None:
        if ids:
            self.conn.execute(
                update(digest_items).where(digest_items.c.id.in_(list(ids))).values(sent_at=now)
            )
