"""What a lexicon scan finds in a comment: its words, and the entries matched on them.

Kept apart from :mod:`palabre.policies.lexicons`, which builds and runs the matcher: the
rules read these results and need nothing else from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from palabre.policies.normalize import Normalized, Token


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon entry found in a comment: which list, and which tokens."""

    list: str
    entry: str
    first: int
    last: int  # exclusive


@dataclass(slots=True)
class Scan:
    """A comment cut into words, with every lexicon match."""

    normalized: Normalized
    tokens: list[Token]
    keys: list[str]
    matches: list[Match]
    by_list: dict[str, list[Match]] = field(default_factory=dict)
    #: Keys before repairs, as the trained models saw them.
    raw_keys: list[str] = field(default_factory=list)

    def has(self, name: str) -> bool:
        return bool(self.by_list.get(name))

    def get(self, name: str) -> Sequence[Match]:
        # The rules ask for every list of every comment, and most are empty: one shared
        # empty tuple instead of a new list each time.
        return self.by_list.get(name, _NONE)

    def span(self, match: Match) -> tuple[int, int]:
        """The original-text span of a match."""
        start = self.tokens[match.first].start
        end = self.tokens[match.last - 1].end
        return self.normalized.span(start, end)


_NONE: tuple[Match, ...] = ()
