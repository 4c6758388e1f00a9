"""Advertising and citing: an offer that leads to a link or a contact is spam, a reader
who links an institution's report is not."""

from __future__ import annotations

import pytest

from tests.unit.policies.support import action


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Montres de luxe pas chères, livraison gratuite, -70% aujourd'hui seulement : "
            "www.montres-discount.example.ch",
        ),
        (
            "fr",
            "Rencontres coquines près de chez toi 😘 des célibataires t'attendent "
            "www.rencontres.example.be",
        ),
        (
            "en",
            "Best SEO services in Toronto, rank #1 on Google in 30 days. DM for packages "
            "seo-pros.example.ca",
        ),
        ("en", "Great article! Cheap Ray-Ban sunglasses at shades.example.shop, today only"),
    ],
)
def test_an_offer_with_a_link_is_held_or_rejected(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Unia a publié son rapport annuel sur les discriminations en Belgique, très "
            "instructif : https://www.unia.be",
        ),
        (
            "en",
            "The full Supreme Court judgment is on their site if you'd rather read it "
            "than the summary: https://www.supremecourt.uk",
        ),
        (
            "en",
            "The Statistics Canada report is worth a read: https://www150.statcan.gc.ca, "
            "the article only covers one table.",
        ),
        # Offers without anywhere to go are talk about offers.
        ("fr", "La livraison gratuite a tué les petits commerces du centre-ville."),
        ("en", "Free delivery is why the high street is dying, today only matters to them."),
        # "% off" once read as "of" in every comment.
        ("en", "What a bunch of clowns run this council, most of them anyway."),
    ],
)
def test_a_source_or_a_word_about_offers_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


def test_a_long_comment_that_says_what_its_link_holds_cites_a_source() -> None:
    cited = (
        "The full judgment in the Kearney case is published here if you'd rather read it "
        "than the headlines: https://www.courts.example.ie/judgments"
    )
    promoted = "Hey guys I make music, please listen to my new track at soundcloud.com/djxyz"
    assert action(cited, "en") == "publish"
    assert action(promoted, "en") != "publish"
