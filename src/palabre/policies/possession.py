"""What a group has, as against what it is: "lesbians have the best dogs" says nothing
of lesbians, while "Muslims have the brains of rats" and "une mentalité de cafards" call
them rats and cockroaches as plainly as "are" would."""

from __future__ import annotations

from itertools import pairwise

from palabre.policies.normalize import squeeze

#: "have the", "ont des": what follows is owned, not what the group is said to be.
_HAVE = frozenset(map(squeeze, {"have", "has", "had", "ont", "avaient", "auront"}))
_DETERMINERS = frozenset(map(squeeze, {"the", "a", "an", "some", "their", "les", "des", "un",
                                       "une", "leurs", "leur", "de", "du"}))  # fmt: skip


#: What a group is given of an animal's: "the brains of rats", "une mentalité de rats".
_TRAITS = frozenset(map(squeeze, {
    "brain", "brains", "mentality", "morals", "manners", "behaviour", "behavior", "habits",
    "intelligence", "hygiene", "cerveau", "cerveaux", "mentalite", "comportement",
    "comportements", "moeurs", "manieres", "morale", "habitudes", "cervelle", "cervelles",
    "neurones", "memory",
}))  # fmt: skip
OF = frozenset(map(squeeze, {"of", "de", "d"}))
#: Measures of the mind a group is said to have: "ont un QI bas", "have lower IQs".
_MIND = frozenset(map(squeeze, {"iq", "iqs", "qi"}))


def _owned(between: list[str]) -> bool:
    return any(k in _HAVE and nxt in _DETERMINERS for k, nxt in pairwise(between))


def beyond_possession(
    between: list[str], after: str, word: list[str] | None = None
) -> list[str] | None:
    """The words between a group and a word said after it, read past a possession: None
    when the word is only owned ("have the best dogs"); without "the brains of" when an
    animal's trait is given to the group. ``after`` is the word that follows, ``word`` the
    word's own keys: "have a low IQ" gives a trait of the mind, as "are" would."""
    if len(between) >= 2 and between[-1] in OF and between[-2] in _TRAITS:
        return between[:-2]
    if _owned(between) and after not in _TRAITS and not _MIND.intersection(word or ()):
        return None
    return between
