"""The editors' use cases: the queue, their decisions, edits, replies and featuring.

Every decision goes through :func:`~palabre.services.visibility.change_status` (counters,
thread version, outbox events such as ``comment.published``) and adds a row to the
audit record with actor ``staff:<id>``: that row is also the label the engine learns from.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from palabre.domain.comments import CommentStatus
from palabre.domain.errors import InvalidInput, NotFound
from palabre.domain.events import CommentEdited, CommentModerated, Event
from palabre.domain.staff import StaffMember
from palabre.policies.base import fingerprint
from palabre.services.posting import Clock, NewComment, PostingService, utcnow
from palabre.services.sites import SiteDirectory
from palabre.services.visibility import change_status
from palabre.storage.sql.database import Database, retry_on_deadlock
from palabre.storage.sql.queue import TABS, QueueFilter, QueueQueries
from palabre.storage.sql.records import DecisionRepository, OutboxRepository
from palabre.storage.sql.repositories import CommentRepository, ThreadRepository
from palabre.storage.sql.rows import aware
from palabre.storage.sql.schema import threads
from palabre.storage.sql.staff_repositories import ReportRepository
from palabre.text.markup import render_markdown

MAX_BULK = 1000
#: "Recent unmoderated": comments the engine published in the last week.
RECENT = timedelta(days=7)
#: With a category or score filter, this many comments are scanned.
SCAN_LIMIT = 5000


class Verb(enum.StrEnum):
    """An editor's decision, and the status it gives the comment."""

    APPROVE = "approve"
    REJECT = "reject"
    SPAM = "spam"
    NOT_SPAM = "not_spam"

    @property
    def status(self) -> CommentStatus:
        return {
            Verb.APPROVE: CommentStatus.PUBLISHED,
            Verb.REJECT: CommentStatus.REJECTED,
            Verb.SPAM: CommentStatus.SPAM,
            Verb.NOT_SPAM: CommentStatus.PUBLISHED,
        }[self]

    @property
    def label(self) -> str:
        """The training label: ham or spam for the spam model, ok or abuse otherwise."""
        return {Verb.APPROVE: "ok", Verb.REJECT: "abuse", Verb.SPAM: "spam", Verb.NOT_SPAM: "ham"}[
            self
        ]


@dataclass(frozen=True, slots=True)
class EngineView:
    action: str
    categories: list[str]
    scores: dict[str, float]
    checks: list[dict[str, Any]]
    policy_version: str
    model_versions: dict[str, str]

    @property
    def spans(self) -> list[tuple[int, int, str]]:
        out = []
        for check in self.checks:
            for ev in check.get("evidence", []):
                span = ev.get("span")
                if isinstance(span, list) and len(span) == 2:
                    out.append((int(span[0]), int(span[1]), str(check.get("category", ""))))
        return out

    @property
    def top_score(self) -> float:
        return max(self.scores.values(), default=0.0)


@dataclass(slots=True)
class Card:
    row: Any
    engine: EngineView | None
    parent: Any = None
    reports: list[tuple[str, str]] = field(default_factory=list)
    history: list[Any] = field(default_factory=list)
    history_counts: dict[str, int] = field(default_factory=dict)
    last_staff: tuple[str, str, datetime] | None = None  # (who, action, when)


@dataclass(slots=True)
class QueuePage:
    tab: str
    cards: list[Card]
    total: int
    page: int
    pages: int
    counts: dict[str, int]


def _engine_view(record: dict[str, Any], policy_version: str) -> EngineView:
    return EngineView(
        action=str(record.get("action", "")),
        categories=list(record.get("categories") or []),
        scores={k: float(v) for k, v in (record.get("scores") or {}).items()},
        checks=list(record.get("checks") or []),
        policy_version=str(record.get("policy_version") or policy_version),
        model_versions=dict(record.get("model_versions") or {}),
    )


