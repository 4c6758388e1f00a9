"""Sending mail jobs, idempotently.

The guarantee. Each mail has a Message-ID derived from its job's idempotency key, and a
row in ``mail_deliveries`` keyed by it. The worker

1. in one transaction for the whole batch: renews its lease on each job (leaving the job
   alone if another worker took it over) and moves each delivery row to ``sending``,
   unless it is already final (``sent``, ``bounced``, ``dropped``), in which case the job
   is simply done; while the batch is sent, a keeper thread renews the leases of the jobs
   it still holds (waiting or being sent) every third of the lease, so that a slow relay
   never lets another worker take a job this one is about to send or is sending;
2. hands each mail to SMTP;
3. in one transaction per mail: marks the row ``sent`` *and* the job done.

So a worker killed at any point before the server's "250 OK" leaves a job that the next
worker (after the lease) sends again, and one killed after step 3 leaves nothing to
redo: no mail is lost, and none is sent twice. The one window no protocol can close is
between the server's "250 OK" and the commit of step 3 (a few hundred microseconds, or a
connection cut while waiting for that reply): the mail is then sent again, with the *same*
Message-ID, which receivers use to recognise a duplicate. With several SMTP connections
(``smtp_connections``) each connection has such a window open at times, so a kill is
likelier to fall in one. A 4xx reply is known not to be accepted, so the row goes back to
``queued`` and the job retries with backoff; a 5xx reply ends the recipient's
subscription and records the job as failed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any

from palabre.jobs.links import Links
from palabre.jobs.mail_batch import MailBatch
from palabre.jobs.queue import Job
from palabre.jobs.worker import JobContext
from palabre.notify.compose import Mail, excerpt, message_id_for, render
from palabre.notify.senders import DeliveryError, Sender
from palabre.services.identity import Hasher
from palabre.storage.sql.repositories import CommentRepository, SiteRepository, ThreadRepository
from palabre.storage.sql.subscriptions_repo import (
    ACTIVE,
    FINAL,
    PENDING,
    DeliveryRepository,
    SubscriptionRepository,
)
from palabre.storage.sql.tables_subscriptions import digest_items

log = logging.getLogger("palabre.notify")


class MailJobs:
    """The handler of ``mail.send`` and ``mail.confirm`` jobs: one SMTP connection per
    batch, one delivery row per mail."""

    def __init__(self, links: Links, hasher: Hasher, senders: Callable[[], Sender]) -> None:
        self.links = links
        self.hasher = hasher
        self.senders = senders

    def __call__(self, ctx: JobContext, batch: list[Job]) -> None:
        ready = self.prepare(ctx, batch)
        if not ready:
            return
        lanes = min(ctx.settings.smtp_connections, len(ready))
        with MailBatch(ready, ctx) as pending:
            if lanes <= 1:
                self._lane(ctx, pending)
                return
            # SMTP is a conversation of round trips: a thread per connection keeps the
            # server busy while another mail is rendered or recorded (waits release the GIL).
            with ThreadPoolExecutor(lanes, thread_name_prefix="palabre-smtp") as pool:
                for lane in [pool.submit(self._lane, ctx, pending) for _ in range(lanes)]:
                    lane.result()

    def _lane(self, ctx: JobContext, pending: MailBatch) -> None:
        """Send mails from ``pending`` over one SMTP connection until none is left."""
        sender = self.senders()
        try:
            while (item := pending.take()) is not None:
                job, mid, mail = item
                if ctx.stopping:
                    ctx.release([job, *pending.drain()])
                    return
                try:
                    self.deliver(ctx, job, mid, mail, sender)
                except DeliveryError as exc:
                    pending.landed(job)
                    if exc.code:
                        ctx.retry(job, str(exc))  # This recipient only (greylisting, full box).
                        continue
                    # No server: every mail left in the batch would fail the same way.
                    for rest in [job, *pending.drain()]:
                        ctx.retry(rest, str(exc))
                    return
                pending.landed(job)
        finally:
            sender.close()

    def prepare(self, ctx: JobContext, batch: list[Job]) -> list[tuple[Job, str, Mail]]:
        """Step 1 for the whole batch: the mails are built from one read transaction, then
        one short write renews the leases and records each mail as ``sending``. A job
        already sent, or with nothing left to say, is settled here."""
        settings = ctx.settings
        mids = {
            job.id: str(
                job.payload.get("message_id")
                or message_id_for(job.idempotency_key or f"job:{job.id}", settings.mail_from)
            )
            for job in batch
        }
        # A batch is mostly one comment's mails to its thread's subscribers: the thread,
        # site and comment are read once, the subscriptions in one query.
        self._threads: dict[int, Any] = {}
        self._sites: dict[str, Any] = {}
        self._comments: dict[int, Any] = {}
        with ctx.db.read() as conn:
            rows = DeliveryRepository(conn).get_many(list(mids.values()))
            sub_ids = [j.payload.get("subscription_id") for j in batch]
            self._subs = SubscriptionRepository(conn).get_many([int(i) for i in sub_ids if i])
            built: dict[int, tuple[Mail, dict[str, Any]] | None] = {}
            broken: list[tuple[Job, str]] = []
            for job in batch:
                if mids[job.id] in rows and rows[mids[job.id]].status in FINAL:
                    continue
                try:
                    built[job.id] = self.build(conn, job, mids[job.id])
                except Exception as exc:  # One bad job must not hold back the batch.
                    log.exception("mail job %s cannot be built", job.id)
                    broken.append((job, f"{type(exc).__name__}: {exc}"))
        for job, error in broken:
            ctx.retry(job, error)
        batch = [job for job in batch if job.id not in ctx.settled]
        ready: list[tuple[Job, str, Mail]] = []
        now = datetime.now(UTC)
        with ctx.db.write() as conn:
            queue, deliveries = ctx.queue(conn), DeliveryRepository(conn)
            held = queue.extend_many(
                [job.id for job in batch], ctx.worker_id, settings.job_lease_seconds, now
            )
            new_rows: list[dict[str, Any]] = []
            again: list[str] = []
            for job in batch:
                mid = mids[job.id]
                if job.id not in held:
                    ctx.settled.add(job.id)  # Another worker holds it now.
                    continue
                row = rows.get(mid)
                found = built.get(job.id)
                if found is None:  # Sent already, or nothing to say any more.
                    if row is not None and row.status not in FINAL:
                        deliveries.set(mid, status="dropped")
                    ctx.done(conn, job)
                    continue
                mail, meta = found
                if row is None:
                    new_rows.append(
                        {**meta, "message_id": mid, "status": "sending", "attempts": 1,
                         "created_at": now}
                    )  # fmt: skip
                else:
                    again.append(mid)
                ready.append((job, mid, mail))
            deliveries.add_many(new_rows)
            marked = deliveries.mark_sending(again)
            for job, mid, _ in ready:
                if mid in again and mid not in marked:
                    ctx.done(conn, job)  # Final already: sent (or given up) by another.
        return [item for item in ready if item[0].id not in ctx.settled]

    def deliver(self, ctx: JobContext, job: Job, mid: str, mail: Mail, sender: Sender) -> None:
        """Steps 2 and 3: hand the mail to SMTP, then mark it sent and its job done."""
        settings = ctx.settings
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
            DeliveryRepository(conn).mark_sent(mid, datetime.now(UTC), reply[:500])
            ctx.done(conn, job)

    def build(self, conn: Any, job: Job, mid: str) -> tuple[Mail, dict[str, Any]] | None:
        """The mail a job stands for, from the database as it is now, or None when it
        should no longer be sent."""
        p = job.payload
        kind = "confirm" if job.kind == "mail.confirm" else str(p.get("type"))
        if kind in ("confirm", "comment"):
            sub_id = int(p["subscription_id"])
            subs = getattr(self, "_subs", {})
            sub = subs[sub_id] if sub_id in subs else SubscriptionRepository(conn).get(sub_id)
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
            comment = self._comment(conn, int(p["comment_id"]))
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

    def _comment(self, conn: Any, comment_id: int) -> Any:
        comments = getattr(self, "_comments", {})
        if comment_id not in comments:
            comments[comment_id] = CommentRepository(conn).get_row(comment_id)
        return comments[comment_id]

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
