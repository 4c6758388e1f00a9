"""Conspiracy tropes of hidden control told of a group, against reports, refutations,
a community's good deeds and a state's policy."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "le lobby juif a acheté tous les députés", True),
        ("fr", "les sionistes contrôlent Hollywood et nous lavent le cerveau", True),
        ("fr", "Toutes les guerres sont financées par la même communauté.", True),
        ("fr", "le covid a été créé par les juifs pour vendre leurs vaccins", True),
        ("en", "Hollywood is run by a certain tribe and they hate people like us", True),
        ("en", "they control everything, banks, media, Hollywood. you know who", True),
        ("en", "The myth that Jews control the media is an old antisemitic trope.", False),
        ("en", "Jewish philanthropists fund the new hospital wing, good on them.", False),
        ("en", "Israel funds the war with American money.", False),
        ("fr", "Certains complotistes prétendent que les juifs contrôlent les médias.", False),
        ("fr", "La communauté libanaise de Dakar a financé la restauration de la gare.", False),
        ("fr", "Les musulmans de ma rue ont organisé un repas pour tout l'immeuble.", False),
    ],
)
def test_tropes_of_control(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("fr", "Qui contrôle les médias ? Les j u i f s, évidemment, ouvrez les yeux.", True),
        ("fr", "Qui contrôle les médias en France ? Bolloré et quelques milliardaires.", False),
        # Letters spread with one mark: "r.o.m.s c'est" spreads "roms", not "romsc".
        ("fr", "les r.o.m.s c'est tous des v0leurs", True),
    ],
)
def test_asked_and_answered_and_spread_letters(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Wars and immigration plotted by a group; the same verbs of a museum or a charity.
        ("fr", "C'est documenté : les juifs ont provoqué les deux guerres mondiales.", True),
        ("fr", "L'immigration de masse est organisée par les élites juives.", True),
        ("fr", "Toutes les guerres du XXe siècle ont été financées par la finance juive.", True),
        ("en", "The Rothschilds planned every war of the last century, it's all documented.", True),
        ("fr", "Le musée juif a organisé une exposition sur la guerre de 14.", False),
        ("fr", "L'exposition sur la guerre a été organisée par le musée juif.", False),
        ("en", "The Jewish Museum planned an exhibition on the war.", False),
        ("en", "Muslim charities planned a fundraiser for war refugees.", False),
    ],
)
def test_wars_and_immigration_plotted(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
