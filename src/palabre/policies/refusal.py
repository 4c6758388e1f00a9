"""A group refused as such, by the writer: "I would never hire a Jew", "je ne serrerai
jamais la main d'un juif", "jamais je voterai pour une femme", "I refuse to do business
with Muslims", "Je ne veux pas d'immigrés dans mon immeuble".

No word in it is derogatory: what derogates is the writer turning away a person for the
group they belong to. Held for the editors, never rejected: the same verbs report
discrimination when the writer is not the one refusing ("the firm never hired a Black
manager"), and those sentences have no first person.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: The writer, or the writer's side, as the one who refuses.
_WRITER = frozenset(map(squeeze, {"i", "je", "j", "we", "nous", "on", "moi", "m", "ll", "d"}))
#: What refuses: a negation, or a verb of refusal.
_REFUSING = frozenset(map(squeeze, {
    "not", "never", "t", "no", "pas", "jamais", "plus", "refuse", "refuses", "refuserai",
    "refuserais", "refusons", "ne", "n",
}))  # fmt: skip
#: Beginnings of the verbs of dealing with someone: hiring, renting to, serving, voting
#: for, marrying, shaking hands, wanting (as a neighbour, in a place).
_DEALING = tuple(map(squeeze, (
    "hire", "hiring", "employ", "rent", "serve", "serving", "vote", "voting", "date",
    "dating", "marry", "marrying", "shake", "shaking", "business", "work", "trust",
    "want", "let", "sell", "treat", "accept", "welcome", "sit",
    "embauch", "emploi", "emploie", "loue", "louer", "louera", "louerai", "servir",
    "servirai", "sert", "vot", "epous", "serr", "travaill", "veux", "voudrai", "vend",
    "accept", "accueill", "soign", "confie", "sortir", "sortirai", "assied", "asseoir",
    "touch", "touche", "operat", "opere", "taught", "teach", "enseign",
)))  # fmt: skip
#: What may stand between the verb and the group: articles, "never", "the hand of".
_BETWEEN = frozenset(map(squeeze, {
    "a", "an", "any", "one", "single", "the", "ever", "again", "never", "for", "with",
    "to", "under", "hands", "hand", "of", "un", "une", "de", "d", "des", "les", "le", "la",
    "l", "du", "aucun", "aucune", "jamais", "plus", "pour", "avec", "sous", "main",
    "seul", "seule", "affaire", "affaires", "do", "faire", "confiance", "en", "pas",
    "my", "our", "mon", "ma", "mes", "notre", "nos", "flat", "house", "apartment", "room",
    "appartement", "maison", "logement", "chambre", "studio", "by", "par", "been",
}))  # fmt: skip
#: What may follow the group: the end of the clause, or the place or role it is refused
#: ("in my street", "as a neighbour", "near my daughter", "dans mon immeuble"). Not a verb
#: of its own: "we don't want Muslims to suffer" refuses their suffering.
_AFTER = frozenset(map(squeeze, {
    "in", "into", "near", "around", "as", "at", "on", "anywhere", "here", "ever", "again",
    "dans", "chez", "a", "au", "aux", "comme", "pres", "sur", "ici", "en", "de", "du",
}))  # fmt: skip
#: Roles a group is refused when named right after it, as a verb ("I don't want
#: Muslims teaching my kids", "je ne veux pas de femmes diriger ce pays"): a verb of
#: its own, but one of holding a place over others, not of suffering or leaving.
_ROLES = tuple(map(squeeze, (
    "teach", "run", "lead", "govern", "rule", "coach", "raise", "raising", "babysit",
    "treat", "represent", "manag", "command", "judg", "operat",
    "enseign", "dirig", "gouvern", "encadr", "entrain", "elev", "gard",
    "soign", "jug", "oper", "educ",
)))  # fmt: skip
#: What introduces the role a group is refused as ("comme" squeezed is "come").
_AS = frozenset({"as", "come", "pour", "en"})
#: A turn that takes the refusal back: "never voted for a woman, but this time ...".
_BUT = frozenset(map(squeeze, {"but", "mais", "until", "jusqu", "before", "avant"}))
#: How far before the group its verb may stand ("shake the hand of a ...").
_VERB_REACH = 5
#: How many words may stand between the refusal and the verb ("I would never hire").
_REFUSAL_REACH = 4


def refused(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A finding for the first group that the writer refuses to deal with."""
    for t in groups:
        verb = _dealing_verb(text, t)
        if verb is None or not _refused_by_writer(text, verb):
            continue
        if text.question[text.sentence[t.first]] or countered(text, t, t):
            continue
        end = text.sentence_end(t.first)
        if t.last < end and not (text.comma_between(t.last - 1, t.last)
                                 or text.keys[t.last] in _AFTER
                                 or _role_after(text.keys, t.last, end)):  # fmt: skip
            continue
        if _BUT.intersection(text.keys[t.last : end]):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.refusal", (t,)))
        return


