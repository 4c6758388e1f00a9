"""French and English through gettext catalogs.

The ``.po`` files are compiled in memory when the app starts, so running from a checkout
needs no build step. English is the source language.
"""

from __future__ import annotations

import gettext
import io
from functools import cache
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

LOCALES = Path(__file__).resolve().parent.parent / "locales"
SUPPORTED = ("fr", "en")


def N_(message: str) -> str:
    return message


def catalog_files(lang: str) -> list[Path]:
    """Each feature keeps its own catalog file (messages.po, widget.po, mail.po ...)."""
    return sorted((LOCALES / lang / "LC_MESSAGES").glob("*.po"))


@cache
def translations(lang: str) -> gettext.NullTranslations:
    """All of a language's catalogs merged into one gettext object."""
    files = catalog_files(lang)
    if lang == "en" or not files:
        return gettext.NullTranslations()
    merged = None
    for po in files:
        with po.open("rb") as fh:
            catalog = read_po(fh, locale=lang)
        if merged is None:
            merged = catalog
        else:
            for msg in catalog:
                if msg.id:
                    merged[msg.id] = msg
    assert merged is not None  # files is not empty
    buffer = io.BytesIO()
    write_mo(buffer, merged)
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)


def negotiate(accept_language: str | None, default: str) -> str:
    """The first supported language in Accept-Language, else the site's language."""
    if accept_language:
        ranked: list[tuple[float, str]] = []
        for part in accept_language.split(","):
            pieces = part.strip().split(";")
            tag = pieces[0].strip().lower()[:2]
            q = 1.0
            for p in pieces[1:]:
                if p.strip().startswith("q="):
                    try:
                        q = float(p.strip()[2:])
                    except ValueError:
                        q = 0.0
            if tag in SUPPORTED:
                ranked.append((q, tag))
        if ranked:
            return max(ranked, key=lambda item: item[0])[1]
    return default if default in SUPPORTED else "fr"


def gettext_for(lang: str) -> gettext.NullTranslations:
    return translations(lang if lang in SUPPORTED else "fr")
