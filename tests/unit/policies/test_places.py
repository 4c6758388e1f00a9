"""Threats against a place where a group gathers, against news of fires and visits."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        (
            "en",
            "Bet that synagogue would go up nicely on a Saturday morning with everyone inside.",
            True,
        ),
        (
            "en",
            "That mosque on Green Lane is going to burn one day and I won't call the fire brigade.",
            True,
        ),
        ("en", "Any gay bar that opens in this town is getting its windows put in.", True),
        ("en", "Might pay the synagogue a visit Saturday morning. Bring friends.", True),
        (
            "fr",
            "On va aller rendre visite à la mosquée de la rue des Lilas, et pas pour prier.",
            True,
        ),
        ("fr", "Qu'ils construisent leur mosquée, j'irai y foutre le feu moi-même.", True),
        ("en", "I hope the church doesn't burn, the wiring is ancient.", False),
        ("en", "The mosque was torched last night, police are investigating.", False),
        ("fr", "On va rendre visite à la synagogue pour les journées du patrimoine.", False),
        (
            "fr",
            "La cathédrale de Nantes qui brûle, puis Notre-Dame : il faut une détection incendie.",
            False,
        ),
    ],
)
def test_threats_to_places(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Candles left burning in old churches are a real fire risk."),
        ("en", "Bonfire night at the church field this Saturday. They burn the guy at 7."),
        ("fr", "Les bougies qui brûlent toute la nuit dans la chapelle, c'est un risque."),
        ("fr", "Ma grand-tante a vécu chez moi, elle s'est éteinte dans son lit, apaisée."),
        ("en", "A politician's voting record is fair game in a debate. Their kids aren't."),
    ],
)
def test_harmless_fire_and_words(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_a_threat_reported_is_counter_speech() -> None:
    text = "J'ai signalé le commentaire qui appelait à brûler la mosquée. C'est un délit."
    assert action(text, "fr") == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Il faut brûler les caravanes sur le terrain municipal, ils comprendront.", True),
        ("fr", "Rassemblons-nous devant le centre pour demandeurs d'asile, et cette fois on ne "
               "viendra pas les mains vides.", True),
        ("en", "The synagogue on the high street would look better as a pile of ash.", True),
        ("fr", "Les caravanes du festival brûlent de mille feux.", False),
        ("fr", "Le campement a brûlé hier, la police enquête.", False),
    ],
)
def test_caravans_and_asylum_centres(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
