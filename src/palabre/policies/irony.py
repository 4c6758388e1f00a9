"""Sarcasm that hides contempt for a group: praise that means its opposite ("Génial, une
femme ministre des Armées, on négociera entre deux manucures 💅", "Ah yes, the famous
Romanian work ethic. Check your pockets"). Without a parser, three cues together: the
comment opens on mock praise, it names a group, and something marks the irony (a wink or
an eye-roll, "lol", "comme par hasard", "of course", a question it answers itself).
Held for the editors, never rejected: irony is where a rule is most often wrong.
"""

from __future__ import annotations

import itertools

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_OPENERS = frozenset(map(squeeze, {
    "genial", "super", "bravo", "magnifique", "merveilleux", "merveilleuse", "formidable",
    "incroyable", "ravi", "ravie", "heureusement", "chouette", "trop", "excellent",
    "lovely", "brilliant", "marvellous", "marvelous", "wonderful", "fantastic", "incredible",
    "amazing", "great", "superb", "joie", "youpi", "wow", "yay", "bienvenue", "welcome",
    "sure",
}))  # fmt: skip
_OPENING_PAIRS = frozenset({("ah", "oui"), ("ben", "oui"), ("oh", "sure"), ("ah", "yes"),
                            ("oh", "yes"), ("mais", "non"), ("oh", "look"), ("ah", "la"),
                            ("quelle", "surprise"), ("what", "a"), ("quel", "honeur"),
                            ("oh", "les"), ("what", "an"), ("mais", "oui"), ("oh", "great"),
                            ("great", "news"), ("t", "wait"), ("quelle", "joie"),
                            ("trop", "bien"), ("excellente", "nouvelle"), ("love", "how"),
                            ("pauvres", "cheris"), ("poor", "oppressed"),
                            ("how", "progressive"), ("so", "brave"), ("oh", "non"),
                            ("such", "a"), ("brilliant", "idea"), ("great", "idea")})  # fmt: skip
_MARKS = ("😉", "🙄", "😏", "💅", "😂", "🤣", "👍", "🐒", "🙃", "😜", "🎻", "👏", "🙏", "🏆", "😭",
          "😢", "🤡", "💣")
_IRONIC_WORDS = frozenset(map(squeeze, {
    "lol", "mdr", "ptdr", "evidemment", "forcement", "apparemment", "surprise", "original",
    "originale", "coherent", "coincidence", "obviously", "apparently", "surely",
    "shocking", "shock", "famous", "fameuse", "fameux", "legendaire", "legendary",
    "tellement", "totally", "surement",
}))  # fmt: skip
_IRONIC_PAIRS = frozenset({("bien", "sur"), ("par", "hasard"), ("of", "course"),
                           ("who", "knew"), ("qui", "l"), ("for", "once")})  # fmt: skip


#: How far into a comment the mock praise may come: "Une femme conductrice de TER,
#: super, comme ça ...", "Des X relogés au Port, trop bien, ...".
_PRAISE_REACH = 8


def _praise_at(keys: list[str]) -> int | None:
    """Where the mock praise is among the first words, or None."""
    for i, key in enumerate(keys[:_PRAISE_REACH]):
        if key in _OPENERS or tuple(keys[i : i + 2]) in _OPENING_PAIRS:
            return i
    return None


def _ironic(text: Text, *, question: bool = True) -> bool:
    keys = text.keys
    if _IRONIC_WORDS.intersection(keys) or any(
        pair in _IRONIC_PAIRS for pair in itertools.pairwise(keys)
    ):
        return True
    original = text.scan.normalized.original
    return any(mark in original for mark in _MARKS) or (question and "?" in original)


def mock_praise(text: Text, m: Match) -> bool:
    """A word of praise that is the mock praise itself: among the first words, with a
    mark of irony other than a question. "Great news, more X in town 😏" praises no one."""
    at = _praise_at(text.keys)
    return at is not None and at <= m.first <= at + 1 and _ironic(text, question=False)


def sarcasm(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """Mock praise about a group, with a mark of irony: held as implicit hate. Praise
    that does not open the comment needs a stronger mark than a question."""
    if not groups or analysis.findings:
        return
    at = _praise_at(text.keys)
    if at is not None and _ironic(text, question=at == 0):
        analysis.findings.append(Finding(Category.HATE, 0.75, "hate.sarcasm", (groups[0],)))
