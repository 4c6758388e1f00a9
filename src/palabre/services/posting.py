"""Use cases of a commenter: post, edit and delete their own comment."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from palabre.domain.comments import Anchor, AuthorKind, Comment, CommentStatus, place_reply
from palabre.domain.errors import Forbidden, InvalidInput, NotFound, ThreadClosed
from palabre.domain.events import CommentEdited, CommentHeld, CommentPosted, CommentPublished, Event
from palabre.domain.moderation import Action, Category, Decision
from palabre.domain.sites import ModerationMode, Site
from palabre.policies.base import CheckContext, Submission, fingerprint
from palabre.policies.people import TRUSTED_CHECK
from palabre.services.identity import Hasher, new_token, token_hash, token_matches
from palabre.services.pipelines import PipelineFactory
from palabre.services.visibility import change_status, count_new, is_listed, rerun_if_changed
from palabre.storage.sql.database import Database, retry_on_deadlock
from palabre.storage.sql.history import SqlModerationHistory
from palabre.storage.sql.records import DecisionRepository, OutboxRepository
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository
from palabre.storage.sql.rows import comment_from_row
from palabre.text.markup import render_markdown

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class NewComment:
    """A comment as submitted, already cleaned and validated at the edge."""

    thread_key: str
    text: str
    author_name: str
    author_email: str | None = None
    author_website: str | None = None
    parent_id: int | None = None
    anchor: Anchor | None = None
    thread_title: str = ""
    thread_url: str = ""
    honeypot: str | None = None
    elapsed_seconds: float | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True)
class PostResult:
    comment: Comment
    decision: Decision
    edit_token: str | None = None
    edit_until: datetime | None = None


def status_for(decision: Decision, site: Site, *, staff: bool = False) -> CommentStatus:
    """Map the pipeline's decision and the site's mode to the status a comment gets."""
    if decision.action is Action.REJECT:
        spam = any(
            v.category is Category.SPAM and v.action is Action.REJECT for v in decision.verdicts
        )
        return CommentStatus.SPAM if spam else CommentStatus.REJECTED
    if staff:
        return CommentStatus.PUBLISHED
    if decision.action is Action.HOLD:
        return CommentStatus.PENDING
    # A commenter the editors trust skips pre-moderation; the checks above still apply.
    trusted = any(v.check == TRUSTED_CHECK for v in decision.verdicts)
    if site.moderation_mode is ModerationMode.PRE and not trusted:
        return CommentStatus.PENDING
    return CommentStatus.PUBLISHED


class PostingService:
    def __init__(
        self, db: Database, pipelines: PipelineFactory, hasher: Hasher, clock: Clock = utcnow
    ) -> None:
        self.db = db
        self.pipelines = pipelines
        self.hasher = hasher
        self.clock = clock

    def _decide(
        self,
        conn: Any,
        site: Site,
        submission: Submission,
        ip_hash: str | None,
        email_hash: str | None,
        now: datetime,
        body_fingerprint: str,
    ) -> Decision:
        """Run the site's checks, before any write: the write lock is not held meanwhile."""
        context = CheckContext(
            site=site,
            history=SqlModerationHistory(conn, submission.thread_id),
            now=now,
            ip_hash=ip_hash,
            email_hash=email_hash,
            body_fingerprint=body_fingerprint,
        )
        return self.pipelines(site).decide(submission, context)

    @retry_on_deadlock
    def post(
        self, site: Site, new: NewComment, *, ip: str | None, staff: bool = False
    ) -> PostResult:
        """Post a comment. ``staff`` marks a reply written by the newsroom: it is shown as
        such and published without waiting, but still passes the checks and is recorded."""
        now = self.clock()
        if site.require_email and not new.author_email and not staff:
            raise InvalidInput("email_required", field="author_email")
        ip_hash, email_hash = self.hasher.ip(ip), self.hasher.email(new.author_email)
        with self.db.read() as conn:
            thread = ThreadRepository(conn).by_key(site.id, new.thread_key)
            if thread is None and not site.auto_create_threads:
                raise NotFound("thread_not_found")
            if thread is not None and not thread.is_open:
                raise ThreadClosed()
            submission = Submission(
                text=new.text,
                lang=new.lang or site.language.value,
                author_name=new.author_name,
                author_email=new.author_email,
                author_url=new.author_website,
                ip=ip,
                site_id=site.id,
                thread_key=new.thread_key,
                thread_id=thread.id if thread else None,
                honeypot=new.honeypot,
                elapsed_seconds=new.elapsed_seconds,
                is_staff=staff,
            )
            body_fingerprint = fingerprint(new.text)
            decision = self._decide(
                conn, site, submission, ip_hash, email_hash, now, body_fingerprint
            )
        status = status_for(decision, site, staff=staff)
        token = new_token()
        # CPU work before the write transaction: the write lock is held for SQL only.
        body_html = render_markdown(new.text)
        with self.db.write() as conn:
            threads = ThreadRepository(conn)
            if thread is None:
                thread = threads.create(
                    site.id, new.thread_key, new.thread_title, new.thread_url, now
                )
            parent_id, root_id, reply_to, depth = self._place(conn, thread.id, new.parent_id, site)
            published_version = (
                count_new(
                    conn, thread_id=thread.id, parent_id=parent_id, inline=new.anchor is not None
                )
                if status is CommentStatus.PUBLISHED
                else None
            )
            comments = CommentRepository(conn)
            row = comments.insert(
                thread_id=thread.id,
                parent_id=parent_id,
                root_id=root_id,
                reply_to_id=reply_to,
                depth=depth,
                status=status.value,
                listed=is_listed(status, 0),
                author_kind=(AuthorKind.STAFF if staff else AuthorKind.GUEST).value,
                author_name=new.author_name,
                author_email=new.author_email,
                author_website=new.author_website,
                email_hash=email_hash,
                ip_hash=ip_hash,
                body_markdown=new.text,
                body_html=body_html,
                body_fingerprint=body_fingerprint,
                lang=submission.lang,
                anchor_exact=new.anchor.exact if new.anchor else None,
                anchor_prefix=new.anchor.prefix if new.anchor else None,
                anchor_suffix=new.anchor.suffix if new.anchor else None,
                upvotes=0,
                downvotes=0,
                score=0,
                reply_count=0,
                featured=False,
                edit_token_hash=token_hash(token),
                created_at=now,
                published_version=published_version,
                live_change="publish" if published_version is not None else None,
            )
            comment_id = int(row.id)
            self._record(conn, comment_id, decision, status, now)
            ids = (comment_id, thread.id, site.id)
            events: list[Event] = [CommentPosted(*ids, status=status.value)]
            if status is CommentStatus.PUBLISHED:
                events.append(CommentPublished(*ids))
            elif status is CommentStatus.PENDING:
                events.append(CommentHeld(*ids))
            OutboxRepository(conn).add(events, now)
        comment = comment_from_row(row)
        window = timedelta(seconds=site.edit_window_seconds)
        return PostResult(comment, decision, token, comment.editable_until(window))

    def _place(
        self, conn: Any, thread_id: int, parent_id: int | None, site: Site
    ) -> tuple[int | None, int | None, int | None, int]:
        """(parent_id, root_id, reply_to_id, depth) for a new comment."""
        if parent_id is None:
            return None, None, None, 0
        comments = CommentRepository(conn)
        parent = comments.get_row(parent_id)
        if parent is None or parent.thread_id != thread_id:
            raise InvalidInput("parent_not_found", field="parent_id")
        if parent.status != CommentStatus.PUBLISHED.value:
            raise InvalidInput("parent_unavailable", field="parent_id")
        root_id = parent.root_id or parent.id
        attach, depth = place_reply(int(parent.depth), site.max_depth)
        if attach:
            return int(parent.id), int(root_id), None, depth
        # Too deep: hang the reply on the deepest allowed ancestor, remember whom it answers.
        ancestor = parent
        while int(ancestor.depth) > site.max_depth - 1 and ancestor.parent_id is not None:
            ancestor = comments.get_row(ancestor.parent_id)
        return int(ancestor.id), int(root_id), int(parent.id), int(ancestor.depth) + 1

    def _record(
        self,
        conn: Any,
        comment_id: int,
        decision: Decision,
        status: CommentStatus,
        now: datetime,
        actor: str = "engine",
    ) -> None:
        DecisionRepository(conn).add(
            comment_id,
            actor,
            decision.action.value,
            status.value,
            decision.as_record(),
            decision.policy_version,
            now,
        )

    def _own(self, conn: Any, site: Site, comment_id: int, token: str) -> Any:
        row = CommentRepository(conn).get_row(comment_id)
        if row is None or row.status == CommentStatus.DELETED.value:
            raise NotFound("comment_not_found")
        thread = ThreadRepository(conn).get(int(row.thread_id))
        if thread is None or thread.site_id != site.id:
            raise NotFound("comment_not_found")
        if not token_matches(token, row.edit_token_hash):
            raise Forbidden("edit_token_invalid")
        created = row.created_at if row.created_at.tzinfo else row.created_at.replace(tzinfo=UTC)
        if self.clock() > created + timedelta(seconds=site.edit_window_seconds):
            raise Forbidden("edit_window_expired")
        return row

    @retry_on_deadlock
    @rerun_if_changed
    def edit(
        self, site: Site, comment_id: int, token: str, text: str, *, ip: str | None
    ) -> PostResult:
        now = self.clock()
        with self.db.read() as conn:
            row = self._own(conn, site, comment_id, token)
            submission = Submission(
                text=text,
                lang=row.lang or site.language.value,
                author_name=row.author_name,
                author_email=row.author_email,
                author_url=row.author_website,
                ip=ip,
                site_id=site.id,
                thread_id=int(row.thread_id),
                is_edit=True,
            )
            body_fingerprint = fingerprint(text)
            decision = self._decide(
                conn, site, submission, row.ip_hash, row.email_hash, now, body_fingerprint
            )
        status = status_for(decision, site)
        if row.status == CommentStatus.PENDING.value and status is CommentStatus.PUBLISHED:
            status = CommentStatus.PENDING  # Editing never lets a held comment skip the editors.
        # CPU work before the write transaction, as in post().
        body = {
            "body_markdown": text,
            "body_html": render_markdown(text),
            "body_fingerprint": body_fingerprint,
            "edited_at": now,
        }
        with self.db.write() as conn:
            row = self._own(conn, site, comment_id, token)
            events = change_status(conn, row, status, site_id=site.id, **body)
            events.append(
                CommentEdited(comment_id=comment_id, thread_id=int(row.thread_id), site_id=site.id)
            )
            self._record(conn, comment_id, decision, status, now)
            OutboxRepository(conn).add(events, now)
            comment = CommentRepository(conn).get(comment_id)
        assert comment is not None
        return PostResult(comment, decision)

    @retry_on_deadlock
    @rerun_if_changed
    def delete(self, site: Site, comment_id: int, token: str) -> None:
        now = self.clock()
        with self.db.write() as conn:
            row = self._own(conn, site, comment_id, token)
            # The author asked for it gone: keep only the row, so that replies keep their place.
            events = change_status(
                conn,
                row,
                CommentStatus.DELETED,
                site_id=site.id,
                body_markdown="",
                body_html="",
                author_name="",
                author_email=None,
                author_website=None,
                edit_token_hash=None,
                edited_at=now,
            )
            OutboxRepository(conn).add(events, now)
