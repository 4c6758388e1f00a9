"""Server-rendered pages: the comment section without JavaScript, and the demo article.

This is also the fallback and search-engine path for the embeddable widget.
"""

from __future__ import annotations

import contextlib
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from palabre.domain.errors import PalabreError
from palabre.domain.sites import Site
from palabre.services.identity import new_token
from palabre.services.reading import Sort
from palabre.web.api.schemas import MAX_ID, CommentIdPath, DbIdQuery
from palabre.web.errors import request_language
from palabre.web.messages import message
from palabre.web.outcome import outcome_code, outcome_message
from palabre.web.pages.demo import DEMO_THREAD, demo_article
from palabre.web.pages.forms import elapsed_since_stamp, form_stamp
from palabre.web.pages.templating import i18n_context
from palabre.web.state import AppState, app_state, client_ip
from palabre.web.validation import new_comment

router = APIRouter(include_in_schema=False)


def render(
    request: Request, template: str, context: dict[str, Any], *, status_code: int = 200
) -> Response:
    response: Response = request.app.state.templates.TemplateResponse(
        request, template, context, status_code=status_code
    )
    return response


State = Annotated[AppState, Depends(app_state)]


def page_site(
    request: Request, state: State, site: Annotated[str | None, Query(max_length=64)] = None
) -> Site:
    resolved = state.sites.resolve(site, None)
    request.state.site = resolved
    return resolved


SiteDep = Annotated[Site, Depends(page_site)]


def _safe_return(path: str | None, fallback: str) -> str:
    """Only our own paths: an open redirect would let anyone borrow our domain."""
    if path and path.startswith("/") and not path.startswith("//") and "\\" not in path:
        return path
    return fallback


def section_context(
    request: Request,
    state: State,
    site: Site,
    key: str,
    *,
    sort: Sort,
    show_all: bool,
    reply_to: DbIdQuery = None,
    form: dict[str, Any] | None = None,
    error: str | None = None,
    notice: str | None = None,
    return_to: str | None = None,
) -> dict[str, Any]:
    lang = request_language(request)
    thread = state.reading.thread(site, key)
    comments: list[Any] = []
    more = False
    if thread is not None:
        page = state.reading.page(thread, sort=sort, limit=200 if show_all else 20)
        comments, more = page.comments, page.next_cursor is not None
    base = f"/threads/{quote(key, safe='')}"
    return {
        **i18n_context(lang),
        "request": request,
        "site": site,
        "key": key,
        "thread": thread,
        "comments": comments,
        "more": more,
        "show_all": show_all,
        "sort": sort.value,
        "reply_to": reply_to,
        "form": form or {},
        "error": error,
        "notice": notice,
        "stamp": form_stamp(state.secret),
        "post_url": f"{base}/comments?site={site.id}",
        "return_to": return_to or request.url.path,
        "max_chars": state.settings.max_body_chars,
    }


@router.get("/", response_class=HTMLResponse)
def index(request: Request, state: State) -> Response:
    lang = request_language(request)
    return render(request, "index.html", {**i18n_context(lang), "demo_thread": DEMO_THREAD})


@router.get("/demo", response_class=HTMLResponse)
def demo(
    request: Request,
    state: State,
    site: SiteDep,
    sort: Sort = Sort.OLDEST,
    all: bool = False,
    reply_to: DbIdQuery = None,
    status: str | None = None,
) -> Response:
    context = section_context(
        request,
        state,
        site,
        DEMO_THREAD,
        sort=sort,
        show_all=all,
        reply_to=reply_to,
        notice=outcome_message(state, site, status, request_language(request)) if status else None,
        return_to="/demo",
    )
    context["article"] = demo_article()
    return render(request, "demo_article.html", context)


