"""Dehumanising words said of people the comment does not name: "ces cafards viennent
pomper nos allocs", "savages fresh out of the jungle and we hand them free housing".

The group is left for the reader to fill in, which is the point; the pest or animal word
is then said of people only when the sentence speaks of what only people have or do
(benefits, papers, housing, children, cars set alight), or when the word is one that
names people by itself ("sous-hommes", "subhuman"). Rats in a cellar, wasps in a garden
and ticks on a dog are left alone. Held for the editors: they know who is meant.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Entries of the dehumanising lists that speak of people by themselves.
_OF_PEOPLE = frozenset({
    "sous homme", "sous hommes", "sous humain*", "dechet humain", "dechets humains",
    "espece inferieure", "especes inferieures", "race inferieure", "races inferieures",
    "pas des humains", "pas des etres humains", "sub human*", "subhuman*", "human garbage",
    "human trash", "not even people", "aren t human", "not human", "inferior race",
    "inferior species", "mud race*",
})  # fmt: skip
#: Words that dehumanise only in a simile ("spreading like damp"): alone, they are damp.
SIMILE_ONLY = frozenset({"damp", "mould", "moisissure"})
#: What only people have or do.
_HUMAN = frozenset(map(squeeze, {
    "allocs", "alloc", "allocations", "rsa", "caf", "nationalite", "papiers", "frontiere",
    "frontieres", "loge", "loger", "logement", "logements", "hlm", "gamins", "gosses",
    "mosquee", "mosquees", "voitures", "rer", "metro", "francais", "usines", "importes",
    "importe", "gratos", "personnes", "gens", "population", "vote", "votent", "welfare",
    "benefits", "border", "borders", "housing", "kids", "passports", "passport",
    "citizenship", "mosque", "mosques", "cars", "taxpayers", "contribuables", "impots",
}))  # fmt: skip
#: Where an animal word is an animal.
LITERAL = frozenset(map(squeeze, {
    "zoo", "ferme", "veterinaire", "vet", "cave", "cuisine", "grenier", "jardin", "potager",
    "piege", "pieges", "chien", "chiens", "chat", "chats", "dog", "dogs", "cat", "cats",
    "garden", "kitchen", "cellar", "attic", "farm", "trap", "traps", "exterminator",
    "deratisation", "insecticide", "rongeurs", "rodents", "wildlife", "faune", "espece",
    "sacs", "sac", "ramasses", "ramassage", "poubelle", "poubelles", "recyclage", "sewage",
    "egouts", "infections", "hygiene", "insalubre", "film", "movie",
}))  # fmt: skip
#: People treated like cattle are victims of it: "parqués comme du bétail", "traités en
#: bêtes de somme", "without treating people like subhumans".
TREATED = frozenset(map(squeeze, {
    "traiter", "traite", "traites", "traitee", "traitees", "parques", "parquees", "parque",
    "refoules", "refoulees", "entasses", "treated", "treating", "treat", "sans", "without",
    "dumped", "packed", "shipped", "rounded", "deportes", "deported", "expulses",
}))  # fmt: skip
#: A definite singular before the word names the animal or the thing: "le virus", "the rat".
_DEFINITE = frozenset(map(squeeze, {"le", "la", "l", "the"}))
#: People named in the sentence who are no protected group: "Football fans are human
#: garbage" insults fans, which is not this rule's business.
_NAMED_PEOPLE = ("role", "person_noun", "institution", "sport")


_COPULAS = frozenset(map(squeeze, {"sont", "est", "is", "are", "was", "were", "etaient"}))
#: Subjects that leave the people unnamed: "ce sont des cafards", "they are vermin".
_UNNAMED = frozenset(map(squeeze, {"ils", "elles", "eux", "they", "them", "those", "these",
                                   "ce", "c", "ca", "people", "gens", "ces", "all"}))  # fmt: skip


#: What likens: a simile's subject is not the animal it is likened to.
_LIKE = frozenset(map(squeeze, {"comme", "like"}))
#: "ils", "they": people the sentence does not name.
_THEY = frozenset(map(squeeze, {"ils", "elles", "they"}))


def _likened(keys: list[str], m: Match, start: int) -> bool:
    """ "Ils se reproduisent comme des lapins", "they breed like rats": a simile whose
    subject is "they", who are then people, not the animal."""
    simile = not _LIKE.isdisjoint(keys[max(start, m.first - 2) : m.last])  # "breed like rats"
    return simile and not _THEY.isdisjoint(keys[start : m.first])


def _said_of_a_noun(keys: list[str], at: int, start: int) -> bool:
    """ "Football fans are human garbage", "the housing is damp": the word is said of a
    subject the sentence names, which is no group the rule can stand in for."""
    for i in range(at - 1, max(start, at - 5) - 1, -1):
        if keys[i] in _COPULAS:
            return i > start and keys[i - 1] not in _UNNAMED
    return False


def unnamed(text: Text, analysis: Analysis) -> None:
    scan = text.scan
    for m in scan.get("dehum"):
        if m.entry in SIMILE_ONLY:
            continue
        if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
            continue
        start, end = text.sentence_start(m.first), text.sentence_end(m.first)
        words = set(text.keys[start:end])
        if m.entry not in _OF_PEOPLE and (
            not (_HUMAN & words or _likened(text.keys, m, start)) or LITERAL & words
        ):
            continue
        if TREATED & set(text.keys[start : m.first]) or (
            m.first > start and text.keys[m.first - 1] in _DEFINITE
        ):
            continue
        if any(p.first == m.first for p in scan.get("profanity")):
            continue  # "bordel de merde": swearing
        # A group in a long subject ("The X hanging round ... are subhuman creatures"), out
        # of the group rules' reach: only a word that names people by itself is said of it.
        group_before = m.entry in _OF_PEOPLE and any(
            g.first < m.first for g in text.in_sentence("identity", m.first)
        )
        if not group_before and (
            any(text.in_sentence(n, m.first) for n in _NAMED_PEOPLE)
            or _said_of_a_noun(text.keys, m.first, start)
        ):
            continue  # a subject named, and no group in it
        if reports(text):
            return
        analysis.findings.append(Finding(Category.HATE, 0.75, "hate.dehum_unnamed", (m,)))
        return
