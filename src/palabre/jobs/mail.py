"""Sending mail jobs, idempotently.

The guarantee. Each mail has a Message-ID derived from its job's idempotency key, and a
row in ``mail_deliveries`` keyed by it. For each mail the worker

1. in one transaction: renews its lease on the job (leaving the job alone if another
   worker took it over) and moves the delivery row to ``sending``, unless it is already
   final (``sent``, ``bounced``, ``dropped``), in which case the job is simply done;
2. hands the mail to SMTP;
3. in one transaction: marks the row ``sent`` *and* the job done.

So a worker killed at any point before the server's "250 OK" leaves a job that the next
worker (after the lease) sends again, and one killed after step 3 leaves nothing to
redo: no mail is lost, and none is sent twice. The one window no protocol can close is
between the server's "250 OK" and the commit of step 3 (a few hundred microseconds, or a
connection cut while waiting for that reply): the mail is then sent again, with the *same*
Message-ID, which receivers use to recognise a duplicate. A 4xx reply is known not to be
accepted, so the row goes back to ``queued`` and the job retries with backoff; a 5xx
reply ends the recipient's subscription and records the job as failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from palabre.jobs.links import Links
from palabre.jobs.queue import Job
from palabre.jobs.worker import JobContext
from palabre.notify.compose import Mail, excerpt, message_id_for, render
from palabre.notify.senders import DeliveryError, Sender
from palabre.services.identity import Hasher
from palabre.storage.sql.repositories import CommentRepository, SiteRepository, ThreadRepository
from palabre.storage.sql.subscriptions_repo import (
    ACTIVE,
    PENDING,
    DeliveryRepository,
    SubscriptionRepository,
)
from palabre.storage.sql.tables_subscriptions import digest_items

log = logging.getLogger("palabre.notify")
FINAL = ("sent", "bounced", "dropped")


class MailJobs:
    """The handler of ``mail.send`` and ``mail.confirm`` jobs: one SMTP connection per
    batch, one delivery row per mail."""

    def __init__(self, links: Links, hasher: Hasher, senders: Callable[[], Sender]) -> None:
        self.links = links
        self.hasher = hasher
        self.senders = senders

    def __call__(self, ctx: JobContext, batch: list[Job]) -> None:
        # A batch is mostly one comment's mails: its thread and site are read once.
        self._threads: dict[int, Any] = {}
        self._sites: dict[str, Any] = {}
        sender = self.senders()
        try:
            for i, job in enumerate(batch):
                if ctx.stopping:
                    ctx.release(batch[i:])
                    return
                try:
                    self.send_one(ctx, job, sender)
                except DeliveryError as exc:
                    if exc.code:
                        ctx.retry(job, str(exc))  # This recipient only (greylisting, full box).
                        continue
                    # No server: every mail left in the batch would fail the same way.
                    for rest in batch[i:]:
                        ctx.retry(rest, str(exc))
                    return
        finally:
            sender.close()

    def send_one(self, ctx: JobContext, job: Job, sender: Sender) -> None:
        settings = ctx.settings
        key = job.idempotency_key or f"job:{job.id}"
        mid = str(job.payload.get("message_id") or message_id_for(key, settings.mail_from))
        with ctx.db.write() as conn:
            if not ctx.queue(conn).extend(job.id, ctx.worker_id, settings.job_lease_seconds):
                ctx.settled.add(job.id)  # Another worker holds it now.
                return
            deliveries = DeliveryRepository(conn)
            row = deliveries.get(mid)
            if row is not None and row.status in FINAL:
                ctx.done(conn, job)
                return
            built = self.build(conn, job, mid)
            if built is None:  # Nothing to say any more (unsubscribed, comment removed).
                if row is not None:
                    deliveries.set(mid, status="dropped")
                ctx.done(conn, job)
                return
            mail, meta = built
            if row is None:
                deliveries.add_many(
                    [
                        {
                            **meta,
                            "message_id": mid,
                            "status": "sending",
                            "attempts": 1,
                            "created_at": datetime.now(UTC),
                        }
                    ]
                )
            else:
                deliveries.set(mid, status="sending", attempts=int(row.attempts) + 1)
        message = render(mail, mail_from=settings.mail_from, reply_to=settings.mail_reply_to)
        try:
            reply = sender.send(message)
        except DeliveryError as exc:
            with ctx.db.write() as conn:
                deliveries = DeliveryRepository(conn)
                if exc.permanent:
                    deliveries.set(mid, status="bounced", response=str(exc)[:500])
                    sub_id = job.payload.get("subscription_id")
                    if sub_id and job.payload.get("type") != "held":
                        SubscriptionRepository(conn).end(
                            [int(sub_id)], "bounced", datetime.now(UTC)
                        )
                    ctx.fail(conn, job, f"bounced: {exc}")
                    log.warning("mail %s bounced: %s", mid, exc)
                    return
                if exc.code:
                    # The server answered 4xx: it did not take the mail.
                    deliveries.set(mid, status="queued", response=str(exc)[:500])
            raise
        with ctx.db.write() as conn:
            DeliveryRepository(conn).set(
                mid, status="sent", sent_at=datetime.now(UTC), response=reply[:500]
            )
            ctx.done(conn, job)

    def build(self, conn: Any, job: Job, mid: str) -> tuple[Mail, dict[str, Any]] | None:
        """The mail a job stands for, from the database as it is now, or None when it
        should no longer be sent."""
        p = job.payload
        kind = "confirm" if job.kind == "mail.confirm" else str(p.get("type"))
        if kind in ("confirm", "comment"):
            sub = SubscriptionRepository(conn).get(int(p["subscription_id"]))
            wanted = PENDING if kind == "confirm" else ACTIVE
            if sub is None or sub.status != wanted:
                return None
            thread, site = self._thread_and_site(conn, int(sub.thread_id), sub.site_id)
            if thread is None or site is None:
                return None
            context: dict[str, Any] = {
                "thread_title": thread.title or thread.key,
                "thread_url": self.links.thread(thread),
                "site_name": site.name,
                "mode": sub.mode,
            }
            meta = {"kind": kind, "recipient_hash": sub.email_hash, "thread_id": thread.id}
            if kind == "confirm":
                context |= {
                    "confirm_url": self.links.confirm(int(sub.id)),
                    "hours": self.links.tokens.limits.confirm_hours,
                }
                return Mail(sub.email, sub.lang, "confirm", context, mid), meta
            comment = CommentRepository(conn).get_row(int(p["comment_id"]))
            if comment is None or comment.status != "published":
                return None
            context |= {
                "author": comment.author_name,
                "excerpt": excerpt(comment.body_markdown),
                "comment_url": self.links.comment(thread, int(comment.id)),
                "reason": p.get("reason", "all"),
                "manage_url": self.links.manage(sub.email_hash),
            }
            return Mail(
                sub.email,
                sub.lang,
                "comment",
                context,
                mid,
                unsubscribe_url=self.links.unsubscribe(int(sub.id)),
            ), meta
        if kind == "held":
            return self._held(conn, p, mid)
        if kind == "digest":
            return self._digest(conn, p, mid)
        raise ValueError(f"unknown mail type {kind!r}")

    def _thread_and_site(self, conn: Any, thread_id: int, site_id: str) -> tuple[Any, Any]:
        threads, sites = getattr(self, "_threads", {}), getattr(self, "_sites", {})
        if thread_id not in threads:
            threads[thread_id] = ThreadRepository(conn).get(thread_id)
        if site_id not in sites:
            sites[site_id] = SiteRepository(conn).get(site_id)
        return threads[thread_id], sites[site_id]

    def _held(self, conn: Any, p: dict[str, Any], mid: str) -> tuple[Mail, dict[str, Any]] | None:
        comment = CommentRepository(conn).get_row(int(p["comment_id"]))
        if comment is None or comment.status != "pending":
            return None  # Already decided: the editors need no reminder.
        thread = ThreadRepository(conn).get(int(comment.thread_id))
        site = SiteRepository(conn).get(thread.site_id) if thread else None
        if thread is None or site is None:
            return None
        context = {
            "thread_title": thread.title or thread.key,
            "thread_url": self.links.thread(thread),
            "site_name": site.name,
            "author": comment.author_name,
            "excerpt": excerpt(comment.body_markdown),
            "review_url": self.links.review(int(comment.id)),
        }
        recipient_hash = self.hasher.email(str(p["to"])) or ""
        meta = {"kind": "held", "recipient_hash": recipient_hash, "thread_id": thread.id}
        return Mail(str(p["to"]), str(p.get("lang", "fr")), "held", context, mid), meta

    def _digest(self, conn: Any, p: dict[str, Any], mid: str) -> tuple[Mail, dict[str, Any]] | None:
        from sqlalchemy import select

        rows = list(
            conn.execute(
                select(digest_items)
                .where(digest_items.c.id.in_([int(i) for i in p["item_ids"]]))
                .order_by(digest_items.c.id)
            )
        )
        subs = SubscriptionRepository(conn)
        comments = CommentRepository(conn)
        threads = ThreadRepository(conn)
        items = []
        for row in rows:
            if row.subscription_id is not None:
                sub = subs.get(int(row.subscription_id))
                if sub is None or sub.status != ACTIVE:
                    continue
            comment = comments.get_row(int(row.comment_id))
            wanted = "pending" if row.kind == "held" else "published"
            if comment is None or comment.status != wanted:
                continue
            thread = threads.get(int(comment.thread_id))
            if thread is None:
                continue
            url = (
                self.links.review(int(comment.id))
                if row.kind == "held"
                else self.links.comment(thread, int(comment.id))
            )
            items.append(
                {
                    "thread_title": thread.title or thread.key,
                    "author": comment.author_name,
                    "excerpt": excerpt(comment.body_markdown, 240),
                    "url": url,
                    "kind": row.kind,
                }
            )
        if not items or not rows:
            return None
        first = rows[0]
        readers = any(r.subscription_id is not None for r in rows)
        context = {
            "items": items,
            "manage_url": self.links.manage(first.recipient_hash) if readers else None,
        }
        unsubscribe = self.links.unsubscribe_all(first.recipient_hash) if readers else None
        meta = {"kind": "digest", "recipient_hash": first.recipient_hash, "thread_id": None}
        return Mail(
            first.recipient, first.lang, "digest", context, mid, unsubscribe_url=unsubscribe
        ), meta
