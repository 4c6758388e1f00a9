"""Reader reports: "Signaler" under a comment, with a reason.

An open report lifts the comment in the editors' queue; an editor's decision on the
comment closes its reports. Reporters are limited per IP hash.
"""

from __future__ import annotations

from datetime import timedelta

from palabre.domain.errors import InvalidInput, NotFound, RateLimited
from palabre.domain.sites import Site
from palabre.services.identity import Hasher
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database, retry_on_deadlock
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository
from palabre.storage.sql.staff_repositories import ReportRepository

REASONS = ("spam", "abuse", "off_topic", "other")
MAX_NOTE = 500
WINDOW = timedelta(hours=1)


class ReportService:
    def __init__(
        self, db: Database, hasher: Hasher, *, per_hour: int = 10, clock: Clock = utcnow
    ) -> None:
        self.db = db
        self.hasher = hasher
        self.per_hour = per_hour
        self.clock = clock

    @retry_on_deadlock
    def report(
        self, site: Site, comment_id: int, reason: str, note: str, *, ip: str | None
    ) -> bool:
        """Record a report; returns False when this reader had already reported it (the
        answer to the reader is the same, so that reports cannot be used as a probe)."""
        if reason not in REASONS:
            raise InvalidInput("admin.invalid_reason", field="reason")
        note = note.strip()[:MAX_NOTE]
        now = self.clock()
        reporter = self.hasher.ip(ip)
        with self.db.write() as conn:
            row = CommentRepository(conn).get_row(comment_id)
            thread = ThreadRepository(conn).get(int(row.thread_id)) if row is not None else None
            if (
                row is None
                or thread is None
                or thread.site_id != site.id
                or row.status != "published"
            ):
                raise NotFound("comment_not_found")
            reports = ReportRepository(conn)
            if reporter:
                if reports.already(comment_id, reporter):
                    return False
                if (
                    self.per_hour
                    and reports.recent_by_reporter(reporter, now - WINDOW) >= self.per_hour
                ):
                    raise RateLimited(
                        "admin.report_rate_limited", retry_after=int(WINDOW.total_seconds())
                    )
            reports.add(comment_id, reason, note, reporter, now)
        return True
