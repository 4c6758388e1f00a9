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


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Les juifs ont encore réussi à faire taire tout le monde.", "fr", True),
        ("Toujours les juifs derrière chaque scandale financier.", "fr", True),
        ("Les Juifs encore et toujours aux commandes, réveillez-vous.", "fr", True),
        ("Les immigrés nous remplacent et tout le monde applaudit.", "fr", True),
        ("The Jews own every bank and every newspaper, wake up people.", "en", True),
        ("Migrants are replacing us and nobody cares.", "en", True),
        ("Un musulman aux commandes de la mairie, et alors ?", "fr", False),
        ("Les immigrés remplacent les ouvriers partis à la retraite.", "fr", False),
        ("Dire que les immigrés nous remplacent est un mythe raciste.", "fr", False),
        ("My Jewish neighbour owns a bank branch franchise in Leeds.", "en", False),
    ],
)
def test_silencing_the_helm_and_the_replacement(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Look at these black monkeys in the stands.", "en", True),
        ("Look at the abuse hurled at Muslims.", "en", False),
        ("Gypsies should be run out of every town they camp in.", "en", True),
        ("We ran out of milk again.", "en", False),
        ("Les juifs sont des déicides.", "fr", True),
    ],
)
def test_looking_at_running_out_and_deicide(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Jewish donors were at the fundraiser last night. They always buy the politicians "
         "they need.", "en", True),
        ("Jewish families came to the fair. They bought cakes for everyone.", "en", False),
        ("Les juifs de Strasbourg ont ouvert une école. Ils financent aussi la bibliothèque.",
         "fr", False),
    ],
)
def test_they_in_the_next_sentence(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
