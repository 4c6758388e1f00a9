"""Crude sexual remarks aimed at someone: "baise ta femme", "cette meuf qui suce",
"LEA SEDOUX PISSE SUR MA BITE". A crude word alone aims at no one and is left to the
profanity rules; said of the reader, of a named person or of "cette fille", it is
harassment, which the editorial policy removes as insulting. Held for the editors: the
same words open jokes among regulars that only they can judge.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.address import POINTERS
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: An object pronoun before a sexual verb: "lui sucer", "fuck her".
_OBJECT = frozenset(map(squeeze, {"lui", "her", "him"}))
#: "l'", "la", "le" only before an infinitive: "la baiser", "l'engrosser", not the noun
#: in "la baise", "l'éjaculation".
_OBJECT_BEFORE_VERB = frozenset(map(squeeze, {"l", "la", "le"}))
_PEOPLE = ("role", "person_noun", "identity")
_POINTING = POINTERS | frozenset(map(squeeze, {"la", "l", "the"}))
#: A woman spoken of: what such remarks are mostly about.
_HER = frozenset(map(squeeze, {"elle", "her", "she"}))
#: A crime reported, which the same words describe: "elle a été sodomisée par son
#: agresseur", "the court heard she was forced to ...".
_CRIME = frozenset(map(squeeze, {
    "agresseur", "agresseurs", "violee", "viol", "viols", "plainte", "proces", "tribunal",
    "condamne", "victime", "victimes", "police", "enquete", "court", "rape", "raped",
    "victim", "trial", "charged", "assault", "abuse",
}))  # fmt: skip
_LOWERED = "baiss"


def sexual(text: Text, analysis: Analysis, named: set[int]) -> None:
    for m in text.scan.get("sexual"):
        if _LOWERED in text.scan.tokens[m.first].text.lower():
            continue  # "baisse" squeezes to "baise": the decrease, not the act
        if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
            continue
        if text.sentence[m.first] in named or text.in_sentence("second_person", m.first) or (
            _object_before(text.keys, m) or _pointed_at(text, m)
        ):
            analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.sexual", (m,)))
            return


def _object_before(keys: list[str], m: Match) -> bool:
    if m.first == 0:
        return False
    before = keys[m.first - 1]
    return before in _OBJECT or (before in _OBJECT_BEFORE_VERB and keys[m.first].endswith("er"))


def _pointed_at(text: Text, m: Match) -> bool:
    """ "Cette meuf", "la journaliste", "the streamer", or "elle", "her": a person in the
    sentence. Not in a report of a crime ("elle a porté plainte contre son agresseur")."""
    keys = text.keys
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    if _CRIME.intersection(keys[start:end]):
        return False
    if _HER.intersection(keys[start:end]):
        return True
    return any(r.first > 0 and keys[r.first - 1] in _POINTING
               for n in _PEOPLE for r in text.in_sentence(n, m.first))  # fmt: skip
