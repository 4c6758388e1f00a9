"""The entries of a lexicon that may start at one word, ready for the words after it.

:class:`palabre.policies.lexicons.Lexicon` keeps one :class:`Heads` per word it has seen:
reading a comment then costs a dictionary lookup per word, and only the longer entries
whose second word follows are tried in full.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

from palabre.policies.lexicon_files import Pattern
from palabre.policies.matches import Match
from palabre.policies.phrases import ADVERB_GAPPY, ADVERBS, GAPPY, gapped_at, matches_at

Entry = tuple[Pattern, str, str]  # the pattern, its list and the entry as written
#: An entry ready to be tried after its first two words: its words after them, as a
#: list to compare with the comment's (None when one ends in "*"), and whether a word
#: may slip in (None: no; else the words that may, or None inside for any word).
Ready = tuple[Pattern, str, str, list[str] | None, tuple[frozenset[str] | None] | None]
#: How many pairs of words ``entries_in`` remembers the entries of.
PAIRS_REMEMBERED = 50_000


@dataclass(frozen=True, slots=True)
class Heads:
    """The entries that may start at one word, ready for the words that follow it."""

    #: One-word entries, ``(list, entry)``: found as soon as the word is.
    single: tuple[tuple[str, str], ...]
    #: Longer entries by their second word, and those whose second word ends in "*",
    #: each with its rank among the word's entries.
    second: dict[str, list[tuple[int, Entry]]]
    second_prefix: tuple[tuple[str, int, Entry], ...]
    longer_entries: bool = False

    @classmethod
    def of(cls, entries: list[Entry]) -> Heads:
        single: list[tuple[str, str]] = []
        second: dict[str, list[tuple[int, Entry]]] = defaultdict(list)
        second_prefix: list[tuple[str, int, Entry]] = []
        for rank, item in enumerate(entries):
            pattern, name, entry = item
            if len(pattern) == 1:
                single.append((name, entry))
            elif pattern[1].endswith("*"):
                second_prefix.append((pattern[1][:-1], rank, item))
            else:
                second[pattern[1]].append((rank, item))
        longer = bool(second or second_prefix)
        return cls(tuple(single), dict(second), tuple(second_prefix), longer)

    def longer(self, following: str) -> list[Entry]:
        """Entries of two words or more whose second word ``following`` matches, in the
        order of the lexicon (which one is kept among equal spans depends on it)."""
        ranked = list(self.second.get(following, ()))
        ranked.extend((rank, e) for stem, rank, e in self.second_prefix
                      if following.startswith(stem))  # fmt: skip
        if len(ranked) > 1:
            ranked.sort(key=_rank)
        return [e for _, e in ranked]


def _rank(item: tuple[int, Entry]) -> int:
    return item[0]


def _ready(item: Entry) -> Ready:
    pattern, name, entry = item
    tail = list(pattern[2:])
    starred = any(w.endswith("*") for w in tail)
    gap = (ADVERBS,) if name in ADVERB_GAPPY else (None,) if name in GAPPY else None
    return (pattern, name, entry, None if starred else tail, gap)


def entries_in(
    keys: list[str], known: dict[str, Heads], heads_of: Callable[[str], Heads],
    memo: dict[tuple[str, str], list[Ready]],
) -> list[Match]:  # fmt: skip
    """Every entry found in ``keys``, in the order of the words and then of the lexicon.
    ``known`` holds the heads of the words met so far, ``heads_of`` finds the others.
    ``memo`` keeps the entries that may start at a word and its next one, by the two:
    "de la", "les X" come back in every comment."""
    found: list[Match] = []
    last = len(keys) - 1
    for i, key in enumerate(keys):
        heads = known.get(key) or heads_of(key)
        for name, entry in heads.single:
            found.append(Match(name, entry, i, i + 1))
        if not heads.longer_entries or i >= last:
            continue
        ready = memo.get((key, keys[i + 1]))
        if ready is None:
            ready = [_ready(e) for e in heads.longer(keys[i + 1])]
            if len(memo) >= PAIRS_REMEMBERED:
                memo.clear()  # a crude bound: refilling is cheap
            memo[key, keys[i + 1]] = ready
        for pattern, name, entry, tail, gap in ready:
            size = len(pattern)
            if size == 2 or (
                keys[i + 2 : i + size] == tail if tail is not None
                else matches_at(pattern, keys, i)
            ):  # fmt: skip
                found.append(Match(name, entry, i, i + size))
            elif gap is not None and gapped_at(pattern, keys, i, gap[0]):
                found.append(Match(name, entry, i, i + size + 1))
    return found
