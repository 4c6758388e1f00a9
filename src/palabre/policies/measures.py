"""A comparison with a measure: "un taux d'emploi inférieur à l'obligation légale de 6 %",
"un salaire inférieur à celui des hommes". The word that judges a group ("inférieurs")
states a figure there, and the hate rules leave it alone."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze

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
