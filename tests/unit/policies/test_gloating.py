"""Gloating over the victims of an attack (``policies/gloating.py``): the verdict that
they deserved it, against the same words said of a perpetrator, denied or condemned."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les victimes du Bataclan l'ont bien cherché."),
        ("fr", "Bataclan : ils l'ont un peu cherché avec leur concert, non ?"),
        ("fr", "Les juifs tués à l'Hypercacher, bien fait pour eux."),
        ("fr", "Le 7 octobre c'était de la résistance, point."),
        ("fr", "Noyés au large de Calais ? Bon débarras."),
        ("en", "The Bataclan victims had it coming."),
        ("en", "Charlie Hebdo got what they were asking for"),  # the verdict ends the text
        ("en", "The victims deserved it"),
    ],
)
def test_a_verdict_on_the_victims_is_held(lang: str, text: str) -> None:
    assert action(text, lang) == "hold"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le terroriste du Bataclan a été abattu, bien fait pour lui."),
        ("fr", "Les victimes du Bataclan n'ont rien cherché, elles écoutaient un concert."),
        ("fr", "Ceux qui disent que les victimes l'ont cherché sont ignobles."),
        ("fr", "Le documentaire sur les victimes du Bataclan est très bien fait."),
        ("fr", "Le 7 octobre, la résistance s'est organisée dans les kibboutz."),
        ("en", "The Christchurch shooter got what he deserved, life without parole."),
        ("en", "Nobody who died at the Bataclan deserved it."),
        ("en", "People saying the victims asked for it should be ashamed."),
        ("en", "The victims' families deserved answers and got none."),
    ],
)
def test_the_same_words_otherwise_are_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"
