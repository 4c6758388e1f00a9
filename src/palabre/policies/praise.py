"""Whether a word of praise near a group praises the group.

A positive statement about a group ("X are wonderful neighbours") is never flagged, and
it keeps a model that reads only the group's name from overruling it. But most words of
praise in a comment praise something else: the article ("Merci pour cet article"), an
idea, or they are adverbs and formulas ("on le voit bien", "good luck"). Counted as
praise of the group, they excused what the comment went on to say of it.
"""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.predication import said_of
from palabre.policies.sentences import NEGATING, Text

#: Words that praise whatever they stand near ("respect", "fier d'avoir des X").
_KEEPS = frozenset({"respect", "fier d avoir", "vivre"})
_WHO = frozenset(map(squeeze, {"qui", "who", "that"}))
#: "on le voit bien", "vous savez bien": after these, "bien" is an adverb.
_KNOWING = frozenset(map(squeeze, {"voit", "vois", "voyez", "voient", "sait", "sais", "savez",
                                   "savent", "comprend", "devine", "doute", "demande",
                                   "verra", "fait", "faut"}))  # fmt: skip
#: Negations written without their apostrophe.
_CONTRACTED = frozenset(map(squeeze, {"cant", "dont", "wont", "isnt", "arent", "doesnt",
                                      "didnt", "wasnt", "werent", "shouldnt"}))  # fmt: skip


def praise_elsewhere(text: Text, m: Match, targets: list[Match]) -> bool:
    """Praise said of something else than the group: the article, an idea, a formula."""
    if m.entry in _KEEPS:
        return False
    if m.first and text.keys[m.first - 1] in _KNOWING:
        return True
    keys = text.keys
    return not any(said_of(keys, (t.first, t.last), (m.first, m.last))
                   or (0 < t.first - m.last <= 2 and text.same_sentence(m.first, t.first))
                   or _in_their_clause(text, t, m)
                   for t in targets)  # fmt: skip


def twice_denied(text: Text, m: Match) -> bool:
    """ "It's not true that gay people can't be good parents": a denied denial; or a
    praise not denied but not come yet: "ne sont pas encore intégrés", "not yet"."""
    if NOT_YET.intersection(text.keys[max(0, m.first - 3) : m.first]):
        return True
    return any(c.last <= m.first
               and any(k in NEGATING or k in _CONTRACTED for k in text.keys[c.last : m.first])
               for c in text.in_sentence("neg_clause", m.first))  # fmt: skip


#: "pas encore", "not yet": a quality deferred, not denied.
NOT_YET = frozenset(map(squeeze, {"encore", "yet"}))


def _in_their_clause(text: Text, t: Match, m: Match) -> bool:
    """ "les X qui font vivre nos quartiers", "X who run the best shops": praise in a
    relative clause whose subject is the group."""
    between = text.keys[t.last : m.first]
    return (0 < len(between) <= 4 and between[0] in _WHO
            and not any("," in text.gap(i) for i in range(t.last, m.first + 1)))  # fmt: skip