class ModerationService:
    def __init__(
        self,
        db: Database,
        sites: SiteDirectory,
        posting: PostingService,
        *,
        page_size: int = 50,
        clock: Clock = utcnow,
    ) -> None:
        self.db = db
        self.sites = sites
        self.posting = posting
        self.page_size = page_size
        self.clock = clock

    # The queue

    def queue(
        self,
        member: StaffMember,
        f: QueueFilter,
        *,
        page: int = 1,
        category: str | None = None,
        min_score: float | None = None,
    ) -> QueuePage:
        if f.tab not in TABS:
            raise InvalidInput("admin.unknown_tab", field="status")
        if f.site:
            member.require(f.site)
        f = QueueFilter(
            tab=f.tab,
            sites=member.site_scope(),
            site=f.site,
            article=f.article,
            since=f.since,
            until=f.until,
            recent_after=self.clock() - RECENT,
        )
        page = max(1, page)
        size = self.page_size
        with self.db.read() as conn:
            q = QueueQueries(conn)
            if category or min_score is not None:
                ids = self._scan(q, f, category, min_score)
                total, ids = len(ids), ids[(page - 1) * size : page * size]
            else:
                total = q.count(f)
                ids = q.ids(f, limit=size, offset=(page - 1) * size)
            cards = self._cards(q, conn, ids)
            counts = {f.tab: total}
            for tab in ("pending", "reported"):
                if tab != f.tab:
                    counts[tab] = q.count(QueueFilter(tab=tab, sites=f.sites, site=f.site))
        return QueuePage(f.tab, cards, total, page, max(1, -(-total // size)), counts)

    def _scan(
        self, q: QueueQueries, f: QueueFilter, category: str | None, min_score: float | None
    ) -> list[int]:
        ids = q.ids(f, limit=SCAN_LIMIT)
        decisions = q.decisions_for(ids)
        keep = []
        for cid in ids:
            engine = self._latest_engine(decisions.get(cid, []))
            if engine is None:
                continue
            if category and category not in engine.categories and category not in engine.scores:
                continue
            score = engine.scores.get(category, 0.0) if category else engine.top_score
            if min_score is not None and score < min_score:
                continue
            keep.append(cid)
        return keep

    @staticmethod
    def _latest_engine(rows: Sequence[Any]) -> EngineView | None:
        for r in reversed(rows):
            if not str(r.actor).startswith("staff:"):
                return _engine_view(dict(r.record or {}), r.policy_version)
        return None

    def _cards(self, q: QueueQueries, conn: Any, ids: list[int]) -> list[Card]:
        rows = q.cards(ids)
        decisions = q.decisions_for(ids)
        parents = q.comments_by_id([int(r.parent_id) for r in rows if r.parent_id])
        reports = ReportRepository(conn).open_for(ids)
        emails = sorted({r.email_hash for r in rows if r.email_hash})
        ips = sorted({r.ip_hash for r in rows if r.ip_hash})
        history = q.history(emails, ips) if rows else []
        by_hash: dict[str | None, list[Any]] = {}
        for h in history:
            for key in {h.email_hash, h.ip_hash} - {None}:
                by_hash.setdefault(key, []).append(h)
        names = (
            q.staff_names()
            if any(str(d.actor).startswith("staff:") for ds in decisions.values() for d in ds)
            else {}
        )
        cards = []
        for r in rows:
            ds = decisions.get(int(r.id), [])
            staff_rows = [d for d in ds if str(d.actor).startswith("staff:")]
            last = staff_rows[-1] if staff_rows else None
            linked = by_hash.get(r.email_hash, []) + by_hash.get(r.ip_hash, [])
            mine = sorted(
                {int(h.id): h for h in linked if int(h.id) != int(r.id)}.values(),
                key=lambda h: -int(h.id),
            )
            counts: dict[str, int] = {}
            for h in mine:
                counts[h.status] = counts.get(h.status, 0) + 1
            cards.append(
                Card(
                    row=r,
                    engine=self._latest_engine(ds),
                    parent=parents.get(int(r.parent_id)) if r.parent_id else None,
                    reports=reports.get(int(r.id), []),
                    history=mine[:5],
                    history_counts=counts,
                    last_staff=(
                        names.get(last.actor, last.actor),
                        last.action,
                        aware(last.created_at),
                    )
                    if last
                    else None,
                )
            )
        return cards

    def card(self, member: StaffMember, comment_id: int) -> Card:
        with self.db.read() as conn:
            q = QueueQueries(conn)
            cards = self._cards(q, conn, [comment_id])
        if not cards:
            raise NotFound("comment_not_found")
        member.require(cards[0].row.site_id)
        return cards[0]

    # Decisions

    def act(self, member: StaffMember, ids: Sequence[int], verb: Verb, note: str = "") -> list[int]:
        """Apply one decision to every comment in ``ids``, in one transaction: all or none.
        Returns the ids whose status changed."""
        ids = list(dict.fromkeys(int(i) for i in ids))
        if not ids:
            return []
        if len(ids) > MAX_BULK:
            raise InvalidInput("admin.too_many", field="ids", max=MAX_BULK)
        return self._act(member, ids, verb, note)

    # Several comments, their parents and threads are locked in one transaction, in an
    # order other writers may cross (they lock one comment, then its thread).
    @retry_on_deadlock
    def _act(self, member: StaffMember, ids: list[int], verb: Verb, note: str) -> list[int]:
        now = self.clock()
        new = verb.status
        changed: list[int] = []
        with self.db.write() as conn:
            q = QueueQueries(conn)
            rows = {int(r.id): r for r in q.cards(ids)}
            if len(rows) != len(ids):
                raise NotFound("comment_not_found")
            member.require_all({r.site_id for r in rows.values()})
            engine = {cid: self._latest_engine(ds) for cid, ds in q.decisions_for(ids).items()}
            events: list[Event] = []
            audit = []
            for cid in ids:
                row = rows[cid]
                old = row.status
                if old != new.value:
                    events += change_status(conn, row, new, site_id=row.site_id)
                    changed.append(cid)
                e = engine.get(cid)
                record = {
                    "label": verb.label,
                    "previous": old,
                    "engine_action": e.action if e else None,
                    "categories": e.categories if e else [],
                    "scores": e.scores if e else {},
                    "policy_version": e.policy_version if e else "",
                    "model_versions": e.model_versions if e else {},
                    **({"note": note} if note else {}),
                }
                audit.append((cid, record, e.policy_version if e else "staff"))
                events.append(
                    CommentModerated(
                        cid,
                        int(row.thread_id),
                        row.site_id,
                        verb.value,
                        tuple(e.categories) if e else (),
                    )
                )
            decisions = DecisionRepository(conn)
            for cid, record, policy in audit:
                decisions.add(cid, member.actor, verb.value, new.value, record, policy, now)
            ReportRepository(conn).resolve(ids, now)
            OutboxRepository(conn).add(events, now)
        return changed

    def _owned_row(self, conn: Any, member: StaffMember, comment_id: int) -> tuple[Any, str]:
        row = CommentRepository(conn).get_row(comment_id)
        if row is None or row.status == CommentStatus.DELETED.value:
            raise NotFound("comment_not_found")
        site_id = conn.execute(
            threads.select()
            .with_only_columns(threads.c.site_id)
            .where(threads.c.id == row.thread_id)
        ).scalar_one()
        member.require(site_id)
        return row, str(site_id)

    @retry_on_deadlock
    def edit(self, member: StaffMember, comment_id: int, text: str, note: str = "") -> None:
        """Correct a typo or redact a name; the audit record keeps both versions."""
        text = text.strip()
        if not text:
            raise InvalidInput("body_empty", field="text")
        now = self.clock()
        with self.db.write() as conn:
            row, site_id = self._owned_row(conn, member, comment_id)
            body = {
                "body_markdown": text,
                "body_html": render_markdown(text),
                "body_fingerprint": fingerprint(text),
                "edited_at": now,
            }
            events = change_status(conn, row, CommentStatus(row.status), site_id=site_id, **body)
            events.append(
                CommentEdited(comment_id=comment_id, thread_id=int(row.thread_id), site_id=site_id)
            )
            record = {
                "before": row.body_markdown,
                "after": text,
                **({"note": note} if note else {}),
            }
            DecisionRepository(conn).add(
                comment_id, member.actor, "edit", row.status, record, "staff", now
            )
            OutboxRepository(conn).add(events, now)

    @retry_on_deadlock
    def feature(self, member: StaffMember, comment_id: int, on: bool = True) -> None:
        now = self.clock()
        with self.db.write() as conn:
            row, _ = self._owned_row(conn, member, comment_id)
            CommentRepository(conn).update(comment_id, featured=on)
            ThreadRepository(conn).touch(int(row.thread_id))
            DecisionRepository(conn).add(
                comment_id,
                member.actor,
                "feature" if on else "unfeature",
                row.status,
                {},
                "staff",
                now,
            )

    def reply(self, member: StaffMember, comment_id: int, text: str, signature: str) -> int:
        """Reply as the newsroom: shown as staff, published at once, still recorded."""
        with self.db.read() as conn:
            row, site_id = self._owned_row(conn, member, comment_id)
            thread = ThreadRepository(conn).get(int(row.thread_id))
        assert thread is not None
        new = NewComment(
            thread_key=thread.key, text=text, author_name=signature, parent_id=comment_id
        )
        result = self.posting.post(self.sites.get(site_id), new, ip=None, staff=True)
        return result.comment.id
