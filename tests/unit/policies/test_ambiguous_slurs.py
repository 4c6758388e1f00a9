"""Words that are slurs only sometimes, used of people, against the homonyms."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Chinks brought the virus here and now they want sympathy.", True),
        ("fr", "encore un noich qui conduit comme un pied, fallait s'y attendre", True),
        ("en", "The dykes broke in 1953 and they had to rebuild them.", False),
        ("en", "There are chinks in their armour, they will lose on Saturday.", False),
    ],
)
def test_ambiguous_slur_used_of_people(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "k y k e s own the press, that's why this garbage gets printed", True),
        ("en", "Black people have contributed nothing to this town's history.", True),
        ("en", "The reform contributed nothing to growth.", False),
        ("en", "As a queer woman I found this piece really affirming, thank you.", False),
    ],
)
def test_spread_slur_and_nothing_contributed(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
