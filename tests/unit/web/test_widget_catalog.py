"""Every string of the widget and of its privacy notice has a French translation in
widget.po, with its placeholders intact."""

from __future__ import annotations

import re
from pathlib import Path

from babel.messages.pofile import read_po

from palabre.web.widget.assets import STATIC, widget_strings

WIDGET = Path(STATIC).parent
PO = WIDGET.parents[1] / "locales" / "fr" / "LC_MESSAGES" / "widget.po"


def _catalog():  # type: ignore[no-untyped-def]
    with PO.open("rb") as fh:
        return read_po(fh, locale="fr")


def _placeholders(text: str) -> set[str]:
    return set(re.findall(r"\{\w+\}|%\(\w+\)[sd]", text))


def test_every_widget_string_is_translated() -> None:
    catalog = _catalog()
    singles, plurals = widget_strings((STATIC / "embed.js").read_bytes())
    assert len(singles) > 40
    for msgid in singles:
        msg = catalog.get(msgid)
        assert msg is not None and msg.string, f"no French for {msgid!r}"
        assert _placeholders(msg.string) == _placeholders(msgid), msgid
    for one, many in plurals:
        msg = catalog.get(one)
        assert msg is not None and all(msg.string), f"no French plural for {one!r}"
        assert msg.id == (one, many)
        for form in msg.string:
            assert _placeholders(form) == _placeholders(many), one


def test_privacy_notice_strings_are_translated() -> None:
    catalog = _catalog()
    template = (WIDGET / "templates" / "privacy.html").read_text()
    found = re.findall(r'_\("([^"]*)"\)', template)
    assert found
    for msgid in found:
        msg = catalog.get(msgid)
        assert msg is not None and msg.string, f"no French for {msgid!r}"
        assert _placeholders(msg.string) == _placeholders(msgid), msgid


def test_no_translation_is_left_over() -> None:
    singles, plurals = widget_strings((STATIC / "embed.js").read_bytes())
    template = (WIDGET / "templates" / "privacy.html").read_text()
    used = {*singles, *(one for one, _ in plurals), *re.findall(r'_\("([^"]*)"\)', template)}
    stale = [
        m.id
        for m in _catalog()
        if m.id and (m.id[0] if isinstance(m.id, tuple) else m.id) not in used
    ]
    assert not stale, stale
