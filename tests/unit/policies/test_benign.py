"""Civil comments must publish: the hand-written benign set and known false positives."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from palabre.policies.engine import Engine, load_policy
from palabre.policies.lexicons import builtin_lexicon

DATA = Path(__file__).parent / "data" / "benign_comments.jsonl"
ABUSE = {"hate", "insult", "threat"}


def _records() -> list[dict[str, str]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def engines() -> dict[str, Engine]:
    return {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}


@pytest.mark.parametrize("record", _records(), ids=lambda r: r["id"])
def test_civil_comment_publishes(record: dict[str, str], engines: dict[str, Engine]) -> None:
    out = engines[record["lang"]].classify(record)
    assert not ABUSE & set(out["categories"]), out
    assert out["action"] == "publish", out


@pytest.mark.parametrize(
    ("word", "lang"),
    [("conservation", "fr"), ("conservent", "fr"), ("consequent", "fr"), ("parution", "fr"),
     ("ramer", "fr"), ("depute", "fr"), ("connaisse", "fr"), ("creationmonetaire", "fr")],
)  # fmt: skip
def test_ordinary_words_are_not_repaired_into_insults(word: str, lang: str) -> None:
    assert builtin_lexicon(lang)._repair(word) == [word]


def test_typos_of_lexicon_words_are_still_repaired() -> None:
    assert builtin_lexicon("en")._repair("disgutsed") == ["disgusted"]
    assert builtin_lexicon("en")._repair("disgsted") == ["disgusted"]


def test_crime_word_far_from_any_person_is_not_defamation(engines: dict[str, Engine]) -> None:
    text = ("Le protocole Bitcoin repose sur la preuve de travail. Toute fraude resterait "
            "facilement détectable par les autres nœuds.")  # fmt: skip
    out = engines["fr"].classify({"id": "d", "text": text})
    assert "defamation" not in out["categories"]
    named = engines["fr"].classify({"id": "d", "text": "Le maire Paul Durand a détourné "
                                    "l'argent de la commune, c'est une fraude."})  # fmt: skip
    assert "defamation" in named["categories"]


def test_model_alone_does_not_hold_civil_french(engines: dict[str, Engine]) -> None:
    out = engines["fr"].classify({"id": "u", "text": "Un commentaire."})
    assert out["action"] == "publish"


def test_insults_still_flagged(engines: dict[str, Engine]) -> None:
    for text in ("Espèce d'abruti, tu n'as rien compris.", "t'es un c 0 n n 4 r d",
                 "Ferme ta gueule, pauvre con."):  # fmt: skip
        assert engines["fr"].classify({"id": "i", "text": text})["action"] != "publish", text


@pytest.mark.parametrize(
    "text",
    [
        "J'en ai ras le cul de ces trains supprimés tous les lundis.",
        "J'ai mis des tapettes dans le garage, les mulots ont tout rongé.",
    ],
)
def test_swearing_at_a_situation_publishes(text: str) -> None:
    from tests.unit.policies.support import action

    assert action(text, "fr") == "publish"
