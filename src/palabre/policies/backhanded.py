"""Backhanded praise: a quality granted to one person as a surprise for the group they
belong to. "She's pretty smart for a Black woman", "Elle est plutôt intelligente pour
une Noire", "Pour une réfugiée, elle parle bien français".

No word in it is derogatory and the praise reads as positive; what derogates is "for a":
the group is expected to lack the quality. Held for the editors, never rejected.
"""

from __future__ import annotations

import itertools

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: "for a", "pour un": the group as the measure of the quality.
_FOR = frozenset(map(squeeze, {"for", "pour"}))
_ARTICLE = frozenset(map(squeeze, {"a", "an", "un", "une"}))
#: Qualities granted as a surprise, as whole words, word beginnings, or two words. Not
#: "good" or "great": "a great day for a Muslim family" praises the day.
_QUALITIES = frozenset(map(squeeze, {
    "smart", "clever", "articulate", "eloquent", "pretty", "beautiful", "attractive", "clean",
    "honest", "polite", "hardworking", "normal", "poli", "polie", "propre", "honnete",
    "jolie", "belle", "beau", "sympa", "talented", "gifted",
}))  # fmt: skip
_QUALITY_STEMS = tuple(map(squeeze, ("intelligent", "cultive", "travailleu", "bosseu", "doue",
                                     "talentu")))  # fmt: skip
_QUALITY_PAIRS = frozenset(tuple(map(squeeze, p)) for p in (
    ("well", "spoken"), ("hard", "working"), ("parle", "bien"), ("speaks", "well"),
    ("speaks", "good"), ("well", "behaved"), ("bien", "eleve"),
))  # fmt: skip
_REACH = 5


def backhanded(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A finding for the first group named as the measure of someone's quality."""
    for t in groups:
        if t.first < 2 or text.keys[t.first - 1] not in _ARTICLE:
            continue
        if text.keys[t.first - 2] not in _FOR:
            continue
        start, end = text.sentence_start(t.first), text.sentence_end(t.first)
        nouns = {m.first for m in text.scan.get("person_noun")}
        if not (t.last >= end or text.comma_between(t.last - 1, t.last) or t.last in nouns):
            continue  # "the best speaker for a refugee charity": the group names a cause
        if t.first - 2 == start:
            # "Pour une réfugiée, elle parle bien français": the quality comes after.
            window = text.keys[t.last : min(end, t.last + _REACH + 2)]
        else:
            window = text.keys[max(start, t.first - 2 - _REACH) : t.first - 2]
        if _praises(window) and not text.question[text.sentence[t.first]]:
            finding = Finding(Category.HATE, EDITORS_DECIDE, "hate.backhanded", (t,))
            analysis.findings.append(finding)
            return


def _praises(words: list[str]) -> bool:
    """A quality among ``words``, word by word: "beaucoup" is no "beau", "politique" no
    "poli"."""
    return any(
        w in _QUALITIES or w.startswith(_QUALITY_STEMS) or (w, nxt) in _QUALITY_PAIRS
        for w, nxt in itertools.pairwise([*words, ""])
    )  # fmt: skip
