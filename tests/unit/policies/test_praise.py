"""A word of praise excuses a group only when it praises the group."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Praise of the article, then what is said of the group.
        ("en", "Nice piece. Of course the Travellers back the strike, they've always had "
               "the utmost regard for other people's property."),
        ("fr", "Une femme à la tête de la police, on verra bien combien de temps elle tient."),
    ],
)
def test_praise_of_something_else_does_not_excuse_the_group(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Bravo aux homos qui font vivre nos quartiers, on vous doit beaucoup."),
        ("en", "Lovely to see so many Muslim families at the fair, great atmosphere all day."),
        ("en", "It's not true that lesbians can't be good mothers, my two mums are proof."),
        ("en", "it's not true that gay people cant be good parents. my two dads are proof."),
        # Thanks for the article open the comment sincerely; the question is a question.
        ("fr", "Merci pour cet article. Une question : les horaires réservés aux familles "
               "musulmanes seront-ils maintenus ?"),
    ],
)
def test_praise_of_the_group_and_thanks_for_the_article_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text", "held"),
    [
        # Thanks addressed to people for a deed, or to the newsroom for its work.
        ("fr", "Bravo aux bénévoles de la synagogue qui ont servi 300 repas cette nuit 🙏", False),
        ("en", "Lovely feature on the Somali women's football club, great photos.", False),
        # The same opening, with a laugh, a question or a wink: mock praise.
        ("fr", "Bravo aux Comoriens pour leur contribution à la sécurité, on leur donne une "
               "médaille ?", True),
        ("en", "Great, a Muslim mayor. Can't wait for the prayer mats in the town hall 😂", True),
    ],
)
def test_thanks_to_people_for_a_deed_is_no_mock_praise(lang: str, text: str, held: bool) -> None:
    assert (action(text, lang) != "publish") is held


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        # Qualities denied to a whole group.
        ("fr", "Un musulman ne peut pas être un bon citoyen, c'est incompatible.", True),
        ("fr", "Les migrants ne seront jamais intégrés, ils n'en ont pas la capacité.", True),
        ("fr", "Aucun Asiatique ne sera jamais vraiment français.", True),
        ("en", "A Muslim can never be a loyal citizen of this country.", True),
        ("en", "Immigrants don't contribute a single useful thing to this country.", True),
        # Not yet, a denied denial, praise.
        ("fr", "Les réfugiés ukrainiens ne sont pas encore intégrés, faute de cours.", False),
        ("fr", "Ce n'est pas vrai que les musulmans ne peuvent pas être de bons citoyens.", False),
        ("en", "Many refugees are not yet integrated, there are no language classes.", False),
        ("en", "Muslims are loyal citizens like everyone else.", False),
    ],
)
def test_qualities_denied_to_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("lang", "text", "flagged"),
    [
        ("fr", "Les Roms n'ont jamais travaillé de leur vie.", True),
        ("fr", "Les Gazaouis n'ont jamais rien construit ni rien créé.", True),
        ("en", "Travellers have never worked a day in their lives.", True),
        ("fr", "Mon grand-père n'a jamais travaillé le dimanche.", False),
        ("en", "My dad never worked a day after the accident.", False),
    ],
)
def test_work_denied_to_a_group(lang: str, text: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged


@pytest.mark.parametrize(
    ("text", "lang", "flagged"),
    [
        ("C'est connu, sans les travailleurs immigrés le BTP s'arrêterait demain matin.", "fr",
         False),
        ("Sans les immigrés travailleurs, on vivrait mieux.", "fr", True),
    ],
)
def test_without_them_it_would_stop(text: str, lang: str, flagged: bool) -> None:
    assert (action(text, lang) != "publish") is flagged
