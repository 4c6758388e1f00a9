"""The moderation checks' view of earlier comments, backed by SQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Connection

from palabre.storage.sql.repositories import CommentRepository


class SqlModerationHistory:
    def __init__(self, conn: Connection, thread_id: int | None) -> None:
        self._comments = CommentRepository(conn)
        self._thread_id = thread_id

    def recent_by_ip(self, ip_hash: str, since: datetime) -> int:
        return self._comments.count_since("ip_hash", ip_hash, since)

    def recent_by_email(self, email_hash: str, since: datetime) -> int:
        return self._comments.count_since("email_hash", email_hash, since)

    def same_body(self, body_fingerprint: str, since: datetime) -> tuple[int, int]:
        return self._comments.same_body(body_fingerprint, self._thread_id, since)

    def known_spammer(self, ip_hash: str | None, email_hash: str | None) -> bool:
        return self._comments.known_spammer(ip_hash, email_hash)
