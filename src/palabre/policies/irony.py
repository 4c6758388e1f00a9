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
    "amazing", "great", "superb",
}))  # fmt: skip
_OPENING_PAIRS = frozenset({("ah", "oui"), ("ben", "oui"), ("oh", "sure"), ("ah", "yes"),
                            ("oh", "yes"), ("mais", "non"), ("oh", "look"), ("ah", "la"),
                            ("quelle", "surprise"), ("what", "a"), ("quel", "honeur"),
                            ("oh", "les"), ("what", "an")})  # fmt: skip
_MARKS = ("😉", "🙄", "😏", "💅", "😂", "🤣", "👍", "🐒", "🙃", "😜", "🎻", "👏", "🙏", "🏆")
_IRONIC_WORDS = frozenset(map(squeeze, {
    "lol", "mdr", "ptdr", "evidemment", "forcement", "apparemment", "surprise", "original",
    "originale", "coherent", "coincidence", "obviously", "apparently", "surely",
    "shocking", "shock", "famous", "fameuse", "fameux", "legendaire", "legendary",
}))  # fmt: skip
_IRONIC_PAIRS = frozenset({("bien", "sur"), ("par", "hasard"), ("of", "course"),
                           ("who", "knew"), ("qui", "l"), ("for", "once")})  # fmt: skip


def _opens_on_praise(keys: list[str]) -> bool:
    return bool(keys) and (keys[0] in _OPENERS or tuple(keys[:2]) in _OPENING_PAIRS)


def _ironic(text: Text) -> bool:
    keys = text.keys
    if _IRONIC_WORDS.intersection(keys) or any(
        pair in _IRONIC_PAIRS for pair in itertools.pairwise(keys)
    ):
        return True
    original = text.scan.normalized.original
    return any(mark in original for mark in _MARKS) or "?" in original


def sarcasm(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """Mock praise about a group, with a mark of irony: held as implicit hate."""
    if groups and not analysis.findings and _opens_on_praise(text.keys) and _ironic(text):
        analysis.findings.append(Finding(Category.HATE, 0.75, "hate.sarcasm", (groups[0],)))
