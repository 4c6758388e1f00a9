"""Violence made a norm rather than wished in so many words: an act of violence said to
be lawful ("Raping a woman like you should not be illegal", "Violer une femme comme toi
ne devrait pas être illégal"), or a killing said to be the answer ("Execution is the only
solution for those X", "L'exécution est la seule solution pour ces X"). Held as a threat,
and as hate when a group is named; not when the sentence is negated past the norm
("Torture should never be legal") or countered."""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import Text

_LAWFUL = phrase_set(
    "should not be illegal", "shouldn t be illegal", "should be legal", "should be allowed",
    "ne devrait pas etre illegal", "ne devrait pas etre interdit", "devrait etre legal",
    "devrait etre autorise", "devrait etre permis",
)  # fmt: skip
_ONLY_ANSWER = phrase_set(
    "the only solution", "the only answer", "la seule solution", "la seule reponse",
    "the final solution", "la solution finale", "only solution",
)  # fmt: skip
#: Killings a solution is made of: not "the only solution is dialogue".
_KILLINGS = phrase_set(
    "execution", "executions", "extermination", "the gas chamber", "gas chambers",
    "chambre a gaz", "chambres a gaz", "mass graves", "le peloton", "firing squad",
    "a bullet", "une balle", "hanging", "la pendaison", "genocide", "le genocide",
)  # fmt: skip


_VICTIMS = ("identity", "person_noun", "role", "second_person")
_OPENERS = _LAWFUL.heads | _ONLY_ANSWER.heads


def normative_violence(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    keys = text.keys
    if _OPENERS.isdisjoint(keys):
        return  # most comments hold no word that starts a norm
    for i in range(len(keys)):
        if keys[i] not in _OPENERS:
            continue  # the call below would say no, at the cost of a call
        lawful = phrase_at(keys, i, _LAWFUL)
        if not (lawful or phrase_at(keys, i, _ONLY_ANSWER)):
            continue
        start, end = text.sentence_start(i), text.sentence_end(i)
        if text.counter_in_sentence(i) or text.quoted[i]:
            continue
        if lawful:
            acts = [m for m in text.in_sentence("threat", i) if m.last <= i]
            # "Raping a X like you ...": the act opens the sentence, its victim after it.
            if not acts or acts[0].first - start > 1:
                continue
            act = acts[0]
            if not any(act.last <= v.first < i for n in _VICTIMS for v in text.in_sentence(n, i)):
                continue  # "Killing in self-defence should be legal": no one named
        else:
            kill = next((j for j in range(start, end) if phrase_at(keys, j, _KILLINGS)), None)
            if kill is None:
                continue
            act = Match("threat", keys[kill], kill, kill + 1)
        analysis.findings.append(Finding(Category.THREAT, 0.8, "threat.norm", (act,)))
        named = [g for g in groups if start <= g.first < end]
        if named:
            analysis.findings.append(Finding(Category.HATE, 0.8, "hate.threat", (named[0], act)))
        return
