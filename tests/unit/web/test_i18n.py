"""Every error code the package raises has a message, and every message a French text."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from palabre.web.i18n import catalog_files, negotiate
from palabre.web.messages import all_messages, message

SRC = Path(__file__).resolve().parents[3] / "src" / "palabre"
RAISED = re.compile(
    r"""(?:InvalidInput|NotFound|Forbidden|Conflict|RateLimited|ThreadClosed)\(\s*"([a-z_.]+)\""""
)


def test_every_raised_code_has_a_message() -> None:
    codes = {m for f in SRC.rglob("*.py") for m in RAISED.findall(f.read_text())}
    assert codes, "the pattern found no codes"
    assert codes <= set(all_messages()), codes - set(all_messages())


def test_every_message_is_translated_to_french() -> None:
    translated: set[str] = set()
    for po in catalog_files("fr"):
        with po.open("rb") as fh:
            catalog = read_po(fh, locale="fr")
        untranslated = [m.id for m in catalog if m.id and not m.string]
        assert untranslated == [], po.name
        translated |= {m.id for m in catalog if isinstance(m.id, str) and m.id}
    missing = [source for source in all_messages().values() if source not in translated]
    assert missing == []


def test_negotiation() -> None:
    assert negotiate("en-US,en;q=0.9", "fr") == "en"
    assert negotiate("de-DE,de;q=0.9", "en") == "en"
    assert negotiate("de,fr;q=0.5,en;q=0.8", "fr") == "en"
    assert negotiate(None, "fr") == "fr"
    assert negotiate(";;q=abc,,", "fr") == "fr"


def test_parameters_are_filled_in() -> None:
    assert (
        message("body_too_long", "fr", max=10)
        == "Votre commentaire est trop long : 10 caractères au plus."
    )
    assert message("no.such.code", "en") == "Something went wrong."


TEMPLATE_STRING = re.compile(r"""_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")


def test_every_template_string_is_translated_to_french() -> None:
    translated: set[str] = set()
    for po in catalog_files("fr"):
        with po.open("rb") as fh:
            translated |= {m.id for m in read_po(fh, locale="fr") if isinstance(m.id, str)}
    sources = {
        a or b
        for path in SRC.rglob("templates/**/*.html")
        for a, b in TEMPLATE_STRING.findall(path.read_text())
    }
    assert len(sources) > 50, "the pattern found too few strings"
    assert sorted(sources - translated) == []
