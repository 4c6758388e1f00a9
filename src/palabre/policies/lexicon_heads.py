"""The entries of a lexicon that may start at one word, ready for the words after it.

:class:`palabre.policies.lexicons.Lexicon` keeps one :class:`Heads` per word it has seen:
reading a comment then costs a dictionary lookup per word, and only the longer entries
whose second word follows are tried in full.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from palabre.policies.lexicon_files import Pattern

Entry = tuple[Pattern, str, str]  # the pattern, its list and the entry as written


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
