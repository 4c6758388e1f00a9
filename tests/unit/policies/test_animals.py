"""Animals spoken of as animals: the scorn and the violence fall on them, unless a person
or a group is named, or the animal is only a comparison."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les sangliers ont retourné toute la pelouse cette nuit, sales bêtes."),
        ("fr", "Les limaces ont bouffé toutes mes salades, j'aimerais toutes les exterminer."),
        ("fr", "Les mouches en été autour de la poubelle, j'aimerais toutes les gazer."),
        ("en", "Ticks are everywhere this year, check your dogs after walks."),
        ("en", "Our cat is going to murder that pigeon one of these days."),
    ],
)
def test_animals_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Ces migrants sont des rats, il faut tous les exterminer."),
        ("fr", "Les Tsiganes c'est des nuisibles, comme les pigeons, faut s'en débarrasser."),
        ("fr", "Il mérite de crever comme un chien sur le bord de la route."),
    ],
)
def test_people_called_animals_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"
