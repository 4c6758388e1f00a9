"""The threat model: when its score may hold a comment as a threat (its card is checked
with the newsroom model's, in test_newsroom.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from palabre.policies.engine import Engine
from palabre.policies.model_gate import THREAT_MIN_TOKENS, threat_doubt
from tests.unit.policies.support import decide, engine_with, report_of

ROOT = Path(__file__).resolve().parents[3]


def _engine(lang: str, threshold: float | None = None, *, enabled: bool = True) -> Engine:
    return engine_with(lang, threat_hold=threshold, disabled=None if enabled else "threat")


def _decide(engine: Engine, text: str, lang: str) -> tuple[str, list[str], bool]:
    """The action, the categories, and whether the threat model's evidence is there."""
    return decide(engine, text, lang, "model.threat")


_report = report_of


# Veiled threats: no verb of violence the rules know, aimed at a person by where they live
# or what may happen to them.
HELD_AS_THREATS = [
    ("en", "Keep pushing that wind farm, councillor. Some of us know which farmhouse is yours "
           "and how long it takes the fire brigade to get there."),
    ("fr", "Le jour où ça pète, le premier qu'on ira chercher c'est le préfet, et il ne "
           "reviendra pas."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), HELD_AS_THREATS)
def test_the_model_holds_veiled_threats(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang) == ("hold", ["threat"], True)
    # Never more than a hold, and nothing without it: the rules alone publish.
    assert _decide(_engine(lang, threshold=1.0), text, lang) == ("publish", [], False)


def test_threat_disabled_silences_the_model() -> None:
    lang, text = HELD_AS_THREATS[1]
    assert _decide(_engine(lang, enabled=False), text, lang) == ("publish", [], False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Sport, food, history, weather, games: violent words in harmless senses.
        ("fr", "On va les écraser samedi au stade, ils ne verront pas le ballon."),
        ("en", "If only someone would strangle those silly initiatives before they cost us more."),
        ("fr", "Ce gâteau est à tomber, je tuerais pour avoir la recette de ta grand-mère."),
        ("fr", "Mon grand-père a été fusillé par les nazis en 1944 dans ce village, on ne "
               "l'oublie pas."),
        ("en", "The wildfire will burn for another week, firefighters say, and the village may "
               "have to be evacuated."),
        ("fr", "Dans ce jeu vidéo on passe son temps à tirer sur des zombies, mon fils adore."),
        ("en", "We're going to crush them at the ballot box in May, they have no idea what's "
               "coming."),
        # Threats reported or condemned.
        ("fr", "Écrire « on sait où tu habites » à une journaliste, c'est une menace, et la "
               "police doit retrouver l'auteur."),
        ("en", "The suspect allegedly told the victim he knew where she lived, according to the "
               "charge sheet."),
        ("en", "The man who threatened to burn down the council offices was given two years, "
               "the court said."),
    ],
)  # fmt: skip
def test_violent_words_in_civil_comments_stay_published(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang)[:2] == ("publish", [])


def test_the_gate_defers_to_the_rules() -> None:
    # The model alone scores this sport boast as a threat; the sport words keep it out.
    boast = _report("On va les écraser samedi au stade.", "fr")
    assert boast.threat is not None and boast.threat >= 0.8
    assert not threat_doubt(boast, 0.8)
    # Too short to tell a threat from a figure of speech.
    short = _report("Gare à toi.", "fr")
    assert len(short.scan.tokens) < THREAT_MIN_TOKENS and not threat_doubt(short, 0.0)
    # 1.0 turns the model off, even for a score that rounds to 1.0.
    lang, text = HELD_AS_THREATS[1]
    report = _report(text, lang)
    assert threat_doubt(report, 0.8) and not threat_doubt(report, 1.0)
