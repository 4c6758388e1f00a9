"""Gloating over the victims of an attack or a massacre: "les victimes du Bataclan l'ont
bien cherché", "Charlie Hebdo got what they were asking for", "le 7 octobre c'était de
la résistance".

No group is named and no word is derogatory; what offends is the verdict passed on the
dead. The rule reads the victims or the attack named, then, in that sentence or the next
("Bataclan : ils l'ont cherché"), a verdict that they deserved it or that the attack was
a fight. A perpetrator in the sentence is who got what he deserved ("le terroriste a été
abattu, bien fait"), and a negation, a quote or a condemnation takes the verdict back.
The editors decide: held, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reported_before
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import longest_at, phrase_set, phrase_starts
from palabre.policies.sentences import Text

#: The victims, or the attacks named by the place or the day they are known by.
_VICTIMS = frozenset(map(squeeze, {
    "victimes", "victime", "victims", "victim", "otages", "otage", "hostages", "hostage",
    "morts", "tues", "tuees", "killed", "dead", "noyes", "drowned", "assassines",
    "murdered", "massacres", "massacred", "rescapes", "survivants", "survivors",
    "bataclan", "charlie", "hypercacher", "paty", "utoya", "christchurch",
    "pittsburgh", "oradour", "srebrenica", "attentat", "attentats",
    "massacre", "tuerie", "fusillade", "shooting", "pogrom",
}))  # fmt: skip
#: "le 7 octobre", "Oct 7", "October 7th": a day that names an attack.
_DAY = frozenset({"7", "7th"})
_MONTH = frozenset(map(squeeze, {"octobre", "october", "oct"}))
#: Who did it: their death or their sentence is what a verdict is passed on.
_PERPETRATORS = frozenset(map(squeeze, {
    "terroriste", "terroristes", "terrorist", "terrorists", "tueur", "tueurs", "killer",
    "killers", "assaillant", "assaillants", "attacker", "attackers", "gunman", "shooter",
    "djihadiste", "djihadistes", "jihadist", "jihadists", "criminel", "criminels",
    "assassin", "assassins", "meurtrier", "violeur", "rapist", "auteur", "auteurs",
    "perpetrator", "perpetrators", "kamikaze", "commando", "tireur", "tireurs",
}))  # fmt: skip
#: What the victims deserved when it is honour or redress: "ils l'ont bien mérité, cette
#: médaille", "they deserved it, that award".
_HONOURS = frozenset(map(squeeze, {
    "medaille", "medailles", "medal", "medals", "prix", "award", "awards", "honneur",
    "honour", "honor", "legion", "reparation", "reparations", "hommage", "tribute",
    "recompense", "reward", "succes", "success", "bravo", "chapeau", "felicitations",
    "congratulations", "justice", "indemnisation", "compensation",
}))  # fmt: skip
#: Words that deny the verdict when they come before it in its sentence.
_DENYING = frozenset(map(squeeze, {
    "not", "t", "never", "no", "nobody", "none", "noone", "pas", "ne", "n", "jamais",
    "personne", "aucun", "aucune", "rien",
}))  # fmt: skip
#: The verdicts: deserved, asked for, a fight.
_VERDICTS = phrase_set(
    "l ont cherche", "l ont bien cherche", "l ont un peu cherche", "l avaient cherche",
    "l avaient bien cherche", "l a cherche", "l a bien cherche", "l a un peu cherche",
    "l avait cherche", "l avait bien cherche", "l ont merite", "l ont bien merite",
    "l a merite", "l a bien merite", "ont eu ce qu ils meritaient",
    "a eu ce qu il meritait", "ont eu ce qu ils cherchaient", "bien fait pour eux",
    "bien fait pour lui", "bien fait pour elle", "bien fait pour elles",
    "c est bien fait pour", "bon debarras", "fallait pas provoquer", "fallait pas se moquer",
    "ils n avaient qu a pas", "c etait de la resistance", "c est de la resistance",
    "resistance legitime", "l avaient un peu cherche",
    "had it coming", "deserved it", "got what they deserved", "got what he deserved",
    "got what she deserved", "got what they were asking for", "got what they asked for",
    "asked for it", "were asking for it", "was asking for it", "serves them right",
    "serves him right", "good riddance", "was resistance", "legitimate resistance",
)


def gloating(text: Text, analysis: Analysis) -> None:
    """One hate finding for a verdict that the victims of an attack deserved it."""
    keys = text.keys
    if _VERDICTS.heads.isdisjoint(keys):
        return
    named = [i for i, k in enumerate(keys) if k in _VICTIMS or _the_day(keys, i)]
    if not named:
        return
    for j in phrase_starts(keys, _VERDICTS):
        sentence = text.sentence[j]
        if not any(abs(text.sentence[i] - sentence) <= 1 for i in named):
            continue
        start, end = text.sentence_start(j), text.sentence_end(j)
        if not _PERPETRATORS.isdisjoint(keys[start:end]):
            continue  # "le terroriste a été abattu, bien fait pour lui"
        before = text.sentence_start(start - 1) if start else start
        if not _HONOURS.isdisjoint(keys[before:end]):
            continue  # "les rescapés ont reçu une médaille (.) ils l'ont bien mérité"
        if not _DENYING.isdisjoint(keys[start:j]):
            continue  # "nobody who died there deserved it", "personne ne l'a cherché"
        said = longest_at(keys, j, _VERDICTS)
        m = Match("implicit", " ".join(said), j, j + len(said))
        if text.negated(m) or text.quoted[j] or reported_before(text, j) or countered(
            text, m, m
        ):
            continue  # "ceux qui disent « bien fait » ...", "those saying they asked for it"
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.gloating", (m,)))
        return


def _the_day(keys: list[str], i: int) -> bool:
    """ "7 octobre", "Oct 7": the day of the attack, either way round."""
    if keys[i] not in _DAY:
        return False
    return (i + 1 < len(keys) and keys[i + 1] in _MONTH) or (i > 0 and keys[i - 1] in _MONTH)
