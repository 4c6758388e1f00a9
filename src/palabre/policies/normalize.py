"""Text normalisation for moderation, so that obfuscation does not pay.

``normalize`` folds case and accents, maps look-alike (Cyrillic, Greek, full-width)
letters to Latin, drops zero-width characters, undoes leetspeak inside words
(``c0nn4rd``), joins letters spread out with spaces or dots (``c o n n a r d``,
``c.o.n``) and shortens long runs of one letter. Every character of the result keeps
the index of the original character it came from, so that evidence spans found in the
normalised text point into the text the commenter wrote.

``tokens`` then cuts the normalised text into words; each word also carries a *key*
with every repeated letter squeezed (``connnnard`` and ``connard`` both give
``conard``), which is what the lexicons are matched on.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache, partial
from typing import NamedTuple

from palabre.policies.memo import remember

#: Texts longer than this are cut before normalisation: a decision must stay fast
#: whatever is pasted in, and abuse that matters is never only after 20,000 characters.
MAX_CHARS = 20_000

# Look-alikes that NFKD does not fold: Cyrillic and Greek letters drawn like Latin ones.
_CONFUSABLES = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ɑ": "a", "ɡ": "g", "ı": "i",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ϲ": "c", "ℓ": "l",
    "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "đ": "d", "ł": "l",
    "’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
}  # fmt: skip

# Leetspeak: only applied inside a word that also has letters, so "2024" stays a year.
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t",
                       "@": "a", "$": "s", "€": "e", "!": "i", "|": "l", "+": "t"})  # fmt: skip
_LEET_CHARS = frozenset("013457@$€!|+")
# Only the words that hold a leet character: the others are left as they are anyway.
_WORDISH = re.compile(r"(?<![a-z0-9@$€!|+])[a-z0-9@$€!|+]*[0-9@$€!|+][a-z0-9@$€!|+]*")
# Letters spread out one by one: "c o n n a r d", "c.o.n", "s-c-u-m" (three or more),
# the same mark between them all: "r.o.m.s c'est" spreads "roms", not "romsc".
_SPREAD = re.compile(
    r"(?<![a-z0-9])[a-z]([ .\-_*·/]{1,2})[a-z](?![a-z0-9])(?:\1[a-z](?![a-z0-9]))+"
)
# A mask slipped inside a word: "co*nnard", "con_nard". Not dots: "pas.Ensuite" and
# "money...as" are sentences, and spread-out "c.o.n" is handled above.
# The same with leetspeak digits among the letters: "c 0 n n 4 r d".
_SPREAD_LEET = re.compile(
    r"(?<![a-z0-9])[a-z0-9@$](?:[ .\-_*·/]{1,2}[a-z0-9@$](?![a-z0-9])){3,}"
)
_INNER_PUNCT = re.compile(r"(?<=[a-z])[*_·]+(?=[a-z])")
_LONG_RUN = re.compile(r"([a-z])\1{2,}")
_TOKEN = re.compile(r"[a-z0-9]+")
_SQUEEZE = re.compile(r"([a-z])\1+")
#: A run of one letter, as ``squeeze`` collapses it.
LETTER_RUN = _SQUEEZE


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text plus, for each of its characters, the original index."""

    text: str
    offsets: tuple[int, ...]
    original: str

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` span behind normalised ``[start, end)``."""
        if not self.offsets or end <= start:
            return (0, 0)
        last = self.offsets[end - 1]
        stop = last + 1
        # A folded character may come from several original ones (a letter plus its
        # combining accent): extend to the start of the next normalised character.
        if end < len(self.offsets):
            stop = max(stop, min(self.offsets[end], len(self.original)))
            while stop > last + 1 and self.original[stop - 1].isspace():
                stop -= 1
        return (self.offsets[start], stop)


class Token(NamedTuple):
    """One word of the normalised text: its text, its squeezed key and its span.

    A named tuple, not a dataclass: a comment has hundreds and they are built fast.
    """

    text: str
    key: str
    start: int
    end: int


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    category = unicodedata.category(ch)
    if category == "Cf":  # zero-width joiners, soft hyphens, direction marks
        return ""
    out: list[str] = []
    for part in unicodedata.normalize("NFKD", ch):
        if unicodedata.combining(part):
            continue
        out.extend(_CONFUSABLES.get(c, c) for c in part.casefold())
    folded = "".join(out)
    # Keep whitespace as a single space: line breaks matter only as word boundaries.
    return " " if folded.isspace() else folded


class _FoldTable(dict[int, str]):
    """``_fold_char`` by code point, filled as characters are met, for ``str.translate``."""

    def __init__(self) -> None:
        super().__init__()
        #: Every character met that folds to more or less than one: "œ", "ß", "\u200b".
        self.odd: set[str] = set()

    def __missing__(self, code: int) -> str:
        out = _fold_char(chr(code))
        if len(out) != 1:
            self.odd.add(chr(code))
        if len(self) < 65_536:  # a bound against texts made of every code point
            self[code] = out
        return out


_FOLD = _FoldTable()


def _fold(original: str) -> tuple[str, list[int]]:
    """Fold every character, and the original index of each character of the result."""
    folded = original.translate(_FOLD)
    # Most characters fold to one character: only "œ", "ß", zero-width marks and the
    # like shift the offsets, so only their positions are visited one by one.
    odd = _FOLD.odd.intersection(original)  # translate has met every character
    if not odd:
        return folded, list(range(len(original)))
    offsets: list[int] = []
    pos = 0
    for i in [i for i, c in enumerate(original) if c in odd]:
        offsets.extend(range(pos, i))
        offsets.extend([i] * len(_FOLD[ord(original[i])]))
        pos = i + 1
    offsets.extend(range(pos, len(original)))
    return folded, offsets


def _delete(text: str, offsets: list[int], drop: list[tuple[int, int]]) -> tuple[str, list[int]]:
    """Remove the ``[start, end)`` spans in ``drop`` from text and offsets together."""
    if not drop:
        return text, offsets
    keep_text: list[str] = []
    keep_offsets: list[int] = []
    pos = 0
    for start, end in drop:
        keep_text.append(text[pos:start])
        keep_offsets.extend(offsets[pos:start])
        pos = end
    keep_text.append(text[pos:])
    keep_offsets.extend(offsets[pos:])
    return "".join(keep_text), keep_offsets


def _unleet(match: re.Match[str]) -> str:
    word = match.group(0)
    if not _LEET_CHARS.intersection(word):
        return word
    letters = sum(c.isalpha() for c in word)
    digits = sum(c.isdigit() for c in word)
    if letters == 0 or (digits > letters and not _interleaved(word)):
        return word
    # Trailing "!" or "+" are punctuation, not letters: "stupid!" is not "stupidi".
    core = word.rstrip("!|+")
    return core.translate(_LEET) + word[len(core) :]


_LEET_DIGITS = frozenset("013457")


def _interleaved(word: str) -> bool:
    """Mostly digits, but letters and leet digits alternate: "h41n3", "p4r451t35".

    Codes and measures ("100km", "a380", "mp3") change from letters to digits once.
    """
    if len(word) < 4 or not all(c in _LEET_DIGITS for c in word if c.isdigit()):
        return False
    changes = sum(1 for a, b in itertools.pairwise(word) if a.isdigit() != b.isdigit())
    return changes >= 2


def _unleet_spread(match: re.Match[str]) -> str:
    run = match.group(0)
    letters = sum(c.isalpha() for c in run)
    digits = sum(c.isdigit() for c in run)
    return run.translate(_LEET) if letters >= 2 and letters >= digits else run


def normalize(text: str) -> Normalized:
    """Fold ``text`` for matching; see the module docstring for what is undone."""
    original = text[:MAX_CHARS]
    if original.isascii():
        folded = original.lower()
        offsets = list(range(len(folded)))
    else:
        folded, offsets = _fold(original)
    folded = _WORDISH.sub(_unleet, folded)  # one character for one: offsets unchanged
    folded = _SPREAD_LEET.sub(_unleet_spread, folded)
    drop = [
        (m.start() + i, m.start() + i + 1)
        for m in _SPREAD.finditer(folded)
        for i, c in enumerate(m.group(0))
        if not c.isalpha()
    ]
    folded, offsets = _delete(folded, offsets, drop)
    if "*" in folded or "_" in folded or "·" in folded:  # what _INNER_PUNCT removes
        drop = [(m.start(), m.end()) for m in _INNER_PUNCT.finditer(folded)]
        folded, offsets = _delete(folded, offsets, drop)
    drop = [(m.start() + 2, m.end()) for m in _LONG_RUN.finditer(folded)]
    folded, offsets = _delete(folded, offsets, drop)
    return Normalized(folded, tuple(offsets), original)


def plain_letters(word: str) -> str:
    """``word`` case-folded, without accents or look-alike letters; digits stay digits."""
    return "".join(_fold_char(ch) for ch in word)


def squeeze(word: str) -> str:
    """Collapse every run of one letter: the lexicon key of a word."""
    return _SQUEEZE.sub(r"\1", word)


def tokens(normalized: Normalized) -> list[Token]:
    """The words of a normalised text, with their lexicon keys and spans."""
    found = list(_TOKEN.finditer(normalized.text))
    words = list(map(_GROUP, found))
    # Keys remembered per word: comments reuse words, and squeezing costs a regex pass.
    keys = [_KEYS.get(w) or _key(w) for w in words]
    # Built by C-level calls only: a long comment has hundreds of words.
    columns = zip(words, keys, map(_START, found), map(_END, found), strict=True)
    return list(map(_new_token, columns))


_KEYS: dict[str, str] = {}


def _key(word: str) -> str:
    return remember(_KEYS, word, squeeze(word))


_GROUP = re.Match.group
_START = re.Match.start
_END = re.Match.end


#: ``Token`` from its four fields in one tuple, as ``Token._make`` but with no Python frame.
_new_token: Callable[[tuple[str, str, int, int]], Token] = partial(tuple.__new__, Token)


def fold(text: str) -> str:
    """Just the normalised text, for lexicon entries and model features."""
    return normalize(text).text
