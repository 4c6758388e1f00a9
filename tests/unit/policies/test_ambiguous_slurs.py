"""Words that are slurs only sometimes, used of people, against the homonyms."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "Chinks brought the virus here and now they want sympathy.", True),
        ("fr", "encore un noich qui conduit comme un pied, fallait s'y attendre", True),
        ("en", "The dykes broke in 1953 and they had to rebuild them.", False),
        ("en", "There are chinks in their armour, they will lose on Saturday.", False),
    ],
)
def test_ambiguous_slur_used_of_people(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        ("en", "k y k e s own the press, that's why this garbage gets printed", True),
        ("en", "Black people have contributed nothing to this town's history.", True),
        ("en", "The reform contributed nothing to growth.", False),
        ("en", "As a queer woman I found this piece really affirming, thank you.", False),
    ],
)
def test_spread_slur_and_nothing_contributed(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("en", "My kid's school hired some spastic retard as a teaching assistant, unbelievable.",
         True),
        ("en", "Coon cheese changed its name after years of debate, though it was named after "
               "Edward Coon.", False),
        ("fr", "Que ces enturbannés de malheur ferment leur gueule.", True),
        ("fr", "Ces clandos de merde, tous des crevards et des profiteurs.", True),
        ("fr", "Tu dis que de la merde dans chaque commentaire, espèce de raté fini.", True),
        ("fr", "Le journaliste qui a pondu cet article est un demeuré fini.", True),
        ("fr", "Il est demeuré silencieux pendant l'audience.", False),
        ("fr", "Le tir raté de Mbappé.", False),
        ("en", "What a thick cow this reporter is.", True),
        # Blame put on the victim, even in a comment about harassment; not when denied.
        ("fr", "Elle porte une jupe pour parler de harcèlement ? Elle l'a cherché.", True),
        ("fr", "Non, elle ne l'a pas cherché, personne ne cherche à être agressée.", False),
        ("fr", "Une femme comme ça, c'est bonne qu'à une seule chose.", True),
        ("fr", "Le chat dort sous la table.", False),
    ],
)
def test_more_words(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # The group's own word among themselves; not others pointed at "between us".
        ("fr", "Entre pédés, on se charrie comme ça, c'est notre humour.", False),
        ("fr", "Les gouines du club ont gagné, c'est comme ça qu'elles s'appellent entre elles.",
         False),
        ("fr", "Entre nous, ces pédés me dégoûtent.", True),
        ("fr", "Mon fils a trois niakoués dans son groupe, ils font tout le boulot entre eux.",
         True),
    ],
)
def test_among_themselves(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
