"""Readers' votes: one per reader and comment."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from palabre.domain.comments import CommentStatus
from palabre.domain.errors import InvalidInput, NotFound, RateLimited
from palabre.domain.sites import Site
from palabre.services.identity import Hasher
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database, retry_on_deadlock
from palabre.storage.sql.records import VoteRepository
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository


@dataclass(frozen=True, slots=True)
class VoteResult:
    comment_id: int
    upvotes: int
    downvotes: int
    my_vote: int

    @property
    def score(self) -> int:
        return self.upvotes - self.downvotes


class VotingService:
    def __init__(
        self,
        db: Database,
        hasher: Hasher,
        *,
        per_ip: int = 120,
        window_seconds: int = 600,
        clock: Clock = utcnow,
    ) -> None:
        self.db = db
        self.hasher = hasher
        self.per_ip = per_ip
        self.window = timedelta(seconds=window_seconds)
        self.clock = clock

    @retry_on_deadlock
    def vote(
        self, site: Site, comment_id: int, value: int, *, voter: str, ip: str | None
    ) -> VoteResult:
        """Set this reader's vote to ``value`` (1 up, -1 down, 0 none). Idempotent."""
        if value not in (-1, 0, 1):
            raise InvalidInput("invalid_vote", field="value")
        now = self.clock()
        voter_hash, ip_hash = self.hasher.voter(voter), self.hasher.ip(ip)
        with self.db.write() as conn:
            comments, votes = CommentRepository(conn), VoteRepository(conn)
            row = comments.get_row(comment_id)
            thread = ThreadRepository(conn).get(int(row.thread_id)) if row else None
            if row is None or thread is None or thread.site_id != site.id:
                raise NotFound("comment_not_found")
            if row.status != CommentStatus.PUBLISHED.value:
                raise NotFound("comment_not_found")
            if (
                self.per_ip
                and ip_hash
                and votes.recent_by_ip(ip_hash, now - self.window) >= self.per_ip
            ):
                raise RateLimited("rate_limited", retry_after=int(self.window.total_seconds()))
            before = votes.current(comment_id, voter_hash)
            up, down = int(row.upvotes), int(row.downvotes)
            if before != value:
                votes.set(comment_id, voter_hash, value, ip_hash, now)
                # Added to the stored totals, not to those read above: other readers may
                # have voted on this comment since (PostgreSQL runs them side by side).
                up, down = comments.add_votes(
                    comment_id, (value == 1) - (before == 1), (value == -1) - (before == -1)
                )
                ThreadRepository(conn).touch(int(row.thread_id))
        return VoteResult(comment_id, up, down, value)
