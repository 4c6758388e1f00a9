"""Signing in and out of the dashboard."""

from __future__ import annotations

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import RedirectResponse, Response

from palabre.domain.errors import PalabreError
from palabre.web.admin.deps import (
    COOKIE,
    LOGIN_CSRF_COOKIE,
    Services,
    cookie_session,
    form_session,
    set_session_cookie,
)
from palabre.web.admin.render import render
from palabre.web.errors import request_language
from palabre.web.messages import message
from palabre.web.state import client_ip

router = APIRouter(prefix="/admin", include_in_schema=False)


def _safe_next(path: str | None) -> str:
    if path and path.startswith("/admin") and "//" not in path and "\\" not in path:
        return path
    return "/admin"


def _login_page(
    request: Request, admin: Services, next_path: str, error: str | None = None, status: int = 200
) -> Response:
    token = secrets.token_urlsafe(24)
    response = render(
        request,
        "login.html",
        {"csrf": token, "next": _safe_next(next_path), "error": error, "member": None},
        status_code=status,
    )
    response.set_cookie(
        LOGIN_CSRF_COOKIE,
        token,
        max_age=3600,
        path="/admin",
        httponly=True,
        secure=admin.settings.admin_secure_cookies,
        samesite="strict",
    )
    return response


@router.get("/login")
def login_form(
    request: Request, admin: Services, next: Annotated[str | None, Query(max_length=500)] = None
) -> Response:
    if cookie_session(request, admin) is not None:
        return RedirectResponse(_safe_next(next), status_code=303)
    return _login_page(request, admin, next or "/admin")


@router.post("/login")
def login(
    request: Request,
    admin: Services,
    email: Annotated[str, Form(max_length=320)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=500)] = "/admin",
) -> Response:
    lang = request_language(request)
    expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
    if not expected or not hmac.compare_digest(expected.encode(), csrf.encode()):
        return _login_page(request, admin, next, message("admin.csrf_failed", lang), 403)
    ip_hash = request.app.state.palabre.hasher.ip(client_ip(request, admin.settings))
    try:
        session = admin.staff.login(email, password, ip_hash=ip_hash)
    except PalabreError as exc:
        response = _login_page(request, admin, next, message(exc.code, lang), exc.status)
        if exc.status == 429:
            response.headers["Retry-After"] = str(exc.params.get("retry_after", 60))
        return response
    response = RedirectResponse(_safe_next(next), status_code=303)
    max_age = int(admin.settings.admin_session_hours * 3600)
    set_session_cookie(response, admin.settings, session.token, max_age)
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
    return response


@router.post("/logout")
def logout(
    request: Request, admin: Services, csrf: Annotated[str, Form(max_length=100)] = ""
) -> Response:
    session = form_session(request, admin, csrf)
    admin.staff.logout(session.token)
    response = RedirectResponse("/admin/login", status_code=303)
    response.delete_cookie(COOKIE, path="/")
    return response
