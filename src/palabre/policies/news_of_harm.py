"""Harm named where it threatens no one: a crime reported ("un homme a été interpellé
avec un couteau ; une enquête est ouverte"), or what a state does to a state ("c'est le
Kremlin qu'il faudrait frapper", "l'ambassadeur expulsé"); and the one shape where no
word names it at all, a weapon's emoji at someone ("tu finiras comme la prof 🔪")."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text
from palabre.policies.vocative import HANDLE, SECOND_PERSON

#: Words of a report of a crime, and the people it speaks to, which a report has none of.
_INQUIRY = frozenset(map(squeeze, {"enquete", "parquet", "interpelle", "interpellee",
                                   "tribunal", "proces", "investigation", "inquiry",
                                   "arrested", "court", "retrouve", "blesse"}))  # fmt: skip
_SPEAKING = frozenset(map(squeeze, {"je", "j", "on", "nous", "tu", "t", "te", "toi", "vous",
                                    "i", "we", "you", "ton", "ta", "your"}))  # fmt: skip

#: What a state does to a state: strike its regime, expel its diplomats and spies.
_STATES = frozenset(map(squeeze, {"kremlin", "regime", "politique", "ambassadeur",
                                  "ambassadrice", "diplomates", "agents", "espions",
                                  "ambassade", "policy", "embassy", "ambassador",
                                  "diplomats", "spies", "junta", "junte"}))  # fmt: skip
_STATECRAFT = tuple(map(squeeze, ("expuls", "frapp", "attaqu", "sanction", "expel", "strike",
                                  "hit", "attack", "target", "vis")))  # fmt: skip


def at_a_state(text: Text, m: Match) -> bool:
    """The harm's object, a few words before or after it, is a regime, a policy or a
    state's agents."""
    keys = text.keys
    if not keys[m.first].startswith(_STATECRAFT):
        return False  # "pendre l'ambassadeur" is a threat to a man
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    return bool(_STATES.intersection(keys[max(start, m.first - 4) : min(end, m.last + 3)]))


def news_of_it(text: Text, m: Match) -> bool:
    """The comment reports a crime (an inquiry, an arrest) and speaks to no one and for
    no one: "Un homme a été interpellé avec un couteau ; une enquête est ouverte"."""
    keys = text.keys
    return bool(_INQUIRY.intersection(keys)) and not _SPEAKING.intersection(keys)


_WEAPONS = ("🔪", "🔫", "🪓", "🗡")
#: A knife in a recipe or a kitchen is a knife.
_KITCHEN = frozenset(map(squeeze, {"recette", "cuisine", "oignon", "oignons", "couper",
                                   "decouper", "recipe", "kitchen", "chop", "onion", "onions",
                                   "steak", "viande", "meat", "legumes"}))  # fmt: skip


def weapon_at_someone(text: Text) -> bool:
    """A weapon's emoji in a comment that speaks to someone, not about cooking."""
    original = text.scan.normalized.original
    if not any(w in original for w in _WEAPONS):
        return False
    at_someone = bool(HANDLE.search(original)) or not SECOND_PERSON.isdisjoint(text.keys)
    return at_someone and _KITCHEN.isdisjoint(text.keys)
