"""A set of phrases that knows the words they start with.

A module of its own because a subclass of a built-in type cannot be compiled by mypyc
(see ``palabre.policies.compiled``): it stays Python while the modules that read it are
compiled.
"""

from __future__ import annotations

from collections.abc import Iterable


class PhraseSet(frozenset[tuple[str, ...]]):
    """Phrases, with the words they start with: most words of a comment start none, and
    ``phrase_at`` then looks no further."""

    heads: frozenset[str]
    #: The first two words of the phrases of two words or more, and their lengths.
    openings: frozenset[tuple[str, str]]
    lengths: tuple[int, ...]

    def __new__(cls, phrases: Iterable[tuple[str, ...]]) -> PhraseSet:
        self = super().__new__(cls, phrases)
        self.heads = frozenset(p[0] for p in self)
        self.openings = frozenset((p[0], p[1]) for p in self if len(p) >= 2)
        self.lengths = tuple(sorted({len(p) for p in self if len(p) >= 2}))
        return self
