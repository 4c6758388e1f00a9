"""A scanned comment cut into sentences and quotes, and the French and English rules
that tell whether a lexicon match is denied ("je ne hais pas", "I don't think that")."""

from __future__ import annotations

import bisect
import itertools
import re

from palabre.policies.matches import Match, Scan
from palabre.policies.normalize import squeeze

_QUOTE = re.compile('"')
#: A single quote that opens (after a space, before a letter) or closes (after a word,
#: before a space or punctuation); an apostrophe inside a word ("doesn't") does neither.
_OPEN_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")
_CLOSE_SINGLE = re.compile(r"(?<=[\w.!?,])'(?=[\s.,;:!?)\]]|$)")


def _single_quotes(norm: str) -> list[int]:
    """Positions of single-quote pairs, opening then closing, as a flat list."""
    out: list[int] = []
    closes = [m.start() for m in _CLOSE_SINGLE.finditer(norm)]
    for m in _OPEN_SINGLE.finditer(norm):
        if out and m.start() < out[-1]:
            continue  # inside the previous pair
        after = [c for c in closes if c > m.start()]
        if after:
            out += [m.start(), after[0]]
    return out
_SENTENCE_END = re.compile(r"[.!?;:\n]+|\s[-–—]\s")
# Keys are squeezed ("common" is "comon"): so must these word sets be.
#: French puts its negation after the verb ("je (ne) hais pas").
_POST_NEGATION = frozenset(map(squeeze, {"pas", "plus", "jamais"}))
#: A phrase holding one of these owns the "ne" in front of it: "je ne supporte pas",
#: "ils n'apportent que des ennuis", "je n'ai aucune estime pour".
_OWNS_NE = _POST_NEGATION | frozenset(map(squeeze, {"aucun", "aucune", "rien", "que"}))
_HELP = frozenset(map(squeeze, {"empecher", "help"}))  # "can't help finding them ..."
#: Denials of saying something, which a "but" after the claim takes back.
_SAYING = tuple(map(squeeze, ("dis", "dit", "dire", "say", "saying", "said")))
#: Words that open a clause taking back what came before: "..., mais ...", "but".
BUT = frozenset(
    map(squeeze, {"but", "mais", "yet", "cependant", "pourtant", "however", "although"})
)
#: "ne sont-ils pas ...?": a subject pronoun between the verb and "pas" asks, it does
#: not deny (a rhetorical question asserts what it seems to negate).
_INVERTED = frozenset({"ils", "eles", "il", "ele", "on", "vous", "nous", "tu", "ce"})
_NE = frozenset({"ne", "n"})
_NOTHING = frozenset(map(squeeze, {"nothing", "rien", "nobody", "personne"}))
_MORE = frozenset(map(squeeze, {"more", "plus", "autant", "worse", "pire"}))
_THAN = frozenset(map(squeeze, {"than", "que", "qu"}))
_RANKING = _MORE | frozenset(map(squeeze, {"less", "moins"}))
_NEVER = frozenset(map(squeeze, {"jamais", "never"}))
_I = frozenset(map(squeeze, {"je", "j", "i", "ve"}))
_AS = frozenset(map(squeeze, {"aussi", "si", "autant", "tellement", "so", "as", "more"}))
#: Subjects that open a clause of their own after a comma.
_CLAUSE_SUBJECTS = frozenset(map(squeeze, {"i", "we", "they", "he", "she", "je", "j", "nous",
                                           "on", "ils", "elles", "il", "elle", "ceux", "celles",
                                           "mais", "but", "ce", "c", "ca", "cela", "it",
                                           "this", "that", "these", "those", "you", "tu",
                                           "vous",
                                           "les", "the"}))  # fmt: skip
_THAT = frozenset(map(squeeze, {"que", "qu", "that"}))
_FORGET = frozenset(map(squeeze, {"forget", "oubliez", "oublions", "oublie", "oublier"}))
_IF = frozenset(map(squeeze, {"if", "si"}))
_THEY = frozenset(map(squeeze, {"il", "ils", "elle", "elles"}))
_SO = frozenset(map(squeeze, {"such", "so", "si", "aussi", "tellement", "that"}))
_CLEFT_VERBS = frozenset(map(squeeze, {"s", "its", "is", "was", "est", "etait", "sont"}))
_CLEFT_RELATIVES = frozenset(map(squeeze, {"who", "that", "qui"}))
#: Words that join a list of attributes, and the lists whose words may make one.
_COORDINATING = frozenset(map(squeeze, {"or", "and", "nor", "ou", "et", "ni", "either", "a",
                                         "single", "un", "une", "seul", "seule", "les", "the",
                                         "comme", "as", "mes", "my", "nos", "our"}))
