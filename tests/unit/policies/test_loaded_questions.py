"""A "just asking" turn about a group whose content derogates it is held; the same turn
asked in good faith, or about what the group suffers, is published."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Je pose la question : pourquoi les Roms finissent toujours en prison ?"),
        ("fr", "On a le droit de se demander si les trans sont pas juste des malades mentaux ?"),
        ("en", "Would it be racist to wonder why Mexicans can't seem to stay out of prison?"),
        ("en", "Honest question: why would anyone trust a female surgeon when women can't even "
               "park?"),
    ],
)
def test_loaded_questions_held(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "les Antillais se sentent plus français ou caribéens ? question sans "
               "arrière-pensée"),
        ("fr", "Est-ce raciste de dire que les Arabes sont victimes de discriminations à "
               "l'embauche ?"),
        ("en", "Genuine question: why do some Muslim women wear the niqab?"),
        ("en", "Is it racist to point out that Black people are stopped more often by police?"),
        ("en", "Honest question: why don't more Muslim women run for parliament?"),
        ("en", "Genuine question: do Afghan interpreters who served with British forces get "
               "automatic residency, or do they go through the normal asylum route?"),
    ],
)
def test_good_faith_questions_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"
