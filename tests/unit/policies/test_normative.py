"""Violence made a norm: an act said to be lawful, a killing said to be the answer."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "Raping a woman like you should not be illegal.", True),
        ("fr", "Violer une femme comme toi ne devrait pas être illégal.", True),
        ("en", "Execution is the only solution for those immigrants.", True),
        ("fr", "L'exécution est la seule solution pour ces musulmans.", True),
        ("en", "Cannabis should not be illegal.", False),
        ("en", "Killing in self-defence should be legal, says the bill.", False),
        ("en", "The only solution is dialogue between Israelis and Palestinians.", False),
        ("en", "Execution is never the answer, even for terrorists.", False),
        ("fr", "La seule solution pour les réfugiés, c'est un accueil digne.", False),
        ("fr", "L'euthanasie devrait être légale.", False),
        # Contempt felt and said of a group, without an insult.
        ("en", "The utter scorn I feel for Muslims is hard to put into words.", True),
        ("en", "I'm just so pissed off by gay people like you.", True),
        ("en", "Black people being in charge is a danger to our country.", True),
        ("en", "This traffic is pissing me off so much.", False),
        ("en", "Climate change is a danger to our country.", False),
        ("fr", "Le réchauffement climatique est un danger pour notre pays.", False),
    ],
)
def test_norms_and_contempt(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
