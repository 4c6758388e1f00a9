"""Racist animal names aimed at a person: "regardez le macaque qui joue ailier", "nobody
asked the monkey for his opinion", "t'as écrit ça entre deux régimes de bananes ? 🍌🐒".

Ape words and the monkey and banana emoji are the oldest racist insult thrown at Black
players and public figures. Said of an animal ("les singes du zoo"), they are left
alone; said of someone in the comment (a player, a commenter named with "@", "you", a
person who has an opinion or a job), they are held for the editors.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text
from palabre.policies.unnamed import LITERAL
from palabre.policies.vocative import HANDLE

_APES = frozenset(map(squeeze, {
    "singe", "singes", "macaque", "macaques", "gorille", "gorilles", "chimpanze",
    "chimpanzes", "babouin", "babouins", "monkey", "monkeys", "ape", "apes",
    "gorilla", "gorillas", "chimp", "chimps", "baboon", "baboons",
}))  # fmt: skip
_EMOJI = ("🐒", "🦍")
_BANANA = "🍌"
#: What makes the animal a person: a job on the pitch, an opinion, a vote.
_PERSON_CUES = frozenset(map(squeeze, {
    "joue", "jouer", "ailier", "attaquant", "defenseur", "arbitre", "buteur", "plays",
    "playing", "winger", "striker", "defender", "referee", "opinion", "avis", "vote",
    "votes", "talks", "writes", "commentaire", "comments", "ministre", "minister",
    "depute", "mp", "maire", "mayor",
}))  # fmt: skip
#: The insult reported, not thrown: "cris de singe", "monkey noises", "called a monkey".
_REPORTED_BEFORE = frozenset(tuple(map(squeeze, p.split())) for p in (
    "cris de", "bruits de", "traite de", "traiter de", "traitee de", "traites de",
    "imitations de", "called a", "call him", "call her",
))  # fmt: skip
_REPORTED_BEFORE_WORDS = frozenset(map(squeeze, {"comparisons", "comparison", "comparaisons",
                                                 "comparaison", "compare", "compared",
                                                 "comparing", "insults", "insultes"}))  # fmt: skip
_REPORTED_AFTER = frozenset(map(squeeze, {"noises", "noise", "chants", "chant", "sounds",
                                          "gestures", "taunts", "abuse"}))  # fmt: skip


def primates(text: Text, analysis: Analysis) -> None:
    keys = text.keys
    original = text.scan.normalized.original
    # "🐒" at a commenter named with "@", or with a banana: "🙈" and "🐵" are too often
    # an "oops" or a cute face to count.
    handle = bool(HANDLE.search(original))
    if (any(e in original for e in _EMOJI) and (handle or _BANANA in original)
            and LITERAL.isdisjoint(keys) and _APES.isdisjoint(keys)):  # fmt: skip
        # Not at the zoo, nor beside the animal's own name: "les singes adorent les 🍌🐒".
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.primate", ()))
        return
    if _APES.isdisjoint(keys) or reports(text):
        return
    for i, key in enumerate(keys):
        if key not in _APES:
            continue
        m = Match("ape", key, i, i + 1)
        start, end = text.sentence_start(i), text.sentence_end(i)
        words = set(keys[start:end])
        if LITERAL & words or text.negated(m) or text.quoted[i]:
            continue
        if tuple(keys[max(0, i - 2) : i]) in _REPORTED_BEFORE or (
            i + 1 < len(keys) and keys[i + 1] in _REPORTED_AFTER
        ):
            continue  # "des cris de singe", "monkey chants", "traité de singe": reported
        if _REPORTED_BEFORE_WORDS.intersection(keys[max(start, i - 4) : i]):
            continue  # "comparisons to a gorilla": the abuse reported
        if _PERSON_CUES & words or handle:
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.primate", (m,)))
            return
