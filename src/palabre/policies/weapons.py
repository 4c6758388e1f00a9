"""Threats that name their weapon: "ma carabine est chargée et j'ai l'adresse du député",
"on les attend à la gare avec des barres de fer", "a crowbar to the knees".

A weapon in a comment is usually news ("l'agresseur était armé d'un couteau"). It threatens
when the comment looks ahead (a condition, a future, a wish, "next time") and points at
people or a place: a role, a group, a name, "you", "them". Held for the editors, never
rejected: the editors tell a threat from a hunting story.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_WEAPONS = frozenset(map(squeeze, {
    "fusil", "fusils", "carabine", "carabines", "flingue", "flingues", "pistolet",
    "kalach", "kalachnikov", "balle", "balles", "plomb", "chevrotine", "machette",
    "machettes", "couteau", "couteaux", "cutter", "batte", "battes", "molotov", "bombe",
    "bombes", "explosifs", "jerrican", "jerricane", "bidon", "essence", "allumette",
    "gun", "guns", "rifle", "rifles", "shotgun", "shotguns", "pistol", "bullet", "bullets",
    "knife", "knives", "machete", "bat", "bats", "crowbar", "crowbars", "iron", "irons",
    "petrol", "diesel", "gasoline", "molotovs", "bomb", "bombs", "explosives", "match",
}))  # fmt: skip
#: Weapons of two words, by their last word: "barres de fer", "tire irons".
_WEAPON_PAIRS = frozenset((squeeze(a), squeeze(b)) for a, b in (
    ("barres", "fer"), ("barre", "fer"), ("tire", "irons"), ("tire", "iron"),
    ("baseball", "bat")))  # fmt: skip
#: Words before a weapon that make it one in hand: "avec des barres de fer", "à coups de
#: machette", "with a crowbar", "ma carabine", "I've got a shotgun", "mettez une bombe".
#: Not "une bombe sur l'aile gauche", "le plat du couteau".
_IN_HAND = frozenset(map(squeeze, {
    "avec", "coups", "with", "mon", "ma", "mes", "my", "our", "notre", "nos", "got",
    "mettez", "mettre", "poser", "posez", "put", "plant", "allume", "light", "prend",
    "prendra", "takes", "take", "sortir", "sortez", "ramenez", "bring", "getting", "get",
}))  # fmt: skip
_ARTICLES = frozenset(map(squeeze, {"un", "une", "des", "de", "du", "le", "la", "les", "l",
                                    "a", "an", "the", "some", "few", "d"}))  # fmt: skip


def _in_hand(keys: list[str], first: int) -> bool:
    """Whether the weapon starting at token ``first`` is in someone's hand."""
    j = first - 1
    while j >= 0 and keys[j] in _ARTICLES and j > first - 4:
        j -= 1
    return j >= 0 and keys[j] in _IN_HAND


_PAIR_ENDS = frozenset(last for _, last in _WEAPON_PAIRS)
#: The comment looks ahead: a condition, a future, a turn to come.
_AHEAD = frozenset(map(squeeze, {
    "si", "s", "if", "next", "prochaine", "prochain", "will", "gonna", "going", "va",
    "vais", "vont", "allons", "attend", "attendra", "attendrons", "waiting", "wait",
    "demain", "tomorrow", "tonight", "samedi", "saturday", "bientot", "soon",
    "keep", "continue", "continuez", "again", "encore", "mettez", "posez", "ramenez", "sortez",
    "bring", "put", "plant",
}))  # fmt: skip
#: "'ll" is squeezed to "l", as French "l'" is: it looks ahead only after an English subject.
_ENGLISH_SUBJECTS = frozenset({"i", "you", "u", "he", "she", "we", "they", "it"})


def _looks_ahead(keys: list[str], lo: int, end: int) -> bool:
    return any(keys[k] in _AHEAD or (keys[k] == "l" and k > 0 and keys[k - 1] in _ENGLISH_SUBJECTS)
               for k in range(lo, end))  # fmt: skip


_VICTIMS = frozenset(map(squeeze, {"victime", "victimes", "victim", "victims", "blesse",
                                   "blessee", "wounded", "injured"}))  # fmt: skip

#: Words that point at people: "you", "them", a role, a group.
_AT_PEOPLE = ("second_person", "role", "person_noun", "identity", "identity_adj", "worship")
_AT_THEM = frozenset(map(squeeze, {"les", "le", "la", "l", "lui", "them", "him", "her",
                                   "you", "u", "te", "t", "vous"}))  # fmt: skip
#: A match of sport, a hunt or a kitchen: weapons' words in their own trades.
_TRADES = frozenset(map(squeeze, {
    "chasse", "chasseur", "chasseurs", "hunting", "hunter", "hunters", "gibier", "sanglier",
    "sangliers", "cuisine", "recette", "recipe", "kitchen", "cricket", "baseball", "match",
    "matchs", "stade", "game", "innings", "film", "serie", "jeu", "roman", "novel",
}))  # fmt: skip


def armed(text: Text, analysis: Analysis, names: bool) -> None:
    """A weapon named in a sentence that looks ahead and points at people."""
    keys = text.keys
    scan = text.scan
    if _TRADES.intersection(keys):
        return  # a hunt, a kitchen, a match: weapons' words in their own trades
    for i, key in enumerate(keys):
        if key not in _WEAPONS and key not in _PAIR_ENDS:
            continue  # most words: nothing more to compute
        # "tire irons", "barres de fer": the weapon's first word one or two words back.
        size = next((n for n in (1, 2) if i >= n and (keys[i - n], key) in _WEAPON_PAIRS), 0)
        if key not in _WEAPONS and not size:
            continue
        if key == "match" and not {"one", "une"}.intersection(keys[max(0, i - 1) : i]):
            continue  # "one match, one can of diesel", not "the match"
        if key != "match" and not _in_hand(keys, i - size):
            continue
        start, end = text.sentence_start(i), text.sentence_end(i)
        # This sentence, the end of the one before and the one after ("Ma carabine est
        # chargée. Qu'il continue comme ça.").
        lo, hi = max(0, start - 12), text.sentence_end(end) if end < len(keys) else end
        if not _looks_ahead(keys, lo, hi):
            continue
        if text.in_sentence("cleared", i) or _VICTIMS.intersection(keys[start:end]):
            continue  # "Selon le parquet, la victime a reçu des coups de couteau": news
        people = names or bool(_AT_THEM.intersection(keys[start:end])) or any(
            lo <= m.first < end for n in _AT_PEOPLE for m in scan.get(n)
        )
        negated = any(n.first < i for n in text.in_sentence("negation", i))
        if people and not negated and not text.quoted[i] and not text.counter_in_sentence(i):
            analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.armed", ()))
            return
