"""The overview: per site and day, what came in, what the engine did, how long held
comments waited, and how often the editors overturned the engine."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from palabre.domain.staff import StaffMember
from palabre.services.posting import Clock, utcnow
from palabre.storage.sql.database import Database
from palabre.storage.sql.queue import QueueQueries
from palabre.storage.sql.rows import aware

#: Engine outcomes an editor can overturn: publishing, or rejecting outright.
_OVERTURN = {
    "published": {"reject", "spam"},
    "rejected": {"approve", "not_spam"},
    "spam": {"approve", "not_spam"},
}


@dataclass(slots=True)
class Day:
    day: date
    comments: int = 0
    published: int = 0
    held: int = 0
    rejected: int = 0
    spam: int = 0
    reviewed: int = 0
    overturned: int = 0
    waits: list[float] = field(default_factory=list)

    def share(self, n: int) -> float:
        return n / self.comments if self.comments else 0.0

    @property
    def median_wait_minutes(self) -> float | None:
        return round(statistics.median(self.waits) / 60, 1) if self.waits else None

    @property
    def agreement(self) -> float | None:
        """Share of the engine's final outcomes that the editors let stand."""
        return 1 - self.overturned / self.reviewed if self.reviewed else None


class OverviewService:
    def __init__(self, db: Database, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock

    def days(self, member: StaffMember, site_id: str, n: int = 14) -> list[Day]:
        member.require(site_id)
        today = self.clock().date()
        start = today - timedelta(days=n - 1)
        since = datetime(start.year, start.month, start.day, tzinfo=self.clock().tzinfo)
        out = {start + timedelta(days=i): Day(start + timedelta(days=i)) for i in range(n)}
        with self.db.read() as conn:
            rows = QueueQueries(conn).overview_rows(site_id, since)
        engine_status: dict[int, str] = {}
        held_at: dict[int, datetime] = {}
        for r in rows:
            cid, when = int(r.comment_id), aware(r.created_at)
            if not str(r.actor).startswith("staff:"):
                if cid in engine_status:
                    continue  # an edit re-judged it; the first decision is the one counted
                engine_status[cid] = r.status
                d = out.get(when.date())
                if d is None:
                    continue
                d.comments += 1
                bucket = {
                    "published": "published",
                    "pending": "held",
                    "rejected": "rejected",
                    "spam": "spam",
                }.get(r.status)
                if bucket:
                    setattr(d, bucket, getattr(d, bucket) + 1)
                if r.status == "pending":
                    held_at[cid] = aware(r.comment_created)
                continue
            if r.action not in ("approve", "reject", "spam", "not_spam"):
                continue
            first = engine_status.get(cid)
            d = out.get(when.date())
            if d is None or first is None:
                continue
            if cid in held_at:
                d.waits.append((when - held_at.pop(cid)).total_seconds())
            if first in _OVERTURN:
                d.reviewed += 1
                d.overturned += int(r.action in _OVERTURN[first])
        return list(out.values())
