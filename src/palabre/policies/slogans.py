"""Slogans against a group: told to leave ("Muslims out!", "les X dehors") or barred
from a place ("No Jews on the council.", "Pas de Noirs dans mon immeuble")."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: A group told to leave in a slogan: "Muslims out!", "les X dehors !", "X go home".
_AWAY = (("out",), ("dehors",), ("go", "home"), ("hors", "de", "france"), ("raus",))


def sent_away(text: Text, t: Match) -> bool:
    """The group's name, then one of ``_AWAY``, then the end of the sentence."""
    keys = text.keys
    for words in _AWAY:
        end = t.last + len(words)
        if tuple(keys[t.last : end]) == words and all(
            text.same_sentence(t.first, i) for i in range(t.last, end)
        ):
            if end == len(keys) or not text.same_sentence(t.first, end):
                return True
            return "," in text.gap(end)  # "Muslims out, simple as."
    return False


#: "No Jews on the council.", "Pas de Noirs dans mon immeuble", "Plus aucun X en équipe de
#: France": a group barred from a place, in a slogan that opens the sentence.
_BARRING = (("no",), ("pas", "de"), ("plus", "de"), ("plus", "aucun"), ("aucun",),
            ("plus", "aucune"), ("aucune",))  # fmt: skip
_PLACE_AFTER = frozenset(map(squeeze, {"on", "in", "at", "dans", "en", "a", "sur", "au",
                                       "aux", "chez", "near", "around"}))  # fmt: skip
_STATING = frozenset(map(squeeze, {"have", "has", "had", "were", "was", "are", "is", "been",
                                   "ont", "sont", "est", "ete", "etaient", "cette", "this",
                                   "selon", "according"}))  # fmt: skip


def barred(text: Text, t: Match) -> bool:
    keys, start = text.keys, text.sentence_start(t.first)
    lead = tuple(keys[start : t.first])
    if lead not in _BARRING:
        return False
    after = t.last
    if not (after == len(keys) or not text.same_sentence(t.first, after)
            or keys[after] in _PLACE_AFTER):  # fmt: skip
        return False
    # A slogan is short and has no verb of its own: "No migrants in the hotel have been
    # charged" reports, "Pas de migrants à Calais cette semaine" counts.
    end = after
    while (end < len(keys) and text.same_sentence(t.first, end)
           and not text.comma_between(end - 1, end)):  # fmt: skip
        end += 1
    return end - start <= 6 and not _STATING.intersection(keys[after:end])
