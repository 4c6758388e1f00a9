"""Our English functional cases (``training/make_functional_en_more.py``)."""

from __future__ import annotations

import pytest

from palabre.policies.datasets import functional_more
from palabre.policies.engine import Engine, load_policy


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(load_policy(None, "en"))


def _flagged(engine: Engine, text: str) -> bool:
    return engine.classify({"id": "t", "text": text, "lang": "en"})["action"] != "publish"


def test_english_suite_keeps_its_fixes(engine: Engine) -> None:
    """Every civil sentence publishes (counter-speech included), and nine hateful ones in
    ten or more are flagged."""
    cases = functional_more("en")
    hateful = [c for c in cases if c.label]
    civil = [c for c in cases if not c.label]
    assert len(hateful) > 400 and len(civil) > 100
    assert [c.text for c in civil if _flagged(engine, c.text)] == []
    assert sum(_flagged(engine, c.text) for c in hateful) / len(hateful) >= 0.9


@pytest.mark.parametrize(
    "text",
    ["All Muslims deserve to die.", "Immigrants deserve to die."],
)
def test_a_threat_that_holds_its_own_wish_is_flagged(engine: Engine, text: str) -> None:
    assert _flagged(engine, text)


@pytest.mark.parametrize(
    "text",
    ["No one deserves to die like that.", "Nobody deserves to die of hunger."],
)
def test_saying_no_one_deserves_death_publishes(engine: Engine, text: str) -> None:
    assert not _flagged(engine, text)


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Nothing annoys me more than Muslims.", "en", True),
        ("Rien ne m'écœure autant que les Roms.", "fr", True),
        ("Rien ne me dégoûte plus que les Juifs.", "fr", True),
        ("Les Juifs ne me dégoûtent plus.", "fr", False),
        ("I would never say that women are criminals.", "en", False),
        ("It's false that migrants are lazy.", "en", False),
    ],
)
def test_comparisons_assert_and_denials_deny(text: str, lang: str, flagged: bool) -> None:
    engine = Engine(load_policy(None, lang))
    action = engine.classify({"id": "t", "text": text, "lang": lang})["action"]
    assert (action != "publish") is flagged
