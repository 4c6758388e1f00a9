"""A deed or a trait called typical of a group: "Typical woman, can't handle a bit of
criticism", "Typical Muslim behaviour", "So typical of women to cry when they lose",
"C'est typique des Roms, ça".

"Typical" then the group, closed off by a comma or the sentence's end, by "behaviour",
or by "to" and the deed: what one did is made the group's nature. Not the statistician's
"a typical Muslim family spends ..." (an average member, a noun after the group). Held
for the editors; not when the comment quotes, reports or denies it, or asks.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_TYPICAL = frozenset(map(squeeze, {"typical", "typically", "typique", "typiquement"}))
#: What may stand between "typical" and the group: "typical of a", "typique des".
_LEADS = frozenset(map(squeeze, {"of", "a", "an", "the", "d", "de", "des", "du", "un",
                                 "une", "les", "so"}))  # fmt: skip
#: What makes the group's name a verdict: "behaviour", "mentality", "to" with a deed.
_VERDICT = frozenset(map(squeeze, {
    "behaviour", "behavior", "behaviours", "mentality", "attitude", "move", "logic",
    "comportement", "mentalite", "reaction", "to", "de", "d", "ca", "that",
    "again", "encore",
}))  # fmt: skip
_REACH = 3


def typical(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """One finding for the first group a deed or a trait is called typical of."""
    keys = text.keys
    for t in groups:
        start = text.sentence_start(t.first)
        lead = next((i for i in range(t.first - 1, max(start, t.first - _REACH) - 1, -1)
                     if keys[i] in _TYPICAL), None)  # fmt: skip
        if lead is None or not _LEADS.issuperset(keys[lead + 1 : t.first]):
            continue
        end = text.sentence_end(t.first)
        closed = t.last >= end or "," in text.gap(t.last) or keys[t.last] in _VERDICT
        if not closed or text.question[text.sentence[t.first]]:
            continue
        m = Match("implicit", keys[lead], lead, lead + 1)
        if text.negated(m) or countered(text, m, t) or reports(text):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.typical", (t, m)))
        return
