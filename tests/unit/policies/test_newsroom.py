"""The newsroom model: its written training sets, its card, and when its score may act."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from palabre.policies.classifiers import features, load_model
from palabre.policies.engine import Engine, load_policy
from palabre.policies.model_gate import NEWSROOM_MAX_TOKENS, NEWSROOM_MIN_TOKENS

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
}  # fmt: skip


def _rows() -> dict[str, list[dict[str, Any]]]:
    return {
        path.stem: [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        for path in sorted(WRITTEN.glob("*.jsonl"))
    }


def test_written_sets_are_well_formed() -> None:
    sets = _rows()
    assert len(sets) >= 9
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


def test_the_model_ships_with_a_card_naming_its_data() -> None:
    model = load_model("newsroom")
    assert model is not None and model.version.startswith("newsroom-")
    card = (ROOT / "src/palabre/policies/models/newsroom.md").read_text("utf-8")
    assert model.version in card
    assert "training/data/written/" in card and "training/train_newsroom.py" in card
    assert "leave-one-set-out" in card


def _engine(lang: str, threshold: float | None = None) -> Engine:
    policy = load_policy(None, lang)
    if threshold is not None:
        models = policy.models.model_copy(update={"newsroom_hold": threshold})
        policy = policy.model_copy(update={"models": models})
    return Engine(policy)


def _decide(engine: Engine, text: str, lang: str) -> tuple[str, bool]:
    out = engine.classify({"id": "t", "text": text, "lang": lang})
    return out["action"], any(e["check"] == "hate" and e.get("signal") == "model.newsroom"
                              for e in out["evidence"])  # fmt: skip


# Contempt for a group with no word the lexicons know: a trope, mock thanks, an insinuation.
HELD_BY_THE_MODEL = [
    ("fr", "Évidemment le nouveau directeur de la banque est juif, personne ne sera surpris "
           "de la suite, ils finissent toujours par tenir les cordons de la bourse."),
    ("en", "Another lovely evening in town thanks to our Somali friends hanging around the "
           "station, so grateful for the diversity they bring to the night bus."),
    ("fr", "Les Africains du foyer ont encore eu droit à des logements neufs pendant que nos "
           "anciens attendent, mais attention, faut surtout pas le dire."),
    ("en", "Funny that the Polish builders always finish the job only after the cash arrives, "
           "but I am sure that is just a coincidence with that lot."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), HELD_BY_THE_MODEL)
def test_the_model_holds_what_the_rules_miss(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang) == ("hold", True)
    # Never more than a hold, and nothing without it: the rules alone publish.
    assert _decide(_engine(lang, threshold=1.0), text, lang) == ("publish", False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Civil comments about a group, long enough for the model to be asked.
        ("fr", "Les bénévoles de l'association musulmane du quartier ont servi trois cents repas "
               "chauds samedi soir, merci à eux pour leur générosité."),
        ("en", "The article says many Muslim families in the town have lived here for three "
               "generations and run half the shops on the high street."),
        # Counter-speech: the rules' reading wins over the model's score.
        ("fr", "Le maire dit que les Roms volent, c'est une honte de parler ainsi de familles qui "
               "vivent sous des tentes depuis deux hivers."),
        # The writer condemns: words of condemnation are the rules' to judge.
        ("fr", "Je suis choqué qu'on puisse encore insulter les Noirs comme ça au stade, "
               "vraiment."),
        # Too short to judge: a group named in a few words.
        ("en", "Muslims are our neighbours."),
    ],
)  # fmt: skip
def test_civil_comments_about_groups_stay_published(lang: str, text: str) -> None:
    assert _decide(_engine(lang), text, lang) == ("publish", False)


def test_a_word_of_condemnation_keeps_the_model_out() -> None:
    text = "Je suis choqué qu'on puisse encore insulter les Noirs comme ça au stade, vraiment."
    model = load_model("newsroom")
    assert model is not None
    assert model.score(features(text)) >= 0.9  # the model alone would hold it
    assert _decide(_engine("fr"), text, "fr") == ("publish", False)


def test_the_gate_bounds_are_what_the_card_says() -> None:
    # The longest written comment has 132 words; the gate stops a little past it.
    longest = max(len(r["text"].split()) for rows in _rows().values() for r in rows)
    assert NEWSROOM_MIN_TOKENS < longest <= NEWSROOM_MAX_TOKENS