_LISTED = ("neg_attr", "dehum", "insult", "insult_weak", "positive")
_LIST_REACH = 8
#: How far (in words) a negation reaches forward.
NEGATION_REACH = 3
#: The words that negate what follows them, as keys ("n't" leaves a "t").
NEGATING = frozenset(map(squeeze, {"not", "t", "never", "no", "pas", "ne", "n", "jamais",
                                   "plus"}))  # fmt: skip
#: The quantifier a clause denial may share with the match ("not all" + "all extremists").
_ALL = frozenset(map(squeeze, {"all", "tous", "toutes", "every"}))


def run_around(flags: list[bool], first: int, last: int) -> tuple[int, int]:
    """The run of true ``flags`` that holds ``first:last``, widened to both sides: the
    whole quote a quoted word stands in."""
    start, end = first, last
    while start > 0 and flags[start - 1]:
        start -= 1
    while end < len(flags) and flags[end]:
        end += 1
    return start, end


class Text:
    """Sentence and quote geometry of one scan."""

    def __init__(self, scan: Scan) -> None:
        self.scan = scan
        norm = scan.normalized.text
        found = list(_SENTENCE_END.finditer(norm))
        ends = [m.start() for m in found]
        self.sentence = [bisect.bisect_right(ends, t.start) for t in scan.tokens]
        self.question = [("?" in m.group(0)) for m in found] + [False]
        quotes = [m.start() for m in _QUOTE.finditer(norm)]
        singles = _single_quotes(norm)
        self.quoted = [False] * len(scan.tokens)
        for a, b in zip(quotes[::2], quotes[1::2], strict=False):
            for i, tok in enumerate(scan.tokens):
                if a < tok.start < b:
                    self.quoted[i] = True
        # Single quotes are as often scare quotes ("ces 'réfugiés'", "un 'abruti'"): a
        # quotation needs three words or more and a reporting or condemning word outside.
        pairs = list(zip(singles[::2], singles[1::2], strict=True))
        cues = [m.first for n in ("reporting", "counter", "neg_clause")
                for m in scan.get(n)] if pairs else []  # fmt: skip
        #: Inside single quotes of any length: a word named, or scare-quoted.
        self.single_quoted = [False] * len(scan.tokens)
        for a, b in pairs:
            inside = [i for i, tok in enumerate(scan.tokens) if a < tok.start < b]
            for i in inside:
                self.single_quoted[i] = True
            if len(inside) >= 3 and any(c not in inside for c in cues):
                for i in inside:
                    self.quoted[i] = True
        self.keys = scan.keys

    def same_sentence(self, a: int, b: int) -> bool:
        return self.sentence[a] == self.sentence[b]

    def in_sentence(self, name: str, at: int) -> list[Match]:
        return [m for m in self.scan.get(name) if self.sentence[m.first] == self.sentence[at]]

    def sentence_start(self, at: int) -> int:
        i = at
        while i > 0 and self.sentence[i - 1] == self.sentence[at]:
            i -= 1
        return i

    def word_before(self, at: int, skipped: frozenset[str], reach: int) -> int | None:
        """Where the first word before ``at`` that is not in ``skipped`` stands (the verb
        that governs a group, past its articles), looking at most ``reach`` words back
        within the sentence; None at the sentence's start."""
        start = self.sentence_start(at)
        i = at - 1
        while i >= start and at - i <= reach and self.keys[i] in skipped:
            i -= 1
        return i if i >= start else None

    def sentence_end(self, at: int) -> int:
        """The index just past the last token of the sentence holding token ``at``."""
        i = at
        while i < len(self.sentence) and self.sentence[i] == self.sentence[at]:
            i += 1
        return i

    def gap(self, i: int) -> str:
        """The characters between token ``i - 1`` and token ``i``: spaces, punctuation."""
        tokens = self.scan.tokens
        return self.scan.normalized.text[tokens[i - 1].end : tokens[i].start]

    def negated(self, m: Match) -> bool:
        """A negation shortly before (or French "pas" right after) the match."""
        # A clause denial may share its last word with the match: "not all" + "all
        # extremists" in "Muslims are not all extremists".
        if any((c.last <= m.first or (c.first < m.first < c.last <= m.last
                                      and self.keys[m.first] in _ALL))
               and not self.new_clause(min(c.last, m.first), m.first)
               and not self._but_after(c, m) and not self._ranked(c)
               for c in self.in_sentence("neg_clause", m.first)):  # fmt: skip
            return True  # "je ne pense pas que ...", "personne ne devrait ...": the clause
        inner = _OWNS_NE.intersection(self.keys[m.first : m.last])
        for n in self.in_sentence("negation", m.first):
            if self.rhetorical(n) or (inner and self.keys[n.first] in _NE):
                continue  # "je ne supporte pas": the "ne" belongs to the phrase
            if _HELP.intersection(self.keys[n.first : n.first + 4]):
                continue  # "je ne peux m'empêcher de les trouver ...": it affirms
            if self._restrictive(n, m):
                continue  # "ils ne savent que brûler": "ne ... que" is "only"
            if self.comparative(n, m):
                continue  # "nothing annoys me more than X", "rien ne m'écœure autant que"
            if n.last <= m.first and (m.first - n.last < NEGATION_REACH
                                      or self._coordinated(n.last, m.first)
                                      or self._cleft(n, m)):
                between = self.keys[n.last : m.first]
                # "ils ne bossent pas, ils vivent des allocs": the comma and a subject
                # open a clause of its own, which the "pas" before it does not reach.
                if not BUT.intersection(between) and not self.new_clause(n.last, m.first):
                    return True
        nxt = m.last
        if nxt + 1 < len(self.keys) and self.keys[nxt] in _MORE and self.keys[nxt + 1] in _THAN:
            return False  # "rien ne me dégoûte plus que": a comparison, not "no longer"
        if nxt >= len(self.keys) or self.keys[nxt] not in _POST_NEGATION:
            return False
        if self.keys[nxt] == "plus" and self.keys[m.last - 1] == "bien":
            return False  # "bien plus exposées": much more, not "no longer"
        # "un peuple d'obèses, pas étonnant": after a comma, "pas" opens a remark of its own.
        return self.same_sentence(m.first, nxt) and "," not in self.gap(nxt)

    def _cleft(self, n: Match, m: Match) -> bool:
        """ "It's not the X who control the banks", "ce n'est pas les X qui ...": the
        negation of a cleft sentence reaches into its relative clause."""
        if not n.first or self.keys[n.first - 1] not in _CLEFT_VERBS or m.first - n.last > 7:
            return False
        return any(k in _CLEFT_RELATIVES for k in self.keys[n.last + 1 : m.first])

    def _restrictive(self, n: Match, m: Match) -> bool:
        """A French "ne" whose "que" comes before the match, with no "pas", "jamais" or
        "rien" between: "ne ... que" restricts ("ne savent que voler") and denies nothing."""
        if self.keys[n.first] not in _NE:
            return False
        for q in range(n.last, min(m.first, n.last + 4)):
            if self.keys[q] in _THAT:
                return not any(n.last <= o.first < q for o in self.scan.get("negation"))
        return False

    def _ranked(self, c: Match) -> bool:
        """ "There is nothing I like less than X": the clause ranks the group last. Not
        "I don't think X steal any more than anyone else", which denies."""
        if not _NOTHING.intersection(self.keys[c.first : c.last]):
            return False
        after = self.keys[c.last : self.sentence_end(c.first)]
        # "rien de plus malhonnête que les X": the "than" may come a word or two later.
        return any(a in _RANKING and _THAN.intersection(after[i + 1 : i + 4])
                   for i, a in enumerate(after))  # fmt: skip

    def _coordinated(self, start: int, end: int) -> bool:
        """Only other attributes, "or", "and", "ni", or the group with "a single" stand
        between: "not lazy, dirty or violent", "ni sales ni paresseux", "pas un seul X
        honnête": the negation reaches down the list to the word."""
        if end - start > _LIST_REACH:
            return False
        covered = {i for name in (*_LISTED, "identity", "identity_adj", "person_noun")
                   for o in self.scan.get(name)
                   if start <= o.first and o.last <= end for i in range(o.first, o.last)}
        return all(i in covered or self.keys[i] in _COORDINATING for i in range(start, end)
                   ) and not self.new_clause(start, end)  # fmt: skip

    def _but_after(self, c: Match, m: Match) -> bool:
        """A denial of saying it, then "mais"/"but": "Je dis pas que les X sont tous des
        délinquants, mais ..." says it anyway."""
        if not any(k.startswith(_SAYING) for k in self.keys[c.first : c.last]):
            return False
        return bool(BUT.intersection(self.keys[m.last : self.sentence_end(m.first)]))

    def comma_between(self, a: int, b: int) -> bool:
        """Whether a comma stands between tokens ``a`` and ``b`` (``a`` before ``b``)."""
        return any("," in self.gap(i) for i in range(max(a, 1), min(b + 1, len(self.keys))))

    def new_clause(self, a: int, b: int) -> bool:
        """Whether a comma and a subject open a new clause between tokens ``a`` and ``b``:
        "I would never say X are Y, I work with them and they're great", "Je ne dis pas
        que les X sont gentils, les X sont ...". Not an aside that leads back with "que"
        or "that": "Personne ne devrait dire, je le répète, que les X sont ..."."""
        commas = [i for i in range(max(a, 1), b) if "," in self.gap(i)]
        if not commas:
            return False
        groups = {g.first for n in ("identity", "identity_adj") for g in self.scan.get(n)}
        for n, i in enumerate(commas):
            if any(self.keys[j] in _THAT for j in commas[n + 1 :]):
                return False  # the aside closes on "que"/"that": the denial goes on
            if self.keys[i] in _CLAUSE_SUBJECTS or i in groups:
                return True
        return False

    def comparative(self, n: Match, m: Match) -> bool:
        """ "Nothing ... more than X", "never so ...": the negation ranks, it denies
        nothing."""
        word = self.keys[n.first]
        before = self.keys[n.first - 1] if n.first else ""
        between = self.keys[n.first : m.first]
        if _NEVER.intersection(between) and _AS.intersection(between) and _I.intersection(
            self.keys[max(0, n.first - 4) : n.first]
        ):
            # "je n'ai jamais été aussi bien accueilli": about the speaker, it praises. Not
            # "ils ne seront jamais aussi ... que nous", which ranks a group below.
            return True
        if word not in _NOTHING and not (word in _NE and before in _NOTHING):
            return False
        after = self.keys[m.last : self.sentence_end(m.first)]
        return any(a in _MORE and b in _THAN for a, b in itertools.pairwise(after))

    def rhetorical(self, n: Match) -> bool:
        """ "Les X ne sont-ils pas des ...?", "c'est pas un peu tous des ... ?": a negative
        question that asserts."""
        i = n.first
        if self._asserting(n):
            return True
        return (
            i >= 2 and self.keys[i] == "pas"
            and (self.keys[i - 1] in _INVERTED or self.keys[i - 2 : i] == ["c", "est"])
            and self.question[self.sentence[i]]
        )  # fmt: skip

    def _asserting(self, n: Match) -> bool:
        """A negation that asserts what follows: "don't forget they're still ...",
        "n'oubliez pas que les X ...", "if they weren't such scumbags", "s'ils n'étaient
        pas si sales"."""
        keys = self.keys
        after = keys[n.last : n.last + 2]
        if _FORGET.intersection(after):
            return True  # "don't forget", "n'oubliez pas" (the "pas" after the verb)
        if n.first and keys[n.first - 1] in _FORGET:
            return True
        start = self.sentence_start(n.first)
        before = keys[max(start, n.first - 3) : n.first]
        # "if", "si", or the "s'" of "s'ils" (not the "s" of "it's").
        conditional = _IF.intersection(before) or any(
            a == "s" and b in _THEY for a, b in itertools.pairwise(before))
        return bool(conditional) and bool(_SO.intersection(after))

    def counter_in_sentence(self, at: int, besides: Match | None = None) -> bool:
        """A counter word in the sentence, not denied; not ``besides``' own words (the
        verb "banned" is a counter word, and no counter to itself)."""
        return any(not self.negated(c) for c in self.in_sentence("counter", at)
                   if besides is None or not c.first <= besides.first < c.last)  # fmt: skip
