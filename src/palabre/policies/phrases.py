"""How a lexicon entry of several words is found among a comment's keys: word for word,
with one word slipped in where the list allows it, and the longest match kept."""

from __future__ import annotations

from palabre.policies.lexicon_files import Pattern
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrase_sets import PhraseSet
from palabre.policies.sentences import NEGATING

#: Lists whose phrases of three words or more still match with one word slipped in
#: after their second: a threat or a trope is written with an adverb or a place added.
GAPPY = frozenset({"intimidation", "implicit", "neg_attr"})
#: Words that change a phrase they slip into: a negation, a "but".
_NEVER_SKIPPED = NEGATING | frozenset({"mais", "but"})

#: Lists whose phrases still match with an adverb slipped in: "je ne pense absolument pas
#: que", "I don't really think".
ADVERB_GAPPY = frozenset({"neg_clause", "negation", "counter"})
ADVERBS = frozenset(map(squeeze, {"absolument", "vraiment", "franchement", "sincerement",
                                   "honnetement", "personnellement", "perso", "really",
                                   "honestly", "seriously", "truly", "actually",
                                   "personally", "frankly", "certainement", "surement",
                                   "certainly"}))  # fmt: skip


def phrase_set(*texts: str) -> PhraseSet:
    """Phrases written as the keys a comment is read in: "n'a rien d'" -> ("n", "a", ...)."""
    return PhraseSet(tuple(map(squeeze, p.split())) for p in texts)


#: The longest phrase ``phrase_at`` looks for: "pourquoi est-ce que les" has five keys.
_LONGEST_PHRASE = 6


def phrase_at(keys: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> bool:
    """Whether one of ``phrases`` (of up to six words) starts at ``keys[i]``."""
    if isinstance(phrases, PhraseSet):
        if i >= len(keys) or keys[i] not in phrases.heads:
            return False
        if (keys[i],) in phrases:
            return True
        # Longer phrases only where their first two words are: "de" starts many, "de la" few.
        return tuple(keys[i : i + 2]) in phrases.openings and any(
            tuple(keys[i : i + n]) in phrases for n in phrases.lengths if n <= _LONGEST_PHRASE
        )
    return any(tuple(keys[i : i + n]) in phrases for n in range(1, _LONGEST_PHRASE + 1))


def longest_at(keys: list[str], i: int, phrases: frozenset[tuple[str, ...]]) -> tuple[str, ...]:
    """The longest of ``phrases`` that starts at ``i``, as the evidence an editor reads
    ("l ont bien cherche", not "l ont"); call it where ``phrase_at`` found one."""
    return max((tuple(keys[i : i + n]) for n in range(1, _LONGEST_PHRASE + 1)),
               key=lambda words: len(words) if words in phrases else 0)  # fmt: skip


def phrase_starts(
    keys: list[str], phrases: PhraseSet, lo: int = 0, hi: int | None = None
) -> list[int]:
    """Where one of ``phrases`` starts in ``keys[lo:hi]``. Only the words that start a
    phrase are tried: a long comment has hundreds of others."""
    heads = phrases.heads
    if heads.isdisjoint(keys):
        return []  # most comments: one pass in C, not one Python test per word
    end = len(keys) if hi is None else hi
    return [i for i in range(lo, end) if keys[i] in heads and phrase_at(keys, i, phrases)]


def matches_at(pattern: Pattern, keys: list[str], i: int) -> bool:
    """``pattern`` word for word at ``i``; a last word ending in "*" matches any ending."""
    if i + len(pattern) > len(keys):
        return False
    for word, key in zip(pattern, keys[i : i + len(pattern)], strict=True):
        if word.endswith("*"):
            if not key.startswith(word[:-1]):
                return False
        elif key != word:
            return False
    return True


def gapped_at(
    pattern: Pattern, keys: list[str], i: int, only: frozenset[str] | None = None
) -> bool:
    """``pattern`` at ``i`` with one more word inside it, after its second: "vos jours
    *ici* sont comptés", "we know where your *local* mosque is"; with ``only``, that
    word must be one of them ("je ne pense *absolument* pas que")."""
    if i + len(pattern) + 1 > len(keys):
        return False
    # Whichever word is skipped, the pattern's last word is the one after its span.
    last, after = pattern[-1], keys[i + len(pattern)]
    if not (after.startswith(last[:-1]) if last.endswith("*") else after == last):
        return False
    if only is None and _NEVER_SKIPPED.intersection(pattern):
        return False  # a phrase that holds a negation is read as written
    for j in range(2, len(pattern)):
        if keys[i + j] in _NEVER_SKIPPED or (only is not None and keys[i + j] not in only):
            continue
        words = keys[i : i + j] + keys[i + j + 1 : i + len(pattern) + 1]
        if matches_at(pattern, words, 0):
            return True
    return False


def drop_nested(found: list[Match]) -> list[Match]:
    """A word inside a longer match is read as part of it: "can't stand" is no negation."""
    longest: list[Match] = []
    for m in sorted(found, key=lambda m: m.first - m.last):
        if any(
            o.first <= m.first and m.last <= o.last and (o.last - o.first) > (m.last - m.first)
            for o in longest
        ):
            continue
        longest.append(m)
    return sorted(longest, key=lambda m: (m.first, m.last))
