"""Routes of the widget feature: its files, its configuration, live updates and the
privacy notice."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from urllib.parse import urlsplit

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import HTMLResponse, Response, StreamingResponse
from fastapi.templating import Jinja2Templates

from palabre.domain.sites import Site
from palabre.web.api.routes import JSON, SiteDep, State
from palabre.web.errors import request_language
from palabre.web.i18n import gettext_for
from palabre.web.state import AppState, app_state
from palabre.web.widget import live
from palabre.web.widget.assets import IMMUTABLE, LOADER_CACHE, bundle

router = APIRouter()
templates = Jinja2Templates(directory=str(Path(__file__).resolve().parent / "templates"))
templates.env.autoescape = True

JS = "text/javascript; charset=utf-8"
CSS = "text/css; charset=utf-8"
# The bundle is public and carries no credentials; any page may read it.
PUBLIC = {"Access-Control-Allow-Origin": "*", "X-Content-Type-Options": "nosniff"}


@router.get("/embed.js", include_in_schema=False)
def loader() -> Response:
    """The two-line embed's script: loads this release's bundle."""
    return Response(
        bundle().loader, media_type=JS, headers={**PUBLIC, "Cache-Control": LOADER_CACHE}
    )


def _versioned(content_hash: str, body: bytes, media_type: str) -> Response:
    # A page may still hold the loader of the previous release: answer with the current
    # files, but do not let anyone keep them under the old hash.
    cache = IMMUTABLE if content_hash == bundle().hash else "no-cache"
    return Response(body, media_type=media_type, headers={**PUBLIC, "Cache-Control": cache})


@router.get("/widget/{content_hash}/widget.js", include_in_schema=False)
def script(content_hash: str) -> Response:
    return _versioned(content_hash, bundle().script, JS)


@router.get("/widget/{content_hash}/widget.css", include_in_schema=False)
def style(content_hash: str) -> Response:
    return _versioned(content_hash, bundle().style, CSS)


@router.get("/widget/{content_hash}/i18n/{lang}.json", include_in_schema=False)
def strings(content_hash: str, lang: str) -> Response:
    found = bundle().catalogs.get(lang.removesuffix(".json")) or bundle().catalogs["fr"]
    return _versioned(content_hash, found, JSON)


@router.get("/widget/origin-check", include_in_schema=False)
def origin_check(
    state: Annotated[AppState, Depends(app_state)],
    origin: Annotated[str, Query(max_length=300)],
    site: Annotated[str | None, Query(max_length=64)] = None,
) -> Response:
    """Tells the widget why the API refused it, so it can say so in the console."""
    allowed = [s.id for s in state.sites.all() if s.allows_origin(origin)]
    body = {"origin": origin, "site": site, "allowed_for": allowed}
    return Response(
        orjson.dumps(body), media_type=JSON, headers={**PUBLIC, "Cache-Control": "no-store"}
    )


def site_config(site: Site, features: set[str]) -> dict[str, object]:
    return {
        "site": {
            "id": site.id,
            "name": site.name,
            "language": site.language.value,
            "require_email": site.require_email,
            "max_depth": site.max_depth,
            "edit_window_seconds": site.edit_window_seconds,
            "moderation_mode": site.moderation_mode.value,
        },
        "features": sorted(features),
    }


@router.get("/api/v1/config", tags=["widget"])
def config(site: SiteDep, state: State) -> Response:
    """What the widget needs to know about a site, and which optional features
    (subscriptions, reports …) this server has."""
    return Response(
        orjson.dumps(site_config(site, state.features)),
        media_type=JSON,
        headers={"Cache-Control": "public, max-age=60"},
    )


@router.get("/api/v1/threads/{thread:path}/events", tags=["widget"])
async def events(
    thread: str,
    request: Request,
    site: SiteDep,
    state: State,
    after: Annotated[str | None, Query(max_length=20, description="Last event id seen.")] = None,
    last_event_id: Annotated[str | None, Header(max_length=20)] = None,
) -> StreamingResponse:
    """Server-Sent Events: each comment of the thread that becomes published (posted, or
    approved by an editor), as the API shows it. Event ids are the thread's versions;
    reconnect with ``Last-Event-ID`` (or ``after``) to receive what came since, without
    repeats."""
    settings = state.settings
    body = live.stream(
        reading=state.reading,
        site=site,
        key=thread,
        after=live.parse_event_id(last_event_id, after),
        disconnected=request.is_disconnected,
        poll=settings.live_poll_seconds,
        heartbeat=settings.live_heartbeat_seconds,
        lifetime=settings.live_stream_seconds,
    )
    return StreamingResponse(
        body,
        media_type="text/event-stream",
        headers={"Cache-Control": "no-store", "X-Accel-Buffering": "no"},
    )


@router.get("/privacy", response_class=HTMLResponse, include_in_schema=False)
def privacy(request: Request, state: State, site: SiteDep) -> Response:
    """How a commenter's data is processed, in the reader's language."""
    lang = request_language(request)
    t = gettext_for(lang)
    settings = state.settings
    # What leaves this server when the operator turns on a remote check: said plainly.
    webhook = settings.moderation_webhook_url
    outside = {
        "akismet": bool(settings.akismet_enabled and settings.akismet_key),
        "webhook_host": (urlsplit(webhook).hostname or webhook) if webhook else "",
    }
    return templates.TemplateResponse(
        request,
        "privacy.html",
        {
            "_": t.gettext,
            "lang": lang,
            "site": site,
            "contact": settings.privacy_contact,
            **outside,
            "edit_minutes": max(1, site.edit_window_seconds // 60),
        },
        headers={"Cache-Control": "public, max-age=600"},
    )
