"""Who is told of what: readers of a published comment, editors of a held one, digests.

Only ``comment.published`` reaches readers, and it is emitted when a comment is posted
published or when an editor approves it; a held comment reaches only the editors, and a
rejected one no one. The fan-out writes one ``mail.send`` job per recipient (and its
delivery row) in one transaction, so a crash mid-way leaves all of them or none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from palabre.jobs.links import Links
from palabre.jobs.mail import MailJobs
from palabre.jobs.queue import Job, NewJob
from palabre.jobs.worker import JobContext, Registry
from palabre.notify.compose import message_id_for
from palabre.notify.senders import Sender, make_sender
from palabre.services.identity import Hasher
from palabre.services.subscriptions import SubscriptionLimits, Tokens
from palabre.settings import Settings
from palabre.storage.sql.repositories import CommentRepository, SiteRepository
from palabre.storage.sql.subscriptions_repo import (
    DeliveryRepository,
    DigestRepository,
    SubscriptionRepository,
)


def next_digest_time(now: datetime, hour: int) -> datetime:
    at = now.replace(hour=hour, minute=0, second=0, microsecond=0)
    return at if at > now else at + timedelta(days=1)


class Notifications:
    def __init__(self, settings: Settings, hasher: Hasher) -> None:
        self.settings = settings
        self.hasher = hasher

    def _digest(
        self,
        rows: list[dict[str, Any]],
        jobs: list[NewJob],
        now: datetime,
        recipient_hash: str,
        **item: Any,
    ) -> None:
        rows.append({"recipient_hash": recipient_hash, "created_at": now, **item})
        at = next_digest_time(now, self.settings.digest_hour_utc)
        jobs.append(
            NewJob(
                "digest.flush",
                {"recipient_hash": recipient_hash},
                run_after=at,
                idempotency_key=f"digest:{recipient_hash}:{at.date().isoformat()}",
            )
        )

    def published(self, ctx: JobContext, batch: list[Job]) -> None:
        """Tell the subscribers of a thread about a newly published comment."""
        s = self.settings
        for job in batch:
            now = datetime.now(UTC)
            with ctx.db.write() as conn:
                comments = CommentRepository(conn)
                comment = comments.get_row(int(job.payload["comment_id"]))
                if comment is None or comment.status != "published":
                    ctx.done(conn, job)
                    continue
                answered = [
                    comments.get_row(int(i))
                    for i in {comment.parent_id, comment.reply_to_id} - {None}
                ]
                reply_hashes = [c.email_hash for c in answered if c is not None and c.email_hash]
                chosen: dict[str, tuple[Any, str]] = {}
                for sub in SubscriptionRepository(conn).recipients(
                    int(comment.thread_id), reply_hashes
                ):
                    if sub.email_hash == comment.email_hash:
                        continue  # No one is told of their own comment.
                    reason = "replies" if sub.email_hash in reply_hashes else "all"
                    if sub.email_hash not in chosen or reason == "replies":
                        chosen[sub.email_hash] = (sub, reason)
                deliveries = DeliveryRepository(conn)
                counts = deliveries.recent_counts(
                    list(chosen), int(comment.thread_id), now - timedelta(hours=1)
                )
                jobs: list[NewJob] = []
                sent: list[dict[str, Any]] = []
                later: list[dict[str, Any]] = []
                for email_hash, (sub, reason) in chosen.items():
                    total, on_thread = counts.get(email_hash, (0, 0))
                    capped = (
                        total >= s.notify_cap_per_address_hour
                        or on_thread >= s.notify_cap_per_thread_hour
                    )
                    if sub.digest or capped:
                        self._digest(
                            later,
                            jobs,
                            now,
                            email_hash,
                            recipient=sub.email,
                            lang=sub.lang,
                            kind="comment",
                            subscription_id=int(sub.id),
                            comment_id=int(comment.id),
                        )
                        continue
                    key = f"comment:{comment.id}:{sub.id}"
                    mid = message_id_for(key, s.mail_from)
                    jobs.append(
                        NewJob(
                            "mail.send",
                            {
                                "type": "comment",
                                "subscription_id": int(sub.id),
                                "comment_id": int(comment.id),
                                "reason": reason,
                                "message_id": mid,
                            },
                            idempotency_key=key,
                        )
                    )
                    sent.append(
                        {
                            "message_id": mid,
                            "kind": "comment",
                            "recipient_hash": email_hash,
                            "thread_id": int(comment.thread_id),
                            "status": "queued",
                            "attempts": 0,
                            "created_at": now,
                        }
                    )
                deliveries.add_many(sent)
                DigestRepository(conn).add_many(later)
                ctx.queue(conn).enqueue(jobs, now)
                ctx.done(conn, job)

    def held(self, ctx: JobContext, batch: list[Job]) -> None:
        """Tell the site's editors that a comment waits for them."""
        s = self.settings
        for job in batch:
            now = datetime.now(UTC)
            with ctx.db.write() as conn:
                comment = CommentRepository(conn).get_row(int(job.payload["comment_id"]))
                site = SiteRepository(conn).get(str(job.payload["site_id"]))
                if comment is None or site is None or comment.status != "pending":
                    ctx.done(conn, job)
                    continue
                extra = site.settings.get("editor_emails") or []
                editors = dict.fromkeys(
                    [*s.editor_emails, *(extra if isinstance(extra, list) else [])]
                )
                jobs: list[NewJob] = []
                later: list[dict[str, Any]] = []
                for address in editors:
                    email_hash = self.hasher.email(str(address)) or ""
                    if s.editor_digest:
                        self._digest(
                            later,
                            jobs,
                            now,
                            email_hash,
                            recipient=str(address),
                            lang=site.language.value,
                            kind="held",
                            subscription_id=None,
                            comment_id=int(comment.id),
                        )
                        continue
                    key = f"held:{comment.id}:{email_hash}"
                    jobs.append(
                        NewJob(
                            "mail.send",
                            {
                                "type": "held",
                                "to": str(address),
                                "comment_id": int(comment.id),
                                "lang": site.language.value,
                                "message_id": message_id_for(key, s.mail_from),
                            },
                            idempotency_key=key,
                        )
                    )
                DigestRepository(conn).add_many(later)
                ctx.queue(conn).enqueue(jobs, now)
                ctx.done(conn, job)

    def flush_digest(self, ctx: JobContext, batch: list[Job]) -> None:
        """Gather an address's waiting items into one digest mail."""
        for job in batch:
            now = datetime.now(UTC)
            with ctx.db.write() as conn:
                digests = DigestRepository(conn)
                items = digests.pending(str(job.payload["recipient_hash"]))
                if items:
                    ids = [int(i.id) for i in items]
                    key = f"digestmail:{items[0].recipient_hash}:{ids[0]}-{ids[-1]}"
                    ctx.queue(conn).enqueue(
                        [
                            NewJob(
                                "mail.send",
                                {
                                    "type": "digest",
                                    "item_ids": ids,
                                    "message_id": message_id_for(key, self.settings.mail_from),
                                },
                                idempotency_key=key,
                            )
                        ],
                        now,
                    )
                    digests.mark_sent(ids, now)
                ctx.done(conn, job)


