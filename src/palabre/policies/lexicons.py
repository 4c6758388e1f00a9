"""Lexicons per category and language, and the matcher that finds them in a comment.

The word lists are plain text files under ``lexicons/<lang>/<list>.txt``: one entry a
line, ``#`` starts a comment, a trailing ``*`` accepts any ending (``degout*``), and
an entry of several words matches them in sequence. Entries are normalised exactly
like comments (see :mod:`palabre.policies.normalize`), so editors write them with
accents and capitals as they please. A site adds its own entries in its policy file.

Before matching, words that are not in the lexicons nor in the list of known words
get two repairs, because that is where obfuscation hides: a misspelt word one edit
away from a lexicon word is read as that word (``stupd``, ``haet``), and two words
glued together are cut apart (``ihate``, ``justpathetic``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cache

from palabre.policies.censored import CensoredWords, censored_spans
from palabre.policies.informal import CONTRACTIONS, TEXTING_FR
from palabre.policies.institutions import drop_state_adjectives
from palabre.policies.lexicon_files import (
    Pattern,
    builtin_entries,
    entry_pattern,
    known_words,
)
from palabre.policies.lexicon_heads import Entry, Heads, Ready, entries_in
from palabre.policies.matches import Match, Scan
from palabre.policies.memo import remember
from palabre.policies.normalize import Normalized, Token, fold, normalize, squeeze, tokens
from palabre.policies.phrases import drop_nested
from palabre.policies.run_together import segmented
from palabre.policies.typos import (
    GLUE_LEFT,
    deletes,
    expand_ill,
    function_words,
    glued,
    glued_clause,
    plausible_typo,
    prefix_typo,
    proper_name,
    rejoined,
    split_glued,
    split_token,
    star_masks,
    swapped_back,
    unmask,
)

LANGUAGES = ("fr", "en")
_GROUP_LISTS = ("identity", "identity_adj", "slur", "slur_ambiguous", "worship")
#: Every list the checks use. A missing file is an empty list.
LISTS = (
    "identity", "identity_adj", "person_noun", "hate_verb", "neg_attr", "dehum",
    "threat", "threat_direct", "slur", "slur_ambiguous", "insult", "insult_weak",
    "profanity", "negation", "positive", "counter", "neutral", "second_person",
    "third_person", "accusation", "spam", "custom", "modal", "first_person", "victim_prep",
    "neg_clause", "reporting", "doubt", "implicit", "cleared", "role", "worship", "dogwhistle",
    "intimidation", "insinuation", "euphemism", "suspects", "sport", "institution", "thing",
    "sexual", "body", "misfortune", "longing", "regret", "kitchen", "sexist",
)  # fmt: skip

#: Lists read beside the others: their phrases neither hide nor are hidden by another
#: list's ("j'espère que" is a modal and a wish; "un cancer" a misfortune and an insult).
_BESIDE = frozenset({"misfortune", "longing", "regret", "kitchen", "dogwhistle", "sexist"})
#: Lists whose words are worth repairing a misspelling towards.
_FUZZY_LISTS = frozenset(
    {"identity", "identity_adj", "person_noun", "hate_verb", "neg_attr", "dehum", "threat",
     "slur", "insult", "positive"}
)

#: Lists whose phrases may name the group they are said of ("interdire les homos").
_SAID_OF_GROUPS = frozenset({"neg_attr", "dehum", "implicit", "insult", "insult_weak",
                             "threat", "hate_verb"})  # fmt: skip
#: Lists whose French entries also match without their "ne".
_NE_DROPPED = frozenset({"implicit", "neg_attr", "insinuation", "intimidation"})
#: Lists whose words two ordinary words may make together ("ver" + "mine"); not praise
#: ("va" + "leur" is no "valeur") nor a group's name.
_DEROGATORY = frozenset({"neg_attr", "dehum", "threat", "slur", "insult", "hate_verb"})

#: "hate" with a middle letter dropped. Only that verb: the French "hais", "hait" would
#: read "his", "hit", "has", "hat".
_HATE_SHORTENED = frozenset({"hte", "hae"})
#: The usual ways of writing "fuck" past a filter: frequent enough in the corpora to be
#: known words, so read before the known-word test.
_FUCK_SPELT = frozenset({"fuk", "fck", "fuc"})


class Lexicon:
    """The compiled lists of one language, ready to scan comments."""

    def __init__(self, lang: str, extra: Mapping[str, Iterable[str]] | None = None) -> None:
        self.lang = lang
        self.entries: dict[str, list[str]] = {}
        self._exact: dict[str, list[Entry]] = defaultdict(list)
        self._prefix: dict[str, list[Entry]] = defaultdict(list)
        vocab: set[str] = set()
        fuzzy: dict[str, set[str]] = defaultdict(set)
        fuzzy_prefix: dict[str, set[str]] = defaultdict(set)
        pairs: set[Pattern] = set()
        derogatory: set[str] = set()
        for name in LISTS:
            items = list(builtin_entries(lang, name))
            if extra and name in extra:
                items.extend(extra[name])
            self.entries[name] = items
            for entry in items:
                pattern = entry_pattern(entry)
                if not pattern:
                    continue
                head = pattern[0]
                # Written French drops the "ne" that "rien", "jamais" or "pas" carries:
                # "ils ont rien à faire ici" is "ils n'ont rien à faire ici".
                ne_dropped = (lang == "fr" and name in _NE_DROPPED and head in ("n", "ne")
                              and len(pattern) > 2)  # fmt: skip
                for form in (pattern, pattern[1:]) if ne_dropped else (pattern,):
                    target = self._prefix if form[0].endswith("*") else self._exact
                    target[form[0].rstrip("*")].append((form, name, entry))
                for word in pattern:
                    vocab.add(word.rstrip("*"))
                if (len(pattern) == 1 and name in _FUZZY_LISTS and name != "slur"
                        and head.endswith("*") and len(head) > 6):  # fmt: skip
                    stem = head.rstrip("*")
                    for variant in deletes(stem) | {stem}:
                        fuzzy_prefix[variant].add(stem)
                if len(pattern) == 2 and name in _FUZZY_LISTS and "*" not in entry:
                    pairs.add(pattern)  # "poidsmorts": an entry of two words, glued
                if len(pattern) == 1 and name in _FUZZY_LISTS and len(head.rstrip("*")) >= 4:
                    stem = head.rstrip("*")
                    if name in _DEROGATORY:
                        derogatory.add(stem)
                    for variant in deletes(stem) | {stem}:
                        fuzzy[variant].add(stem)
        self._vocab = frozenset(w for w in vocab if len(w) >= 2)
        self._strong = frozenset(w for w in fuzzy if w in vocab)
        self._pairs = frozenset(pairs)
        self._derogatory = frozenset(derogatory)
        self._groups = frozenset(w.rstrip("*") for n in _GROUP_LISTS for e in self.entries[n]
                                 for w in entry_pattern(e))  # a misspelt group is repaired
        #: Stems of long "word*" entries: "sontinferieures" is "sont" + "inferieur*".
        self._strong_stems = frozenset(s for s in fuzzy_prefix if s in vocab and len(s) >= 6)
        self._strong_stem_lengths = sorted({len(s) for s in self._strong_stems})
        self._known = known_words() | self._vocab
        self._fuzzy = {k: sorted(v) for k, v in fuzzy.items()}
        self._prefix_lengths = sorted({len(k) for k in self._prefix})
        self._fuzzy_prefix = {k: sorted(v) for k, v in fuzzy_prefix.items()}
        self._fuzzy_prefix_lengths = sorted({len(k) for k in self._fuzzy_prefix}, reverse=True)
        self._repairs: dict[str, tuple[str, ...]] = {}
        self._doubled: dict[str, tuple[str, ...]] = {}  # by the word as written
        self._heads: dict[str, Heads] = {}
        self._cut_pairs: dict[tuple[bool, str, str], int] = {}  # see typos.rejoined
        self._longer: dict[tuple[str, str], list[Ready]] = {}  # see entries_in
        self._censored = CensoredWords(lang, self.entries)

    # -- repairs -----------------------------------------------------------------

    def _matches_prefix(self, key: str) -> bool:
        size, prefix = len(key), self._prefix
        for n in self._prefix_lengths:  # shortest first
            if n > size:
                return False
            if key[:n] in prefix:
                return True
        return False

    def _repair(self, key: str) -> list[str]:
        """Misspelt or glued words, read as the lexicon words they hide. Remembered per
        word: comments reuse the same words, and finding no repair is the costly case."""
        cached = self._repairs.get(key)
        if cached is None:
            cached = remember(self._repairs, key, tuple(self._repair_uncached(key)))
        return list(cached)

    def _repair_uncached(self, key: str) -> list[str]:
        if self.lang == "en" and key in CONTRACTIONS:
            return list(CONTRACTIONS[key])  # "theyre": "they" "re"
        if self.lang == "fr" and key in TEXTING_FR:
            return list(TEXTING_FR[key])  # "ki": "qui", "jvé": "je" "vais"
        if key in _FUCK_SPELT and "fuck" in self._vocab:
            return ["fuck"]
        if len(key) == 3 and key not in self._known and key.isalpha():
            # "I hte Jews": a verb of hatred with its middle letter dropped, and only that
            # (shorter words are too often other words: "ter" is a train, not "tuer").
            return ["hate"] if key in _HATE_SHORTENED and "hate" in self._vocab else [key]
        if key in self._known or len(key) < 4 or key.isdigit():
            return [key]
        if self._matches_prefix(key):  # "disgust*" in "disgustingvermin": glued after it
            return (10 <= len(key) <= 40 and split_glued(key, self._strong, self._known)) or [key]
        if "k" in key:  # "k0nnard", "kunt": a hard c spelt with a k
            for hard_c in (key.replace("k", "c"), key.replace("k", "qu")):
                if self._is_entry_word(hard_c):
                    return [hard_c]
        if "q" in key and "qu" not in key and self._is_entry_word(key.replace("q", "g")):
            return [key.replace("q", "g")]  # "niqqers": a g with its tail cut
        if key.endswith("z") and self._is_entry_word(key[:-1] + "s"):
            return [key[:-1] + "s"]  # "gogolz", "chinkz": a plural spelt with a z
        candidates: set[str] = set(self._fuzzy.get(key, ()))
        # The variants that are keys at all, found in one set operation: most are not.
        for variant in self._fuzzy.keys() & deletes(key):
            candidates.update(self._fuzzy[variant])
        candidates = {c for c in candidates if plausible_typo(key, c)}
        if candidates:
            # Closest length first (a dropped letter beats a changed one), then stable.
            return [min(candidates, key=lambda c: (abs(len(c) - len(key) - 1), c))]
        unswapped = swapped_back(key, self._exact, fold=self.lang == "en")
        if unswapped:
            return [unswapped]  # "klil", "fukc": two neighbours swapped
        for n in self._fuzzy_prefix_lengths:  # "disgutsed": a misspelt "disgust*"
            if len(key) >= n and n >= 6:
                head = key[:n]
                found = set(self._fuzzy_prefix.get(head, ()))
                for variant in self._fuzzy_prefix.keys() & deletes(head):
                    found.update(self._fuzzy_prefix[variant])
                # A changed letter is not a typo here: "conser(vation)" is no "conasse".
                found = {s for s in found if prefix_typo(key, s)}
                if found:
                    stem = min(found)
                    head = key[: len(stem)]
                    swapped = sorted(head) == sorted(stem)
                    cut = len(stem) if swapped else len(stem) - 1
                    return [stem + key[cut:]]
        if len(key) >= 5:
            for i in range(1, len(key)):
                left, right = key[:i], key[i:]
                # "poidsmorts"; "êtreexpulsés", whose key squeezed the "ee" to one.
                for second in (right, right.removesuffix("s"), key[i - 1 :]):
                    if (left, second) in self._pairs:
                        return [left, second]
                if glued(left, right, self._strong, self._known) or (
                    (left in self._known or left in GLUE_LEFT)
                    and self._starts_with_strong_stem(right)
                ):  # fmt: skip
                    return [left, right]
            return (function_words(key) or glued_clause(key, self._known, self._is_strong)
                    or segmented(key, self._known, self._is_strong) or [key])  # fmt: skip
        return [key]

    def _repair_doubled(self, tok: Token) -> tuple[str, ...]:
        """A word whose dropped letter left two letters side by side ("maadie",
        "éliinait"): squeezing them took a second letter away, so the word as written
        is repaired instead, towards one word only."""
        cached = self._doubled.get(tok.text)
        if cached is None:
            cached = (tok.key,)
            if not (tok.key in self._known or self._is_entry_word(tok.key)):
                found = self._repair_uncached(tok.text)
                if len(found) == 1 and found[0] != tok.text:
                    cached = (squeeze(found[0]),)
            remember(self._doubled, tok.text, cached)
        return cached

    @staticmethod
    def _groups_inside(found: list[Match], kept: list[Match]) -> list[Match]:
        """The group named inside a derogatory phrase, read too: "les femmes à la
        cuisine", "no more Muslims in" name whom they are said of."""
        inside = [m for m in found if m.list in _GROUP_LISTS and m not in kept and any(
            k.list in _SAID_OF_GROUPS and k.first <= m.first and m.last <= k.last for k in kept
        )]  # fmt: skip
        return sorted(kept + inside, key=lambda m: (m.first, m.last)) if inside else kept

    def _is_entry_word(self, key: str) -> bool:
        return key in self._exact or self._matches_prefix(key)

    def _is_single_entry(self, key: str) -> bool:
        heads = self._heads.get(key) or self._heads_uncached(key)
        return bool(heads.single)

    def _whole_word(self, joined: str) -> bool:
        """A word of the fuzzy lists, as a whole: what two ordinary words cut from it may
        make together ("ver" + "mine")."""
        return joined in self._derogatory

    def _is_strong(self, word: str) -> bool:
        return word in self._strong or self._starts_with_strong_stem(word)

    def _starts_with_strong_stem(self, word: str) -> bool:
        """Whether ``word`` is a strong stem plus at most three letters ("inferieures")."""
        # A loop, not any() over a generator: it runs for every unknown word of a comment.
        size, stems = len(word), self._strong_stems
        for n in self._strong_stem_lengths:  # shortest first
            if n > size:
                return False
            if n >= size - 3 and word[:n] in stems:
                return True
        return False

    # -- matching ----------------------------------------------------------------

    def _heads_uncached(self, key: str) -> Heads:
        """The entries whose first word ``key`` is: exact ones, then "word*" ones by
        length. Remembered per key, like repairs."""
        found = list(self._exact.get(key, ()))
        adverb = self.lang == "fr" and key.endswith("ment")  # "sauvagement" is no "sauvage"
        size = len(key)
        for n in self._prefix_lengths:
            if n > size:
                break
            entries = self._prefix.get(key[:n])
            if entries:
                found.extend(e for e in entries
                             if not (adverb and e[1] in _DEROGATORY and size > n + 3))
        return remember(self._heads, key, Heads.of(found))

    def scan(self, text: str | Normalized) -> Scan:
        """Normalise ``text`` (unless it already is) and find every lexicon entry."""
        normalized = text if isinstance(text, Normalized) else normalize(text)
        toks: list[Token] = []
        keys: list[str] = []
        raw = tokens(normalized)
        repairs = self._repairs
        starred = "*" in normalized.original
        masks = star_masks(normalized) if starred else None
        censored = censored_spans(normalized) if starred else None
        for tok in raw:
            repaired = repairs.get(tok.key)  # what _repair remembers, without a copy
            if repaired is None:
                repaired = tuple(self._repair(tok.key))
            if repaired[0] == tok.key and len(tok.text) == len(tok.key) + 1:
                repaired = self._repair_doubled(tok)  # one double only: "noooon" is meant
            if self._groups.isdisjoint(repaired) and proper_name(normalized, tok, repaired):
                repaired = (tok.key,)  # "Arnault" is no "arnaque", "Koné" no "cône"
            if masks and tok.start in masks:
                repaired = unmask(tok.text, masks[tok.start], repaired,
                                  self._is_single_entry, self._is_entry_word)
            if censored and tok.start in censored:  # "c******", "f***ing"
                read = self._censored.read(tok.text, *censored[tok.start])
                repaired = (read,) if read else repaired
            if len(repaired) == 1:
                toks.append(tok)
                keys.append(repaired[0])
            else:  # glued words: split the span where each word ends
                toks.extend(split_token(tok, repaired))
                keys.extend(repaired)
        if len(toks) > 1:  # "vo.leurs", "para sites": a word cut, joined back
            toks, keys = rejoined(normalized.text, toks, keys, self._is_strong, self._known,
                                  self._whole_word, self._cut_pairs)
        if self.lang == "en":
            toks, keys = expand_ill(toks, keys)
        found = entries_in(keys, self._heads, self._heads_uncached, self._longer)
        side = [m for m in found if m.list in _BESIDE]
        if side:  # "un cancer" (a misfortune) must not hide "cancer" (dehumanising)
            found = [m for m in found if m.list not in _BESIDE]
            matches = sorted(drop_nested(found) + drop_nested(side),
                             key=lambda m: (m.first, m.last))  # fmt: skip
        else:
            matches = drop_nested(found)
        if len(matches) < len(found):
            matches = self._groups_inside(found, matches)
        if any(m.list == "neutral" for m in matches):
            # A neutral entry on the very same words vetoes the others: "salopette"; and
            # the words read beside others inside it ("quenelles sauce Nantua").
            neutral = [m for m in matches if m.list == "neutral"]
            vetoed = {(m.first, m.last) for m in neutral}
            matches = [m for m in matches if m.list == "neutral" or (
                (m.first, m.last) not in vetoed
                and not (m.list in _BESIDE and any(n.first <= m.first and m.last <= n.last
                                                   for n in neutral)))]  # fmt: skip
        matches = drop_state_adjectives(matches)
        by_list: dict[str, list[Match]] = defaultdict(list)
        for m in matches:
            by_list[m.list].append(m)
        return Scan(normalized, toks, keys, matches, dict(by_list), [t.key for t in raw])


@cache
def builtin_lexicon(lang: str) -> Lexicon:
    """The shipped lexicon of a language, compiled once per process."""
    return Lexicon(lang if lang in LANGUAGES else "en")


def load_lexicon(lang: str, extra: Mapping[str, Iterable[str]] | None = None) -> Lexicon:
    """The shipped lexicon plus a site's own entries (``{list: [entries]}``)."""
    if not extra or not any(extra.values()):
        return builtin_lexicon(lang)
    return Lexicon(lang if lang in LANGUAGES else "en", extra)


__all__ = [
    "LANGUAGES",
    "LISTS",
    "Lexicon",
    "Match",
    "Scan",
    "builtin_lexicon",
    "fold",
    "load_lexicon",
    "squeeze",
]
