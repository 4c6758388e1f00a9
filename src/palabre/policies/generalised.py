"""A "why" asked of a whole group, about what it always or never does, or what it costs:
"Pourquoi les X remplissent les prisons ?", "Pourquoi les X paient jamais d'impôts ?",
"Why do X always ...?".

The question carries the claim: it takes for granted that the group does it, all of it.
The same shape asks in good faith about what a group suffers ("Pourquoi les femmes sont
toujours moins payées ?", "Why are Black people stopped more often?"): those are left
alone. Held for the editors, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_WHY = frozenset(map(squeeze, {"pourquoi", "why"}))
#: How far after "why" the group may stand: "Pourquoi les", "Why do so many".
_GROUP_REACH = 4
#: Words that make it all of them, always: or what they are said to cost.
_ALWAYS = frozenset(map(squeeze, {
    "toujours", "jamais", "autant", "tous", "toutes", "always", "never", "all", "every",
    "prisons", "prison", "allocs", "aides", "impots", "benefits", "welfare", "crime",
    "crimes", "taxes", "delinquance", "attentats", "terror",
}))  # fmt: skip
#: What the group suffers: the question asks about an injustice.
_SUFFERED = tuple(map(squeeze, (
    "victim", "discrimin", "pay", "paid", "earn", "moins", "rarement", "rarely", "harcel",
    "harass", "agress", "attack", "tue", "killed", "vis", "target", "pauvre", "poor", "sous",
    "under", "stopped",
    "controle", "arret", "exclu", "rejet", "oubli", "forgot", "refus", "denied", "insult",
    "expuls", "evict", "deport", "chass", "blam", "accus", "reproch", "stigmat", "suspect",
    "pointe", "singled",
)))  # fmt: skip


_FEW = frozenset(map(squeeze, {"peu", "few"}))


def generalised(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """One finding for a why-question that takes a group's habit for granted."""
    keys = text.keys
    for t in groups:
        sentence = text.sentence[t.first]
        if not text.question[sentence] or text.negated(t):
            continue
        start, end = text.sentence_start(t.first), text.sentence_end(t.first)
        if not any(keys[i] in _WHY for i in range(max(start, t.first - _GROUP_REACH), t.first)):
            continue
        after = keys[t.last : end]
        if _ALWAYS.isdisjoint(after) or any(k.startswith(_SUFFERED) for k in after):
            continue
        if not _FEW.isdisjoint(after):
            continue  # "si peu présente parmi les bénéficiaires": under-represented
        if text.counter_in_sentence(t.first):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.why_all", (t,)))
        return
