"""The widget's files: the loader, the content-hashed bundle and its string catalogs.

Publishers embed ``/embed.js``, a few lines cached for minutes that load the real bundle
from ``/widget/<hash>/``. Those files never change under one hash, so browsers and CDNs
may keep them for a year; a new release simply has a new hash.

The widget's strings are the English sources of ``t("…")`` and ``tn("…", "…", n)`` calls
in ``embed.js``. They are extracted with Babel, like the Python strings, and translated
in ``locales/fr/LC_MESSAGES/widget.po``.
"""

from __future__ import annotations

import hashlib
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import orjson
from babel.messages.extract import extract

from palabre.web.i18n import SUPPORTED, gettext_for

STATIC = Path(__file__).resolve().parent / "static"
KEYWORDS: dict[str, tuple[int, ...] | None] = {"t": None, "tn": (1, 2)}

#: Served with every bundle file: one year, and never revalidated.
IMMUTABLE = "public, max-age=31536000, immutable"
#: The loader: short, so a release reaches readers within minutes.
LOADER_CACHE = "public, max-age=300"


@dataclass(frozen=True, slots=True)
class Bundle:
    hash: str
    script: bytes
    style: bytes
    loader: bytes
    #: Language → the JSON catalog the widget reads its strings from.
    catalogs: dict[str, bytes]


def widget_strings(source: bytes) -> tuple[list[str], list[tuple[str, str]]]:
    """Singular and plural message ids of the widget, in source order, without repeats."""
    singles: dict[str, None] = {}
    plurals: dict[tuple[str, str], None] = {}
    for _line, msg, _comments, _ctx in extract("javascript", io.BytesIO(source), keywords=KEYWORDS):
        if isinstance(msg, tuple):
            plurals[(msg[0], msg[1])] = None
        else:
            singles[msg] = None
    return list(singles), list(plurals)


def catalog(lang: str, source: bytes) -> dict[str, object]:
    """What the widget needs to speak ``lang``: each string, and both plural forms."""
    t = gettext_for(lang)
    singles, plurals = widget_strings(source)
    return {
        "lang": lang,
        "messages": {s: t.gettext(s) for s in singles},
        "plurals": {
            one: [t.ngettext(one, many, 1), t.ngettext(one, many, 2)] for one, many in plurals
        },
    }


@lru_cache(maxsize=1)
def bundle() -> Bundle:
    script = (STATIC / "embed.js").read_bytes()
    style = (STATIC / "widget.css").read_bytes()
    catalogs = {lang: orjson.dumps(catalog(lang, script)) for lang in SUPPORTED}
    digest = hashlib.blake2b(digest_size=6)
    for part in (script, style, *catalogs.values()):
        digest.update(part)
    content_hash = digest.hexdigest()
    loader = (STATIC / "loader.js").read_text().replace("__BUNDLE__", content_hash).encode()
    return Bundle(content_hash, script, style, loader, catalogs)
