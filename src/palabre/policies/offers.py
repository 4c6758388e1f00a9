"""Sales talk: the kinds of words an offer is made of, whatever the product.

Word lists name products and phrases one by one ("livraison gratuite", "code promo");
spam changes product every week. What stays is the shape of an offer: a price or an
earning, a discount, a guarantee, a delivery, a way to pay, easy money, a call to get in
touch. One kind alone is ordinary news talk; several in one comment make an offer.
"""

from __future__ import annotations

import re

#: Kinds of sales talk, each a pattern: one alone is ordinary news talk ("200 € par
#: mois", "livraison"); two or more in one comment make an offer.
_OFFER_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("earnings", r"\d+\s?k?\s?(?:€|\$|£|euros?|dollars?)\s?(?:/|par |per |a |an )\s?"
                     r"(?:jour|semaine|mois|heure|day|week|month|hour|h)\b"
                     r"|[$£€]\s?\d+(?:[.,]\d+)?\s?k?\s?(?:/|per |a )\s?(?:day|week|month|hour)\b"),
        # Medicines sold around the doctor, and cures that promise too much.
        ("pharma", r"\bsans ordonnance\b|\bwithout (?:a )?prescription\b|\bno prescription\b"
                   r"|\bpharmacie en ligne\b|\bonline pharmacy\b|\brem[èe]de naturel\b"
                   r"|\brem[èe]de miracle\b|\bmiracle cure\b|\bnatural cure\b"
                   r"|\bgu[ée]ri(?:t|r|son)? (?:en|in) \d+ (?:jours|days|semaines|weeks)\b"),
        # Pirated works: the file's format, or "full album" for free.
        ("piracy", r"\b320\s?kbps\b|\bmp3\b|\bfull (?:album|movie)\b|\b(?:film|album) complet\b"
                   r"|\bt[ée]l[ée]chargement gratuit\b|\bfree download\b|\bleaked album\b"
                   r"|\blien direct\b|\bstreaming gratuit\b"),
        ("discount", r"-\s?\d{1,2}\s?%|\b\d{1,2}\s?% (?:de r[ée]duction|de remise|off)\b"
                     r"|\bcodes? promos?\b|\bpromo codes?\b|\bdiscount\w*|\bsoldes\b"
                     r"|\bcoupons?\b|\bbons? plans?\b"),
        # A price asked, not one reported: "à partir de 499 €", "only $19".
        ("price", r"(?:[àa] partir de|d[èe]s|from|only|seulement|just|[àa]) "
                  r"(?:[$£€]\s?\d+|\d+(?:[.,]\d+)?\s?(?:€|euros?|\$|£))"),
        ("credit", r"\bcr[ée]dit (?:rapide|facile|sans|malgr[ée])|\bpr[eê]t (?:rapide|sans|"
                   r"entre particuliers)|\bfichage\b|\binterdit bancaire\b|\bquick loans?\b"
                   r"|\bbad credit\b|\bpayday loans?\b"),
        ("guarantee", r"\bgaranti\w*|\bguarantee\w*|\b100\s?%|\bsans risque\b"
                      r"|\brisk[- ]free\b|\bno refusal\b|\bsans refus\b"),
        ("delivery", r"\blivraison\b|\bdelivery\b|\bshipping\b|\bexp[ée]di[ée]\w*"
                     r"|\b(?:en|in|within|sous) (?:24|48|72)\s?h"),
        ("cheap", r"\bpas chers?\b|\bcheap\w*|\blow[- ]cost\b|\bprix bas\b"
                  r"|\bmeilleurs? prix\b|\bbest prices?\b|\bprix imbattables?\b"),
        ("payment", r"\bpaypal\b|\biban\b|\bwestern union\b|\bgift ?cards?\b"
                    r"|\bcartes? cadeaux?\b|\bbitcoin\b|\busdt\b|\bpaiement\b"
                    r"|\bpay (?:a )?deposit\b|\bacompte\b"),
        ("easy", r"\bsans (?:aucune )?exp[ée]rience\b|\bno experience\b|\bfrom home\b"
                 r"|\bdepuis (?:votre|ton|chez) (?:canap[ée]|vous|toi)\b"
                 r"|\bfrom your (?:couch|sofa|dorm)"
                 r"|\b[àa] domicile\b|\bsans (?:aucun )?cours\b|\bsans passer\b"
                 r"|\bwithout (?:sitting|taking|studying)\b"),
        ("contact", r"\btexto au\b|\bcontact(?:ez)?(?: moi| nous)?\s?:|\bcheck it out\b"
                    r"|\bvaut le d[ée]tour\b|\bprofitez[- ]en\b|\ballez sur\b|\bfree here\b"
                    r"|\bcall (?:us |me )?(?:on |at )?\+?\d"
                    r"|\bappelez\b|\bappeler? (?:le|au) \+?\d|\bdm (?:me|moi|us)?\b"
                    r"|\bemail (?:us|me)\b|\binbox me\b"
                    r"|\b[ée]crivez(?:-| )(?:nous|moi)\b"),
    )
)  # fmt: skip


