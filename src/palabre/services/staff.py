"""Staff accounts: admins and moderators, their sessions, API tokens and login throttling.

Passwords are hashed with argon2. Sessions live in the database (only a hash of the
cookie's token is stored), so logging out or disabling an account ends them everywhere.
"""

from __future__ import annotations

import functools
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from palabre.domain.errors import Conflict, Forbidden, InvalidInput, RateLimited
from palabre.domain.staff import Role, StaffMember
from palabre.services.identity import token_hash
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database
from palabre.storage.sql.staff_repositories import (
    LoginFailureRepository,
    SessionRepository,
    StaffRepository,
)

_hasher = PasswordHasher()


@functools.cache
def _dummy_hash() -> str:
    """Verified against when the email is unknown, so that the answer takes as long. Made
    on first use: hashing at import would slow every command that imports this module."""
    return _hasher.hash("palabre-no-such-account")


MIN_PASSWORD = 10


def member_from_row(row: Any) -> StaffMember:
    return StaffMember(
        id=int(row.id),
        email=row.email,
        name=row.name,
        role=Role(row.role),
        sites=tuple(row.sites or ()),
    )


@dataclass(frozen=True, slots=True)
class Session:
    token: str
    csrf: str
    member: StaffMember
    expires_at: datetime


class StaffService:
    def __init__(
        self,
        db: Database,
        *,
        session_hours: float = 12.0,
        max_failures: int = 5,
        window_seconds: int = 900,
        clock: Clock = utcnow,
    ) -> None:
        self.db = db
        self.session_hours = session_hours
        self.max_failures = max_failures
        self.window = timedelta(seconds=window_seconds)
        self.clock = clock

    # Accounts

    def add(
        self, email: str, name: str, password: str, role: Role, sites: Iterable[str] = ()
    ) -> StaffMember:
        email = email.strip().casefold()
        if "@" not in email or len(email) > 320:
            raise InvalidInput("invalid_email", field="email")
        if len(password) < MIN_PASSWORD:
            raise InvalidInput("admin.password_too_short", field="password", min=MIN_PASSWORD)
        site_list = sorted(set(sites))
        if role is Role.MODERATOR and not site_list:
            raise InvalidInput("admin.moderator_needs_site", field="sites")
        with self.db.write() as conn:
            repo = StaffRepository(conn)
            if repo.by_email(email) is not None:
                raise Conflict("admin.staff_exists")
            staff_id = repo.add(
                email=email,
                name=name.strip() or email,
                password_hash=_hasher.hash(password),
                role=role.value,
                sites=site_list,
                active=True,
                created_at=self.clock(),
            )
            return member_from_row(repo.get(staff_id))

    def count(self) -> int:
        with self.db.read() as conn:
            return StaffRepository(conn).count()

    def all(self) -> list[StaffMember]:
        with self.db.read() as conn:
            return [member_from_row(r) for r in StaffRepository(conn).all()]

    def new_api_token(self, email: str) -> str:
        """A fresh personal API token (shown once; only its hash is kept)."""
        token = "plb_" + secrets.token_urlsafe(32)
        with self.db.write() as conn:
            repo = StaffRepository(conn)
            row = repo.by_email(email.strip().casefold())
            if row is None:
                raise InvalidInput("admin.staff_not_found", field="email")
            repo.update(int(row.id), api_token_hash=token_hash(token))
        return token

    def by_api_token(self, token: str) -> StaffMember | None:
        with self.db.read() as conn:
            row = StaffRepository(conn).by_token_hash(token_hash(token))
        return member_from_row(row) if row else None

    def by_email(self, email: str) -> StaffMember | None:
        with self.db.read() as conn:
            row = StaffRepository(conn).by_email(email.strip().casefold())
        return member_from_row(row) if row else None

    # Logging in and out

    def login(self, email: str, password: str, *, ip_hash: str | None) -> Session:
        """Check the password and open a session; failures are counted per account and
        per IP, and past the limit every attempt is refused until the window passes."""
        now = self.clock()
        email = email.strip().casefold()
        keys = [f"email:{email}"[:400]] + ([f"ip:{ip_hash}"] if ip_hash else [])
        with self.db.read() as conn:
            failures = LoginFailureRepository(conn)
            since = now - self.window
            if any(failures.count(k, since) >= self.max_failures for k in keys):
                raise RateLimited(
                    "admin.login_throttled", retry_after=int(self.window.total_seconds())
                )
            row = StaffRepository(conn).by_email(email)
        ok = False
        try:
            ok = _hasher.verify(row.password_hash if row else _dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            ok = False
        if not ok or row is None or not row.active:
            with self.db.write() as conn:
                LoginFailureRepository(conn).add(keys, now)
            raise Forbidden("admin.login_failed")
        token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(24)
        expires = now + timedelta(hours=self.session_hours)
        with self.db.write() as conn:
            sessions = SessionRepository(conn)
            sessions.purge(now)
            sessions.add(token_hash(token), int(row.id), csrf, now, expires)
            LoginFailureRepository(conn).clear(keys[0])
            if _hasher.check_needs_rehash(row.password_hash):
                StaffRepository(conn).update(int(row.id), password_hash=_hasher.hash(password))
        return Session(token, csrf, member_from_row(row), expires)

    def session(self, token: str) -> Session | None:
        if not token or len(token) > 200:
            return None
        with self.db.read() as conn:
            row = SessionRepository(conn).live(token_hash(token), self.clock())
        if row is None:
            return None
        return Session(token, row.csrf_token, member_from_row(row), row.expires_at)

    def logout(self, token: str) -> None:
        with self.db.write() as conn:
            SessionRepository(conn).remove(token_hash(token))


def seed_demo_staff(settings: Any) -> tuple[str, str]:
    """The demo's admin account, created once: (email, password). Demo only: the
    password is fixed so that the demo can print it."""
    email, password = "editor@demo.palabre.test", "palabre-demo-2026"
    db = Database(settings.resolved_database_url)
    try:
        service = StaffService(db)
        if service.by_email(email) is None:
            service.add(email, "Rédaction (démo)", password, Role.ADMIN)
    finally:
        db.dispose()
    return email, password
