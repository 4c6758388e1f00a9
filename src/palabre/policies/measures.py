"""How a judging word stands to a group beyond plain predication: compared with a
measure ("un taux d'emploi inférieur à l'obligation légale de 6 %", "un salaire inférieur
à celui des hommes"), which states a figure; or said after a "but" that takes back a
disclaimer ("Je condamne la violence contre les X, mais ce sont des malades mentaux"),
which says it of the group all the same."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.predication import TIES
from palabre.policies.sentences import BUT, Text

_COMPARISONS = tuple(map(squeeze, ("inferieur", "inferior", "superieur", "superior")))
_THAN = frozenset(map(squeeze, {"a", "au", "aux", "to", "than", "de"}))
_MEASURES = frozenset(map(squeeze, {
    "moyenne", "average", "obligation", "seuil", "norme", "objectif", "target", "taux",
    "niveau", "level", "rate", "threshold", "plafond", "minimum", "prevu", "prevus",
    "attendu", "expected", "previsions", "forecast", "annee", "year", "mois", "month",
    "celui", "celle",  # "un salaire inférieur à celui des hommes": a thing compared
}))  # fmt: skip


def measured(keys: list[str], m: Match) -> bool:
    if not keys[m.first].startswith(_COMPARISONS) or m.last >= len(keys):
        return False
    if keys[m.last] not in _THAN:
        return False
    ahead = [k for k in keys[m.last + 1 : m.last + 4] if k not in _MEASURE_ARTICLES]
    return bool(ahead) and (ahead[0].isdigit() or ahead[0] in _MEASURES)


_MEASURE_ARTICLES = frozenset(map(squeeze, {"l", "la", "le", "les", "the", "a", "an", "un",
                                            "une"}))  # fmt: skip


#: Subjects that take up the group after the "but": "mais ce sont", "but they are".
_THEY = frozenset(map(squeeze, {"ce", "c", "ils", "elles", "they", "those", "these"}))
_COPULAS = frozenset(map(squeeze, {"sont", "est", "are", "re", "is", "restent"}))


def but_they_are(text: Text, t: Match, m: Match) -> bool:
    """The group named before a "but", the word said of "they" after it, in one
    sentence: "J'ai des amis X, mais ce sont des profiteurs", "I condemn attacks on X,
    but they are mentally ill"."""
    if not (t.last <= m.first and text.same_sentence(t.first, m.first)):
        return False
    keys = text.keys
    buts = [i for i in range(t.last, m.first) if keys[i] in BUT]
    if not buts:
        return False
    after = keys[buts[-1] + 1 : m.first]
    if len(after) < 2 or after[0] not in _THEY or after[1] not in _COPULAS:
        return False
    return all(k in TIES for k in after[2:])
