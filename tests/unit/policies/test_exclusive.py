"""A group said to do one misdeed and nothing else, and French "ne ... que", which
restricts and denies nothing."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Ces Arabes ne savent que brûler des voitures.", "fr"),
        ("Les Africains ne font que se plaindre.", "fr"),
        ("All Muslims know is violence.", "en"),
        ("Gypsies only know how to steal.", "en"),
        ("Immigrants do nothing but complain.", "en"),
    ],
)
def test_a_group_said_to_do_only_a_misdeed_is_held(text: str, lang: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les Japonais ne savent que travailler, impressionnant.", "fr"),
        ("Il est faux de dire que les Roms ne savent que voler.", "fr"),
        ("Les Roms ne sont pas que des voleurs, ce sont des gens.", "fr"),
        ("Je ne dis pas que les Roms sont des voleurs.", "fr"),
        ("Refugees only want to work and be safe.", "en"),
        ("Women can only win if the rules are fair.", "en"),
    ],
)
def test_praise_denials_and_plain_facts_are_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"
