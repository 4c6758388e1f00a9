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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # The body that publishes it, named in the sentence that shows the link.
        ("fr", "Les horaires d'été du réseau Tango sont en ligne sur le site de Tango : https://www.reseau-tango.fr"),
        ("fr", "Le dernier avis de l'Anses sur les nitrites : https://www.anses.fr"),
        ("en", "RNLI's own account of the rescue: https://rnli.org"),
        ("en", "Transport Scotland has the closure details: https://www.transport.gov.scot"),
        # A kind of page a reader points to.
        ("fr", "L'ordre du jour du conseil de jeudi est ici : https://www.ville-exemple.fr/conseil"),
        ("en", "The road closures for the marathon are posted here: https://www.racecity.example"),
        # A court's order is no shop's; a body named by its initials.
        ("en", "Full text of the ICJ order: https://www.icj-cij.org"),
        ("en", "The Commonwealth War Graves Commission lets you search every casualty by name: "
               "https://www.cwgc.org"),
    ],
)  # fmt: skip
def test_a_short_comment_that_says_what_its_link_holds_is_published(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A site named in its own advert still advertises: the bait gives it away.
        ("en", "Win a free tablet on Gadgetzone, just register here: https://gadgetzone.example.com"),
        ("fr", "Promo de printemps chez Bijoux Lumière : https://bijouxlumiere.example.fr"),
        # Keywords strung together for search engines, with no sentence in them.
        ("fr", "plombier nantes pas cher plombier urgence nantes fuite plombier nantes rapide"),
        ("en", "cheap flights dublin cheap flights cork best deals flights dublin cheap tickets"),
        # A shop's name made of keywords, and a number given with its comma.
        ("fr", "Vidange et pneus au meilleur prix garanti, garage-auto-pas-cher.example.fr"),
        ("fr", "Débarras de caves et greniers, appelez le 06 98 76 54 32, devis gratuit !"),
        ("fr", "Des huiles premium livrées chez vous, ajoute-moi sur Snap @huiles_zen_fr"),
        # An order to place is still an advert; initials spelling the shop's name too.
        ("en", "Order now and get two for one on every mattress: https://www.sleepwell.example"),
        ("en", "Best Bargain Deals Direct, order today: https://www.bbdd.example"),
    ],
)
def test_advertising_that_names_itself_or_strings_keywords_is_not_published(
    lang: str, text: str
) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Fake news that sends readers to a site, and scams that leave a contact.
        ("fr", "Ce que les médias vous cachent sur le vaccin : lisez vite sur "
               "verite-sante-libre.info avant que ce soit censuré !"),
        ("en", "The footage they don't want you to see: freedomwire.example, share before "
               "it's deleted"),
        ("en", "Need cash fast? Guaranteed approval, bad credit OK. Call +1 (555) 555-0142"),
        # Three offers and no link: still an advert.
        ("en", "Work from home, no experience needed, start here and earn daily!"),
    ],
)  # fmt: skip
def test_scams_and_fake_news_that_lead_somewhere_are_not_published(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Pour faire un don aux sinistrés, la Fondation de France : https://www.fondationdefrance.org"),
        ("en", "The 1911 census returns are free to read: https://www.census.nationalarchives.ie"),
        ("fr", "Les résultats bureau par bureau : https://www.resultats-elections.example.org"),
    ],
)
def test_donations_results_and_free_reading_are_sources(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Marabout sérieux, désenvoûtement et retour de l'être aimé, résultats garantis. "
               "Appelez le 00 225 07 12 34 56"),
        ("fr", "Carte de séjour rapide, paiement Western Union, appelez le 06 11 22 33 44"),
        ("en", "Send money home with zero fees, use code HOME20 at sendhome-fast.example.com"),
    ],
)  # fmt: skip
def test_marabouts_papers_and_remittance_offers_are_not_published(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


def test_a_string_of_bits_is_no_phone_number() -> None:
    assert action("Le message en binaire :\n0001011110010110\n0011100100101011", "fr") == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Aimbot indétectable pour Apex, 10€ le mois, tout est sur cheatz-apex.gg"),
        ("en", "Free V-Bucks, no human verification needed, claim yours at vbucks-now.gg"),
        ("en", "Official BTC giveaway: send 1 BTC, get 2 BTC back, address in bio"),
    ],
)
def test_game_cheats_and_crypto_doubling_are_not_published(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


def test_a_british_mobile_number_leads_somewhere() -> None:
    text = "Loft insulation fitted for £0, limited slots, call Dave on 07700 900123 today"
    assert action(text, "en") != "publish"


def test_a_devolved_government_page_is_a_source() -> None:
    text = "The Scottish Government's guidance on the new scheme: https://www.gov.scot/farming"
    assert action(text, "en") == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Found in review: a chant, a greeting, and a URL whose words ask nothing.
        ("en", "Allez Marseille allez Marseille allez Marseille"),
        ("en", "Happy birthday Grandma happy birthday grandma happy birthday grandma"),
        ("en", "The electoral roll deadline is Friday, details here: https://www.gov.uk/register-to-vote"),
    ],
)
def test_chants_greetings_and_public_pages_publish(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # A shop named by its user, and "gov" as a subdomain of a shop.
        ("en", "Glowskin is the serum that changed my skin, find it at https://glowskin.com"),
        ("en", "The details are at https://scheme.gov.boots4u.com"),
    ],
)
def test_self_promotion_and_borrowed_gov_names_are_not_sources(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Sales talk of several kinds (cheap, guaranteed, paid by PayPal) and a shop.
        ("fr", "Cours de maths en ligne pas chers, résultats garantis, paiement PayPal : "
               "maths-facile.example.fr"),
        # Earnings from home, and a chat to join.
        ("fr", "Gagnez 300€/semaine depuis votre canapé, sans expérience ! t.me/argentfacile"),
        # A North American number, no country code.
        ("en", "Work visa guaranteed, no refusal, pay deposit first. Call 212-555-0147"),
        # Search terms, then the shop's address: its dots end no sentence.
        ("fr", "plombier lyon pas cher plombier urgence lyon plombier dépannage nuit "
               "plombier lyon plombier-lyon.example.fr"),
        ("en", "plumber leeds cheap plumber emergency leeds plumber near me boiler "
               "plumber leeds plumbing-leeds.example.uk"),
        # Sales talk that asks to be contacted leads somewhere by itself.
        ("en", "Rent my verified courier account, $150/week, start today, DM me"),
        ("fr", "Prêt rapide malgré fichage, réponse en 24h : pret-express.example.net"),
        ("en", "I found the best coupons for every supermarket at savebig.example.info, "
               "check it out"),
        # Pirated works, and a shop that asks you to go there.
        ("fr", "Album complet de la Star Ac en mp3 320kbps, lien direct : mp3-gratuit.example.com"),
        ("fr", "Sacs de marque à 39€ livrés en 48h sur sacs-destock.example.fr, profitez-en"),
        # Medicine sold around the doctor, behind a link.
        ("fr", "Viagra et Cialis sans ordonnance, discret : pharma-discount.example.net"),
        ("en", "Miracle cure for diabetes, reversed in 30 days: natural-fix.example.com"),
        # A government's name on a domain it does not own.
        ("fr", "Remboursement d'impôts en attente, remplissez le formulaire avec votre "
               "IBAN : remboursement-impots-gouv.example.info"),
    ],
)
def test_offers_contacts_and_lookalike_domains_are_spam(lang: str, text: str) -> None:
    assert action(text, lang) != "publish"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # Two kinds of sales talk, but nowhere to go: a reader talking about a law.
        ("fr", "La pension minimum passe à 900 € par mois, c'est garanti par la loi "
               "d'après le ministère."),
        ("en", "Free school meals cost about £2 a day per child, and delivery to rural "
               "schools is guaranteed by the council."),
        ("fr", "Le billet ne coûte que 2 € de plus depuis janvier, la SNCF l'a confirmé, "
               "et le remboursement reste garanti."),
        # An official list, and a site named inside its domain ("the Booker Prize").
        ("en", "The festival's official list of winners: https://www.festival.example.org"),
        ("en", "The longlist is on the Booker Prize site: https://thebookerprizes.com/"),
        ("fr", "Les antibiotiques sont délivrés sans ordonnance dans certains pays, selon "
               "l'OMS : https://www.who.int/fr"),
        # A public body on its own domain.
        ("fr", "Toutes les aides au logement sont expliquées sur le site de la CAF : caf.fr"),
    ],
)
def test_talk_of_prices_and_public_bodies_own_sites_are_not_spam(lang: str, text: str) -> None:
    assert action(text, lang) == "publish"


