"""A group refused a role or a rank by the writer, and a negation that falls on the verb
calling a group something ("je ne considère pas les X comme des criminels")."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je ne pourrai jamais accepter les Arabes comme mes égaux.", "fr"),
        ("Je n'accepterai jamais un homosexuel comme professeur de mes enfants.", "fr"),
        ("I will never accept gay people as equals.", "en"),
        ("I don't want Jews teaching my kids.", "en"),
        ("I don't want women to run the country.", "en"),
    ],
)
def test_a_group_refused_a_role_or_a_rank_is_held(text: str, lang: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je n'accepterai jamais cette réforme comme une avancée.", "fr"),
        ("We don't want refugees to suffer.", "en"),
        ("I don't want Muslims blamed for this attack.", "en"),
        ("I don't want my taxes teaching kids nonsense.", "en"),
    ],
)
def test_refusing_a_thing_or_a_harm_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je ne considère pas les immigrés comme des criminels.", "fr"),
        ("Je ne vois pas les musulmans comme des terroristes.", "fr"),
        ("Je n'ai jamais considéré les juifs comme une menace.", "fr"),
        ("On ne peut pas qualifier les migrants de parasites.", "fr"),
        ("I don't see Muslims as terrorists.", "en"),
        ("I refuse to see gay people as sick.", "en"),
        ("We shouldn't treat refugees like criminals.", "en"),
    ],
)
def test_a_denied_way_of_seeing_a_group_is_published(text: str, lang: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Je ne vois pas les musulmans autrement que comme des terroristes.", "fr"),
        ("Je considère les immigrés comme des criminels.", "fr"),
        ("Je ne sais pas, je considère les immigrés comme des criminels.", "fr"),
        ("I see Muslims as terrorists.", "en"),
        ("Women are nothing but refuse.", "en"),
        ("Immigrants are human refuse.", "en"),
    ],
)
def test_seeing_a_group_so_is_still_flagged(text: str, lang: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Who honestly wants to sit next to a gypsy on the bus?", "en", True),
        ("Qui a envie de s'asseoir à côté d'un Rom dans le bus ? Franchement ?", "fr", True),
        ("Qui voudrait des Arabes comme voisins ?", "fr", True),
        ("Who would want to live next to a nuclear plant?", "en", False),
        ("Who wants to join the Muslims at the iftar dinner on Friday?", "en", False),
        ("She wore a gypsy skirt to the festival.", "en", False),
    ],
)
def test_a_question_that_takes_for_granted_no_one_wants_them_near(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("Les trans, un danger pour les enfants ? Absolument pas.", "fr", False),
        ("Are Muslims terrorists? Of course not.", "en", False),
        ("Are Muslims terrorists? Of course they are.", "en", True),
        ("Les trans, un danger pour les enfants ? Évidemment. Ouvrez les yeux.", "fr", True),
        ("It's not the Jews who control the banks, that's a centuries-old myth.", "en", False),
        ("Ce n'est pas les migrants qui font monter le chômage, c'est la crise.", "fr", False),
        ("It's the Jews who control the banks, not the Swiss.", "en", True),
        ("Quelle honte de voir des « dehors les musulmans » sous chaque article !", "fr", False),
        ("Since the Afghan families arrived, the fete has never been livelier.", "en", False),
    ],
)
def test_claims_answered_no_denied_in_a_cleft_or_shamed(
    text: str, lang: str, flagged: bool
) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("I'd be okay with Muslims if they weren't such massive scumbags.", "en", True),
        ("N'oubliez pas que les Roms restent des parasites.", "fr", True),
        ("N'oubliez pas que les Roms ne sont pas des voleurs.", "fr", False),
        ("Don't forget that Muslims are not terrorists.", "en", False),
        ("It's not so much that Muslims are violent, it's that the police are absent.", "en",
         False),
    ],
)
def test_negations_that_assert(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("I would never be treated by a black doctor.", "en", True),
        ("Je ne serai jamais soigné par un Noir.", "fr", True),
        ("I have never been treated by a Muslim doctor, but I would be happy to.", "en", False),
        ("Je n'ai jamais été opéré par une femme chirurgienne, c'était une première.", "fr",
         False),
    ],
)
def test_refused_as_the_one_who_treats_or_teaches(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
