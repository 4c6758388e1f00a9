"""Words censored with stars (``policies/censored.py``): read as the word they hide,
then judged as it would be spelt out."""

from __future__ import annotations

import pytest

from palabre.policies.censored import CensoredWords, censored_spans
from palabre.policies.normalize import normalize
from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "ferme ta g***** espèce d'a*****"),
        ("fr", "t'es vraiment un gros c**, retourne lire l'article"),
        ("fr", "bande de c******, vous comprenez rien"),
        ("fr", "va te faire f*****, toi et tes sources"),
        ("fr", "Les n***es ont ruiné ce quartier en deux ans."),
        ("en", "f*** you and your so-called facts"),
        ("en", "shut the f*** up you a******"),
        ("en", "you're a c*** and everyone here knows it"),
        ("en", "you f***ing moron, read it again"),
    ],
)
def test_a_censored_insult_at_someone_is_flagged(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Swearing at no one, censored or not, is published.
        ("fr", "quelle m**** ce nouveau plan de circulation"),
        ("fr", "p***** de journée, le tram était encore en panne"),
        ("en", "what the f*** is this parking policy"),
        ("en", "what a f***ing mess the roadworks are"),
        # Stars that censor nothing: emphasis, bullets, a footnote.
        ("fr", "**Important** : la réunion publique est reportée à jeudi."),
        ("fr", "* premier point : le budget\n* second point : les travaux"),
        ("fr", "Le chiffre est provisoire* (*selon la mairie)."),
        ("en", "**Update**: the vote on the bike lanes is tomorrow."),
        # A name the press keeps from the reader: a capital inside the sentence.
        ("fr", "Mme S***** a témoigné au procès hier, son récit était bouleversant."),
        ("fr", "Le témoin, Madame P****, habite le quartier depuis 30 ans."),
        ("en", "The witness, Mr. C***, said he saw nothing that night."),
        ("en", "Ms B**** testified today; the jury listened carefully."),
    ],
)
def test_stars_without_a_target_are_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_spans_are_stars_after_a_word_or_a_long_run_inside_it() -> None:
    text = "t'es un c*** et un f***ing b*te, **gras** * puce"
    normalized = normalize(text)
    spans = censored_spans(normalized)
    words = {normalized.text[start : start + at]: stars for start, (at, stars) in spans.items()}
    # "b*te" (one star inside) is typos.unmask's; "**gras**" is emphasis, "* puce" a bullet.
    assert words == {"c": 3, "f": 3}


def test_the_commonest_word_that_fits_is_read() -> None:
    words = CensoredWords("en", {"insult": ["cunt*", "creep"], "profanity": ["crap"]})
    assert words.read("c", 1, 3) == "cunt"  # commonly censored, before the lists' order
    assert words.read("cr", 2, 3) == "crep"  # the key of "creep"
    assert words.read("x", 1, 3) is None
    assert words.read("f", 1, 2) is None  # "f**": no three-letter word
