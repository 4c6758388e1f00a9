"""Words the writer censored with stars ("c******", "ferme ta g*****", "f*** you",
"f***ing"): read back as the lexicon word of that length with those letters.

:func:`palabre.policies.typos.unmask` reads one or two stars inside a word, where each
fill can be tried. A longer run, or stars that end the word, hide too many letters for
that: here the letters shown and the number of stars are matched against the written
words of the lists a writer would censor. The rules then judge the word as they would
judge it spelt out: "quelle m**** ce gouvernement" swears at no one, "t'es qu'un c**"
is an insult aimed at "you".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

from palabre.policies.normalize import Normalized, fold, squeeze
from palabre.policies.typos import MAX_STARS_FILLED, STAR_RUN, word_char, word_start

#: Lists whose words a writer censors, in the order a censored word is read when it may
#: be a word of several: swearing first ("s***" is "shit" before "scum").
CENSORED_LISTS = ("profanity", "insult", "insult_weak", "slur", "slur_ambiguous", "dehum")
#: Words censored most often, read first when the letters fit: "c***" is "cunt", "p****"
#: is "putain". Some only stand in phrases of the lists ("ta gueule", "fils de pute").
COMMONLY_CENSORED = {
    "fr": ("putain", "pute", "merde", "con", "connard", "connasse", "salope", "salaud",
           "encule", "gueule", "bordel", "chier", "foutre", "abruti", "batard", "bite",
           "couilles", "nique", "cons", "connards", "salopes"),
    "en": ("fuck", "fucking", "fucked", "shit", "cunt", "bitch", "asshole", "bastard",
           "dick", "prick", "crap", "damn", "whore", "slut", "wanker", "twat",
           "motherfucker", "bullshit", "fucker", "arse", "ass"),
}  # fmt: skip

_MIN_LETTERS = 3


def censored_spans(normalized: Normalized) -> dict[int, tuple[int, int]]:
    """Censored words, by their start in the normalised text: where in the word the
    stars stood and how many there were. Two stars or more at the end of a word, or
    three or more inside it (fewer are ``typos.star_masks``'s)."""
    out: dict[int, tuple[int, int]] = {}
    offsets, text = normalized.offsets, normalized.text
    for run in STAR_RUN.finditer(normalized.original):
        stars = len(run.group())
        k = bisect.bisect_left(offsets, run.end())  # the character after the stars
        before = bisect.bisect_left(offsets, run.start()) - 1  # the last one before
        if before < 0 or offsets[before] != run.start() - 1:
            continue
        if not word_char(text, before):
            continue  # "* item", "**gras**": stars before a word, or alone
        inside = k < len(text) and offsets[k] == run.end() and word_char(text, k)
        if (inside and stars <= MAX_STARS_FILLED) or (not inside and stars < 2):
            continue
        start = word_start(text, before)
        first = offsets[start]
        if first and normalized.original[first - 1] == "*":
            continue  # "**bit**": emphasis closed, nothing censored
        if _a_name(normalized.original, first):
            continue  # "Mme S***** a témoigné", "Karim B*****": a name kept from the reader
        out.setdefault(start, (before + 1 - start, stars))
    return out


def _a_name(original: str, at: int) -> bool:
    """A capital after a title or a first name: the initial of a surname, as the press
    censors them ("Mme S*****", "Mr. C***", "Karim B*****"). Not "you are a C***"."""
    if not original[at].isupper():
        return False
    return bool(_NAMED_BEFORE.search(original, max(0, at - 30), at))


#: A title, or a capitalised first name, right before the initial.
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:M|Mr|Mrs|Ms|Dr|Mme|Mlle|Me|Pr)\.?|\b(?:Madame|Monsieur|Mademoiselle|Maître)"
    r"|\b[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s+$"
)


class CensoredWords:
    """The written words of a lexicon's censorable lists, by first letter and length."""

    def __init__(self, lang: str, entries: Mapping[str, Sequence[str]]) -> None:
        ranked: list[str] = list(COMMONLY_CENSORED.get(lang, ()))
        for name in CENSORED_LISTS:
            for entry in entries.get(name, ()):
                if " " not in entry.strip():
                    ranked.append(entry.strip().rstrip("*"))
        self._by_shape: dict[tuple[str, int], list[str]] = {}
        for written in ranked:
            word = fold(written)
            if len(word) >= _MIN_LETTERS and word.isalpha():
                shape = self._by_shape.setdefault((word[0], len(word)), [])
                if word not in shape:
                    shape.append(word)

    def read(self, shown: str, at: int, stars: int) -> str | None:
        """The key of the word that ``shown`` with ``stars`` stars at ``at`` hides, if
        one fits: the letters before and after the stars, and the length."""
        head, tail = shown[:at], shown[at:]
        if not head or not head.isalpha():
            return None
        size = len(head) + stars + len(tail)
        for word in self._by_shape.get((head[0], size), ()):
            if word.startswith(head) and word.endswith(tail):
                return squeeze(word)
        return None
