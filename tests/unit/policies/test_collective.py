"""One person's act charged to the whole group (``policies/collective.py``), and praise
denied by its prefix ("inintégrables")."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Un Afghan poignarde un passant ? Ils sont tous comme ça, c'est culturel."),
        ("fr", "Quand un noir tue quelqu'un c'est jamais un cas isolé."),
        ("fr", "Ce chauffard gitan, c'est tout son peuple qui est comme ça."),
        ("en", "Israel bombs a hospital, so every Jew in Paris owns that."),
        ("en", "Gypsies camped near our town and the bikes started disappearing. Same story"
               " with all of them"),
        ("fr", "Les maghrébins sont inintégrables."),
    ],
)
def test_the_group_charged_is_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les Bretons sont tous comme ça, accueillants et généreux."),
        ("fr", "Un musulman commet un attentat et on accuse toute sa communauté, c'est injuste."),
        ("fr", "Je refuse l'idée que les jeunes maghrébins seraient « inintégrables »."),
        ("fr", "Les Roms ne sont pas inintégrables, il faut juste des moyens."),
        ("en", "One Muslim commits an attack and people blame the whole community. Not fair."),
    ],
)
def test_the_charge_refused_or_praise_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "C'est dans leurs gènes de voler.", "hold"),
        ("fr", "Pourquoi ils sont tous banquiers chez eux, c'est génétique ?", "hold"),
        ("en", "Why do they always end up running the banks, is it in the blood?", "hold"),
        ("fr", "Non, la délinquance n'est pas génétique, c'est social.", "publish"),
        ("fr", "La musique, c'est dans leurs gènes chez les Kennedy.", "publish"),
        ("en", "Crime is not in their blood, it's poverty.", "publish"),
        ("en", "Apple? Innovation is in their DNA, they make money with good products.", "publish"),
    ],
)
def test_a_vice_in_their_blood(lang: str, text: str, expected: str) -> None:
    assert action(text, lang) == expected
