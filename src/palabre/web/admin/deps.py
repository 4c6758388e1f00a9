"""Who is asking: the dashboard's session cookie, or a personal API token, and CSRF.

Pages redirect to the login form when there is no session; the JSON API answers 401.
A request authenticated by cookie must carry the session's CSRF token on every write
(form field ``csrf`` or header ``X-CSRF-Token``); a bearer token needs none, since a
browser never sends it on its own.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from palabre.domain.errors import Forbidden, PalabreError
from palabre.domain.staff import StaffMember
from palabre.services.moderating import ModerationService
from palabre.services.overview import OverviewService
from palabre.services.people import PeopleService
from palabre.services.reports import ReportService
from palabre.services.site_policies import PolicyService
from palabre.services.staff import Session, StaffService
from palabre.settings import Settings

COOKIE = "palabre_admin"
LOGIN_CSRF_COOKIE = "palabre_admin_login"
_SAFE = ("GET", "HEAD", "OPTIONS")


class NotSignedIn(PalabreError):
    code = "admin.not_signed_in"
    status = 401


class LoginRequired(Exception):
    """A dashboard page asked for without a session: answered with a redirect."""

    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


@dataclass(slots=True)
class AdminServices:
    settings: Settings
    staff: StaffService
    moderation: ModerationService
    people: PeopleService
    reports: ReportService
    policies: PolicyService
    overview: OverviewService


def services(request: Request) -> AdminServices:
    admin: AdminServices = request.app.state.palabre_admin
    return admin


Services = Annotated[AdminServices, Depends(services)]
bearer = HTTPBearer(auto_error=False, description="A personal API token (`palabre staff token`).")


def csrf_ok(session: Session, sent: str | None) -> bool:
    return bool(sent) and hmac.compare_digest(session.csrf.encode(), (sent or "").encode())


def cookie_session(request: Request, admin: Services) -> Session | None:
    cached: Session | None = getattr(request.state, "admin_session", None)
    if cached is None:
        cached = admin.staff.session(request.cookies.get(COOKIE, ""))
        request.state.admin_session = cached
    return cached


async def api_member(
    request: Request,
    admin: Services,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> StaffMember:
    """The staff member behind an API call: bearer token, else session cookie + CSRF."""
    if credentials is not None:
        member = admin.staff.by_api_token(credentials.credentials)
        if member is None:
            raise NotSignedIn()
        return member
    session = cookie_session(request, admin)
    if session is None:
        raise NotSignedIn()
    if request.method not in _SAFE and not csrf_ok(session, request.headers.get("x-csrf-token")):
        raise Forbidden("admin.csrf_failed")
    return session.member


def page_session(request: Request, admin: Services) -> Session:
    session = cookie_session(request, admin)
    if session is None:
        path = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        raise LoginRequired(path)
    return session


def form_session(request: Request, admin: Services, csrf: str | None) -> Session:
    """For POSTed forms: a session and its CSRF token in the form."""
    session = page_session(request, admin)
    if not csrf_ok(session, csrf):
        raise Forbidden("admin.csrf_failed")
    return session


Member = Annotated[StaffMember, Depends(api_member)]
PageSession = Annotated[Session, Depends(page_session)]


def login_redirect(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, LoginRequired)
    from urllib.parse import quote

    return RedirectResponse(f"/admin/login?next={quote(exc.next_path, safe='/')}", status_code=303)


def set_session_cookie(response: Response, settings: Settings, token: str, max_age: int) -> None:
    response.set_cookie(
        COOKIE,
        token,
        max_age=max_age,
        path="/",
        httponly=True,
        secure=settings.admin_secure_cookies,
        samesite="strict",
    )
