"""Whether an unknown word is a misspelling of a lexicon word, two words glued together,
or a word with letters starred out: the judgements behind the lexicon's repairs (see
:class:`palabre.policies.lexicons.Lexicon`), pure functions on normalised text and keys."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container, Iterator

from palabre.policies.memo import remember
from palabre.policies.normalize import LETTER_RUN, Normalized, Token, squeeze


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
        if len(diffs) != 1:
            return False
        # A changed letter: on a long word, or a key's neighbour on a shorter one
        # ("juigs", "crèce", "gotans": a finger that slipped, or a letter swapped on purpose).
        return len(word) >= 7 or (len(word) >= 5 and (key[diffs[0]], word[diffs[0]]) in _NEIGHBOURS)
    return len(word) == len(key) - 1 and len(word) >= 6 and word in deletes(key)


#: Letters side by side on a QWERTY or an AZERTY keyboard.
_NEIGHBOURS = frozenset(
    pair
    for row in ("qwertyuiop", "asdfghjkl", "zxcvbnm", "azertyuiop", "qsdfghjklm", "wxcvbn")
    for a, b in itertools.pairwise(row)
    for pair in ((a, b), (b, a))
)


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
#: "a c.u.n.t" joins as "acunt": the article is glued to the letters after it.
GLUE_LEFT = frozenset({"i", "a"})
#: Little words that, glued to one another ("sontdes", "areall"), hide the sentence's shape.
GLUE_FUNCTION = frozenset(map(squeeze, {
    "sont", "des", "est", "une", "un", "les", "are", "is", "the", "all", "tous", "toutes",
    "ces", "de", "la", "du", "que", "qui", "they",
}))  # fmt: skip


def split_glued(key: str, strong: frozenset[str], known: frozenset[str]) -> list[str] | None:
    """``key`` cut in two where a known word is followed by a lexicon word, if anywhere:
    "disgustingvermin". Not "mongoliens" ("mongo" + "liens"): the second word must be
    one the lexicons hold."""
    for i in range(1, len(key)):
        left, right = key[:i], key[i:]
        if right in strong and len(right) >= 4 and left in known:
            return [left, right]
    return None


def function_words(key: str) -> list[str] | None:
    """ "sontdes sous-hommes": two little words glued before the lexicon word."""
    for i in range(2, len(key) - 1):
        if key[:i] in GLUE_FUNCTION and key[i:] in GLUE_FUNCTION:
            return [key[:i], key[i:]]
    return None


def glued(left: str, right: str, strong: frozenset[str], known: frozenset[str]) -> bool:
    """Whether ``left + right`` reads as two words, one of them a lexicon word."""
    left_known = left in known or left in GLUE_LEFT
    if right in strong and len(right) >= 4 and left_known:
        return True
    return left in strong and len(left) >= 4 and right in known


_WORD_CHAR = re.compile(r"[a-z0-9]")  # as normalize.tokens cuts words
#: A run of stars in the original text.
STAR_RUN = re.compile(r"\*+")
_LETTERS = "eaoiusrtnlcmdpgbfvhjkqwxyz"  # commonest first: the first fill that fits wins
#: The most stars inside a word that ``unmask`` fills; ``censored`` reads longer runs.
MAX_STARS_FILLED = 2


def word_start(text: str, at: int) -> int:
    """Where the word holding normalised character ``at`` starts."""
    while at and _WORD_CHAR.match(text, at - 1):
        at -= 1
    return at


def word_char(text: str, at: int) -> bool:
    """Whether normalised character ``at`` belongs to a word, as ``normalize.tokens``
    cuts them."""
    return _WORD_CHAR.match(text, at) is not None


def star_masks(normalized: Normalized) -> dict[int, tuple[int, int]]:
    """Words with stars between their letters: by the word's start in the normalised
    text, where in the word the stars were and how many (at most two: more is a
    censored word nobody can read back)."""
    out: dict[int, tuple[int, int]] = {}
    offsets, text = normalized.offsets, normalized.text
    # From each run of stars in the original, not from every word: a long comment with
    # one "*emphasis*" would otherwise pay for all its letters.
    for run in STAR_RUN.finditer(normalized.original):
        k = bisect.bisect_left(offsets, run.end())  # the character the stars came before
        if (
            len(run.group()) > MAX_STARS_FILLED
            or not 0 < k < len(text)
            or offsets[k - 1] != run.start() - 1
            or not (word_char(text, k - 1) and word_char(text, k))
        ):
            continue
        start = word_start(text, k - 1)
        out.setdefault(start, (k - start, len(run.group())))
    return out


def unmask(
    word: str, mask: tuple[int, int], repaired: tuple[str, ...],
    single: Callable[[str], bool], entry: Callable[[str], bool],
) -> tuple[str, ...]:  # fmt: skip
    """A word with letters starred out ("b*ugnoule", "n**ger") read as the lexicon word
    the stars hide (``single``: a one-word entry; ``entry``: any entry's first word).
    Starring a letter says the word is one the writer knows is not to be written, so
    every list counts, slurs included, but only an exact fill of the stars does: a typo
    on top of a mask is not guessed."""
    if len(repaired) != 1:
        return repaired
    # A fill that is a word of its own wins over one that only starts a phrase: "c*nt" is
    # not the "cant" of "cant drive".
    if single(repaired[0]):
        return repaired
    fills = list(star_fills(word, *mask))
    for key in fills:
        if single(key):
            return (key,)
    if entry(repaired[0]):
        return repaired
    for key in fills:
        if entry(key):
            return (key,)
    return repaired


def star_fills(word: str, at: int, stars: int) -> Iterator[str]:
    """The keys a starred word may stand for: a letter for each star, or two for a lone
    star ("j*fs"), the shortest and commonest fills first."""
    for size in range(stars, stars + 2):
        for fill in itertools.product(_LETTERS, repeat=size):
            yield squeeze(word[:at] + "".join(fill) + word[at:])


#: What may cut a word in two: a dot ("vo.leurs"), a space ("para sites"), a hyphen
#: ("lé-gu-mes").
_CUTS = frozenset({".", " ", "-"})


def rejoined(
    text: str, toks: list[Token], keys: list[str], strong: Callable[[str], bool],
    known: frozenset[str], whole: Callable[[str], bool] | None = None,
    pairs: dict[tuple[bool, str, str], int] | None = None,
) -> tuple[list[Token], list[str]]:  # fmt: skip
    """Words cut by a dot or a space inside them, joined back when together they make a
    word of the lexicons' fuzzy lists (``strong``): "vo.leurs", "dégé.né.rés", "para
    sites". A space joins pieces of which one is no word ("who rebuilt" stays two
    words; "para" is none), or two words that make a long lexicon word whole (``whole``:
    "ver mine"); dots may cut a word in three.

    ``pairs`` remembers what two neighbours make, by their separator (a space or not) and
    keys: a comment tries every pair of its words, and the same pairs come back."""
    n = len(toks)
    # The one character between two words, if only one: a comment is read once for them.
    seps = [text[toks[k].end] if toks[k + 1].start - toks[k].end == 1 else ""
            for k in range(n - 1)]  # fmt: skip
    out_t: list[Token] = []
    out_k: list[str] = []
    i = 0
    while i < n:
        size = 0
        if i + 2 < n and seps[i] in _DOTS and seps[i + 1] in _DOTS:
            size = _joins(keys, i, 3, strong)
        if not size and i + 1 < n and seps[i] in _CUTS:
            pair = (seps[i] == " ", keys[i], keys[i + 1])
            found = pairs.get(pair) if pairs is not None else None
            if found is None:
                found = _pair_size(pair, strong, known, whole)
                if pairs is not None:
                    remember(pairs, pair, found, len(keys[i]) + len(keys[i + 1]))
            size = found
        if size:
            start, end = toks[i].start, toks[i + size - 1].end
            joined = squeeze("".join(keys[i : i + size]))
            out_t.append(Token(text[start:end], joined, start, end))
            out_k.append(joined)
            i += size
        else:
            out_t.append(toks[i])
            out_k.append(keys[i])
            i += 1
    return out_t, out_k


_DOTS = frozenset({".", "-"})


def _pair_size(
    pair: tuple[bool, str, str], strong: Callable[[str], bool], known: frozenset[str],
    whole: Callable[[str], bool] | None,
) -> int:  # fmt: skip
    """2 if two neighbours cut by one separator are one word, else 0."""
    spaced, left, right = pair
    if not spaced or left not in known or right not in known:
        return _joins([left, right], 0, 2, strong)
    if whole is not None:  # "ver mine", "ver min": two words, one lexicon word
        return 2 if _whole_pair(left, right, whole) else 0
    return 0


#: How long a word two known words must make together to be read as one.
_LONG_JOIN = 6


def _whole_pair(left: str, right: str, whole: Callable[[str], bool]) -> bool:
    """Two squeezed keys that make one lexicon word: a letter doubled across the seam
    squeezes to one, and nothing else can change, so no second squeeze is needed."""
    # Not shorter: two little words make one too easily ("tu es" would read "tues").
    if min(len(left), len(right)) < 2 or len(left) + len(right) < _LONG_JOIN:
        return False
    return whole(left + right[1:] if left[-1] == right[0] else left + right)


def _joins(keys: list[str], i: int, size: int, strong: Callable[[str], bool]) -> int:
    """``size`` if the ``size`` keys from ``i`` make a lexicon word together, else 0."""
    pieces = keys[i : i + size]
    if min(map(len, pieces)) < 2:
        return 0
    joined = squeeze("".join(pieces))
    return size if len(joined) >= 5 and strong(joined) else 0


def split_token(tok: Token, pieces: tuple[str, ...] | list[str]) -> list[Token]:
    """One token per glued word: each span ends where its word does (the last one takes
    what is left; a squeezed letter may make the words a letter longer than the text)."""
    out = []
    pos = tok.start
    for k, piece in enumerate(pieces):
        last = k == len(pieces) - 1
        end = tok.end if last else min(pos + len(piece), tok.end - (len(pieces) - 1 - k))
        out.append(Token(tok.text[pos - tok.start : end - tok.start], piece, pos, end))
        pos = end
    return out


#: At most this many words glued into one: "lesromssontdesvoleurs" is five; and at most
#: this many letters.
_MAX_GLUED = 5
MAX_CLAUSE = 40


def glued_clause(
    key: str, known: frozenset[str], strong: Callable[[str], bool]
) -> list[str] | None:
    """A whole clause glued into one word, cut back into its words: "arabsarevermin"
    (a known word, little words such as "are", "sont", "des", then a lexicon word).
    A letter the words share at a seam was squeezed into one ("romsontdesvoleurs" is
    "roms" + "sont" + "des" + "voleurs"), so each next word may start one letter back."""
    if not 10 <= len(key) <= MAX_CLAUSE:
        return None  # a 5,000-letter "word" is no clause: bounded work whatever is pasted

    def rest(pos: int, pieces: list[str]) -> list[str] | None:
        if len(pieces) >= _MAX_GLUED:
            return None
        for start in (pos, pos - 1):
            for end in range(len(key), start + 1, -1):
                piece = key[start:end]
                if end == len(key):
                    if len(piece) >= 4 and strong(piece) and len(pieces) >= 2:
                        return [*pieces, piece]
                elif piece in GLUE_FUNCTION and (found := rest(end, [*pieces, piece])):
                    return found
        return None

    # A little word first, then the longest known word: "delavermine" is "de" + "la" +
    # "vermine", not "del" + "(l)a" + "vermine"; "romsontdesvoleurs" is "roms" + ...
    cuts = sorted(range(len(key) - 6, 1, -1), key=lambda i: (key[:i] not in GLUE_FUNCTION, -i))
    for i in cuts:
        if key[:i] in known and (found := rest(i, [key[:i]])):
            return found
    return None


#: "ill" is a word ("I'm ill"); before a verb of harm it is "I'll": "ill break your jaw".
_ILL_VERBS = frozenset(map(squeeze, {
    "break", "kill", "smash", "stab", "beat", "punch", "find", "end", "hurt", "cut", "shoot",
    "slap", "knock", "bury", "burn", "run", "make", "put", "come", "show", "teach", "rip",
    "snap", "wreck", "batter", "strangle", "choke", "murder", "bash", "kick", "track",
}))  # fmt: skip


_ILL = squeeze("ill")
_I_LL = (squeeze("i"), squeeze("ll"))


def expand_ill(toks: list[Token], keys: list[str]) -> tuple[list[Token], list[str]]:
    """ "ill" before a verb of harm read as "i" "ll", as the apostrophe would have it."""
    if _ILL not in keys:
        return toks, keys
    out_t: list[Token] = []
    out_k: list[str] = []
    for i, (tok, key) in enumerate(zip(toks, keys, strict=True)):
        if key == _ILL and i + 1 < len(keys) and keys[i + 1] in _ILL_VERBS:
            out_t.extend(split_token(tok, _I_LL))
            out_k.extend(_I_LL)
        else:
            out_t.append(tok)
            out_k.append(key)
    return out_t, out_k


def swapped_back(key: str, entries: Container[str], *, fold: bool) -> str | None:
    """The entry word two swapped neighbours hide, read as the keys are (squeezed:
    "klil" is "kill", whose key is "kil"). With ``fold`` one letter may fold into its new
    neighbour ("kill"); French keys fold too many doubles ("grossesse") for that."""
    # A swap can only bring two equal letters together at its seams; where the key
    # had no run to begin with and the seams stay apart, squeezing would change nothing.
    runs = LETTER_RUN.search(key) is not None
    last = len(key) - 1
    for i in range(last):
        a, b = key[i], key[i + 1]
        if a != b:
            word = key[:i] + b + a + key[i + 2 :]
            if runs or (i and key[i - 1] == b) or (i + 2 <= last and key[i + 2] == a):
                word = squeeze(word)
            if word != key and len(key) - len(word) <= fold and word in entries:
                return word
    return None


#: What ends a sentence before a word, so that its capital says nothing.
_SENTENCE_ENDS = frozenset(".!?:;\n«\"“(")


def proper_name(normalized: Normalized, tok: Token, repaired: tuple[str, ...]) -> bool:
    """A capitalised word inside a sentence, repaired into other words: a name or a
    place ("Arnault", "Koné", "Châlons", "Briançon", "la Guillotière", "la Tabaski"),
    which no typo turns into a lexicon word and no missing space cuts in two. Not a
    word in capitals ("CONARD"), nor one that opens a sentence."""
    if repaired == (tok.key,):
        return False
    if not tok.start or tok.start >= len(normalized.offsets):
        return False
    at = normalized.offsets[tok.start]
    word = normalized.original[at : at + len(tok.text)]
    if not word[:1].isupper() or word.isupper():
        return False
    before = normalized.original[:at].rstrip()
    return bool(before) and before[-1] not in _SENTENCE_ENDS
