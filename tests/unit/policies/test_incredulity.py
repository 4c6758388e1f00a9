"""A group put in a role as if that were absurd (``policies/incredulity.py``), against
the same question answered in good faith or welcomed."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Une femme pilote de ligne ? Perso je descends de l'avion, désolé mais non.", True),
        ("fr", "Un homo instituteur en maternelle, sérieusement ? Non merci.", True),
        ("en", "A gay teacher in a primary school? No thanks, not with my kids", True),
        ("fr", "Une femme pilote de ligne ? Oui, et la meilleure de sa promo.", False),
        ("fr", "Une femme ministre des Armées ? Enfin !", False),
        ("fr", "Un musulman maire de Londres ? Pourquoi pas.", False),
        ("en", "A Muslim mayor of London? Why not.", False),
    ],
)
def test_a_group_in_a_role_scoffed_at(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # One of them doubted fit for a role or a trust.
        ("fr", "Est-ce qu'un gay peut vraiment être pris au sérieux comme arbitre ?", True),
        ("en", "Can a Hindu councillor really put this town first?", True),
        ("fr", "On a le droit de se poser la question, ou c'est encore interdit ?", False),
        # A right asked about, in good faith.
        ("fr", "Un handicapé peut-il vraiment toucher l'AAH s'il travaille à mi-temps ?", False),
        ("en", "Can a trans person really change their passport gender in the UK?", False),
    ],
)
def test_one_of_them_doubted_fit_for_a_role(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


def test_a_doubt_answered_at_once_is_no_insinuation() -> None:
    assert action("Can a Muslim MP really put Britain first? Yes, and most of them do.", "en") == (
        "publish"
    )
