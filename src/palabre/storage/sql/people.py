"""The people checks' lookup (policies/people.py), backed by SQL."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import bindparam, func, select

from palabre.policies.people import Standing
from palabre.storage.sql.database import Database
from palabre.storage.sql.schema import comments, threads
from palabre.storage.sql.staff_repositories import RuleRepository

# Built once, as in repositories.py: a statement built per call is cache-keyed anew.
_PUBLISHED_BY_EMAIL = (
    select(func.count())
    .select_from(comments)
    .join(threads, threads.c.id == comments.c.thread_id)
    .where(
        comments.c.email_hash == bindparam("email_hash"),
        comments.c.status == "published",
        threads.c.site_id == bindparam("site_id"),
    )
)


class SqlPeople:
    """Rules are read on every new comment and change rarely, so each worker keeps a
    site's active rules in memory for ``ttl`` seconds: a ban made in another process
    applies within that delay, one made here at once (:meth:`invalidate`)."""

    def __init__(self, db: Database, *, ttl: float = 5.0) -> None:
        self.db = db
        self.ttl = ttl
        self._rules: dict[str, tuple[float, dict[str, list[Any]]]] = {}
        self._lock = threading.Lock()

    def invalidate(self, site_id: str | None = None) -> None:
        with self._lock:
            if site_id is None:
                self._rules.clear()
            else:
                self._rules.pop(site_id, None)

    def _site_rules(self, site_id: str, now: datetime) -> dict[str, list[Any]]:
        """Active rules of a site, by the value they match."""
        with self._lock:
            cached = self._rules.get(site_id)
        if cached and time.monotonic() - cached[0] < self.ttl:
            return cached[1]
        with self.db.read() as conn:
            rows = RuleRepository(conn).active(site_id, now)
        by_value: dict[str, list[Any]] = {}
        for row in rows:
            by_value.setdefault(row.value, []).append(row)
        with self._lock:
            self._rules[site_id] = (time.monotonic(), by_value)
        return by_value

    def standing(
        self,
        site_id: str,
        *,
        email_hash: str | None,
        ip_hash: str | None,
        author: str,
        trust_after: int,
        now: datetime,
    ) -> Standing:
        keys = {"author": author}
        if email_hash:
            keys["email"] = email_hash
        if ip_hash:
            keys["ip"] = ip_hash
        site_rules = self._site_rules(site_id, now)
        rules = [r for v in set(keys.values()) for r in site_rules.get(v, ())]
        hits = [
            r for r in rules
            if keys.get(r.match) == r.value and (r.expires_at is None or _aware(r.expires_at) > now)
        ]  # fmt: skip
        banned = next((r.match for r in hits if r.rule == "ban"), None)
        premod = any(r.rule == "premod" for r in hits)
        trusted = any(r.rule == "trust" for r in hits)
        published = 0
        # A connection only when the count is needed: trust is off by default
        # (trust_after = 0), and checking out and rolling back an unused one cost every
        # post about 0.02 ms.
        if not trusted and not banned and not premod and trust_after > 0 and email_hash:
            with self.db.read() as conn:
                params = {"email_hash": email_hash, "site_id": site_id}
                published = int(conn.execute(_PUBLISHED_BY_EMAIL, params).scalar_one())
                trusted = published >= trust_after
        return Standing(banned=banned, premod=premod, trusted=trusted, published=published)


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
