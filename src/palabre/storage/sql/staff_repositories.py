"""Repositories of the editors' side; the caller owns the transaction (see database.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, delete, func, insert, or_, select, update

from palabre.storage.sql.tables_staff import (
    commenter_rules,
    login_failures,
    reports,
    site_policies,
    staff,
    staff_sessions,
)


class StaffRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, **values: Any) -> int:
        result = self.conn.execute(insert(staff).values(**values).returning(staff.c.id))
        return int(result.scalar_one())

    def by_email(self, email: str) -> Any:
        return self.conn.execute(select(staff).where(staff.c.email == email)).first()

    def get(self, staff_id: int) -> Any:
        return self.conn.execute(select(staff).where(staff.c.id == staff_id)).first()

    def by_token_hash(self, token_hash: str) -> Any:
        return self.conn.execute(
            select(staff).where(staff.c.api_token_hash == token_hash, staff.c.active.is_(True))
        ).first()

    def update(self, staff_id: int, **values: Any) -> None:
        self.conn.execute(update(staff).where(staff.c.id == staff_id).values(**values))

    def all(self) -> list[Any]:
        return list(self.conn.execute(select(staff).order_by(staff.c.id)))

    def count(self) -> int:
        return int(self.conn.execute(select(func.count()).select_from(staff)).scalar_one())


class SessionRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self, token_hash: str, staff_id: int, csrf: str, now: datetime, expires: datetime
    ) -> None:
        self.conn.execute(
            insert(staff_sessions).values(
                token_hash=token_hash,
                staff_id=staff_id,
                csrf_token=csrf,
                created_at=now,
                expires_at=expires,
            )
        )

    def live(self, token_hash: str, now: datetime) -> Any:
        """The session with its staff row, if it exists, has not expired, and the account
        is active."""
        query = (
            select(staff_sessions.c.csrf_token, staff_sessions.c.expires_at, staff)
            .join(staff, staff.c.id == staff_sessions.c.staff_id)
            .where(
                staff_sessions.c.token_hash == token_hash,
                staff_sessions.c.expires_at > now,
                staff.c.active.is_(True),
            )
        )
        return self.conn.execute(query).first()

    def remove(self, token_hash: str) -> None:
        self.conn.execute(delete(staff_sessions).where(staff_sessions.c.token_hash == token_hash))

    def purge(self, now: datetime) -> None:
        self.conn.execute(delete(staff_sessions).where(staff_sessions.c.expires_at <= now))


class LoginFailureRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, keys: Sequence[str], now: datetime) -> None:
        self.conn.execute(insert(login_failures), [{"key": k, "created_at": now} for k in keys])

    def count(self, key: str, since: datetime) -> int:
        query = select(func.count()).where(
            login_failures.c.key == key, login_failures.c.created_at >= since
        )
        return int(self.conn.execute(query).scalar_one())

    def clear(self, key: str) -> None:
        self.conn.execute(delete(login_failures).where(login_failures.c.key == key))


class ReportRepository:
    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(
        self, comment_id: int, reason: str, note: str, reporter: str | None, now: datetime
    ) -> None:
        self.conn.execute(
            insert(reports).values(
                comment_id=comment_id,
                reason=reason,
                note=note,
                reporter_hash=reporter,
                created_at=now,
            )
        )

    def recent_by_reporter(self, reporter: str, since: datetime) -> int:
        query = select(func.count()).where(
            reports.c.reporter_hash == reporter, reports.c.created_at >= since
        )
        return int(self.conn.execute(query).scalar_one())

    def already(self, comment_id: int, reporter: str) -> bool:
        query = select(reports.c.id).where(
            reports.c.comment_id == comment_id, reports.c.reporter_hash == reporter
        )
        return self.conn.execute(query.limit(1)).first() is not None

    def resolve(self, comment_ids: Sequence[int], now: datetime) -> None:
        self.conn.execute(
            update(reports)
            .where(reports.c.comment_id.in_(list(comment_ids)), reports.c.resolved_at.is_(None))
            .values(resolved_at=now)
        )

    def open_for(self, comment_ids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        if not comment_ids:
            return {}
        rows = self.conn.execute(
            select(reports.c.comment_id, reports.c.reason, reports.c.note)
            .where(reports.c.comment_id.in_(list(comment_ids)), reports.c.resolved_at.is_(None))
            .order_by(reports.c.id)
        )
        out: dict[int, list[tuple[str, str]]] = {}
        for r in rows:
            out.setdefault(int(r.comment_id), []).append((r.reason, r.note))
        return out


class RuleRepository:
    """Bans, premod flags and manual trust on commenters."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def add(self, **values: Any) -> int:
        result = self.conn.execute(
            insert(commenter_rules).values(**values).returning(commenter_rules.c.id)
        )
        return int(result.scalar_one())

    def remove(self, rule_id: int, site_ids: Sequence[str] | None) -> int:
        query = delete(commenter_rules).where(commenter_rules.c.id == rule_id)
        if site_ids is not None:
            query = query.where(commenter_rules.c.site_id.in_(list(site_ids)))
        return int(self.conn.execute(query).rowcount)

    def active(self, site_id: str, now: datetime) -> list[Any]:
        """Every rule of a site that has not expired."""
        query = select(commenter_rules).where(
            commenter_rules.c.site_id == site_id,
            or_(commenter_rules.c.expires_at.is_(None), commenter_rules.c.expires_at > now),
        )
        return list(self.conn.execute(query))

    def for_sites(self, site_ids: Sequence[str] | None, limit: int = 500) -> list[Any]:
        query = select(commenter_rules).order_by(commenter_rules.c.id.desc()).limit(limit)
        if site_ids is not None:
            query = query.where(commenter_rules.c.site_id.in_(list(site_ids)))
        return list(self.conn.execute(query))


class PolicyRepository:
    """Each saved version of a site's policy, kept: the list is the policy's change log."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def latest_version(self, site_id: str) -> int:
        query = select(func.max(site_policies.c.version)).where(site_policies.c.site_id == site_id)
        return int(self.conn.execute(query).scalar_one() or 0)

    def get(self, site_id: str, version: int) -> Any:
        return self.conn.execute(
            select(site_policies).where(
                site_policies.c.site_id == site_id, site_policies.c.version == version
            )
        ).first()

    def add(self, **values: Any) -> None:
        self.conn.execute(insert(site_policies).values(**values))

    def history(self, site_id: str, limit: int = 50) -> list[Any]:
        return list(
            self.conn.execute(
                select(
                    site_policies.c.version,
                    site_policies.c.fingerprint,
                    site_policies.c.note,
                    site_policies.c.created_by,
                    site_policies.c.created_at,
                )
                .where(site_policies.c.site_id == site_id)
                .order_by(site_policies.c.version.desc())
                .limit(limit)
            )
        )
