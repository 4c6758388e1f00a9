"""Readers' subscriptions: ask, confirm (double opt-in), unsubscribe, manage.

Nothing is sent to an address before its owner has clicked the signed, expiring link of
the confirmation mail. Every link in a mail is signed with the instance's secret; the
answers never tell whether an address is subscribed, so the form cannot be used to probe.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from email_validator import EmailNotValidError, validate_email
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from palabre.domain.errors import Forbidden, InvalidInput, NotFound, RateLimited, ThreadClosed
from palabre.domain.events import SubscriptionRequested
from palabre.domain.sites import Site
from palabre.services.identity import Hasher
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import OutboxRepository
from palabre.storage.sql.repositories import ThreadRepository
from palabre.storage.sql.subscriptions_repo import ACTIVE, ENDED, PENDING, SubscriptionRepository

MODES = ("all", "replies")
#: A second request for the same pending subscription within this delay sends no mail:
#: clicking "subscribe" twice must not mean two mails.
RESEND_AFTER = timedelta(minutes=10)


def utcnow() -> datetime:
    return datetime.now(UTC)


class InvalidToken(Forbidden):
    code = "subscription_link_invalid"
    status = 400


class ExpiredToken(Forbidden):
    code = "subscription_link_expired"
    status = 410


@dataclass(frozen=True, slots=True)
class SubscriptionLimits:
    confirm_hours: int = 72
    link_days: int = 400
    requests_per_address_day: int = 5


class Tokens:
    """Signed links. ``confirm`` expires quickly (the reader clicks right away); the
    unsubscribe and manage links live as long as a mail may sit in a mailbox."""

    def __init__(self, secret: str, limits: SubscriptionLimits) -> None:
        self._s = URLSafeTimedSerializer(secret, salt="palabre.subscriptions")
        self.limits = limits

    def make(self, purpose: str, value: int | str) -> str:
        return self._s.dumps([purpose, value])

    def read(self, token: str, purpose: str) -> Any:
        max_age = (
            self.limits.confirm_hours * 3600
            if purpose == "confirm"
            else self.limits.link_days * 86400
        )
        try:
            got, value = self._s.loads(token, max_age=max_age)
        except SignatureExpired:
            raise ExpiredToken() from None
        except (BadSignature, ValueError, TypeError):
            raise InvalidToken() from None
        if got != purpose:
            raise InvalidToken()
        return value


def clean_subscriber_email(value: str) -> str:
    try:
        return validate_email(value.strip(), check_deliverability=False).normalized
    except (EmailNotValidError, AttributeError):
        raise InvalidInput("invalid_email", field="email") from None


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    id: int
    mode: str
    status: str
    thread_title: str
    thread_url: str
    thread_key: str
    site_id: str
    lang: str


class SubscriptionService:
    def __init__(
        self, db: Database, hasher: Hasher, tokens: Tokens, clock: Callable[[], datetime] = utcnow
    ) -> None:
        self.db = db
        self.hasher = hasher
        self.tokens = tokens
        self.clock = clock

    def request(
        self,
        site: Site,
        thread_key: str,
        email: str,
        mode: str,
        *,
        lang: str | None = None,
        digest: bool = False,
        thread_title: str = "",
        thread_url: str = "",
    ) -> None:
        """Record a pending subscription and queue its confirmation mail (after commit,
        through the outbox). Answers the same whether or not the address is known."""
        if mode not in MODES:
            raise InvalidInput("subscription_mode_invalid", field="mode")
        address = clean_subscriber_email(email)
        email_hash = self.hasher.email(address)
        assert email_hash is not None
        lang = lang if lang in ("fr", "en") else site.language.value
        now = self.clock()
        with self.db.write() as conn:
            threads = ThreadRepository(conn)
            thread = threads.by_key(site.id, thread_key)
            if thread is None:
                if not site.auto_create_threads:
                    raise NotFound("thread_not_found")
                thread = threads.create(site.id, thread_key, thread_title, thread_url, now)
            if not thread.is_open:
                raise ThreadClosed()
            subs = SubscriptionRepository(conn)
            existing = subs.find(thread.id, email_hash, mode)
            if existing is not None and existing.status == ACTIVE:
                # Already confirmed: just keep the reader's latest preferences.
                subs.update(existing.id, lang=lang, digest=digest)
                return
            recent = existing is not None and _aware(existing.requested_at) > now - RESEND_AFTER
            if recent:
                return
            cap = self.tokens.limits.requests_per_address_day
            if cap and subs.requested_since(email_hash, now - timedelta(days=1)) >= cap:
                raise RateLimited("subscription_rate_limited", retry_after=3600)
            if existing is None:
                sub_id = subs.insert(
                    site_id=site.id,
                    thread_id=thread.id,
                    email=address,
                    email_hash=email_hash,
                    mode=mode,
                    lang=lang,
                    digest=digest,
                    status=PENDING,
                    created_at=now,
                    requested_at=now,
                )
            else:
                sub_id = int(existing.id)
                subs.update(
                    sub_id,
                    status=PENDING,
                    lang=lang,
                    digest=digest,
                    requested_at=now,
                    email=address,
                    ended_at=None,
                    ended_reason=None,
                )
            OutboxRepository(conn).add(
                [
                    SubscriptionRequested(
                        subscription_id=sub_id, thread_id=thread.id, site_id=site.id
                    )
                ],
                now,
            )

    def confirm(self, token: str) -> SubscriptionView:
        sub_id = int(self.tokens.read(token, "confirm"))
        with self.db.write() as conn:
            subs = SubscriptionRepository(conn)
            row = subs.get(sub_id)
            if row is None:
                raise InvalidToken()
            if row.status == PENDING:
                subs.update(sub_id, status=ACTIVE, confirmed_at=self.clock())
            elif row.status == ENDED:
                # An old confirmation link must not undo a later unsubscribe.
                raise Forbidden("subscription_ended")
            return self._view(conn, sub_id)

    def peek(self, token: str, purpose: str = "unsubscribe") -> SubscriptionView:
        """What an unsubscribe link is about, for the page that asks to confirm."""
        sub_id = int(self.tokens.read(token, purpose))
        with self.db.read() as conn:
            return self._view(conn, sub_id)

    def unsubscribe(self, token: str) -> SubscriptionView:
        """One click ends one subscription. Repeating it is harmless (RFC 8058 clients may)."""
        sub_id = int(self.tokens.read(token, "unsubscribe"))
        with self.db.write() as conn:
            SubscriptionRepository(conn).end([sub_id], "unsubscribed", self.clock())
            return self._view(conn, sub_id)

    def unsubscribe_all(self, token: str) -> int:
        email_hash = str(self.tokens.read(token, "manage"))
        with self.db.write() as conn:
            subs = SubscriptionRepository(conn)
            ids = [int(r.id) for r in subs.for_address(email_hash) if r.status != ENDED]
            return subs.end(ids, "unsubscribed", self.clock())

    def manage(self, token: str) -> list[SubscriptionView]:
        email_hash = str(self.tokens.read(token, "manage"))
        with self.db.read() as conn:
            return [_as_view(r) for r in SubscriptionRepository(conn).for_address(email_hash)]

    def end(self, token: str, sub_id: int) -> None:
        """End one subscription from the manage page; it must belong to the token's address."""
        email_hash = str(self.tokens.read(token, "manage"))
        with self.db.write() as conn:
            subs = SubscriptionRepository(conn)
            row = subs.get(sub_id)
            if row is None or row.email_hash != email_hash:
                raise NotFound("subscription_not_found")
            subs.end([sub_id], "unsubscribed", self.clock())

    def _view(self, conn: Any, sub_id: int) -> SubscriptionView:
        row = SubscriptionRepository(conn).get(sub_id)
        if row is None:
            raise InvalidToken()
        thread = ThreadRepository(conn).get(int(row.thread_id))
        return SubscriptionView(
            id=int(row.id),
            mode=row.mode,
            status=row.status,
            thread_title=thread.title if thread else "",
            thread_url=thread.url if thread else "",
            thread_key=thread.key if thread else "",
            site_id=row.site_id,
            lang=row.lang,
        )


def _as_view(row: Any) -> SubscriptionView:
    return SubscriptionView(
        id=int(row.id),
        mode=row.mode,
        status=row.status,
        thread_title=row.title or "",
        thread_url=row.url or "",
        thread_key=row.key,
        site_id=row.site_id,
        lang=row.lang,
    )


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)
