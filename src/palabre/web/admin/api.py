"""The moderation JSON API (for the dashboard's script, scripts and the CLI) and reader
reports. Authenticated by the dashboard's session cookie or a personal API token."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Annotated, Any, Literal

import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from palabre.domain.sites import Site
from palabre.services.moderating import Card, Verb
from palabre.services.people import Match, Rule
from palabre.storage.sql.queue import QueueFilter, QueueQueries
from palabre.web.admin.deps import Member, Services
from palabre.web.api.routes import ERRORS, writable_site
from palabre.web.api.schemas import MAX_ID, CommentIdPath, iso
from palabre.web.errors import request_language
from palabre.web.messages import message
from palabre.web.state import client_ip

router = APIRouter(prefix="/api/v1", responses=ERRORS)
JSON = "application/json"
Tab = Literal["pending", "reported", "unmoderated", "approved", "rejected", "spam"]


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")


class BulkIn(_In):
    ids: list[int] = Field(min_length=1, max_length=1000)
    action: Verb
    note: str = Field("", max_length=500)


class NoteIn(_In):
    note: str = Field("", max_length=500)


class TextIn(_In):
    text: str = Field(min_length=1, max_length=10_000)
    note: str = Field("", max_length=500)


class FeatureIn(_In):
    featured: bool = True


class RuleIn(_In):
    site: str = Field(max_length=64)
    rule: Rule
    match: Match
    value: str = Field(min_length=1, max_length=320)
    hours: float = Field(0, ge=0, le=24 * 3650)
    reason: str = Field("", max_length=500)


class ReportIn(_In):
    reason: Literal["spam", "abuse", "off_topic", "other"]
    note: str = Field("", max_length=500)


def _json(data: Any, status: int = 200) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type=JSON)


def card_json(card: Card) -> dict[str, Any]:
    r = card.row
    e = card.engine
    return {
        "id": int(r.id),
        "site": r.site_id,
        "status": r.status,
        "thread": {"key": r.thread_key, "title": r.thread_title, "url": r.thread_url},
        "parent_id": r.parent_id,
        "author_name": r.author_name,
        "text": r.body_markdown,
        "html": r.body_html,
        "created_at": iso(r.created_at),
        "featured": bool(r.featured),
        "email_hash": r.email_hash,
        "ip_hash": r.ip_hash,
        "anchor": r.anchor_exact,
        "engine": {
            "action": e.action,
            "categories": e.categories,
            "scores": e.scores,
            "policy_version": e.policy_version,
        }
        if e
        else None,
        "reports": [{"reason": a, "note": b} for a, b in card.reports],
        "history": card.history_counts,
    }


@router.get("/moderation/queue", tags=["moderation"], summary="List a moderation queue")
def queue(
    admin: Services,
    member: Member,
    status: Tab = "pending",
    site: Annotated[str | None, Query(max_length=64)] = None,
    article: Annotated[str | None, Query(max_length=500)] = None,
    category: Annotated[str | None, Query(max_length=32)] = None,
    min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    f = QueueFilter(tab=status, site=site, article=article)
    result = admin.moderation.queue(member, f, page=page, category=category, min_score=min_score)
    return _json(
        {
            "status": result.tab,
            "total": result.total,
            "page": result.page,
            "pages": result.pages,
            "counts": result.counts,
            "comments": [card_json(c) for c in result.cards],
        }
    )


@router.get("/moderation/comments/{comment_id}", tags=["moderation"], summary="One comment")
def one(comment_id: CommentIdPath, admin: Services, member: Member) -> Response:
    return _json(card_json(admin.moderation.card(member, comment_id)))


@router.post("/moderation/bulk", tags=["moderation"], summary="One decision on many comments")
def bulk(body: BulkIn, admin: Services, member: Member) -> Response:
    changed = admin.moderation.act(member, body.ids, body.action, body.note)
    return _json({"action": body.action.value, "changed": changed, "count": len(body.ids)})


@router.post("/moderation/comments/{comment_id}/edit", tags=["moderation"], summary="Edit")
def edit(comment_id: CommentIdPath, body: TextIn, admin: Services, member: Member) -> Response:
    admin.moderation.edit(member, comment_id, body.text, body.note)
    return _json(card_json(admin.moderation.card(member, comment_id)))


@router.post("/moderation/comments/{comment_id}/reply", tags=["moderation"], summary="Reply")
def reply(
    comment_id: CommentIdPath, body: TextIn, admin: Services, member: Member, request: Request
) -> Response:
    signature = message("admin.newsroom", request_language(request))
    new_id = admin.moderation.reply(member, comment_id, body.text, f"{signature} ({member.name})")
    return _json({"id": new_id}, 201)


@router.post("/moderation/comments/{comment_id}/feature", tags=["moderation"], summary="Feature")
def feature(
    comment_id: CommentIdPath, body: FeatureIn, admin: Services, member: Member
) -> Response:
    admin.moderation.feature(member, comment_id, body.featured)
    return _json({"id": comment_id, "featured": body.featured})


@router.post(
    "/moderation/comments/{comment_id}/{action}",
    tags=["moderation"],
    summary="Approve, reject, mark as spam or as not spam",
)
def act(
    comment_id: CommentIdPath,
    action: Verb,
    admin: Services,
    member: Member,
    body: NoteIn | None = None,
) -> Response:
    changed = admin.moderation.act(member, [comment_id], action, body.note if body else "")
    return _json({"id": comment_id, "status": action.status.value, "changed": bool(changed)})


@router.post("/moderation/people", tags=["moderation"], summary="Ban, premod or trust")
def add_rule(body: RuleIn, admin: Services, member: Member) -> Response:
    rule_id = admin.people.add(
        member, body.site, body.rule, body.match, body.value, hours=body.hours, reason=body.reason
    )
    return _json({"id": rule_id}, 201)


@router.get(
    "/moderation/live",
    tags=["moderation"],
    summary="Decisions as they happen (SSE)",
    response_class=StreamingResponse,
)
async def live(
    request: Request,
    admin: Services,
    member: Member,
    after: Annotated[int | None, Query(ge=0, le=MAX_ID)] = None,
    max_seconds: Annotated[float, Query(ge=0, le=300)] = 60,
) -> StreamingResponse:
    """Server-sent events, one per decision after ``after``. Polls the audit record, so
    it sees what moderators on other worker processes do. The stream ends after
    ``max_seconds``; EventSource reconnects with ``Last-Event-ID``."""
    last_header = request.headers.get("last-event-id", "")
    start = int(last_header) if last_header.isdigit() else after
    scope = member.site_scope()
    names: dict[str, str] = {}

    def poll(since: int | None) -> tuple[int, list[Any]]:
        with admin.staff.db.read() as conn:
            q = QueueQueries(conn)
            if since is None:
                return q.last_decision_id(), []
            rows = q.decisions_after(since, scope)
            if any(r.actor not in names for r in rows):
                names.update(q.staff_names())
            return (int(rows[-1].id) if rows else since), rows

    async def events() -> AsyncIterator[bytes]:
        cursor = start
        deadline = time.monotonic() + max_seconds
        yield b"retry: 2000\n\n"
        while True:
            cursor, rows = await run_in_threadpool(poll, cursor)
            for r in rows:
                data = {
                    "comment_id": int(r.comment_id),
                    "actor": r.actor,
                    "action": r.action,
                    "status": r.status,
                    "site": r.site_id,
                    "by": names.get(r.actor, r.actor),
                    "mine": r.actor == member.actor,
                }
                yield b"id: %d\nevent: decision\ndata: %s\n\n" % (int(r.id), orjson.dumps(data))
            if not rows:
                yield b": keep-alive\n\n"
            if time.monotonic() >= deadline or await request.is_disconnected():
                return
            await asyncio.sleep(admin.settings.admin_live_poll_seconds)

    headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
    return StreamingResponse(events(), media_type="text/event-stream", headers=headers)


@router.post(
    "/comments/{comment_id}/reports",
    tags=["comments"],
    status_code=202,
    summary="Report a comment to the editors",
)
def report(
    comment_id: CommentIdPath,
    body: ReportIn,
    request: Request,
    admin: Services,
    site: Annotated[Site, Depends(writable_site)],
) -> Response:
    ip = client_ip(request, admin.settings)
    admin.reports.report(site, comment_id, body.reason, body.note, ip=ip)
    text = message("admin.report_received", request_language(request))
    return _json({"message": text}, 202)
