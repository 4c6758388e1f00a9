"""The bound on the engine's memos: what a word, or two neighbouring words, were found
to be, kept so that the next comment with them pays a dictionary lookup.

Comments reuse their words, so a memo saves most of the work; a memo that grew with
every new word would hold a long-running server's whole vocabulary. Each one is
cleared when it reaches ``MEMO_ENTRIES``, a crude bound (refilling is cheap). The memos
keyed by two words give their length, and keys longer than ``LONGEST_KEY`` characters
are not remembered there: pasted junk does not come back, and pairs of it would fill
the memo with large strings.
"""

from __future__ import annotations

from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")

MEMO_ENTRIES = 50_000
LONGEST_KEY = 64


def remember(memo: dict[K, V], key: K, value: V, size: int = 0) -> V:
    """Store ``value`` under ``key`` unless ``size`` (the key's length in characters)
    passes ``LONGEST_KEY``; clear the memo first when it is full. Returns ``value``."""
    if size > LONGEST_KEY:
        return value
    if len(memo) >= MEMO_ENTRIES:
        memo.clear()
    memo[key] = value
    return value
