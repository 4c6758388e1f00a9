"""Particular people called animals or pests (``policies/crowds.py``), against rats in a
place, people treated like cattle, and a category abused plainly (HateCheck's abuse of
groups that are not protected, which a newsroom may publish)."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les lascars du centre commercial, une meute de hyènes qui attend sa proie."),
        (
            "fr",
            "Les jeunes qui squattent le hall du 12, de vraies blattes, faut passer l'insecticide.",
        ),
        ("fr", "Ceux qui débarquent en zodiac sur nos côtes, ce sont des nuisibles, rien d'autre."),
        (
            "en",
            "the away fans from there are a bunch of monkeys, they were throwing bottles",
        ),
        ("en", "Those people are animals and all they want is to groom our kids."),
    ],
)
def test_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Football fans are human garbage."),
        ("en", "Kids with skin infections, rats everywhere. The mayor should be ashamed."),
        ("fr", "Les habitants du quartier se plaignent des rats, il faut dératiser."),
        ("fr", "Les migrants du camp, traités comme du bétail, attendent leurs papiers."),
        ("fr", "Les randonneurs du Vercors, une meute de loups les a suivis toute la nuit."),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Parasites, the lot of them, sucking the benefits system dry", True),
        ("en", "the protesters blocking the bridge are feral, treat them like stray dogs", True),
        ("en", "Those people multiply like rabbits and spread like weeds", True),
        ("fr", "Des bêtes sauvages, voilà ce qu'ils sont, les émeutiers de Nanterre.", True),
        ("en", "Feral cats in the park, the lot of them need neutering", False),
    ],
)
def test_the_animal_first_or_compared(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held
