"""Contempt for a group asked as a question, with no derogatory word to find:

- doubting what makes them people: "Les femmes ont-elles un cerveau ?", "Do women even
  have brains?", "Les Noirs sont-ils vraiment des êtres humains ?";
- "who would want one?": "Qui voudrait d'un Arabe comme voisin ?", "Who would want a
  Muslim as a neighbour?";
- "how could anyone trust one?": "Comment faire confiance à un musulman ?", "Can you
  trust a Jew?".

Held for the editors, never rejected: a good-faith question uses the same words ("Can
Muslims trust the police?", "who would want a neighbour like that?"), and the rules only
read the shape. The group must be the one doubted, wanted or trusted, not the subject
who doubts or wants.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Below the reject threshold: an editor decides.
STRENGTH = 0.75

#: What makes someone a person, doubted of a group in a question.
_FACULTIES = frozenset(map(squeeze, {
    "cerveau", "cervelle", "brain", "brains", "ame", "soul", "souls", "lire", "read",
    "ecrire", "write", "penser", "reflechir", "exist", "existent", "exister",
}))  # fmt: skip
#: Words of worth that a question doubts only with "really", "even": "sont-ils vraiment
#: des êtres humains ?"; without them "are Roma people human rights defenders?" asks.
_WORTH = frozenset(map(squeeze, {
    "humains", "humaines", "human", "humans", "people", "gens", "personnes", "intelligents",
    "intelligentes", "smart",
}))  # fmt: skip
_DOUBTING = frozenset(map(squeeze, {"vraiment", "really", "even", "meme", "actually", "seulement"}))
_WHY = frozenset(map(squeeze, {"why", "pourquoi"}))
_ALLOWED = frozenset(map(squeeze, {"allowed", "droit", "permitted", "autorises", "autorisees"}))
#: "Who would want ...": the question opens on "who" and wants, marries, hires.
_WHO = frozenset(map(squeeze, {"qui", "who"}))
_WANTING = tuple(map(squeeze, ("voudr", "veut", "envie", "want", "marry", "epous", "hire",
                               "embauch", "vivre", "live", "date")))  # fmt: skip
#: "How could anyone trust ...": trust given to the group.
_TRUSTING = tuple(map(squeeze, ("trust", "confiance", "rely", "fier", "croire", "believe")))
_NEGATING = frozenset(map(squeeze, {"not", "t", "never", "no", "pas", "jamais", "ne", "n"}))
#: How far before the group the verb may stand.
_REACH = 6


def rhetorical_contempt(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A finding for the first group a question doubts, refuses or distrusts."""
    for t in groups:
        sentence = text.sentence[t.first]
        if not text.question[sentence] or countered(text, t, t):
            continue
        start, end = text.sentence_start(t.first), text.sentence_end(t.first)
        if _NEGATING.intersection(text.keys[start:end]) or text.in_sentence("neg_clause", t.first):
            continue  # "Why shouldn't we trust Muslims?" asks for trust
        keys = text.keys[start:end]
        after = text.keys[t.last : end]
        # The faculty ends the question: "savent-ils lire ?", not "lire leur dossier".
        doubted = bool(_FACULTIES.intersection(text.keys[max(t.last, end - 2) : end])) or (
            _worth_doubted(after[:6]) and bool(_DOUBTING.intersection(keys))
        )
        # "Why are women even allowed to vote?": a right questioned, not asked about.
        doubted = doubted or (keys[0] in _WHY and bool(_DOUBTING.intersection(keys))
                              and bool(_ALLOWED.intersection(keys)))  # fmt: skip
        verb = _governing_verb(text, t, start)
        unwanted = verb is not None and keys[0] in _WHO and verb.startswith(_WANTING)
        distrusted = verb is not None and verb.startswith(_TRUSTING)
        if doubted or unwanted or distrusted:
            analysis.findings.append(Finding(Category.HATE, STRENGTH, "hate.question", (t,)))
            return


#: What may stand between the verb and the group it governs: "d'un", "à un", "next to".
_BETWEEN = frozenset(map(squeeze, {
    "d", "de", "un", "une", "des", "les", "a", "an", "any", "one", "au", "aux", "en",
    "next", "to", "near", "with", "avec", "cote", "pres", "as",
}))  # fmt: skip


def _governing_verb(text: Text, t: Match, start: int) -> str | None:
    """The word before the group past articles and the like: the verb that governs it."""
    i = t.first - 1
    while i >= start and t.first - i <= _REACH and text.keys[i] in _BETWEEN:
        i -= 1
    return text.keys[i] if i >= start else None


#: "Are Roma really treated as humans?": a question about how others see them.
_SEEN = tuple(map(squeeze, ("treat", "trait", "consider", "seen", "vus", "regard", "vues")))


def _worth_doubted(after: list[str]) -> bool:
    """A word of worth said of the group itself, close after it."""
    for k in after:
        if k.startswith(_SEEN):
            return False
        if k in _WORTH:
            return True
    return False
