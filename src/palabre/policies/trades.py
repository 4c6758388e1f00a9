"""People named by their trade with a group's adjective: "Polish fruit pickers", "a Jewish
producer", "banquiers juifs", "une humoriste musulmane". No list can hold every trade;
the noun's ending says it names people who do something."""

from __future__ import annotations

from palabre.policies.normalize import squeeze

#: Endings of plural nouns for people who do something: pickers, traders, livreurs,
#: commerçants, banquiers. Not nouns that merely end so: "others", "numbers".
_TRADE_ENDINGS = ("ers", "eurs", "euses", "ants", "antes", "iers", "ieres", "istes", "ists")
_NOT_TRADES = frozenset(map(squeeze, {
    "others", "numbers", "centers", "centres", "papers", "matters", "letters", "waters",
    "orders", "borders", "leaders", "members", "answers", "powers", "quarters", "restaurants",
    "ailleurs", "plusieurs", "leurs", "meilleurs", "moeurs", "valeurs", "couleurs", "honneurs",
    "heures", "dernieres", "premieres", "premiers", "derniers", "entiers", "quartiers",
    "papiers", "dossiers", "chantiers", "metiers", "importants", "differents", "enfants",
    "parents",
}))  # fmt: skip


#: One person of a trade, after "a"/"un": "a Jewish producer", "une humoriste musulmane".
_ONE_ENDINGS = ("er", "eur", "euse", "iste", "ist", "or", "ian", "ienne", "ien")
_NOT_ONE = frozenset(map(squeeze, {"border", "water", "center", "centre", "paper", "number",
                                   "order", "letter", "matter", "power", "quarter", "meilleur",
                                   "valeur", "couleur", "honneur", "heure", "other", "never",
                                   "ever", "however", "after", "under", "over", "rather",
                                   "better", "bien", "rien", "lien", "chien", "moyen",
                                   "ancien", "mien", "tien", "sien", "quotidien", "soutien",
                                   "entretien", "liste", "piste", "floor", "door", "color",
                                   "colour", "flavor", "flavour", "restaurant"}))  # fmt: skip
_ONE = frozenset(map(squeeze, {"a", "an", "un", "une", "another"}))


def trade_span(keys: list[str], first: int, last: int) -> tuple[int, int] | None:
    """The group's adjective at ``first:last`` and the trade it qualifies, as one span:
    "Polish fruit pickers", "a Jewish producer" (the noun after), "banquiers juifs",
    "une humoriste musulmane" (the noun before). None when no trade is there. Plural
    endings say the noun is people; a singular one needs "a"/"un" before it."""
    one = first >= 1 and keys[first - 1] in _ONE
    after = _trade_after(keys, last) or (one and _trade_after(keys, last, one=True))
    if after:
        return first, after
    one_before = first >= 2 and keys[first - 2] in _ONE
    plural_before = first >= 1 and _trade_after(keys, first - 1, reach=1)
    if plural_before or (one_before and _trade_after(keys, first - 1, reach=1, one=True)):
        return first - 1, last
    return None


def _trade_after(keys: list[str], i: int, reach: int = 2, *, one: bool = False) -> int:
    """The end of a plural noun for people at token ``i`` or ``i + 1`` ("fruit pickers"),
    or of a singular one when ``one`` (after "a", "un"), or 0."""
    endings, stop = (_ONE_ENDINGS, _NOT_ONE) if one else (_TRADE_ENDINGS, _NOT_TRADES)
    for j in range(i, i + reach):
        key = keys[j] if j < len(keys) else ""
        if len(key) >= 5 and key.endswith(endings) and key not in stop:
            return j + 1
    return 0
