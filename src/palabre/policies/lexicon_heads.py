"""The entries of a lexicon that may start at one word, ready for the words after it.

:class:`palabre.policies.lexicons.Lexicon` keeps one :class:`Heads` per word it has seen:
reading a comment then costs a dictionary lookup per word, and only the longer entries
whose second word follows are tried in full.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from palabre.policies.lexicon_files import Pattern
from palabre.policies.matches import Match
from palabre.policies.memo import remember
from palabre.policies.phrases import ADVERB_GAPPY, ADVERBS, GAPPY, gapped_at, matches_at

Entry = tuple[Pattern, str, str]  # the pattern, its list and the entry as written


class Ready(NamedTuple):
    """An entry of two words or more, ready to be tried once its first two are found."""

    pattern: Pattern
    name: str
    entry: str
    #: Its words after the first two, to compare with the comment's as one list; None
    #: when one of them ends in "*" and must be matched word by word.
    tail: list[str] | None
    #: Whether one more word may slip in after its second ("vos jours *ici* sont
    #: comptés"), and then which words may (None: any word).
    gappy: bool
    slipped: frozenset[str] | None


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
    gappy = name in ADVERB_GAPPY or name in GAPPY
    slipped = ADVERBS if name in ADVERB_GAPPY else None
    return Ready(pattern, name, entry, None if starred else tail, gappy, slipped)


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
        pair = (key, keys[i + 1])
        ready = memo.get(pair)
        if ready is None:
            ready = [_ready(e) for e in heads.longer(keys[i + 1])]
            remember(memo, pair, ready, len(key) + len(keys[i + 1]))
        for pattern, name, entry, tail, gappy, slipped in ready:
            size = len(pattern)
            if size == 2 or (
                keys[i + 2 : i + size] == tail if tail is not None
                else matches_at(pattern, keys, i)
            ):  # fmt: skip
                found.append(Match(name, entry, i, i + size))
            elif gappy and gapped_at(pattern, keys, i, slipped):
                found.append(Match(name, entry, i, i + size + 1))
    return found
