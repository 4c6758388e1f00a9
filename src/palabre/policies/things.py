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


#: Copulas a remark hangs on: "ce pull est moche", "this jersey is ugly".
COPULAS = frozenset(map(squeeze, {"est", "is", "c", "sont", "are"}))
#: A determiner, then a noun no list knows as a person, then the copula: "ce pull est",
#: "le nouveau logo est", "this jersey is". Not "cette chanteuse est" (a role).
_DETERMINERS = frozenset(map(squeeze, {"ce", "cet", "cette", "le", "la", "l", "mon", "ma", "son",
                                       "sa", "ton", "ta", "this", "that", "the", "my", "your",
                                       "nouveau", "nouvelle"}))  # fmt: skip
_DEGREE = frozenset(map(squeeze, {"vraiment", "tellement", "trop", "tres", "really", "so",
                                  "very", "too", "hyper", "super", "grave"}))  # fmt: skip
_PEOPLE = ("role", "person_noun", "identity", "insult", "second_person", "third_person")


def said_of_an_object(text: Text, m: Match) -> bool:
    """The word is the predicate of a noun no list knows as a person, and which is no
    name: "ce pull est moche", where the ``thing`` list has no "pull"."""
    keys, start = text.keys, text.sentence_start(m.first)
    i = m.first - 1
    while i > start and keys[i] in _DEGREE:
        i -= 1
    noun = i - 1
    if noun <= start or keys[i] not in COPULAS or keys[noun - 1] not in _DETERMINERS:
        return False
    if any(r.first <= noun < r.last for n in _PEOPLE for r in text.scan.get(n)):
        return False
    return not text.scan.tokens[noun].text[:1].isupper()


def doubt_at_things(text: Text) -> bool:
    """Every word of the model's doubt list is said of a thing ("ce pull est moche"): no
    cue that the model's doubt is about a person."""
    doubts = text.scan.get("doubt")
    return bool(doubts) and all(
        said_of_a_thing(text, m, COPULAS) or said_of_an_object(text, m) for m in doubts
    )
