"""The JSON API, version 1."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from palabre.domain.errors import Forbidden, InvalidInput, NotFound
from palabre.domain.sites import Site
from palabre.services.posting import PostResult
from palabre.services.reading import Sort
from palabre.web.api.schemas import (
    CommentCreate,
    CommentCreated,
    CommentDelete,
    CommentEdit,
    CommentEdited,
    CommentIdPath,
    CountsOut,
    ErrorOut,
    ThreadPageOut,
    VoteIn,
    VoteOut,
    comment_json,
    iso,
)
from palabre.web.api.thread_pages import etag_for, page_key, render_page
from palabre.web.errors import request_language
from palabre.web.outcome import outcome_code, outcome_message
from palabre.web.state import AppState, app_state, client_ip
from palabre.web.validation import clean_body, new_comment

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut} for code in (400, 403, 404, 409, 413, 415, 422, 429)
}
router = APIRouter(prefix="/api/v1", responses=ERRORS)
State = Annotated[AppState, Depends(app_state)]
JSON = "application/json"


# The dependencies are async: each plain function would cost the request a trip to the
# thread pool. The site directory is a cache; its refresh, every few seconds, is one small
# read on the event loop, as on the fast path (web/fastpath.py).
async def current_site(
    request: Request,
    state: State,
    site: Annotated[
        str | None, Query(max_length=64, description="Site id; else by Origin.")
    ] = None,
) -> Site:
    resolved = state.sites.resolve(site, request.headers.get("origin"))
    request.state.site = resolved
    return resolved


async def writable_site(
    request: Request, site: Annotated[Site, Depends(current_site)]
) -> Site:
    """Writes from a browser page must come from one of the site's origins or from us."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and site.origins and not site.allows_origin(origin):
        own = f"{request.url.scheme}://{request.url.netloc}"
        if origin.rstrip("/") != own:
            raise Forbidden("origin_not_allowed")
    return site


SiteDep = Annotated[Site, Depends(current_site)]
WritableSite = Annotated[Site, Depends(writable_site)]


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    return Response(orjson.dumps(data), status_code=status, media_type=JSON, headers=headers)


def _moderation(state: AppState, site: Site, result: PostResult, lang: str) -> dict[str, str]:
    code = outcome_code(result)
    return {
        "action": result.decision.action.value,
        "message_code": code,
        "message": outcome_message(state, site, code, lang),
    }


@router.post("/threads/{thread:path}/comments", status_code=201, response_model=CommentCreated)
async def post_comment(
    thread: str, body: CommentCreate, request: Request, site: WritableSite, state: State
) -> Response:
    """Post a comment as a guest. Its status may be ``pending`` when it awaits an editor;
    keep ``edit_token`` to edit or delete it within the site's window."""
    new = new_comment(
        state.settings,
        thread_key=thread,
        text=body.text,
        author_name=body.author_name,
        author_email=body.author_email,
        author_website=body.author_website,
        parent_id=body.parent_id,
        anchor=(body.anchor.exact, body.anchor.prefix, body.anchor.suffix) if body.anchor else None,
        thread_title=body.thread_title,
        thread_url=body.thread_url,
        lang=body.lang,
        honeypot=body.hp,
        elapsed_seconds=body.form_age_ms / 1000 if body.form_age_ms is not None else None,
    )
    lang = request_language(request)

    def post_and_describe() -> dict[str, Any]:
        result = state.posting.post(site, new, ip=client_ip(request, state.settings))
        assert result.edit_token is not None
        return {
            "comment": comment_json(result.comment),
            "edit_token": result.edit_token,
            "edit_until": iso(result.edit_until),
            # The site's policy may be read from disk or the database here: not on the loop.
            "moderation": _moderation(state, site, result, lang),
        }

    # The checks, the write and the policy's message run in the thread pool; reading and
    # validating the body, and encoding the answer, stay on the event loop: one trip to
    # the pool per post.
    return _json(await run_in_threadpool(post_and_describe), status=201)


@router.get("/threads/{thread:path}/comments", response_model=ThreadPageOut)
def list_comments(
    thread: str,
    request: Request,
    site: SiteDep,
    state: State,
    sort: Sort = Sort.OLDEST,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=100)] = None,
) -> Response:
    """Published comments, a page of top-level comments at a time, each followed by its
    replies (with ``parent_id``). Pass ``next_cursor`` back as ``cursor`` for the next page."""
    found = state.reading.thread(site, thread)
    if found is None:
        raise NotFound("thread_not_found")
    etag = etag_for(page_key(found.id, found.version, sort.value, limit, cursor))
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if request.headers.get("if-none-match") == etag:
        return Response(status_code=304, headers=headers)
    body = render_page(state, found, sort, limit, cursor)
    return Response(body, media_type=JSON, headers=headers)


@router.patch("/comments/{comment_id}", response_model=CommentEdited)
def edit_comment(
    comment_id: CommentIdPath, body: CommentEdit, request: Request, site: WritableSite, state: State
) -> Response:
    """Edit one's own comment with its edit token, within the site's window."""
    text = clean_body(body.text, state.settings)
    result = state.posting.edit(
        site, comment_id, body.edit_token, text, ip=client_ip(request, state.settings)
    )
    return _json(
        {
            "comment": comment_json(result.comment),
            "moderation": _moderation(state, site, result, request_language(request)),
        }
    )


@router.delete("/comments/{comment_id}", status_code=204)
def delete_comment(
    comment_id: CommentIdPath,
    request: Request,
    site: WritableSite,
    state: State,
    edit_token: Annotated[str | None, Query(max_length=200)] = None,
    body: CommentDelete | None = None,
) -> Response:
    """Delete one's own comment with its edit token (in the body or as ``edit_token``)."""
    token = body.edit_token if body else edit_token
    if not token:
        raise InvalidInput("edit_token_invalid", field="edit_token")
    state.posting.delete(site, comment_id, token)
    return Response(status_code=204)


@router.post("/comments/{comment_id}/vote", response_model=VoteOut)
def vote(
    comment_id: CommentIdPath, body: VoteIn, request: Request, site: WritableSite, state: State
) -> Response:
    """Vote a comment up (1) or down (-1), or withdraw the vote (0). One vote per reader."""
    ip = client_ip(request, state.settings)
    voter = body.voter or request.cookies.get("palabre_reader") or f"ip:{ip}"
    result = state.voting.vote(site, comment_id, body.value, voter=voter, ip=ip)
    return _json(
        {
            "comment_id": result.comment_id,
            "upvotes": result.upvotes,
            "downvotes": result.downvotes,
            "score": result.score,
            "my_vote": result.my_vote,
        }
    )


@router.get("/counts", response_model=CountsOut)
def counts(
    site: SiteDep,
    state: State,
    thread: Annotated[list[str], Query(max_length=100, description="Thread keys, repeated.")],
) -> Response:
    """Published and inline comment counts for a list of articles."""
    found = state.reading.counts(site, thread)
    return _json(
        {"counts": {k: {"published": p, "inline": i} for k, (p, i) in found.items()}},
        headers={"Cache-Control": "public, max-age=10"},
    )
