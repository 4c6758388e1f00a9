"""Threats against a place where a group gathers: a mosque, a synagogue, a church, a gay
bar, the hotel or the shelter that houses refugees ("Someone should pay that mosque a
visit with a jerry can", "Bet that synagogue would go up nicely on a Saturday morning",
"On va aller rendre visite à la mosquée, et pas pour prier").

Fire, a brick or a visit that is no visit, with the place named, in a comment that
neither reports it (past tense, the police, an arrest) nor asks about it nor condemns
it. Held for the editors as a threat: the same words tell of an arson after the fact.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set, phrase_starts
from palabre.policies.sentences import Text

#: Places named by more than one word, besides the worship list.
_PLACES = phrase_set(
    "gay bar", "bar gay", "asylum hotel", "migrant hotel", "refugee hotel", "that hotel",
    "foyer de migrants", "centre d accueil", "centre de migrants", "le foyer", "that hostel",
    "les caravanes", "leurs caravanes", "caravanes", "campement", "le camp de roms",
    "demandeurs d asile", "centre pour demandeurs", "the caravans", "their caravans",
    "traveller site", "travellers site", "the camp", "asylum centre", "asylum seekers hotel",
    "pile of ash", "tas de cendres",
)  # fmt: skip
#: Harm to a building, by its words.
_HARM = phrase_set(
    "go up", "goes up", "would go up", "going to burn", "burn", "burns", "burn down", "torch",
    "torched", "jerry can", "jery can", "petrol", "molotov", "windows put in", "a brick",
    "blow up", "with everyone inside", "bruler", "brulera", "cramer", "flamber", "incendier",
    "bidon d essence", "un bidon", "faire sauter", "avec tout le monde dedans",
    "et pas pour prier", "not to pray", "bring friends", "amenez vos potes", "burning",
    "foutre le feu", "mettre le feu", "mis le feu", "brulaient", "brule", "brulent",
    "brulait", "getting its windows", "pile of ash", "tas de cendres", "pas les mains vides",
    "not with blankets", "not empty handed",
)  # fmt: skip
#: A visit that menaces only with one of the words above: "pay that mosque a visit".
_VISIT = phrase_set("a visit", "a little visit", "rendre visite", "une petite visite")
#: What makes it a report, a question or a condemnation.
_REPORTED = frozenset(map(squeeze, {
    "was", "were", "been", "ete", "hier", "yesterday", "police", "arrested", "interpelle",
    "enquete", "investigation", "suspect", "condamne", "convicted", "sentenced", "attaque",
    "attack", "attacked", "victimes", "victims", "honte", "disgrace", "shame", "horrible",
    "ignoble", "solidarite", "solidarity", "condemn", "condamner", "incendie", "incendies",
}))  # fmt: skip
#: A visit "not to pray" menaces: its negation is the menace.
_NOT_TO_PRAY = phrase_set("et pas pour prier", "not to pray")
#: Fire that burns in a place without harming it: candles, a bonfire, fireworks.
_HARMLESS_FIRE = frozenset(map(squeeze, {
    "bougie", "bougies", "cierge", "cierges", "candle", "candles", "bonfire", "fireworks",
    "feux", "barbecue", "incense", "encens", "flame", "flamme",
}))  # fmt: skip
_REACH = 10


def places(text: Text, analysis: Analysis) -> None:
    """One threat finding for harm wished on a place where a group gathers."""
    keys = text.keys
    named = [m.first for m in text.scan.get("worship")] + phrase_starts(keys, _PLACES)
    if not named or _REPORTED.intersection(keys) or _HARMLESS_FIRE.intersection(keys):
        return
    for at in named:
        if text.question[text.sentence[at]] or text.quoted[at]:
            continue
        lo, hi = max(0, at - _REACH), min(len(keys), at + _REACH)
        harm = phrase_starts(keys, _HARM, lo, hi)
        visit = bool(phrase_starts(keys, _VISIT, lo, hi))
        if not harm:
            continue
        m = Match("threat", keys[harm[0]], harm[0], harm[0] + 1)
        if text.negated(m) and not (visit and phrase_at(keys, harm[0], _NOT_TO_PRAY)):
            continue
        if any(r.last <= m.first for n in ("counter", "reporting")
               for r in text.in_sentence(n, m.first)):  # fmt: skip
            continue  # "J'ai signalé le commentaire qui appelait à brûler la mosquée"
        analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.place", (m,)))
        return
