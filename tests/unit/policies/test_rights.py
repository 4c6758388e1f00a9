"""A group denied a right everyone has, against the same words that advise how to use
the right, defend it, or report and refute the claim."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les homos ne devraient pas adopter.", "fr"),
        ("Les femmes ne doivent pas conduire, point.", "fr"),
        ("les femmes devraient pas voter point barre", "fr"),
        ("Les homosexuels ne devraient pas se marier.", "fr"),
        ("Les Noirs ne devraient pas diriger quoi que ce soit.", "fr"),
        ("Gays shouldn't adopt.", "en"),
        ("Women really shouldn't vote, period.", "en"),
        ("Blacks must not lead anything.", "en"),
    ],
)
def test_a_right_denied_to_a_group_is_held(text: str, lang: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les femmes ne devraient pas voter pour lui.", "fr"),
        ("Les femmes ne devraient pas travailler gratuitement.", "fr"),
        ("Les musulmans ne devraient pas voter RN.", "fr"),
        ("Les femmes ne devraient pas avoir à choisir entre travail et enfants.", "fr"),
        ("Les femmes ne devraient-elles pas voter ?", "fr"),
        ("Dire que les femmes ne devraient pas voter, c'est du sexisme.", "fr"),
        ("Certains élus affirmaient que les homos ne devraient pas adopter.", "fr"),
        ("Les enfants ne devraient pas conduire.", "fr"),
        ("Women shouldn't vote for him.", "en"),
        ("Women shouldn't work for free.", "en"),
        ("Gay couples shouldn't have to hide.", "en"),
        ("Saying women shouldn't vote is misogyny.", "en"),
        ("Muslims shouldn't eat pork, it's in their religion.", "en"),
    ],
)
def test_advice_defence_and_reports_are_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"
