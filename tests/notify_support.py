"""Shared set-up for the notification tests: posting, approving, running a worker."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from palabre.domain.comments import CommentStatus
from palabre.domain.sites import ModerationMode, Site
from palabre.jobs.notifications import build_registry
from palabre.jobs.worker import Worker
from palabre.notify.senders import Sender
from palabre.services.identity import Hasher
from palabre.services.pipelines import basic_pipeline_factory
from palabre.services.posting import NewComment, PostingService
from palabre.services.sites import SiteDirectory
from palabre.services.visibility import change_status
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import OutboxRepository
from palabre.storage.sql.repositories import CommentRepository, SiteRepository
from palabre.storage.sql.subscriptions_repo import SubscriptionRepository

THREAD = "article-marees"


def site(db: Database, mode: ModerationMode = ModerationMode.POST) -> Site:
    s = SiteDirectory(db, default_id="default").get("default")
    with db.write() as conn:
        repo = SiteRepository(conn)
        updated = Site(
            **{
                **{f: getattr(s, f) for f in s.__dataclass_fields__},
                "moderation_mode": mode,
                "name": "Le Quotidien",
            }
        )
        repo.update(updated)
    return updated


def post(
    db: Database,
    settings: Settings,
    s: Site,
    text: str = "Un commentaire.",
    *,
    email: str | None = None,
    name: str = "Léa",
    parent: int | None = None,
) -> Any:
    posting = PostingService(
        db, basic_pipeline_factory(settings), Hasher(settings.resolved_secret_key())
    )
    new = NewComment(
        thread_key=THREAD,
        text=text,
        author_name=name,
        author_email=email,
        parent_id=parent,
        thread_title="Les grandes marées de septembre",
    )
    return posting.post(s, new, ip=None).comment


def approve(db: Database, comment_id: int, site_id: str = "default") -> None:
    with db.write() as conn:
        row = CommentRepository(conn).get_row(comment_id)
        events = change_status(conn, row, CommentStatus.PUBLISHED, site_id=site_id)
        OutboxRepository(conn).add(events, datetime.now(UTC))


def subscribe_active(
    db: Database, settings: Settings, s: Site, email: str, mode: str = "all", **extra: Any
) -> int:
    """A confirmed subscription, written directly (the flows are tested elsewhere)."""
    from palabre.storage.sql.repositories import ThreadRepository

    now = datetime.now(UTC)
    hasher = Hasher(settings.resolved_secret_key())
    with db.write() as conn:
        thread = ThreadRepository(conn).create(
            s.id, THREAD, "Les grandes marées de septembre", "", now
        )
        return SubscriptionRepository(conn).insert(
            site_id=s.id,
            thread_id=thread.id,
            email=email,
            email_hash=hasher.email(email),
            mode=mode,
            lang=extra.get("lang", "fr"),
            digest=extra.get("digest", False),
            status="active",
            created_at=now,
            requested_at=now,
            confirmed_at=now,
        )


def worker(db: Database, settings: Settings, senders: Callable[[], Sender] | None = None) -> Worker:
    return Worker(db, settings, build_registry(settings, senders=senders))


def drain(db: Database, settings: Settings, rounds: int = 50) -> Worker:
    w = worker(db, settings)
    for _ in range(rounds):
        if w.run_once() == 0:
            break
    return w