def _dealing_verb(text: Text, t: Match) -> int | None:
    """The verb of dealing whose object the group is: only articles and the like between."""
    i = text.word_before(t.first, _BETWEEN, _VERB_REACH)
    return i if i is not None and text.keys[i].startswith(_DEALING) else None


def _refused_by_writer(text: Text, verb: int) -> bool:
    start = text.sentence_start(verb)
    before = text.keys[max(start, verb - _REFUSAL_REACH) : verb]
    after = text.keys[verb + 1 : verb + 2]
    if not (_REFUSING.intersection(before) or {"jamais", "pas", "plus"}.intersection(after)):
        return False
    return bool(_WRITER.intersection(text.keys[start:verb]))


def _role_after(keys: list[str], at: int, end: int) -> bool:
    """A role named right after the group, or after "to": "teaching my kids"."""
    if keys[at] == "to" and at + 1 < end:
        at += 1
    return keys[at].startswith(_ROLES)


def refused_as(text: Text, praise: Match, groups: list[Match]) -> bool:
    """Praise that names what the writer refuses a group to be: "je n'accepterai jamais
    les X comme mes égaux", "I will never accept X as equals". Not a positive statement
    about the group: the refusal check reads the sentence."""
    for t in groups:
        if not (t.last <= praise.first <= t.last + 3 and text.same_sentence(t.first, praise.first)):
            continue
        if text.keys[t.last] not in _AS:
            continue
        verb = _dealing_verb(text, t)
        if verb is not None and _refused_by_writer(text, verb):
            return True
    return False



#: "Who would want to ...", "qui a envie de ...": a question that answers itself.
_WHO = frozenset(map(squeeze, {"who", "qui"}))
_WANTING = frozenset(map(squeeze, {
    "wants", "want", "would", "d", "fancies", "envie", "voudrait", "veut", "aimerait",
    "accepterait", "supporterait", "irait",
}))  # fmt: skip
#: Nearness to the group: "sit next to a Rom", "vivre à côté d'Arabes".
_NEAR = frozenset(map(squeeze, {
    "next", "near", "beside", "with", "alongside", "cote", "pres", "avec", "parmi", "among",
    "neighbour", "neighbor", "voisin", "voisins",
}))  # fmt: skip


def shunned(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """A question that takes for granted no one wants to be near a group: "Who honestly
    wants to sit next to a gypsy on the bus?", "Qui a envie de s'asseoir à côté d'un Rom
    dans le bus ?"."""
    keys = text.keys
    for t in groups:
        if not text.question[text.sentence[t.first]]:
            continue
        start = text.sentence_start(t.first)
        if keys[start] not in _WHO or not _WANTING.intersection(keys[start + 1 : start + 5]):
            continue
        if not _NEAR.intersection(keys[max(start, t.first - 4) : t.first]):
            continue
        if any(start <= n.first < t.first for n in text.scan.get("negation")):
            continue  # "Qui ne voudrait pas d'un voisin musulman ?": who would not
        if countered(text, t, t):
            continue
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.refusal", (t,)))
        return
