"""A nationality word that qualifies a state, a government or an army names no people."""

from __future__ import annotations

import pytest

from palabre.policies.engine import Engine, load_policy
from palabre.policies.lexicons import builtin_lexicon


def _groups(text: str, lang: str) -> list[str]:
    scan = builtin_lexicon(lang).scan(text)
    return [m.entry for name in ("identity", "identity_adj") for m in scan.get(name)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le régime algérien est une bande de menteurs."),
        ("fr", "Le gouvernement français vient faire la leçon, c'est d'une arrogance rare."),
        ("fr", "La junte malienne détourne l'aide internationale."),
        ("en", "The Chinese government lies about everything."),
        ("en", "The Russian army shelled the hospital again."),
    ],
)
def test_an_institution_is_no_group(lang: str, text: str) -> None:
    assert _groups(text, lang) == []
    out = Engine(load_policy(None, lang)).classify({"id": "t", "text": text, "lang": lang})
    assert "hate" not in out["categories"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The people themselves, even beside the word "government".
        ("fr", "Les Algériens du gouvernement sont tous des voleurs, comme leurs cousins d'ici."),
        ("en", "Arabs are liars, their governments prove it every day."),
        # A faith next to an institution is a conspiracy trope's group, for the rules.
        ("fr", "Le gouvernement juif nous ment."),
    ],
)
def test_the_people_stay_a_group(lang: str, text: str) -> None:
    assert _groups(text, lang) != []


def test_a_group_adjective_on_a_thing_names_no_people() -> None:
    from tests.unit.policies.support import action

    assert action("Ce restaurant marocain est immonde, la viande était froide.") == "publish"
    assert action("ce resto chinois c'est de la merde, jamais vu des nems aussi gras") == (
        "publish")
    assert action("That Chinese takeaway was disgusting.", "en") == "publish"
    assert action("Les Marocains sont immondes.") == "reject"
    # Faiths stay groups: "le lobby juif" is the conspiracy trope.
    assert action("Le lobby juif contrôle les films.") == "hold"
