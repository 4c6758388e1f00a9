"""Writers that meet on PostgreSQL (READ COMMITTED, row locks).

- Two that lock a thread and a comment in opposite orders (a bulk moderation against an
  author deleting one of its comments): PostgreSQL aborts one, with an error that
  ``is_deadlock`` recognises; the aborted use case runs again, whichever side it is.
- Two editors approving the same comment at once: the comment is counted once.
"""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy.exc import DBAPIError

from palabre.domain.comments import CommentStatus
from palabre.services.visibility import change_status
from palabre.storage.sql.database import Database, is_deadlock
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository


def _pending(
    conn: object, thread_id: int, n: int, now: datetime, token_hash: str | None = None
) -> list[int]:
    comments = CommentRepository(conn)  # type: ignore[arg-type]
    return [
        int(
            comments.insert(
                thread_id=thread_id, parent_id=None, root_id=None, reply_to_id=None, depth=0,
                status="pending", listed=False, author_kind="guest", author_name="a",
                author_email=None, author_website=None, email_hash=None, ip_hash=None,
                body_markdown="x", body_html="<p>x</p>", body_fingerprint=f"f{i}", lang="fr",
                anchor_exact=None, anchor_prefix=None, anchor_suffix=None, upvotes=0,
                downvotes=0, score=0, reply_count=0, featured=False, edit_token_hash=token_hash,
                created_at=now, published_version=None,
            ).id
        )
        for i in range(n)
    ]  # fmt: skip


def test_crossed_locks_raise_an_error_is_deadlock_recognises(
    db: Database, database_url: str
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: no deadlock to break")
    now = datetime.now(UTC)
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "verrous", "t", "http://x", now)
        first, second = _pending(conn, thread.id, 2, now)
    go = threading.Event()
    errors: list[BaseException] = []

    def author_deletes_second() -> None:
        go.wait()
        try:
            with db.write() as conn:
                row = CommentRepository(conn).get_row(second)
                change_status(conn, row, CommentStatus.DELETED, site_id="default")
        except DBAPIError as exc:
            errors.append(exc)

    author = threading.Thread(target=author_deletes_second)
    author.start()
    try:
        with db.write() as conn:  # what ModerationService.act does for [first, second]
            rows = {i: CommentRepository(conn).get_row(i) for i in (first, second)}
            change_status(conn, rows[first], CommentStatus.PUBLISHED, site_id="default")
            go.set()
            time.sleep(0.5)  # the author now holds the second comment, waits for the thread
            change_status(conn, rows[second], CommentStatus.PUBLISHED, site_id="default")
    except DBAPIError as exc:
        errors.append(exc)
    author.join()
    assert len(errors) == 1
    assert is_deadlock(errors[0])


def test_an_author_chosen_as_the_deadlock_victim_is_not_answered_an_error(
    db: Database, database_url: str
) -> None:
    """The same crossing, with the author's side going through ``PostingService.delete``:
    PostgreSQL aborts the author's transaction (it waited first), the use case runs again
    once the bulk action has committed, and the comment is deleted."""
    from palabre.policies.base import Pipeline
    from palabre.services.identity import Hasher, new_token, token_hash
    from palabre.services.posting import PostingService
    from palabre.services.sites import SiteDirectory

    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: no deadlock to break")
    now = datetime.now(UTC)
    token = new_token()
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "victime", "t", "http://x", now)
        first, second = _pending(conn, thread.id, 2, now, token_hash(token))
    site = SiteDirectory(db, default_id="default").get("default")
    posting = PostingService(db, lambda _site: Pipeline([]), Hasher("secret-for-tests"))
    go = threading.Event()
    errors: list[BaseException] = []

    def author_deletes_second() -> None:
        go.wait()
        try:
            posting.delete(site, second, token)
        except Exception as exc:
            errors.append(exc)

    author = threading.Thread(target=author_deletes_second)
    author.start()
    with db.write() as conn:
        rows = {i: CommentRepository(conn).get_row(i) for i in (first, second)}
        change_status(conn, rows[first], CommentStatus.PUBLISHED, site_id="default")
        go.set()
        time.sleep(0.5)
        change_status(conn, rows[second], CommentStatus.PUBLISHED, site_id="default")
    author.join()
    assert errors == []
    with db.read() as conn:
        statuses = [CommentRepository(conn).get_row(i).status for i in (first, second)]
    assert statuses == ["published", "deleted"]


def test_two_approvals_at_once_count_the_comment_once(db: Database, database_url: str) -> None:
    """Both read the comment as pending; the second to write finds it changed and stops,
    instead of counting the publication twice."""
    from palabre.domain.errors import Conflict

    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite has one writer at a time: the second reads after the first")
    now = datetime.now(UTC)
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "double", "t", "http://x", now)
        (comment,) = _pending(conn, thread.id, 1, now)
    has_read, first_wrote = threading.Event(), threading.Event()
    outcome: list[str] = []

    def second_editor() -> None:
        try:
            with db.write() as conn:
                row = CommentRepository(conn).get_row(comment)
                has_read.set()
                first_wrote.wait()
                change_status(conn, row, CommentStatus.PUBLISHED, site_id="default")
            outcome.append("applied")
        except Conflict:
            outcome.append("conflict")

    other = threading.Thread(target=second_editor)
    other.start()
    has_read.wait()
    with db.write() as conn:
        row = CommentRepository(conn).get_row(comment)
        change_status(conn, row, CommentStatus.PUBLISHED, site_id="default")
        first_wrote.set()
        time.sleep(0.3)  # the second editor now waits on the comment's row
    other.join()
    assert outcome == ["conflict"]
    with db.read() as conn:
        found = ThreadRepository(conn).get(thread.id)
    assert found is not None and found.published_count == 1


def test_votes_cast_at_once_are_all_counted(db: Database, database_url: str) -> None:
    from palabre.services.identity import Hasher
    from palabre.services.sites import SiteDirectory
    from palabre.services.voting import VotingService

    now = datetime.now(UTC)
    with db.write() as conn:
        thread = ThreadRepository(conn).create("default", "votes", "t", "http://x", now)
        (comment,) = _pending(conn, thread.id, 1, now)
        row = CommentRepository(conn).get_row(comment)
        change_status(conn, row, CommentStatus.PUBLISHED, site_id="default")
    site = SiteDirectory(db, default_id="default").get("default")
    voting = VotingService(db, Hasher("secret-for-tests"), per_ip=0)
    readers = [f"lecteur-{i}" for i in range(12)]
    start = threading.Barrier(len(readers))

    def vote(reader: str) -> None:
        start.wait()
        voting.vote(site, comment, 1, voter=reader, ip=None)

    threads = [threading.Thread(target=vote, args=(r,)) for r in readers]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.read() as conn:
        found = CommentRepository(conn).get_row(comment)
    assert (found.upvotes, found.score) == (len(readers), len(readers))
