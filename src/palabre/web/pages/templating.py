"""Jinja2 set-up for the server-rendered pages."""

from __future__ import annotations

from datetime import UTC, datetime

from babel.dates import format_datetime, format_timedelta
from fastapi.templating import Jinja2Templates

from palabre.web.i18n import gettext_for


def relative_time(value: datetime, lang: str) -> str:
    """« il y a 5 minutes » / "5 minutes ago"."""
    delta = value - datetime.now(UTC)
    return format_timedelta(delta, add_direction=True, locale=lang, threshold=1.0)


def full_time(value: datetime, lang: str) -> str:
    return format_datetime(value, "d MMMM y, HH:mm", tzinfo=UTC, locale=lang)


def comment_count(n: int, lang: str) -> str:
    """« 0 Commentaires », « 1 Commentaire », « 12 Commentaires »."""
    t = gettext_for(lang)
    if n == 0:
        return t.gettext("0 Comments")
    return t.ngettext("%(n)d Comment", "%(n)d Comments", n) % {"n": n}


def configure_templates(templates: Jinja2Templates) -> Jinja2Templates:
    env = templates.env
    env.globals["relative_time"] = relative_time
    env.globals["full_time"] = full_time
    env.globals["comment_count"] = comment_count
    env.autoescape = True
    return templates


def i18n_context(lang: str) -> dict[str, object]:
    t = gettext_for(lang)
    return {"_": t.gettext, "ngettext": t.ngettext, "lang": lang}