@pytest.mark.parametrize(
    "text",
    [
        "Gagnez 3000€/semaine depuis chez vous, contactez-moi sur WhatsApp",
        "Earn £10k/month from your sofa, DM me",
        "Codes promo -30% et livraison en 48 h, paiement PayPal, garanti 100 %",
        "Crédit rapide malgré fichage, sans risque, appelez le 06 12 34 56 78",
        "Album complet mp3 320 kbps, téléchargement gratuit, lien direct",
        "Remède naturel, guéri en 30 jours, sans ordonnance, pharmacie en ligne",
        "Best price, cheap shipping within 24h, gift cards accepted",
        "Un commentaire ordinaire sur le budget de la commune et ses 200 € par habitant.",
        "",
    ],
)
def test_offer_triggers_find_what_the_patterns_find(text: str) -> None:
    from palabre.policies import offers

    slow = [kind for kind, pattern in offers._OFFER_KINDS if pattern.search(text)]
    assert offers.offer_kinds(text) == slow


def test_one_kind_of_sales_talk_behind_a_shop_address_is_held() -> None:
    from tests.unit.policies.support import action

    text = "Super article ! Au fait, j'ai trouvé des Ray-Ban à -80% sur lunettes-promo.shop"
    assert action(text) == "hold"
    assert action("Très bon article, je partage sur mon blog de cuisine.") == "publish"
