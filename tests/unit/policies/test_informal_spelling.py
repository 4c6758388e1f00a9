"""Comments typed the way people type: apostrophes dropped ("theyre", "ill break"), a q for
a g, the end of an insult starred out, and doxxing threats written plainly."""

from __future__ import annotations

import pytest

from palabre.policies.lexicons import builtin_lexicon
from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Informal English: apostrophes dropped, "ill" before a verb of harm.
        ("en", "Roma arent even human, theyre parasites", True),
        ("en", "shes a dumb slut who deserves everything she gets", True),
        ("en", "say that to my face and ill break your jaw", True),
        ("en", "muslims are all potential bombers, every one of them", True),
        ("en", "hitler had the right idea tbh", True),
        ("en", "whoever wrote this article deserves to get their skull caved in", True),
        ("en", "I'm ill today, staying home", False),
        ("en", "i dont hate muslims", False),
        ("en", "that's a stupid idea", False),
    ],
)
def test_informal_english(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "found your insta and your workplace in 5 mins. maybe your boss wants to see "
         "these comments"),
        ("en", "posting ur full name and phone number in the next reply if u dont delete this"),
        ("fr", "j'ai trouvé ton LinkedIn et ton employeur, on va voir s'il aime tes commentaires"),
    ],
)
def test_doxxing(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


def test_q_for_g() -> None:
    assert action("niqqers ruined the neighbourhood", "en") != "publish"
    assert action("Qatar is rich, I lived in Iraq", "en") == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Bande de fils de p***"),
        ("fr", "va te faire f****"),
        ("en", "you piece of s***"),
    ],
)
def test_insults_with_their_end_starred(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Two neighbouring letters swapped.
        ("en", "I want to klil all immigrants.", True),
        ("en", "Fukc all Muslims.", True),
        ("fr", "Qu'on mette les immigrés dans des cmaps, et vite.", True),
        # Ordinary words the swap must leave alone.
        ("fr", "Reconstruction de l'école confiée à une boîte turque, le chantier avance.", False),
        ("fr", "Fiers de nos développeuses qui ont créé une appli de suivi de grossesse !", False),
        ("en", "Zimbabweans opening spaza shops in Alexandra bring life to the street.", False),
    ],
)
def test_swapped_letters(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("les gens ki votent", ["les", "gens", "qui", "votent"]),
        ("jvé te buter", ["je", "vais", "te", "buter"]),
        ("pk tu dis ça", ["pourquoi", "tu", "dis", "ca"]),
    ],
)
def test_french_texting_reads_as_the_words_it_stands_for(text: str, keys: list[str]) -> None:
    assert builtin_lexicon("fr").scan(text).keys == keys


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Les muzz ki prient dans la rue, faut les virer du pays.", True),
        ("jvais te buter si je te croise", True),
        ("Les gens ki ont voté cette loi vont le regretter aux élections.", False),
        ("pk personne ne parle du budget des transports ?", False),
    ],
)
def test_french_texting_in_comments(text: str, flagged: bool) -> None:
    assert (action(text, "fr") != "publish") is flagged
