"""What a writer suffered (a slur they were called, being misgendered, an illness), a
defeat at the polls, and friends' teasing: none is abuse."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Got called a dirty Polack on my first day at school in England. I was seven."),
        ("en", "They called me a Paki at work and HR did nothing."),
        ("fr", "Au collège on m'a traitée de bougnoule tous les jours."),
        ("fr", "Femme trans ici : chaque démarche administrative est une humiliation, on me "
               "mégenre sans arrêt."),
        ("fr", "Soutien à la présentatrice qui a annoncé son cancer, vous allez gagner."),
        ("fr", "Pourvu que ce député se prenne une raclée aux législatives, il l'a méritée."),
        ("fr", "Franchement t'es nul à Mario Kart, mais t'as le mérite d'essayer, champion."),
        ("fr", "Sacré vieux con va, toujours le premier au bar et le dernier à payer sa "
               "tournée 😆"),
        ("en", "You cheeky git, you ate the last slice and blamed the dog."),
    ],
)
def test_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "You're a dirty Polack."),
        ("fr", "Ce député mérite une raclée, je l'attends à la sortie."),
        ("fr", "T'es qu'un con haha, va te faire soigner."),
    ],
)
def test_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"