#: Per kind (the names of ``_OFFER_KINDS``), strings one of which any match holds, in
#: lowercase: the pattern runs only when one is there.
_TRIGGERS: dict[str, tuple[str, ...]] = {
    "earnings": ("€", "$", "£", "euro", "dollar"),
    "pharma": ("ordonnance", "prescription", "pharmac", "remede", "remède", "miracle",
               "natural cure", "guéri", "gueri"),
    "piracy": ("kbps", "mp3", "full ", "complet", "gratuit", "download", "leaked", "lien direct",
               "streaming"),
    "discount": ("%", "promo", "discount", "solde", "coupon", "bon plan", "bons plan"),
    "price": ("€", "$", "£", "euro"),
    "credit": ("crédit", "credit", "prêt", "pret", "fichage", "bancaire", "loan"),
    "guarantee": ("garanti", "guarantee", "100%", "100 %", "sans risque", "risk", "refus"),
    "delivery": ("livraison", "delivery", "shipping", "expédi", "expedi", "24h", "24 h", "48h",
                 "48 h", "72h", "72 h"),
    "cheap": ("pas cher", "cheap", "low cost", "low-cost", "prix", "price"),
    "payment": ("paypal", "iban", "western", "gift", "cadeau", "bitcoin", "usdt", "paiement",
                "deposit", "acompte"),
    "easy": ("expérience", "experience", "from home", "depuis chez", "depuis votre",
             "depuis ton", "from your", "domicile",
             "aucun cours", "sans cours", "sans passer", "without"),
    "contact": ("texto", "contact", "check it", "détour", "detour", "profitez", "allez sur",
                "free here", "call ", "appelez", "appeler", "appelle le", "appelle au", "dm ",
                "dm,", "email", "inbox", "crivez"),
}  # fmt: skip


#: Every trigger, for the test that rules most comments out at once.
_ALL_TRIGGERS = frozenset(t for ts in _TRIGGERS.values() for t in ts)


def offer_kinds(text: str) -> list[str]:
    """The kinds of sales talk in ``text``, each named once."""
    lower = text.lower()
    # Substring tests: a fraction of a pattern's search, and most comments hold none.
    if not any(map(lower.__contains__, _ALL_TRIGGERS)):
        return []
    return [kind for kind, pattern in _OFFER_KINDS
            if any(t in lower for t in _TRIGGERS[kind]) and pattern.search(text)]  # fmt: skip


#: "DM me", "texto au ...": sales talk that asks to be contacted leads somewhere itself.
CONTACT = "contact"
#: A pirated file, or medicine sold around the doctor: behind a link, an offer on its own.
PIRACY = "piracy"
PHARMA = "pharma"
