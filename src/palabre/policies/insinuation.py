"""Insinuation: contempt for a group that never says it. Two shapes, each held for the
editors and never rejected, since each also has innocent uses:

- a wink at what "everyone knows" ("on se demande bien pourquoi", "funny how ...", "I'll
  leave it there") in a comment that speaks of a group, a crime or an origin. Alone, the
  same words ask about a budget;
- an everyday word put in scare quotes to point at a group, in a comment about a group, a
  crime or an origin: "encore un « jeune » interpellé", "those 'refugees'", "a 'local man'".
  Not when the sentence is about words or reports speech ("le maire parle de « jeunes »"),
  nor when the comment refutes it; "our 'youth' team won" speaks of no one.
"""

from __future__ import annotations

import re

from palabre.domain.moderation import Category
from palabre.policies.blame import SUFFERING
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import called_a_phrase, reports, scare_quoted, talks_of_words
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_set, phrase_starts
from palabre.policies.sentences import Text


def insinuation(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    scan = text.scan
    if not (scan.has("insinuation") or scan.has("euphemism")):
        return
    about_people = (
        bool(groups or scan.get("suspects") or scan.get("worship") or scan.get("identity_adj"))
        or bool(phrase_starts(text.keys, _ORIGIN))
        or _a_certain_name(text)
        or _asked_who_did_it(text)
    )
    # Irony at the group's misfortune aims at whoever let it happen: "des migrants noyés,
    # quelle surprise, l'Europe ne fait rien".
    suffering = about_people and any(k.startswith(SUFFERING) for k in text.keys)
    for m in scan.get("insinuation"):
        if not about_people or suffering or text.negated(m) or text.quoted[m.first]:
            continue
        if countered(text, m, m):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.insinuation", (m,)))
        return
    for m in scan.get("euphemism"):
        if not scare_quoted(text, m):
            continue
        if not (about_people or scan.has("insinuation") or _again(text, m)):
            continue  # "our 'youth' team won"; not "encore un « jeune » du quartier"
        if talks_of_words(text, m) or called_a_phrase(text, m) or reports(text):
            continue
        if text.negated(m) or countered(text, m, m):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.scare_quotes", (m,)))
        return


#: Words that point at where people come from, their look or their faith, without a
#: group's name: "tout le monde aura deviné de quel pays", "le même bronzage", "same
#: community", "what religion". A first name or a religion alone is asked of a baby or
#: a minister too: with a crime, the comment is about people already.
_ORIGIN = phrase_set(
    "de quel pays", "quel pays", "which country", "what country", "quelle communaute",
    "meme communaute", "same community", "which community", "what kind of youth",
    "quels passagers", "meme bronzage", "le bronzage", "noms en", "names ending",
    "heure africaine", "d ou ils viennent", "where they come from", "where they re from",
    "ces gens la", "those people", "caravanes", "caravans", "meme couleur", "same colour",
    "same color", "quelle religion", "couleur de peau", "couleur des classes",
    "couleur des eleves", "couleur des gens", "couleur des suspects", "couleur des interpelles",
    "de leur mosquee", "what religion", "skin colour", "skin color", "their background",
    "which background", "ethnic group", "groupe ethnique",
)  # fmt: skip



#: A first name or a religion asked of the one who did it: "on devine tous le prénom du
#: coupable", "guess the religion of the attacker". Asked of a baby, it is a question.
_WHO_THEY_ARE = phrase_set(
    "le prenom", "les prenoms", "aucun prenom", "la religion", "the religion", "first name",
    "first names", "their photos", "his photo", "their names", "his name",
)  # fmt: skip
_WHO_DID_IT = frozenset(map(squeeze, {
    "coupable", "coupables", "auteur", "auteurs", "suspect", "suspects", "attacker",
    "attackers", "assailant", "attaquant", "tueur", "killer", "interpelles", "viol",
    "agression", "attentat", "attack", "stabbing", "brulee", "brulees", "gang", "meurtre",
    "murder", "braquage",
}))  # fmt: skip


def _asked_who_did_it(text: Text) -> bool:
    keys = text.keys
    return not _WHO_DID_IT.isdisjoint(keys) and bool(phrase_starts(keys, _WHO_THEY_ARE))


#: "Encore un « jeune »", "another 'youth'": the same people, again.
_AGAIN = frozenset(map(squeeze, {"encore", "again", "another", "toujours", "surprise"}))


_PEOPLE_ARTICLES = frozenset(map(squeeze, {"un", "une", "des", "les", "ces", "another", "a",
                                           "the", "these", "those"}))  # fmt: skip


def _again(text: Text, m: Match) -> bool:
    """Not "our 'youth' team won again": the word names people, with an article."""
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    if not (m.first > 0 and text.keys[m.first - 1] in _PEOPLE_ARTICLES):
        return False
    return bool(_AGAIN.intersection(text.keys[start:end]))


#: "Un certain M. Lévy", "a certain Mr Cohen": a name pointed at for what it betrays.
_A_CERTAIN = re.compile(
    r"(?i:\b(?:un|une) certaine?|\ba certain)\s+(?:(?:M|Mr|Mme|Mrs|Dr)\.?\s+)?[A-Z]"
)


def _a_certain_name(text: Text) -> bool:
    return bool(_A_CERTAIN.search(text.scan.normalized.original))
