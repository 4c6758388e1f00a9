"""The people checks' lookup (policies/people.py), backed by SQL."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select

from palabre.policies.people import Standing
from palabre.storage.sql.database import Database
from palabre.storage.sql.schema import comments, threads
from palabre.storage.sql.staff_repositories import RuleRepository


class SqlPeople:
    def __init__(self, db: Database) -> None:
        self.db = db

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
        with self.db.read() as conn:
            rules = RuleRepository(conn).matching(site_id, list(keys.values()), now)
            hits = [r for r in rules if keys.get(r.match) == r.value]
            banned = next((r.match for r in hits if r.rule == "ban"), None)
            premod = any(r.rule == "premod" for r in hits)
            trusted = any(r.rule == "trust" for r in hits)
            published = 0
            if not trusted and not banned and not premod and trust_after > 0 and email_hash:
                published = int(
                    conn.execute(
                        select(func.count())
                        .select_from(comments)
                        .join(threads, threads.c.id == comments.c.thread_id)
                        .where(
                            comments.c.email_hash == email_hash,
                            comments.c.status == "published",
                            threads.c.site_id == site_id,
                        )
                    ).scalar_one()
                )
                trusted = published >= trust_after
        return Standing(banned=banned, premod=premod, trusted=trusted, published=published)
