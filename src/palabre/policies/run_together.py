"""A phrase typed without its spaces, cut back into its words: "mortauxjuifs",
"iwillfindyouandkillyou", "unegrossesalope".

The last repair the lexicon tries on an unknown long word. It cuts only into short
function words and known words, so a word missing from the known list is left whole;
``training/known_words.py`` protects the dictionary words it would still cut.
"""

from __future__ import annotations

from collections.abc import Callable, Container

from palabre.policies.normalize import squeeze
from palabre.policies.typos import MAX_CLAUSE

#: The short words a phrase typed without spaces may hold: articles, pronouns,
#: prepositions and auxiliaries, with the elided "j'", "l'", "t'", "d'" ("jvaistebuter").
#: Any other piece must be a known word of four letters or more, or a lexicon word: a
#: word missing from the known list is not cut into "li" + "te" + "rat" + "ure".
_SHORT_WORDS = frozenset(map(squeeze, {
    "a", "i", "j", "l", "t", "d", "s", "m", "n", "c", "y", "qu",
    "je", "tu", "te", "il", "on", "ils", "nous", "vous", "le", "la", "les", "un", "une",
    "des", "de", "du", "au", "aux", "et", "ou", "en", "ce", "ces", "cet", "se", "sa", "son",
    "ses", "ma", "mon", "mes", "ta", "ton", "tes", "que", "qui", "ne", "pas", "sur", "par",
    "est", "es", "sont", "suis", "ai", "as", "ont", "va", "vais", "vas", "tous", "sale",
    "you", "he", "she", "it", "we", "me", "him", "her", "us", "my", "his", "its", "our",
    "the", "an", "of", "to", "in", "at", "for", "and", "or", "is", "are", "was",
    "be", "am", "will", "all", "this", "that", "so", "not", "no", "do", "get", "go", "ll",
}))  # fmt: skip
_MIN_SEGMENTED = 8
_MAX_SEGMENTS = 8
_MIN_MEAN_PIECE = 2.5
_LONGEST_WORD = 20


def segmented(
    key: str, words: Container[str], strong: Callable[[str], bool]
) -> list[str] | None:
    """A phrase typed without its spaces, cut back into words when one of them is a
    lexicon word: "mortauxjuifs", "iwillfindyouandkillyou", "unegrossesalope". Every
    piece must be a known word; the cut with the fewest pieces wins. A letter the words
    share at a seam was squeezed into one, so a piece may start on the last letter of
    the one before ("femesont": "femes" + "sont")."""
    n = len(key)
    if not _MIN_SEGMENTED <= n <= MAX_CLAUSE or not key.isalpha():
        return None
    unreached = n + 1
    best = [0] + [unreached] * n  # fewest pieces for key[:i]
    back = [(0, 0)] * (n + 1)  # (where the piece starts, where the one before ends)
    for end in range(1, n + 1):
        for start in range(max(0, end - _LONGEST_WORD), end):
            piece = key[start:end]
            size = end - start
            # Cheapest tests first: a cold comment pays this for each unknown long word.
            if not ((size >= 4 and piece in words) or piece in _SHORT_WORDS
                    or (size == 3 and strong(piece))):  # fmt: skip
                continue
            for before in (start, start + 1) if start else (0,):
                if before < end and best[before] + 1 < best[end]:
                    best[end], back[end] = best[before] + 1, (start, before)
    if not 2 <= best[n] <= _MAX_SEGMENTS:
        return None
    pieces: list[str] = []
    at = n
    while at:
        start, before = back[at]
        pieces.append(key[start:at])
        at = before
    pieces.reverse()
    if len(pieces[-1]) == 1:
        return None  # an elided letter stands before a word: "ahurissant" is no "ahuri is an t"
    if n < _MIN_MEAN_PIECE * len(pieces):
        return None  # crumbs, not words: "connaisse" is no "con" + "n" + "a" + "is" + "se"
    return pieces if any(len(p) >= 3 and strong(p) for p in pieces) else None
