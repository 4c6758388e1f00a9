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