def build_registry(
    settings: Settings,
    *,
    senders: Callable[[], Sender] | None = None,
    secret: str | None = None,
) -> Registry:
    """The notification jobs, wired to their events."""
    secret = secret or settings.resolved_secret_key()
    hasher = Hasher(secret)
    tokens = Tokens(secret, limits_from(settings))
    notifications = Notifications(settings, hasher)
    mail = MailJobs(Links(settings, tokens), hasher, senders or (lambda: make_sender(settings)))
    registry = Registry()
    registry.job("notify.published")(notifications.published)
    registry.job("notify.held")(notifications.held)
    registry.job("digest.flush")(notifications.flush_digest)
    registry.job("mail.send")(mail)
    registry.job("mail.confirm")(mail)
    registry.on("comment.published", "notify.published")
    registry.on("comment.held", "notify.held")
    registry.guard("notify.published", _has_subscribers)
    registry.guard("notify.held", lambda conn, payload: _has_editors(settings, conn, payload))
    registry.on("subscription.requested", "mail.confirm")
    return registry


def _has_subscribers(conn: Any, payload: Mapping[str, Any]) -> bool:
    return SubscriptionRepository(conn).any_active(int(payload["thread_id"]))


def _has_editors(settings: Settings, conn: Any, payload: Mapping[str, Any]) -> bool:
    if settings.editor_emails:
        return True
    site = SiteRepository(conn).get(str(payload["site_id"]))
    return bool(site and site.settings.get("editor_emails"))


def limits_from(settings: Settings) -> SubscriptionLimits:
    return SubscriptionLimits(
        confirm_hours=settings.subscription_confirm_hours,
        link_days=settings.subscription_link_days,
        requests_per_address_day=settings.subscribe_cap_per_address_day,
    )
