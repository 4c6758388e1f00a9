"""Subscribe (JSON API and plain form), confirm, unsubscribe (RFC 8058) and manage.

The pages answer from signed links in mail: a forged or expired link gets a clear page
in the reader's language, with a 4xx status, never a 500.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, ConfigDict, Field

from palabre.domain.errors import PalabreError
from palabre.domain.sites import Site
from palabre.services.subscriptions import SubscriptionService
from palabre.web.api.routes import ERRORS, writable_site
from palabre.web.api.schemas import MAX_ID
from palabre.web.errors import request_language
from palabre.web.messages import message
from palabre.web.pages.routes import page_site
from palabre.web.pages.templating import configure_templates, i18n_context

HERE = Path(__file__).parent
router = APIRouter()
_templates = configure_templates(
    Jinja2Templates(directory=[str(HERE / "templates"), str(HERE.parent / "templates")])
)
Token = Annotated[str, Query(max_length=2000, description="Signed token from the mail.")]


def service(request: Request) -> SubscriptionService:
    svc: SubscriptionService = request.app.state.subscriptions
    return svc


Service = Annotated[SubscriptionService, Depends(service)]


class SubscriptionCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")
    email: str = Field(
        max_length=320, description="The reader's address; it gets a link to confirm."
    )
    mode: Literal["all", "replies"] = Field(
        description="all: every new comment on the article; replies: replies to my comments."
    )
    lang: Literal["fr", "en"] | None = Field(None, description="Language of the mails.")
    digest: bool = Field(False, description="One daily digest instead of a mail per comment.")


class SubscriptionAccepted(BaseModel):
    status: Literal["confirmation_sent"]
    message: str


@router.post(
    "/api/v1/threads/{thread}/subscriptions",
    status_code=202,
    response_model=SubscriptionAccepted,
    responses=ERRORS,
    tags=["subscriptions"],
    summary="Subscribe to an article's comments (double opt-in: a confirmation mail is sent)",
)
def subscribe(
    thread: str,
    body: SubscriptionCreate,
    request: Request,
    svc: Service,
    site: Annotated[Site, Depends(writable_site)],
) -> Response:
    svc.request(site, thread, body.email, body.mode, lang=body.lang, digest=body.digest)
    lang = body.lang or request_language(request)
    text = message("subscription.confirmation_sent", lang)
    return Response(
        SubscriptionAccepted(status="confirmation_sent", message=text).model_dump_json(),
        status_code=202,
        media_type="application/json",
    )


@router.post("/threads/{thread:path}/subscribe", include_in_schema=False)
def subscribe_form(
    thread: str,
    request: Request,
    svc: Service,
    site: Annotated[Site, Depends(page_site)],
    email: Annotated[str, Form(max_length=320)] = "",
    mode: Annotated[str, Form(max_length=16)] = "all",
    return_to: Annotated[str, Form(max_length=2000)] = "",
) -> Response:
    """The plain-HTML "notify me" form, for pages without JavaScript."""
    back = (
        return_to
        if return_to.startswith("/") and not return_to.startswith("//")
        else (f"/threads/{quote(thread, safe='')}")
    )
    try:
        svc.request(site, thread, email, mode, lang=request_language(request))
        code = "subscription.confirmation_sent"
    except PalabreError as exc:
        code = exc.code
    query = urlencode({"site": site.id, "status": code})
    return RedirectResponse(f"{back}?{query}#palabre-subscribe", status_code=303)


def _page(request: Request, lang: str, status: int = 200, **context: Any) -> Response:
    return _templates.TemplateResponse(
        request,
        "subscription_page.html",
        {**i18n_context(lang), **context},
        status_code=status,
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


def _error(request: Request, exc: PalabreError) -> Response:
    lang = request_language(request)
    return _page(
        request, lang, exc.status, title_key="error", text=message(exc.code, lang, **exc.params)
    )


@router.get(
    "/subscriptions/confirm",
    include_in_schema=True,
    tags=["subscriptions"],
    summary="Confirm a subscription from the link in the confirmation mail (HTML page)",
)
def confirm(request: Request, token: Token, svc: Service) -> Response:
    try:
        view = svc.confirm(token)
    except PalabreError as exc:
        return _error(request, exc)
    return _page(
        request,
        view.lang,
        title_key="confirmed",
        sub=view,
        manage_url=None,
        text=message("subscription.confirmed", view.lang),
    )


@router.get(
    "/subscriptions/unsubscribe",
    tags=["subscriptions"],
    summary="The unsubscribe page: one button (a GET never unsubscribes)",
)
def unsubscribe_page(request: Request, token: Token, svc: Service) -> Response:
    # Mail scanners follow links: a GET only shows the button, the POST unsubscribes.
    try:
        view = svc.peek(token)
        lang, sub = view.lang, view
    except PalabreError:
        try:
            svc.manage(token)  # A digest's link ends all of an address's subscriptions.
        except PalabreError as exc:
            return _error(request, exc)
        lang, sub = request_language(request), None
    return _page(request, lang, title_key="unsubscribe", sub=sub, token=token, ask=True)


@router.post(
    "/subscriptions/unsubscribe",
    tags=["subscriptions"],
    summary="Unsubscribe in one click (RFC 8058 List-Unsubscribe-Post, or the page's button)",
)
def unsubscribe(request: Request, token: Token, svc: Service) -> Response:
    try:
        try:
            view = svc.unsubscribe(token)
            lang = view.lang
        except PalabreError:
            svc.unsubscribe_all(token)
            lang = request_language(request)
    except PalabreError as exc:
        return _error(request, exc)
    return _page(
        request, lang, title_key="unsubscribed", text=message("subscription.unsubscribed", lang)
    )


@router.get(
    "/subscriptions/manage",
    tags=["subscriptions"],
    summary="The reader's subscriptions, from the signed link in any mail (HTML page)",
)
def manage(request: Request, token: Token, svc: Service, done: bool = False) -> Response:
    try:
        subs = svc.manage(token)
    except PalabreError as exc:
        return _error(request, exc)
    lang = request.query_params.get("lang") or (subs[0].lang if subs else request_language(request))
    lang = lang if lang in ("fr", "en") else "fr"
    notice = message("subscription.updated", lang) if done else None
    return _page(request, lang, title_key="manage", subs=subs, token=token, notice=notice)


@router.post("/subscriptions/manage", include_in_schema=False)
def manage_post(
    request: Request,
    token: Token,
    svc: Service,
    subscription_id: Annotated[int | None, Form(ge=1, le=MAX_ID)] = None,
    all: Annotated[str, Form(max_length=8)] = "",
) -> Response:
    try:
        if all:
            svc.unsubscribe_all(token)
        elif subscription_id is not None:
            svc.end(token, subscription_id)
    except PalabreError as exc:
        return _error(request, exc)
    return RedirectResponse(
        f"/subscriptions/manage?{urlencode({'token': token, 'done': 1})}", status_code=303
    )
