"""Whether an unknown word is a misspelling of a lexicon word, or two words glued together:
the judgements behind the lexicon's repairs (see :class:`palabre.policies.lexicons.Lexicon`),
pure functions on normalised keys."""

from __future__ import annotations


def deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def plausible_typo(key: str, word: str) -> bool:
    """Whether ``key`` is a likely typo of ``word``: the shorter the word, the stricter.

    A dropped or swapped letter is the commonest obfuscation (``womn``, ``haet``); a
    changed or added letter turns too many ordinary short words into lexicon words
    (``specs``, ``pairs``), so it is only accepted on long words.
    """
    if len(word) == len(key) + 1:
        return key in deletes(word)  # dropped letter
    if len(word) == len(key):
        diffs = [i for i, (a, b) in enumerate(zip(key, word, strict=True)) if a != b]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and sorted(key) == sorted(word):
            return True  # swapped neighbours
        return len(diffs) == 1 and len(word) >= 7  # changed letter
    return len(word) == len(key) - 1 and len(word) >= 6 and word in deletes(key)


def prefix_typo(key: str, stem: str) -> bool:
    """Whether ``key`` starts with ``stem`` misspelt by a dropped or swapped letter."""
    n = len(stem)
    if len(key) - n > 3:
        return False  # only an ending may follow: "conse|rvation" is no "conasse"
    if key[: n - 1] in deletes(stem):
        return True  # "disgsted": a dropped letter
    head = key[:n]
    diffs = [i for i, (a, b) in enumerate(zip(head, stem, strict=False)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and sorted(head) == sorted(stem)


#: Words that may be glued in front of a lexicon word though too short to be "known".
GLUE_LEFT = frozenset({"i"})


def glued(left: str, right: str, strong: frozenset[str], known: frozenset[str]) -> bool:
    """Whether ``left + right`` reads as two words, one of them a lexicon word."""
    left_known = left in known or left in GLUE_LEFT
    if right in strong and len(right) >= 4 and left_known:
        return True
    return left in strong and len(left) >= 4 and right in known
