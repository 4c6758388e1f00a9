"""Swearing at a thing aims at no one: "mon téléphone est une merde, il plante tous les
jours", "this toaster is garbage". The thing is the subject of the copula before the
crude word, or the one a later "il", "it" takes up; not a thing that completes a noun
("la consultante du match est une conne")."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_OF_THE = frozenset(map(squeeze, {"de", "du", "des", "d", "of"}))
_ADVERBS = frozenset(map(squeeze, {"vraiment", "really", "just", "juste", "completement"}))


def _heads(text: Text) -> list[Match]:
    """The things in the comment that head their noun phrase."""
    keys = text.keys
    return [t for t in text.scan.get("thing") if not (t.first and keys[t.first - 1] in _OF_THE)]


def said_of_a_thing(text: Text, m: Match, copulas: frozenset[str]) -> bool:
    """The copula before ``m`` has a thing for its subject ("... est vraiment une merde")."""
    keys = text.keys
    ends = {t.last - 1 for t in _heads(text)}
    for i in range(m.first - 1, max(0, m.first - 5), -1):
        if keys[i] in copulas:
            return i - 1 in ends or (i >= 2 and keys[i - 1] in _ADVERBS and i - 2 in ends)
    return False


def takes_up_a_thing(text: Text, at: int) -> bool:
    """The pronoun at ``at`` follows a thing in its sentence: "il plante" after "mon
    téléphone"."""
    return any(text.same_sentence(t.first, at) and t.last <= at for t in _heads(text))
