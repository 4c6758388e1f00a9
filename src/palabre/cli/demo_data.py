"""Sample comments for the demo article."""

from __future__ import annotations

from datetime import UTC, datetime

from palabre.domain.comments import CommentStatus
from palabre.domain.moderation import Action, Decision
from palabre.services.identity import Hasher
from palabre.services.pipelines import basic_pipeline_factory
from palabre.services.posting import NewComment, PostingService
from palabre.services.sites import SiteDirectory
from palabre.services.visibility import change_status
from palabre.settings import Settings
from palabre.storage.sql.database import Database
from palabre.storage.sql.records import DecisionRepository
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository
from palabre.web.pages.demo import DEMO_COMMENTS, DEMO_THREAD, demo_article


def seed_demo(settings: Settings) -> None:
    """Post the sample comments once; a demo that already has them is left alone."""
    db = Database(settings.resolved_database_url)
    try:
        site = SiteDirectory(db, default_id=settings.default_site_id).get(settings.default_site_id)
        with db.read() as conn:
            if ThreadRepository(conn).by_key(site.id, DEMO_THREAD) is not None:
                return
        hasher = Hasher(settings.resolved_secret_key())
        posting = PostingService(db, basic_pipeline_factory(settings), hasher)
        article = demo_article()
        ids: dict[str, int] = {}
        for ref, parent, name, text, status in DEMO_COMMENTS:
            new = NewComment(
                thread_key=DEMO_THREAD,
                text=text,
                author_name=name,
                parent_id=ids[parent] if parent else None,
                thread_title=article.title,
            )
            comment = posting.post(site, new, ip=None).comment
            ids[ref] = comment.id
            if comment.status.value != status:
                _set_status(db, comment.id, site.id, CommentStatus(status))
    finally:
        db.dispose()


def _set_status(db: Database, comment_id: int, site_id: str, status: CommentStatus) -> None:
    """Sample comments get the status the demo shows (one of them waits for an editor),
    whatever the checks said; the audit record says so."""
    action = {CommentStatus.PUBLISHED: Action.PUBLISH, CommentStatus.PENDING: Action.HOLD}
    record = Decision(action=action.get(status, Action.REJECT)).as_record()
    record["note"] = "demo sample, status set by the demo"
    with db.write() as conn:
        row = CommentRepository(conn).get_row(comment_id)
        change_status(conn, row, status, site_id=site_id)
        DecisionRepository(conn).add(
            comment_id,
            "demo",
            str(record["action"]),
            status.value,
            record,
            "demo",
            datetime.now(UTC),
        )
