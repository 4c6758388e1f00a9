"""Jokes told about a group, and ape words thrown at a person; and the same words in
earnest questions, counts, reports of racist chants and talk of animals."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "How many Somalis does it take to fix a bike? Trick question 😂"),
        ("en", "Why do Romanians never go camping? Because they'd have to give the tent back lol"),
        ("en", "What's the difference between a Kurd and a parcel? lmao"),
        ("fr", "Quelle différence entre un Gitan et un coffre-fort ? 😂😂"),
        ("fr", "Pourquoi les Portugais aiment les rideaux ? Mdr je vous laisse deviner"),
        ("fr", "Pourquoi est-ce que les Belges rient deux fois ? Parce que mdr"),
        ("fr", "Regardez le gorille qui joue arrière droit, une honte pour le club."),
        ("en", "Nobody asked the ape in the third row for his opinion, @Marcus."),
        ("fr", "Bien joué @Moussa, tu l'as écrit avec tes pieds ? 🐒"),
    ],
)
def test_group_jokes_and_ape_words_at_people_are_held(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Why do Sikhs wear turbans? Because it's part of their faith."),
        ("en", "How many refugees did Germany take in last year?"),
        ("fr", "Quelle est la différence entre un réfugié et un migrant économique ?"),
        ("fr", "Combien de migrants sont arrivés à Calais cette année ?"),
        ("fr", "Le défenseur a subi des cris de singe venus de la tribune, honte à ces gens."),
        ("en", "Monkey chants aimed at the striker again. Ban them for life."),
        ("fr", "Les singes du zoo de Beauval ont eu un petit, il est adorable."),
        ("en", "The monkeys at the sanctuary were rescued from a lab."),
    ],
)
def test_earnest_questions_reports_and_animals_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Au zoo, les singes adorent les bananes 🍌🐒"),
        ("en", "@Sam_K great photos from the zoo! 🐒"),
    ],
)
def test_the_monkey_emoji_at_the_zoo_publishes(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_a_question_with_a_laugh_but_no_punchline_is_a_question() -> None:
    assert action("Why do Jews celebrate Hanukkah for eight days? lol I always forget.", "en") == (
        "publish"
    )
