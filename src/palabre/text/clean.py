"""Cleaning of user-supplied text at the edge."""

from __future__ import annotations

import re
import unicodedata

from palabre.domain.errors import InvalidInput

# C0/C1 controls other than tab, newline and carriage return have no place in a comment;
# NUL in particular breaks PostgreSQL text columns.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Bidi overrides and isolates can make text display differently from what is stored
# ("Trojan source"), and zero-width spaces hide words from filters. The zero-width joiner
# (U+200D) and non-joiner (U+200C) stay: emoji sequences and some scripts need them.
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")
_SPACES = re.compile(r"[ \t]+")


def clean_text(value: str, *, field: str, multiline: bool) -> str:
    """NFC-normalised text without invisible controls. Refuses NUL and other controls."""
    if _CONTROL.search(value):
        raise InvalidInput("invalid_characters", field=field)
    value = unicodedata.normalize("NFC", _INVISIBLE.sub("", value))
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    if not multiline:
        value = _SPACES.sub(" ", value.replace("\n", " "))
    return value.strip()


def clean_optional(value: str | None, *, field: str) -> str | None:
    if value is None:
        return None
    cleaned = clean_text(value, field=field, multiline=False)
    return cleaned or None


def is_possible_key(key: str, max_length: int = 500) -> bool:
    """Whether a thread key could have been stored: posting refuses control characters
    (PostgreSQL cannot even compare text holding NUL) and over-long keys."""
    return 0 < len(key) <= max_length and not _CONTROL.search(key)
