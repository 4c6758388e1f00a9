"""People called animals or pests: a crowd the sentence opens on, then what it is said
to be ("Les lascars du centre commercial, une meute de hyènes qui attend sa proie", "Les
supporters marseillais, des primates", "the lot at the match are vermin").

The group rules judge protected groups; these people are no group of the kind (youths,
rioters, fans, tenants), and calling them vermin still insults them. Held for the
editors as an insult. Rats in the cellar, a pack of wolves in the Alps and people
"treated like cattle" are left alone.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.predication import compared
from palabre.policies.sentences import Text
from palabre.policies.unnamed import SIMILE_ONLY, TREATED

#: Plural nouns of people that are no protected group.
_CROWDS = frozenset(map(squeeze, {
    "types", "mecs", "jeunes", "lascars", "emeutiers", "squatteurs", "dealers", "casseurs",
    "supporters", "manifestants", "gens", "clandos", "racailles", "voyous", "gamins",
    "gars", "individus", "habitants", "occupants", "locataires", "voisins", "touristes",
    "ultras", "hooligans", "militants", "grevistes", "automobilistes", "politiciens",
    "politicards", "elus", "fonctionnaires", "flics", "retraites", "boomers", "ceux",
    "guys", "lads", "blokes", "yobs", "thugs", "fans", "protesters", "rioters", "lot",
    "people", "junkies", "kids", "youths", "tourists", "neighbours", "neighbors", "tenants",
    "activists", "strikers", "drivers", "politicians", "cops", "pensioners", "those",
}))  # fmt: skip
#: Words that point at particular people, or place them.
_POINTING = frozenset(map(squeeze, {"ces", "those", "these", "cette", "ceux"}))
_PLACING = frozenset(map(squeeze, {
    "qui", "du", "de", "des", "d", "en", "au", "aux", "a", "dans", "devant", "sur", "pres",
    "at", "in", "on", "from", "who", "that", "near", "outside", "by", "around",
}))  # fmt: skip
#: Where the crowd may stand: the sentence's first words ("Les lascars du ...", "Ceux qui
#: ...", "The protesters ...").
_OPENING = 3
#: Words between the comma or copula and the animal: "une meute de", "de vraies", "ce
#: sont des", "a bunch of".
_LEAD = frozenset(map(squeeze, {
    "de", "des", "d", "du", "la", "l", "une", "un", "vrais", "vraies", "vrai", "vraie",
    "veritables", "veritable", "ce", "c", "sont", "est", "que", "rien", "meute", "horde",
    "troupeau", "colonie", "nuee", "essaim", "bande", "tas", "peuple", "are", "is", "a",
    "an", "just", "bunch", "pack", "herd", "swarm", "of", "real", "nothing", "but", "like",
    "comme", "they", "re", "all", "tous", "toutes", "basically", "juste", "plague",
}))  # fmt: skip
_COPULAS = frozenset(map(squeeze, {"sont", "est", "are", "is", "re"}))
#: Where a pack is a pack: "une meute de loups dans les Alpes".
_WILD = frozenset(map(squeeze, {"loups", "wolves", "alpes", "alps", "foret", "forest",
                                "savane", "savanna", "documentaire", "documentary"}))  # fmt: skip


def crowds(text: Text, analysis: Analysis) -> None:
    """One insult finding when a crowd of people is called animals or pests."""
    for m in text.scan.get("dehum"):
        if _excused(text, m):
            continue
        crowd = _crowd_before(text, m)
        if crowd is not None and (
            _linked(text, crowd, m) or compared(text.keys, Match("crowd", "", crowd, crowd + 1), m)
        ):
            analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.crowd", (m,)))
            return
        if m.entry not in SIMILE_ONLY and _then_the_lot(text, m):
            analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.crowd", (m,)))
            return


#: After an animal that opens the sentence, the people it is said of: "Parasites, the
#: lot of them, ...", "Des bêtes sauvages, voilà ce qu'ils sont".
_THE_LOT = frozenset(tuple(map(squeeze, p.split())) for p in (
    "the lot of", "all of them", "every one of", "every last one", "tous autant",
    "voila ce qu", "voila ce que",
))  # fmt: skip


def _then_the_lot(text: Text, m: Match) -> bool:
    keys, start = text.keys, text.sentence_start(m.first)
    if m.first - start > 2 or m.last >= len(keys) or "," not in text.gap(m.last):
        return False
    return any(tuple(keys[m.last : m.last + n]) in _THE_LOT for n in (3, 2))


def _excused(text: Text, m: Match) -> bool:
    if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
        return True
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    words = set(text.keys[start:end])
    # Not the literal cues of the group rules ("insecticide"): a crowd of people named
    # first, then called pests, is the insult whatever is done about the pests.
    return bool(_WILD & words or TREATED & set(text.keys[start : m.first]))


def _crowd_before(text: Text, m: Match) -> int | None:
    """The crowd the sentence opens on, when it is particular people: pointed at ("ces
    clandos") or placed ("les lascars du centre commercial", "the protesters blocking the
    bridge", "ceux qui débarquent"). A category said plainly ("Football fans are human
    garbage") is abuse of a group that is not protected, which a newsroom may publish."""
    keys = text.keys
    start = text.sentence_start(m.first)
    for i in range(start, min(m.first, start + _OPENING)):
        if keys[i] not in _CROWDS:
            continue
        pointed = keys[i] in _POINTING or (i > start and keys[i - 1] in _POINTING)
        after = keys[i + 1] if i + 1 < m.first else ""
        placed = after in _PLACING or after.endswith("ing")
        return i if pointed or placed else None
    return None


def _linked(text: Text, crowd: int, m: Match) -> bool:
    """The animal is what the crowd is said to be: after a comma or a copula, with only
    articles and collective nouns between ("..., une meute de hyènes", "... are vermin")."""
    keys = text.keys
    for i in range(m.first, crowd, -1):
        if keys[i - 1] in _COPULAS:
            return True  # every word from here to the animal was a lead word
        if "," in text.gap(i) or ":" in text.gap(i):
            return _apposition_ends(text, m)
        if keys[i - 1] not in _LEAD:
            return False
    return False


#: What may follow an apposed animal: "..., des primates qui ...", "..., vermin, the lot".
_TAIL = frozenset(map(squeeze, {"qui", "qu", "que", "who", "that", "the", "lot", "of", "them",
                                "all", "tous", "toutes", "rien", "d", "autre",
                                "en", "survet"}))  # fmt: skip


def _apposition_ends(text: Text, m: Match) -> bool:
    """After a comma the animal is what the crowd is when the apposition stops there or
    goes on about it ("..., une meute de hyènes qui attend sa proie"); not "Kids with
    skin infections, rats everywhere", a place."""
    keys, end = text.keys, text.sentence_end(m.first)
    i = m.last
    if i >= end or "," in text.gap(i):
        return True
    return keys[i] in _TAIL
