"""Praise denied to every member of a group: "No Jew has ever been loyal to this
country", "Aucun Arabe n'a jamais rien construit de valable", "There isn't a single
honest Gypsy in Europe", "I've never met a woman who could do maths".

The negation is the claim: it takes a quality or a deed away from all of them. The same
quantifier denies a prejudice when what follows is itself derogatory ("Aucun Rom n'est
un voleur", "No religion makes people violent"): that is left to the negation rules.
Held for the editors, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: "no", "not one", "aucun", "pas une seule", "never met a", "jamais vu un" before the
#: group.
_NONE = frozenset(tuple(map(squeeze, p.split())) for p in (
    "no", "not one", "not a single", "not a", "aucun", "aucune", "pas un", "pas une",
    "pas un seul", "pas une seule", "never met a", "never met an", "never seen a",
    "never seen an", "jamais vu un", "jamais vu une", "jamais rencontre un",
    "jamais rencontre une", "isn t a single", "is not a single", "n y a pas un",
    "n y a pas une",
))  # fmt: skip
#: What is denied: a quality or a deed.
_GOOD = tuple(map(squeeze, (
    "loyal", "honest", "honnete", "fiable", "intelligent", "smart", "capable", "competent",
    "trustworthy", "confiance", "useful", "utile", "valable", "decent", "civilis",
    "contribut", "built", "construit", "apporte", "invent", "accompli", "achiev", "given",
    "gave", "could", "fit", "apte", "digne", "worth", "travaille", "worked",
)))  # fmt: skip
#: Lists that make what follows a prejudice, so the quantifier denies it.
_DEROGATORY = ("neg_attr", "dehum", "insult", "insult_weak", "slur", "threat")


def universal(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    keys = text.keys
    for t in groups:
        start = text.sentence_start(t.first)
        # The quantifier right before the group, or before one word of praise: "not a
        # single honest Gypsy".
        if not any(tuple(keys[i:j]) in _NONE for j in (t.first, t.first - 1)
                   for i in range(max(start, j - 3), j)):  # fmt: skip
            continue
        end = text.sentence_end(t.first)
        if any(text.in_sentence(n, t.first) for n in _DEROGATORY):
            continue  # "Aucun Rom n'est un voleur": a prejudice denied
        if text.counter_in_sentence(t.first) or text.question[text.sentence[t.first]]:
            continue
        if any(keys[i].startswith(_GOOD) for i in range(max(start, t.first - 2), end)):
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.praise_denied", (t,))
            )
            return