@router.get("/threads/{thread:path}", response_class=HTMLResponse)
def thread_page(
    thread: str,
    request: Request,
    state: State,
    site: SiteDep,
    sort: Sort = Sort.OLDEST,
    all: bool = False,
    reply_to: DbIdQuery = None,
    status: str | None = None,
) -> Response:
    context = section_context(
        request,
        state,
        site,
        thread,
        sort=sort,
        show_all=all,
        reply_to=reply_to,
        notice=outcome_message(state, site, status, request_language(request)) if status else None,
    )
    return render(request, "thread.html", context)


@router.post("/threads/{thread:path}/comments")
def post_form(
    thread: str,
    request: Request,
    state: State,
    site: SiteDep,
    text: Annotated[str, Form()] = "",
    author_name: Annotated[str, Form()] = "",
    author_email: Annotated[str, Form()] = "",
    author_website: Annotated[str, Form()] = "",
    parent_id: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    hp: Annotated[str, Form()] = "",
    stamp: Annotated[str, Form()] = "",
    return_to: Annotated[str, Form()] = "",
    notify_replies: Annotated[str, Form()] = "",
) -> Response:
    back = _safe_return(return_to, f"/threads/{quote(thread, safe='')}")
    try:
        new = new_comment(
            state.settings,
            thread_key=thread,
            text=text,
            author_name=author_name,
            author_email=author_email or None,
            author_website=author_website or None,
            parent_id=parent_id,
            honeypot=hp or None,
            elapsed_seconds=elapsed_since_stamp(state.secret, stamp),
        )
        result = state.posting.post(site, new, ip=client_ip(request, state.settings))
    except PalabreError as exc:
        # Show the form again with everything the reader typed: nothing is lost.
        lang = request_language(request)
        form = {
            "text": text,
            "author_name": author_name,
            "author_email": author_email,
            "author_website": author_website,
        }
        context = section_context(
            request,
            state,
            site,
            thread,
            sort=Sort.OLDEST,
            show_all=False,
            reply_to=parent_id,
            form=form,
            return_to=back,
            error=message(exc.code, lang, **exc.params),
        )
        template = "demo_article.html" if back == "/demo" else "thread.html"
        if template == "demo_article.html":
            context["article"] = demo_article()
        return render(request, template, context, status_code=exc.status)
    c = result.comment
    code = outcome_code(result)
    subscriptions = getattr(request.app.state, "subscriptions", None)
    if notify_replies and new.author_email and subscriptions is not None:
        # "Notify me of replies": a confirmation mail; a refusal must not lose the comment.
        with contextlib.suppress(PalabreError):
            subscriptions.request(
                site, thread, new.author_email, "replies", lang=request_language(request)
            )
    query = urlencode({"site": site.id, "status": code})
    anchor = f"#c{c.id}" if c.status.value == "published" else "#palabre-form"
    response = RedirectResponse(f"{back}?{query}{anchor}", status_code=303)
    if result.edit_token:
        response.set_cookie(
            f"palabre_edit_{c.id}",
            result.edit_token,
            max_age=site.edit_window_seconds,
            httponly=True,
            samesite="lax",
            path="/",
        )
    return response


@router.post("/comments/{comment_id}/vote")
def vote_form(
    comment_id: CommentIdPath,
    request: Request,
    state: State,
    site: SiteDep,
    value: Annotated[int, Form()],
    return_to: Annotated[str, Form()] = "",
) -> Response:
    ip = client_ip(request, state.settings)
    # A random reader id, so that readers behind one address (a newsroom, a campus) each
    # get their own vote; the IP hash still limits how fast one address can vote.
    reader = request.cookies.get("palabre_reader") or new_token()
    state.voting.vote(site, comment_id, value, voter=reader, ip=ip)
    back = _safe_return(return_to, "/")
    response = RedirectResponse(f"{back}?site={site.id}#c{comment_id}", status_code=303)
    if "palabre_reader" not in request.cookies:
        response.set_cookie(
            "palabre_reader", reader, max_age=400 * 86400, httponly=True, samesite="lax"
        )
    return response
