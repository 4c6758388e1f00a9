"""Every error becomes one shape: ``{"error": {"code", "message", "field"}}`` for the API,
a page for browsers, in French or English. Input never causes a 500."""

from __future__ import annotations

import logging
from typing import Any

import orjson
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from palabre.domain.errors import PalabreError, RateLimited
from palabre.storage.sql.database import is_deadlock
from palabre.web.i18n import negotiate
from palabre.web.messages import message

log = logging.getLogger("palabre.web")

_PYDANTIC_CODES = {
    "missing": "invalid_input",
    "string_too_long": "field_too_long",
    "string_too_short": "invalid_field",
    "json_invalid": "invalid_json",
    "literal_error": "invalid_field",
    "extra_forbidden": "invalid_field",
}
_STATUS_CODES = {
    400: "invalid_json",
    404: "not_found",
    405: "method_not_allowed",
    413: "request_too_large",
    415: "unsupported_media_type",
}


def request_language(request: Request) -> str:
    site_lang = "fr"
    site = getattr(request.state, "site", None)
    if site is not None:
        site_lang = site.language.value
    chosen = request.query_params.get("lang")
    if chosen in ("fr", "en"):
        return chosen
    return negotiate(request.headers.get("accept-language"), site_lang)


def error_response(
    request: Request,
    status: int,
    code: str,
    *,
    field: str | None = None,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> Response:
    lang = request_language(request)
    text = message(code, lang, **params)
    if not request.url.path.startswith("/api/") and "text/html" in request.headers.get(
        "accept", ""
    ):
        templates = request.app.state.templates
        page: Response = templates.TemplateResponse(
            request,
            "error.html",
            {"message": text, "code": code, "lang": lang},
            status_code=status,
            headers=headers,
        )
        return page
    body: dict[str, Any] = {"code": code, "message": text}
    if field:
        body["field"] = field
    return Response(
        orjson.dumps({"error": body}),
        status_code=status,
        media_type="application/json",
        headers=headers,
    )


async def _palabre_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, PalabreError)
    headers = None
    if isinstance(exc, RateLimited):
        headers = {"Retry-After": str(exc.retry_after)}
    return error_response(
        request, exc.status, exc.code, field=exc.field, headers=headers, **exc.params
    )


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(p) for p in first.get("loc", ())]
    content_type = request.headers.get("content-type", "")
    if loc[:1] == ["body"] and request.method in ("POST", "PATCH", "DELETE", "PUT"):
        if "json" not in content_type and first.get("type") != "missing":
            return error_response(request, 415, "unsupported_media_type")
        if first.get("type") == "json_invalid":
            return error_response(request, 400, "invalid_json")
        if first.get("type") == "missing" and len(loc) == 1:
            return error_response(request, 400, "invalid_json")
    code = _PYDANTIC_CODES.get(str(first.get("type")), "invalid_field")
    field = loc[-1] if len(loc) > 1 else None
    if field in ("text", "author_name") and code == "invalid_input":
        code = "body_empty" if field == "text" else "name_required"
    return error_response(request, 422, code, field=field)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    return error_response(request, exc.status_code, code, headers=getattr(exc, "headers", None))


async def _unexpected(request: Request, exc: Exception) -> Response:
    if is_deadlock(exc):
        # Still a deadlock's victim after the use case's own retries: nothing was written.
        log.warning("deadlock victim after retries on %s %s", request.method, request.url.path)
        return error_response(request, 503, "busy", headers={"Retry-After": "1"})
    log.exception("unhandled error on %s %s", request.method, request.url.path)
    return error_response(request, 500, "internal_error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(PalabreError, _palabre_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected)


def html_error(request: Request, status: int, text: str) -> HTMLResponse:
    return HTMLResponse(text, status_code=status)
