"""Edge validation: from request fields to a clean :class:`NewComment`, or a coded error."""

from __future__ import annotations

from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email

from palabre.domain.comments import Anchor
from palabre.domain.errors import InvalidInput
from palabre.services.posting import NewComment
from palabre.settings import Settings
from palabre.text.clean import clean_optional, clean_text

MAX_URL = 2000
MAX_KEY = 500


def clean_email(value: str | None) -> str | None:
    value = clean_optional(value, field="author_email")
    if value is None:
        return None
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError:
        raise InvalidInput("invalid_email", field="author_email") from None


def clean_url(value: str | None, *, field: str) -> str | None:
    value = clean_optional(value, field=field)
    if value is None:
        return None
    if len(value) > MAX_URL:
        raise InvalidInput("field_too_long", field=field)
    if "://" not in value and "." in value and " " not in value:
        value = "https://" + value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        raise InvalidInput("invalid_url", field=field)
    return value


def clean_thread_key(value: str) -> str:
    key = clean_text(value, field="thread", multiline=False)
    if not key or len(key) > MAX_KEY:
        raise InvalidInput("invalid_field", field="thread")
    return key


def clean_body(value: str, settings: Settings) -> str:
    text = clean_text(value, field="text", multiline=True)
    if not text:
        raise InvalidInput("body_empty", field="text")
    if len(text) > settings.max_body_chars:
        raise InvalidInput("body_too_long", field="text", max=settings.max_body_chars)
    return text


def clean_name(value: str, settings: Settings) -> str:
    name = clean_text(value, field="author_name", multiline=False)
    if not name:
        raise InvalidInput("name_required", field="author_name")
    if len(name) > settings.max_name_chars:
        raise InvalidInput("name_too_long", field="author_name", max=settings.max_name_chars)
    return name


def new_comment(
    settings: Settings,
    *,
    thread_key: str,
    text: str,
    author_name: str,
    author_email: str | None = None,
    author_website: str | None = None,
    parent_id: int | None = None,
    anchor: tuple[str, str, str] | None = None,
    thread_title: str = "",
    thread_url: str = "",
    lang: str | None = None,
    honeypot: str | None = None,
    elapsed_seconds: float | None = None,
) -> NewComment:
    cleaned_anchor = None
    if anchor is not None:
        exact = clean_text(anchor[0], field="anchor", multiline=True)
        if exact:
            cleaned_anchor = Anchor(
                exact,
                clean_text(anchor[1], field="anchor", multiline=True),
                clean_text(anchor[2], field="anchor", multiline=True),
            )
    return NewComment(
        thread_key=clean_thread_key(thread_key),
        text=clean_body(text, settings),
        author_name=clean_name(author_name, settings),
        author_email=clean_email(author_email),
        author_website=clean_url(author_website, field="author_website"),
        parent_id=parent_id,
        anchor=cleaned_anchor,
        thread_title=clean_text(thread_title, field="thread_title", multiline=False)[:500],
        thread_url=clean_url(thread_url, field="thread_url") or "",
        honeypot=honeypot or None,
        elapsed_seconds=elapsed_seconds,
        lang=lang,
    )
