"""A group denied a right that everyone has: "les homos ne devraient pas adopter",
"women shouldn't vote", "trans people should not exist", "les femmes ne doivent pas
conduire, point".

No word in it is derogatory; what derogates is the shape: the group as the subject, a
"should not" right after it, and the bare right, with nothing after it that narrows it
to one case. "Women shouldn't vote for him" and "les musulmans ne devraient pas voter
pour ce parti" advise how to use the right; "ils ne devraient pas travailler gratuitement"
defends it. Held for the editors; not when the sentence asks, denies, quotes or reports it.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import ADVERBS, longest_at, phrase_at, phrase_set
from palabre.policies.sentences import Text

_SHOULD_NOT = phrase_set(
    "ne devraient pas", "ne devrait pas", "ne doivent pas", "ne doit pas", "ne devraient jamais",
    "ne doivent jamais", "ne devraient plus", "ne doivent plus", "ne devraient meme pas",
    "shouldn t", "should not", "should never", "must not", "mustn t", "ought not to",
    "should no longer", "shouldn t even", "should not even", "n ont pas a",
    # Written without its "ne", as often online: "les femmes devraient pas voter".
    "devraient pas", "devrait pas", "doivent pas", "doit pas",
)  # fmt: skip
#: Rights and ordinary lives, as their verbs.
_RIGHTS = frozenset(map(squeeze, {
    "voter", "vote", "adopter", "adopt", "conduire", "drive", "travailler", "work",
    "enseigner", "teach", "marier", "marry", "exister", "exist", "diriger", "lead",
    "elever", "raise", "etudier", "study", "vivre", "live",
}))  # fmt: skip
#: What may follow the right without narrowing it: "..., point", "children", "at all".
_BARE_AFTER = phrase_set(
    "point", "point barre", "point final", "du tout", "jamais", "ici", "en france",
    "dans ce pays", "des enfants", "d enfants", "les enfants", "period", "full stop", "at all",
    "ever", "here", "in this country", "children", "kids", "end of", "simple as",
    "quoi que ce soit", "anything", "a nos enfants", "nos enfants", "our children", "our kids",
)  # fmt: skip
_REFLEXIVE = frozenset(map(squeeze, {"se", "s"}))


def denied_rights(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """One finding for the first group denied a right it has."""
    keys = text.keys
    if _SHOULD_NOT.heads.isdisjoint(keys):
        return  # most comments hold no "should not"
    for t in groups:
        end = text.sentence_end(t.first)
        i = t.last + (t.last < end and keys[t.last] in ADVERBS)  # "women really shouldn't"
        if not phrase_at(keys, i, _SHOULD_NOT) or text.comma_between(t.last, i):
            continue
        size = len(longest_at(keys, i, _SHOULD_NOT))
        verb = i + size + (i + size < end and keys[i + size] in _REFLEXIVE)
        if verb >= end or keys[verb] not in _RIGHTS or not _bare(text, verb + 1, end):
            continue
        m = Match("implicit", keys[verb], i, verb + 1)
        if text.question[text.sentence[i]] or countered(text, m, t) or reports(text):
            continue
        if any(n.last <= t.first for name in ("negation", "neg_clause")
               for n in text.in_sentence(name, t.first)):  # fmt: skip
            continue  # "je ne dis pas que les femmes ne devraient pas voter"
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.denied_right",
                                         (t, m)))  # fmt: skip
        return


def _bare(text: Text, after: int, end: int) -> bool:
    """Nothing narrows the right: the clause ends, or one of the words that only stress it."""
    if after >= end or "," in text.gap(after):
        return True
    return any(tuple(text.keys[after : after + n]) in _BARE_AFTER
               and (after + n >= end or "," in text.gap(after + n))
               for n in range(1, 5))  # fmt: skip
