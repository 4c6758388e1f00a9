"""Those who do it: "Ceux qui attaquent les musulmans sont des lâches", "People who want to
kill gay people are criminals", "Les gens qui traitent les Roms de voleurs me dégoûtent".

The group named inside a relative clause whose head is "those", "people", "ceux", "les
gens" is what they do it to, and what the sentence then says ("sont des lâches", "are
criminals") is said of the doers. The violence in that clause is theirs, described, not
wished by the writer.
"""

from __future__ import annotations

from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Heads of a relative clause that name doers, not the group: "ceux qui", "those who".
_DOERS = frozenset(map(squeeze, {
    "ceux", "celles", "celui", "celle", "gens", "personnes", "quiconque", "those", "people",
    "anyone", "whoever", "ones", "folks", "men", "guys", "individus", "types", "mecs",
}))  # fmt: skip
_RELATIVE = frozenset(map(squeeze, {"qui", "who"}))  # not "that": "clear to people that ..."
#: What closes the clause: its main verb ("sont", "are", "devraient", "should").
_MAIN_VERBS = frozenset(map(squeeze, {
    "sont", "est", "seront", "devraient", "doivent", "meritent", "are", "is", "were",
    "should", "must", "deserve", "me", "make", "font",
}))  # fmt: skip
#: How far the relative pronoun may stand before the word.
_REACH = 7


def in_doers_clause(text: Text, at: int) -> bool:
    """Whether token ``at`` lies inside "those who ..." before the clause's main verb."""
    keys = text.keys
    start = text.sentence_start(at)
    for r in range(at - 1, max(start, at - _REACH) - 1, -1):
        if "," in text.gap(r + 1):
            return False  # "celles qui protestent, on les enferme": a clause of its own
        if keys[r] in _MAIN_VERBS and r > start:
            return False  # the clause closed before the word: "ceux qui ... sont X"
        if keys[r] in _RELATIVE and r > start and keys[r - 1] in _DOERS:
            return True
    return False
