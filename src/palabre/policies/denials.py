"""Negations around a group or a word that take a claim back: the group quantified away
("no X", "pas un seul X"), a denial of the whole claim ("wrong to say X contribute
nothing"), and the double negative ("do not deserve to be tortured")."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

_LESS = frozenset({"moins", "les"})  # "less" squeezed
_NOTHING_AFTER = frozenset({"nothing", "rien"})


def claim_denied(text: Text, m: Match) -> bool:
    """A denial of the whole claim, and a negation of the positive word inside it; or
    "no less", "pas moins" right before it."""
    near = [n for n in text.in_sentence("negation", m.first) if 0 < m.first - n.first <= 3]
    if len(near) >= 2 and any(text.keys[n.first] in _LESS for n in near):
        return True
    prefixed = negating_prefix(text, m)
    for c in text.in_sentence("neg_clause", m.first):
        # The negation before the word, or "nothing" after it: "wrong to say X contribute
        # nothing", or in the word itself: "je refuse l'idée qu'ils seraient inintégrables".
        if c.last <= m.first and not text.new_clause(c.last, m.first) and (any(
            c.last <= n.first < m.first for n in text.in_sentence("negation", m.first)
        ) or prefixed or _NOTHING_AFTER.intersection(text.keys[m.last : m.last + 2])):
            return True
    return False


#: Prefixes that negate the word they were cut from: "in|intégrables", "un|trustworthy".
_PREFIXES = frozenset({"in", "im", "un", "non", "ir", "il", "dis"})


def negating_prefix(text: Text, m: Match) -> bool:
    """The word was cut from a negating prefix glued to it (the typo repair splits
    "inintégrables" into "in" + "intégrables")."""
    toks = text.scan.tokens
    return (m.first > 0 and text.keys[m.first - 1] in _PREFIXES
            and toks[m.first - 1].end == toks[m.first].start)  # fmt: skip


def negated_target(text: Text, m: Match, targets: list[Match]) -> bool:
    """ "No woman deserves to die", "aucun immigré ne mérite ça": the group is negated."""
    for t in targets:
        if (
            0 < t.first < m.first
            and text.same_sentence(t.first, m.first)
            and _negating_determiner(text.keys, t.first)
            and not any(c in text.gap(t.first) for c in ",:")  # "like it or not, X are"
        ):
            return True
    return False


_NO = frozenset({"no", "not", "aucun", "aucune", "nul", "nule", "pas"})
#: What may stand between "not" and the group: "not a single X", "pas un seul X".
_SINGLE = frozenset(map(squeeze, {"a", "single", "one", "even", "un", "une", "seul", "seule",
                                  "de", "d", "ces", "of", "these", "those"}))


def _negating_determiner(keys: list[str], at: int) -> bool:
    """ "no X", "aucun X", "not a single X", "pas un seul X": the group is quantified
    away."""
    i = at - 1
    while i > 0 and at - i <= 5 and keys[i] in _SINGLE:
        i -= 1
    if i > 0 and keys[i - 1] in _COPULAS:
        return False  # "Muslims are not immigrants, they're ...": a predicate denied
    return keys[i] in _NO and (keys[i] != "pas" or i != at - 1)  # "pas X" is no quantifier


_COPULAS = frozenset(map(squeeze, {"are", "is", "were", "was", "sont", "est", "etaient",
                                   "etait"}))  # fmt: skip


def negative_follows(text: Text, m: Match) -> bool:
    names = ("threat", "neg_attr", "dehum", "hate_verb")
    # Not past a comma: "pas de vrais êtres humains, juste des erreurs" says it twice.
    return any(
        0 <= o.first - m.last <= 4 and text.same_sentence(o.first, m.first)
        and not text.comma_between(m.last - 1, o.first)
        for n in names for o in text.scan.get(n)
    )  # fmt: skip


#: Verbs that call someone something: "considérer X comme", "traiter X de", "see X as".
_REGARDING = tuple(map(squeeze, (
    "consider", "see", "saw", "seen", "regard", "view", "thought", "think", "treat",
    "call", "label", "brand", "describ", "paint", "consid", "voi", "voy", "vu", "trait",
    "qualif", "tax", "percoi", "percev", "percu", "decri", "assimil", "prend", "pris",
)))  # fmt: skip
#: What introduces what the verb calls them.
_AS_LIKE = frozenset(map(squeeze, {"as", "like", "comme", "de", "d", "pour", "des", "en"}))
#: "Je ne vois pas les X autrement que comme des ...", "not as anything but": the
#: negation excludes every other way of seeing them and affirms this one.
_ONLY = frozenset(map(squeeze, {
    "but", "than", "except", "only", "other", "anything", "autrement", "que", "qu", "sauf",
    "seulement", "juste",
}))  # fmt: skip
_REFUSING = frozenset(map(squeeze, {"refuse", "refuses", "refused", "refuser", "refusons"}))


def regarded_otherwise(text: Text, m: Match) -> bool:
    """ "Je ne considère pas les X comme des criminels", "I don't see X as terrorists",
    "on ne peut pas qualifier les X de parasites": the negation falls on the verb that
    calls them so, however many words the group puts between the two."""
    start = text.sentence_start(m.first)
    keys = text.keys
    as_at = next((j for j in range(m.first - 1, max(start, m.first - 3) - 1, -1)
                  if keys[j] in _AS_LIKE), None)  # fmt: skip
    if as_at is None:
        return False
    verb = next((v for v in range(as_at - 1, max(start, as_at - 6) - 1, -1)
                 if keys[v].startswith(_REGARDING)), None)  # fmt: skip
    if verb is None or _ONLY.intersection(keys[verb:m.first]) or text.new_clause(verb, m.first):
        return False
    if _REFUSING.intersection(keys[max(start, verb - 3) : verb]):
        return True  # "I refuse to see X as sick"
    return any(n.last <= verb and verb - n.last <= 2 and not text.rhetorical(n)
               and not text.new_clause(n.last, verb) and "," not in text.gap(n.last)
               for n in text.in_sentence("negation", m.first))  # fmt: skip


#: Short answers that deny the question before them.
_NO_ANSWERS = frozenset(tuple(map(squeeze, p.split())) for p in (
    "non", "absolument pas", "pas du tout", "certainement pas", "bien sur que non",
    "evidemment pas", "evidemment que non", "jamais", "no", "nope", "absolutely not",
    "not at all", "of course not", "certainly not", "never", "hell no", "surely not",
))  # fmt: skip


def answered_no(text: Text, m: Match) -> bool:
    """ "Les trans, un danger pour les enfants ? Absolument pas.": the question asks the
    claim, the short answer after it denies it."""
    sentence = text.sentence[m.first]
    if not text.question[sentence]:
        return False
    end = text.sentence_end(m.first)
    if end >= len(text.keys):
        return False
    answer = text.keys[end : text.sentence_end(end)]
    return len(answer) <= 4 and any(tuple(answer[:n]) in _NO_ANSWERS for n in (1, 2, 3, 4))


_WITHOUT = frozenset(map(squeeze, {"sans", "without"}))
_WOULD = frozenset(map(squeeze, {"would", "d", "wouldn"}))


def indispensable(text: Text, m: Match) -> bool:
    """ "Sans les travailleurs immigrés, le BTP s'arrêterait", "without migrant nurses the
    NHS would collapse": "without" them, a conditional says what would be lost. Praise,
    not a quality denied."""
    start = text.sentence_start(m.first)
    if not _WITHOUT.intersection(text.keys[max(start, m.first - 3) : m.first]):
        return False
    after = text.keys[m.last : text.sentence_end(m.first)]
    would = any(k.endswith(("rait", "raient")) or k in _WOULD for k in after)
    return would and any(k.startswith(_LOST) for k in after)  # not "on vivrait mieux"


#: What would be lost without them: a stop, a collapse, a closure.
_LOST = tuple(map(squeeze, ("arret", "aret", "effondr", "coul", "ferm", "paralys", "ecroul",
                            "collaps", "stop", "halt", "shut", "grind", "fall")))
