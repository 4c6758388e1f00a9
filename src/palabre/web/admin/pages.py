"""The dashboard's pages: the queue, people, the policy, the audit log, the overview."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response, StreamingResponse

from palabre.domain.errors import PalabreError
from palabre.services.people import Match, Rule
from palabre.storage.sql.queue import TABS, QueueFilter, QueueQueries
from palabre.web.admin.deps import PageSession, Services, form_session
from palabre.web.admin.render import line_chart, render, stacked_bars
from palabre.web.api.schemas import MAX_ID
from palabre.web.errors import request_language
from palabre.web.i18n import gettext_for
from palabre.web.messages import message

router = APIRouter(prefix="/admin", include_in_schema=False)
Text = Annotated[str, Form(max_length=500)]


def _day(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return None
    return datetime(d.year, d.month, d.day, tzinfo=UTC)


def _next_day(value: str | None) -> datetime | None:
    day = _day(value)
    return day + timedelta(days=1) if day else None


def _base(request: Request, admin: Services, session: Any, **extra: Any) -> dict[str, Any]:
    member = session.member
    sites = [s for s in request.app.state.palabre.sites.all() if member.can(s.id)]
    return {"member": member, "csrf": session.csrf, "sites": sites, **extra}


@router.get("")
def queue_page(
    request: Request,
    admin: Services,
    session: PageSession,
    status: Annotated[str, Query(max_length=16)] = "pending",
    site: Annotated[str | None, Query(max_length=64)] = None,
    article: Annotated[str | None, Query(max_length=500)] = None,
    category: Annotated[str | None, Query(max_length=32)] = None,
    min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
    since: Annotated[str | None, Query(max_length=10)] = None,
    until: Annotated[str | None, Query(max_length=10)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    status = status if status in TABS else "pending"
    f = QueueFilter(
        tab=status,
        site=site or None,
        article=article or None,
        since=_day(since),
        until=_next_day(until),
    )
    result = admin.moderation.queue(
        session.member, f, page=page, category=category or None, min_score=min_score
    )
    with admin.staff.db.read() as conn:
        last = QueueQueries(conn).last_decision_id()
    filters = {
        "status": status,
        "site": site or "",
        "article": article or "",
        "category": category or "",
        "min_score": "" if min_score is None else min_score,
        "since": since or "",
        "until": until or "",
    }
    return render(
        request,
        "queue.html",
        _base(
            request,
            admin,
            session,
            result=result,
            tabs=TABS,
            filters=filters,
            last_decision=last,
        ),
    )


@router.get("/people")
def people_page(request: Request, admin: Services, session: PageSession) -> Response:
    rules = admin.people.rules(session.member)
    return render(
        request,
        "people.html",
        _base(request, admin, session, rules=rules, default_trust=admin.settings.admin_trust_after),
    )


@router.post("/people")
def people_post(
    request: Request,
    admin: Services,
    csrf: Text = "",
    intent: Text = "add",
    site: Text = "",
    rule: Text = "ban",
    match: Text = "email",
    value: Text = "",
    hours: Annotated[float, Form(ge=0, le=24 * 3650)] = 0,
    reason: Text = "",
    rule_id: Annotated[int, Form(ge=0, le=MAX_ID)] = 0,
    trust_after: Annotated[int, Form(ge=0, le=10_000)] = 0,
) -> Response:
    session = form_session(request, admin, csrf)
    member = session.member
    try:
        if intent == "remove":
            admin.people.remove(member, rule_id)
        elif intent == "trust_after":
            admin.people.set_trust_after(member, site, trust_after)
        else:
            admin.people.add(
                member, site, Rule(rule), Match(match), value, hours=hours, reason=reason
            )
    except (PalabreError, ValueError) as exc:
        code = exc.code if isinstance(exc, PalabreError) else "admin.invalid_action"
        error = message(code, request_language(request), **getattr(exc, "params", {}))
        rules = admin.people.rules(member)
        return render(
            request,
            "people.html",
            _base(
                request,
                admin,
                session,
                rules=rules,
                error=error,
                default_trust=admin.settings.admin_trust_after,
            ),
            status_code=422,
        )
    return RedirectResponse("/admin/people", status_code=303)


def _policy_context(
    request: Request, admin: Services, session: Any, site_id: str | None, **extra: Any
) -> dict[str, Any]:
    sites = request.app.state.palabre.sites
    site = sites.get(site_id) if site_id else sites.get(sites.default_id)
    session.member.require(site.id)
    current = admin.policies.current(site)
    ctx = {
        "site": site,
        "current": current,
        "history": admin.policies.history(site.id),
        "source": current.source,
        "test_text": "",
        "decision": None,
        "error": None,
    }
    ctx.update(extra)
    return _base(request, admin, session, **ctx)


@router.get("/policy")
def policy_page(
    request: Request,
    admin: Services,
    session: PageSession,
    site: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    return render(request, "policy.html", _policy_context(request, admin, session, site))


@router.post("/policy")
def policy_post(
    request: Request,
    admin: Services,
    csrf: Text = "",
    site: Text = "",
    intent: Text = "test",
    source: Annotated[str, Form(max_length=200_000)] = "",
    text: Annotated[str, Form(max_length=10_000)] = "",
    note: Text = "",
) -> Response:
    session = form_session(request, admin, csrf)
    the_site = request.app.state.palabre.sites.get(site)
    session.member.require(the_site.id)
    extra: dict[str, Any] = {"source": source, "test_text": text}
    try:
        if intent == "save":
            version = admin.policies.save(session.member, the_site, source, note)
            return RedirectResponse(f"/admin/policy?site={the_site.id}&saved={version}", 303)
        if text.strip():
            extra["decision"] = admin.policies.test(the_site, source, text)
    except PalabreError as exc:
        extra["error"] = message(exc.code, request_language(request), **exc.params)
    status = 422 if extra.get("error") else 200
    ctx = _policy_context(request, admin, session, the_site.id, **extra)
    return render(request, "policy.html", ctx, status_code=status)


def _audit_rows(admin: Services, session: Any, params: dict[str, Any], limit: int) -> list[Any]:
    with admin.staff.db.read() as conn:
        return QueueQueries(conn).audit(
            sites=session.member.site_scope(),
            site=params["site"] or None,
            actor=params["actor"] or None,
            action=params["action"] or None,
            comment_id=params["comment"],
            since=_day(params["since"]),
            until=_next_day(params["until"]),
            limit=limit,
            offset=params["offset"],
        )


def _audit_params(
    site: str | None,
    actor: str | None,
    action: str | None,
    comment: int | None,
    since: str | None,
    until: str | None,
    offset: int,
) -> dict[str, Any]:
    return {
        "site": site or "",
        "actor": actor or "",
        "action": action or "",
        "comment": comment,
        "since": since or "",
        "until": until or "",
        "offset": offset,
    }


Q64 = Annotated[str | None, Query(max_length=64)]
QDay = Annotated[str | None, Query(max_length=10)]


@router.get("/audit")
def audit_page(
    request: Request,
    admin: Services,
    session: PageSession,
    site: Q64 = None,
    actor: Q64 = None,
    action: Q64 = None,
    comment: int | None = None,
    since: QDay = None,
    until: QDay = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> Response:
    params = _audit_params(site, actor, action, comment, since, until, offset)
    rows = _audit_rows(admin, session, params, 100)
    with admin.staff.db.read() as conn:
        names = QueueQueries(conn).staff_names()
    return render(
        request, "audit.html", _base(request, admin, session, rows=rows, names=names, params=params)
    )


@router.get("/audit.csv")
def audit_csv(
    request: Request,
    admin: Services,
    session: PageSession,
    site: Q64 = None,
    actor: Q64 = None,
    action: Q64 = None,
    comment: int | None = None,
    since: QDay = None,
    until: QDay = None,
) -> Response:
    params = _audit_params(site, actor, action, comment, since, until, 0)
    rows = _audit_rows(admin, session, params, 100_000)
    with admin.staff.db.read() as conn:
        names = QueueQueries(conn).staff_names()

    def lines() -> Iterator[str]:
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(
            [
                "id",
                "time",
                "site",
                "article",
                "comment_id",
                "actor",
                "actor_name",
                "action",
                "status",
                "categories",
                "policy_version",
                "model_versions",
                "record",
            ]
        )
        for r in rows:
            rec = r.record or {}
            writer.writerow(
                [
                    r.id,
                    r.created_at.isoformat(),
                    r.site_id,
                    r.thread_key,
                    r.comment_id,
                    r.actor,
                    names.get(r.actor, ""),
                    r.action,
                    r.status,
                    " ".join(rec.get("categories", [])),
                    r.policy_version,
                    orjson.dumps(rec.get("model_versions", {})).decode(),
                    orjson.dumps(rec).decode(),
                ]
            )
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()

    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
    headers = {
        "Content-Disposition": f'attachment; filename="palabre-audit-{stamp}.csv"',
        "Cache-Control": "no-store",
    }
    return StreamingResponse(lines(), media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/overview")
def overview_page(
    request: Request,
    admin: Services,
    session: PageSession,
    site: Q64 = None,
    days: Annotated[int, Query(ge=1, le=90)] = 14,
) -> Response:
    sites = request.app.state.palabre.sites
    the_site = sites.get(site) if site else sites.get(sites.default_id)
    stats = admin.overview.days(session.member, the_site.id, days)
    t = gettext_for(request_language(request))
    labels = {
        "published": t.gettext("Auto-published"),
        "held": t.gettext("Held"),
        "rejected": t.gettext("Rejected"),
        "spam": t.gettext("Spam"),
    }
    waits = [d.median_wait_minutes for d in stats]
    agreement = [None if d.agreement is None else round(d.agreement * 100, 1) for d in stats]
    charts = {
        "volume": stacked_bars(stats, labels),
        "wait": line_chart(
            waits, top=max([w for w in waits if w is not None], default=60), unit=" min"
        ),
        "agreement": line_chart(agreement, top=100, unit=" %"),
    }
    return render(
        request,
        "overview.html",
        _base(
            request,
            admin,
            session,
            site=the_site,
            stats=stats,
            charts=charts,
            labels=labels,
            colors={
                "published": "#2e7d32",
                "held": "#f9a825",
                "rejected": "#c62828",
                "spam": "#6a1b9a",
            },
            days=days,
        ),
    )
