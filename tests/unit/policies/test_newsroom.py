"""The newsroom model: its written training sets, its card, and when its score may act."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from palabre.policies.classifiers import load_model
from palabre.policies.engine import Engine
from palabre.policies.lexicons import builtin_lexicon
from palabre.policies.model_gate import NEWSROOM_MAX_TOKENS, NEWSROOM_MIN_TOKENS, newsroom_doubt
from tests.unit.policies.support import decide, engine_with, report_of

ROOT = Path(__file__).resolve().parents[3]
WRITTEN = ROOT / "training" / "data" / "written"
FLAG_KINDS = {
    "derogation", "dehumanisation", "implicit_derogation", "threat", "slur", "insult_person",
    "defamation", "sarcasm", "long_hate", "obfuscated", "spam",
}  # fmt: skip
PUBLISH_KINDS = {
    "counter_speech", "negated", "group_positive_neutral", "profanity_untargeted",
    "civil_criticism", "benign_violent_words", "sourced_accusation", "link_on_topic",
    # the minimal pairs' civil twins
    "sincere_praise", "victim_framing", "denial", "good_faith_question", "news_fact",
    "criticism_of_state",
    # the focus sets'
    "victim_or_question",
}  # fmt: skip


def _rows() -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        for path in sorted(WRITTEN.glob("*.jsonl"))
    }


def test_written_sets_are_well_formed() -> None:
    sets = _rows()
    assert len(sets) == 23
    ids: Counter[str] = Counter()
    texts: Counter[str] = Counter()
    for name, rows in sets.items():
        labels = Counter(r["label"] for r in rows)
        assert set(labels) == {"flag", "publish"}, name
        assert min(labels.values()) >= 0.35 * len(rows), name  # both sides well represented
        for r in rows:
            assert r["lang"] in ("fr", "en") and r["text"].strip(), r["id"]
            kinds = FLAG_KINDS if r["label"] == "flag" else PUBLISH_KINDS
            assert r["kind"] in kinds, (r["id"], r["kind"])
            ids[r["id"]] += 1
            texts[r["text"]] += 1
    assert [i for i, n in ids.items() if n > 1] == []
    assert [t for t, n in texts.items() if n > 1] == []


@pytest.mark.parametrize("name", ["newsroom", "threat"])
def test_the_models_ship_with_a_card_naming_their_data(name: str) -> None:
    model = load_model(name)
    assert model is not None and model.version.startswith(f"{name}-")
    card = (ROOT / f"src/palabre/policies/models/{name}.md").read_text("utf-8")
    assert model.version in card
    assert "training/data/written/" in card and "training/train_newsroom.py" in card
    assert "leave-one-set-out" in card


def _engine(lang: str, threshold: float | None = None) -> Engine:
    return engine_with(lang, newsroom_hold=threshold)


def _decide(engine: Engine, text: str, lang: str) -> tuple[str, list[str], bool]:
    """The action, the categories, and whether the newsroom model's evidence is there."""
    return decide(engine, text, lang, "model.newsroom")


_report = report_of


# Contempt for a group with no word the lexicons know: a trope, mock thanks, an insinuation.
HELD_BY_THE_MODEL = [
    # A stereotype in negative adjectives the rules read but did not pin on the group.
    ("en", "Never hire a Romanian crew for the roof. They're thieves and liars, it's in the "
           "culture, ask anyone on the street."),
    ("fr", "Évidemment le nouveau directeur de la banque est juif, personne ne sera surpris "
           "de la suite, ils finissent toujours par tenir les cordons de la bourse."),
    ("en", "Another lovely evening in town thanks to our Somali friends hanging around the "
           "station, so grateful for the diversity they bring to the night bus."),
    ("fr", "Les Africains du foyer ont encore eu droit à des logements neufs pendant que nos "
           "anciens attendent, mais attention, faut surtout pas le dire."),
    ("en", "Funny that the Polish builders always finish the job only after the cash arrives, "
           "typical of that lot."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), HELD_BY_THE_MODEL)
def test_the_model_holds_what_the_rules_miss(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang) == ("hold", ["hate"], True)
    # Never more than a hold, and nothing without it: the rules alone publish.
    assert _decide(_engine(lang, threshold=1.0), text, lang) == ("publish", [], False)


# Comments the model alone scores >= 0.9, which the gate keeps from it.
GATED = [
    # Too short to judge: a group named in a few words.
    ("en", "Muslims are our neighbours."),
    # The writer condemns: words of condemnation are the rules' to judge.
    ("fr", "Je suis choqué qu'on puisse encore insulter les Noirs comme ça au stade, vraiment."),
    # A derogatory word the rules read and found aimed elsewhere.
    ("en", "Council says the rats near the Traveller site are coming from the landfill."),
    # Longer than anything the model learnt from.
    ("fr", "Les Roms du camp de la Brosse, comme toujours, on connaît la chanson. " * 20),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), GATED)
def test_the_gate_keeps_the_model_out(lang: str, text: str) -> None:
    report = _report(text, lang)
    assert report.newsroom is not None and report.newsroom >= 0.9
    assert not newsroom_doubt(report, 0.9)
    assert _decide(_engine(lang), text, lang)[2] is False


def test_another_rule_firing_does_not_unclear_a_word() -> None:
    # The defamation finding is the rules' too; it says nothing of the "rats" they cleared.
    text = (
        "Council says the rats near the Traveller site are coming from the landfill, and "
        "the council leader Tom Briggs stole the housing money from the taxpayers."
    )
    assert (_report(text, "en").newsroom or 0.0) >= 0.9
    assert _decide(_engine("en"), text, "en") == ("hold", ["defamation"], False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les bénévoles de l'association musulmane du quartier ont servi trois cents repas "
               "chauds samedi soir, merci à eux pour leur générosité."),
        ("en", "The article says many Muslim families in the town have lived here for three "
               "generations and run half the shops on the high street."),
        ("fr", "Le maire dit que les Roms volent, c'est une honte de parler ainsi de familles qui "
               "vivent sous des tentes depuis deux hivers."),
        # Negative adjectives said of the group's lot, not of the group.
        ("en", "Asylum seekers in the hotel say the rooms are filthy and the food is disgusting, "
               "and nobody at the Home Office listens."),
        ("fr", "Les logements des réfugiés du foyer Pasteur sont sales et insalubres, la mairie "
               "doit agir vite."),
        ("en", "Refugee children are not stupid or lazy, they just need teachers who speak their "
               "language at the start."),
    ],
)  # fmt: skip
def test_civil_comments_about_groups_stay_published(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang)[:2] == ("publish", [])


def test_hate_disabled_silences_the_model() -> None:
    engine = engine_with("fr", disabled="hate")
    lang, text = HELD_BY_THE_MODEL[0]
    assert _decide(engine, text, lang) == ("publish", [], False)


def test_the_gate_bounds_fit_the_data() -> None:
    longest = max(
        len(builtin_lexicon(r["lang"]).scan(r["text"]).tokens)
        for rows in _rows().values()
        for r in rows
    )
    # The longest written comment, as the scanner counts words, fits under the upper bound.
    assert NEWSROOM_MIN_TOKENS < longest <= NEWSROOM_MAX_TOKENS
