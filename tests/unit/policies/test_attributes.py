"""Attributes pinned on a group, and the negations that take them back: a wider vocabulary
of contempt ("feckless", "vénales", "are objects"), and denials the rules once misread
("there is nothing ... about", "not a single X I know", a negated list of attributes)."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Black people are feckless and violent, it's obvious to anyone.", "en"),
        ("Women are shrill and irrational, they crumble under any pressure.", "en"),
        ("Jews are grasping and conniving, always working an angle.", "en"),
        ("Migrants are idle, ungrateful layabouts.", "en"),
        ("Women are objects.", "en"),
        ("Disabled people are burdens on everyone around them.", "en"),
        ("Les femmes sont vénales et manipulatrices, elles ne pensent qu'au portefeuille.", "fr"),
        ("Les migrants sont des pique-assiettes ingrats.", "fr"),
        ("Les lesbiennes sont aigries, agressives et pleines de haine envers les hommes.", "fr"),
        ("Les femmes ne sont que des objets.", "fr"),
        ("Les trans sont des abominations.", "fr"),
        # A ranking, not a denial: the group comes last.
        ("There is nothing in the world I like less than a Muslim.", "en"),
    ],
)
def test_contempt_for_a_group_is_flagged(text: str, lang: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("There is nothing disgusting about gay people.", "en"),
        ("I have never found Jews to be greedy or devious.", "en"),
        ("Muslims are not lazy, dirty or violent.", "en"),
        ("Not a single Muslim I know is aggressive.", "en"),
        ("Don't let anyone tell you Muslims are deranged.", "en"),
        ("Women are not objects.", "en"),
        ("Je n'ai jamais trouvé les juifs cupides ou sournois.", "fr"),
        ("Les Roms ne sont ni sales ni voleurs ni paresseux.", "fr"),
        ("Les femmes ne sont pas des objets.", "fr"),
        # The same words, not said of people.
        ("Les musées demandent la restitution des objets congolais.", "fr"),
        ("Jewish property developers are building social housing in Ashby Heights.", "en"),
    ],
)
def test_denied_or_not_said_of_a_group_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"
