"""A deed or a trait called typical of a group, and the statistician's "typical"."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Typical woman, can't handle a bit of criticism.", "en", True),
        ("Typical Muslim behaviour.", "en", True),
        ("So typical of women to cry when they lose.", "en", True),
        ("Typiquement arabe, ce comportement.", "fr", True),
        ("A typical Muslim family in Bradford spends more on food.", "en", False),
        ("A typical woman's day in rural Kenya starts at five.", "en", False),
        ("Is that typical of Jewish weddings?", "en", False),
        ("It is wrong to say that crying is typical of women.", "en", False),
        ("Un repas typique des familles juives de Tunis.", "fr", False),
    ],
)
def test_typical_of_a_group(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
