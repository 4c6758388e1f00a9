"""Our French functional suite (HateCheck-style) and the French context rules it exercises."""

from __future__ import annotations

import pytest

from palabre.policies.datasets import functional_fr, functional_more
from palabre.policies.engine import Engine, load_policy


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_policy(None, "fr"))


def _flagged(engine: Engine, text: str) -> bool:
    return engine.classify({"id": "t", "text": text, "lang": "fr"})["action"] != "publish"


def test_suite_is_generated_and_split() -> None:
    dev, held = functional_fr("dev"), functional_fr("heldout")
    assert 500 <= len(dev) + len(held) <= 1300
    assert {ex.group for ex in dev} == {ex.group for ex in held}


def test_dev_templates_accuracy(engine: Engine) -> None:
    cases = functional_fr("dev")
    right = sum(_flagged(engine, ex.text) == bool(ex.label) for ex in cases)
    assert right / len(cases) >= 0.95


@pytest.mark.parametrize(
    "text",
    [
        "Je ne crois pas que les femmes soient inférieures.",
        "Nul ne devrait mépriser les Juifs.",
        "Il ne faut pas expulser les Roms.",
        "Des manifestants criaient « dehors les Roms », c'est une honte.",
        "Ses « les Arabes sont des rats » n'ont rien à faire sur ce site.",
        "Je ne supporte pas les retards de la SNCF.",
    ],
)
def test_negated_or_quoted_hate_publishes(engine: Engine, text: str) -> None:
    assert not _flagged(engine, text)


@pytest.mark.parametrize(
    "text",
    [
        "Je ne supporte pas les Juifs.",
        "Les musulmans ne sont-ils pas des parasites ?",
        "Les immigrés ? Je les méprise.",
        "Les femmes ne devraient pas avoir le droit de voter.",
        "Rentrez chez vous, les Arabes.",
        "Les Roms sont des p4r451t35.",
        "Les Noirs sont des êtres infréieurs.",
    ],
)
def test_french_hate_is_flagged(engine: Engine, text: str) -> None:
    assert _flagged(engine, text)


def test_second_suite_keeps_its_fixes(engine: Engine) -> None:
    """The cases of ``training/make_functional_fr_more.py``: every civil sentence
    publishes, and nine hateful ones in ten or more are flagged."""
    cases = functional_more("fr")
    hateful = [c for c in cases if c.label]
    civil = [c for c in cases if not c.label]
    assert len(hateful) > 900 and len(civil) > 300
    assert [c.text for c in civil if _flagged(engine, c.text)] == []
    assert sum(_flagged(engine, c.text) for c in hateful) / len(hateful) >= 0.9


@pytest.mark.parametrize(
    "text",
    [
        "Les femmes battues doivent être mieux protégées par la justice.",
        "Je suis noir et je n'ai jamais été aussi bien accueilli qu'ici.",
        "L'État doit fermer ces camps où vivent des migrants et les loger dignement.",
        "Il faudrait dégager un budget pour aider les personnes handicapées.",
        "Les femmes sont encore victimes de propos odieux sur les réseaux.",
    ],
)
def test_civil_sentences_about_groups_publish(engine: Engine, text: str) -> None:
    """Each was flagged once, by a word cut in two ("bat" + "tues"), a denial that
    praises, a bare "camps", typo repair ("dégager" read as "dégagez"), or an adjective."""
    assert not _flagged(engine, text)


def test_an_ambiguous_exclusion_is_held_not_rejected(engine: Engine) -> None:
    out = engine.classify(
        {"id": "t", "lang": "fr", "text": "Les migrants n'ont rien à faire dans ces camps "
         "insalubres, l'État doit les loger dignement."}
    )  # fmt: skip
    assert out["action"] == "hold"
