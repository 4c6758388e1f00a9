"""Groups named by an adjective and a noun of people ("a Somali family", "ses collègues
féminines"), then taken up by a pronoun in the next sentence."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A group named by an adjective and a noun of people, then taken up by a pronoun.
        ("en", "There were loads of Irish fans at the derby. They're nothing but violent "
               "animals.", True),
        ("en", "A Somali family moved in next door. They're filthy animals.", True),
        ("en", "A Somali family moved in next door. They're lovely people.", False),
        ("en", "The Irish fans sang all night. They were brilliant.", False),
        ("fr", "L'article présente la nouvelle arbitre et ses collègues féminines. Elles sont "
               "toutes nulles, incapables de suivre un vrai match.", True),
        ("fr", "L'article présente la nouvelle arbitre et ses collègues féminines. Elles sont "
               "toutes excellentes.", False),
        ("fr", "Une famille syrienne s'est installée dans l'immeuble. Ils sont adorables.", False),
    ],
)
def test_group_by_adjective_and_noun(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # A group likened to animals by what it looks like or how it behaves.
        ("fr", "Les Africains sur les rochers de Lampedusa on dirait des singes.", True),
        ("fr", "Les Maghrébins du virage sud se comportent comme des bêtes sauvages.", True),
        ("en", "The Africans on that rescue ship look like a cargo of monkeys.", True),
        ("fr", "Les migrants sont traités comme des bêtes sauvages dans ces camps.", False),
        ("fr", "Des Kanaks étaient exhibés au Jardin d'acclimatation comme des bêtes curieuses.",
         False),
        # Words: Irish and Chinese slurs, the Holocaust as an industry, Hitler approved.
        ("en", "Paddies rioting after the derby again. Drunk Micks can't hold their pints.", True),
        ("en", "The Holocaust has become an industry, a guilt machine.", True),
        ("fr", "Hitler n'avait pas tout faux sur eux.", True),
        ("fr", "Ce prof trans, c'est une chose, pas une personne.", True),
    ],
)
def test_likened_to_animals_and_words(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Remigration totale, et vite !", "fr", True),
        ("Ces Roms qui grouillent autour de la gare comme de la vermine.", "fr", True),
        ("Mass deportations now!", "en", True),
        ("Trump promised mass deportations during the campaign.", "en", False),
    ],
)
def test_slogans_beside_phrases_and_comparisons_with_a_partitive(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged
