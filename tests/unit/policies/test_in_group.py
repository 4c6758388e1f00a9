"""The writer's own group (``policies/in_group.py``): a word the writer says of
themselves attacks no one, against the same words said of others."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Feuj laïque ici, je fête Kippour avec ma famille et Noël avec mes potes."),
        ("fr", "Nous les renois de Sarcelles, on attendait ce documentaire depuis longtemps."),
        ("fr", "Mon mari et moi, deux vieux pédés de province, on est mariés depuis 2013."),
        ("fr", "Les vieilles gouines militantes comme moi étaient déjà dans la rue en 1981."),
        ("fr", "On est un club de rugby de pédés et de bi, débutants bienvenus !"),
        ("fr", "En tant que handicapé, j'en ai marre qu'on parle de nous avec des pincettes."),
    ],
)
def test_said_of_oneself_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A "we" earlier in the sentence is no body the writer makes up.
        ("fr", "On s'est fait agresser par une bande de bougnoules hier soir."),
        # "like me" after a verb is its object, not the writer counted in.
        ("en", "Those faggots don't like me at all."),
        # "here" that does not close an introduction.
        ("en", "Black people round here have no respect for churches or for anything else."),
        ("fr", "Ces pédés ne m'aiment pas comme moi je les aime."),
    ],
)
def test_said_of_others_is_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"
