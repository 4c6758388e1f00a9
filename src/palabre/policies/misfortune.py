"""Misfortune wished on someone: an illness, an accident or a death that would befall
them, hoped for ("I hope she gets cancer", "j'espère que ce juge finira sous un bus"),
celebrated in advance ("le jour où ce ministre passe l'arme à gauche, je sors le
champagne"), or regretted when it did not come ("shame the surgeons saved him",
"dommage qu'elle s'en soit remise").

No verb of violence is needed, which is why the threat rules miss these: nobody acts,
the harm just happens, and the writer says they want it. Held for the editors as a
threat. News of an illness or a death, sorrow at it ("shame he died so young"), and a
wish that it does not happen ("hope he pulls through", "j'espère qu'il ne souffre pas")
are left alone.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.death_wishes import suffering_idiom
from palabre.policies.findings import Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.scorelines import lost_at_the_polls
from palabre.policies.sentences import Text
from palabre.policies.things import takes_up_a_thing

#: Words that name the person it would befall: pronouns, possessives ("his cancer comes
#: back", "son hélico"), "celui-là".
_PERSON_WORDS = frozenset(map(squeeze, {
    "he", "she", "him", "her", "his", "they", "them", "their", "you", "your", "u", "ur",
    "il", "elle", "ils", "elles", "lui", "leur", "leurs", "son", "sa", "ses", "tu", "t",
    "te", "toi", "vous", "ton", "ta", "tes", "votre", "vos", "eux", "celui", "celle",
    "ceux", "l", "les",
}))  # fmt: skip
#: Objects after it: "saved him", "hit her", "(crashé) à celui-là".
_OBJECTS = frozenset(map(squeeze, {"him", "her", "them", "you", "u", "lui", "celui", "celle",
                                   "ceux"}))  # fmt: skip
#: The writer, or nobody, as the one it would befall: "I hope I don't get cancer",
#: "j'espère que personne n'est mort".
_NOT_SOMEONE = frozenset(map(squeeze, {"i", "me", "my", "we", "us", "our", "je", "j", "moi",
                                       "nous", "nobody", "none", "personne", "aucun",
                                       "aucune"}))  # fmt: skip
#: Lists that name people.
_PEOPLE = ("role", "person_noun", "identity", "identity_adj", "third_person",
           "second_person", "worship")  # fmt: skip
#: How far before the misfortune its subject may stand: "hope the ref never makes it
#: home", "que ce juge finisse ses jours".
_REACH = 4
#: Modal phrases that wish, which the longing list loses to when they are longer: "j'espère
#: que", "pourvu que", "vivement le jour où".
_WISH_STEMS = tuple(map(squeeze, ("esper", "hope", "wish", "souhait", "pourvu", "vivement",
                                  "merit", "deserv", "love", "aimerai", "adorerai")))  # fmt: skip
#: Survival, which a regret turns into a wish: "pity he survived", "dommage qu'il s'en
#: soit sorti", "shame the surgeons saved him".
_SURVIVED = tuple(map(squeeze, ("surviv", "saved", "rescued", "recovered", "missed",
                                "survec", "sauve", "remis", "remise", "reveille", "rate",
                                "loupe")))  # fmt: skip
#: A harm that missed someone: "(dommage que le chauffard) l'ait ratée", "missed him".
_MISSED = tuple(map(squeeze, ("missed", "rate", "loupe")))
_MISSED_WHOM = frozenset({"l", "la", "le", "les"})
#: Recovery wished, which turns a misfortune named into news: "j'espère qu'il se
#: remettra de son AVC", "hope she recovers from the stroke".
_RECOVERY = (*_SURVIVED, *map(squeeze, ("remet", "gueri", "retabl", "recover", "heal",
                                        "sortira", "sorte", "beat", "cure")))  # fmt: skip


def misfortune(text: Text, analysis: Analysis, named: set[int]) -> None:
    """One threat finding when a misfortune is wished on someone."""
    scan = text.scan
    if not (scan.has("misfortune") or scan.has("regret")):
        return
    if not (scan.has("longing") or scan.has("regret") or _opens_on_que(text)
            or any(_called_good(text, m) for m in scan.get("misfortune"))):  # fmt: skip
        return
    for m in scan.get("misfortune"):
        if _excluded(text, m):
            continue
        if not _befalls_someone(text, m, named):
            continue
        if _recovery_in_sentence(text, m):
            continue
        negated = text.negated(m) or _denied_after(text, m)
        if (not negated and _longed_for(text, m)) or (negated and _regretted(text, m)):
            analysis.findings.append(Finding(Category.THREAT, 0.7, "threat.misfortune", (m,)))
            return
    for m in scan.get("regret"):
        if text.quoted[m.first] or text.counter_in_sentence(m.first):
            continue
        survived = _survival_after(text, m) or _survival_asked_before(text, m)
        if survived is not None and _befalls_someone(text, survived, named):
            analysis.findings.append(Finding(Category.THREAT, 0.7, "threat.misfortune", (m,)))
            return


def _excluded(text: Text, m: Match) -> bool:
    if text.keys[m.last : m.last + 1] == ["out"] or lost_at_the_polls(text, m):
        return True  # "hope they crash out of the cup", "wiped out at the ballot box"
    return bool(text.quoted[m.first] or text.counter_in_sentence(m.first)
                or suffering_idiom(text.keys, m)
                or text.question[text.sentence[m.first]])  # fmt: skip


def _recovery_in_sentence(text: Text, m: Match) -> bool:
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    keys = text.keys
    # Not the misfortune's own words: "ne jamais se réveiller" holds "réveiller".
    return wishes_recovery([*keys[start : m.first], ".", *keys[m.last : end]])


def wishes_recovery(keys: list[str]) -> bool:
    """Words of recovery: "qu'il se remette vite", "hope she recovers", "guérisse"; not
    "ça lui remettrait les idées en place"."""
    return any(
        k.startswith(_RECOVERY) and not k.startswith(_WARRIOR)
        and (not k.startswith(_PUT_BACK) or keys[i - 1 : i] in _SELF)
        for i, k in enumerate(keys)
    )  # fmt: skip


def wishes_get_well(keys: list[str]) -> bool:
    """Words that only wish recovery, whatever the misfortune: "s'en remettre", "guérir",
    "se rétablir", "recover", "heal"."""
    return any(k.startswith(_GET_WELL) for k in keys) and wishes_recovery(keys)


_GET_WELL = tuple(map(squeeze, ("remet", "remis", "gueri", "retabl", "recover", "heal")))
#: "Guerrier" reads as "guéri".
_WARRIOR = squeeze("guerrier")
#: "Remettre" recovers only reflexively: "qu'il se remette", "s'en remettre".
_PUT_BACK = (squeeze("remet"), squeeze("remis"))
_SELF = ([squeeze("se")], ["s"], [squeeze("en")])


def _opens_on_que(text: Text) -> bool:
    """A sentence opens on "que" or "may": "Qu'il chope un cancer"."""
    keys, sentence = text.keys, text.sentence
    return any(k in _QUE and (i == 0 or sentence[i] != sentence[i - 1])
               for i, k in enumerate(keys))  # fmt: skip


#: Optatives that open a wish as "que" does: "May he choke on it", "Puisse-t-il ne
#: jamais se réveiller".
_QUE = frozenset(map(squeeze, {"que", "qu", "may", "puisse", "puissent"}))
#: A harm called good is wished: "un bon cancer", "une bonne chute", "a nice long illness".
_GOOD_HARM = frozenset(map(squeeze, {"bon", "bonne", "good", "nice"}))
_GOOD_ENTRY = ("un bon ", "une bonne ")


def _longed_for(text: Text, m: Match) -> bool:
    """A wish word in the sentence ("hope", "j'espère", "mériterait", "champagne"), or a
    sentence opening on "que" with the misfortune as its verb ("Que la maladie
    l'emporte", "Qu'il chope un cancer")."""
    wishes = [
        *text.in_sentence("longing", m.first),
        *(
            p
            for p in text.in_sentence("modal", m.first)
            if any(k.startswith(_WISH_STEMS) for k in text.keys[p.first : p.last])
        ),
    ]
    if any(not text.negated(w) for w in wishes):
        return True
    if _called_good(text, m):
        return True  # "un bon accident pour ce député", "a nice long illness"
    if _if_only(text, m):
        return True
    start = text.sentence_start(m.first)
    return text.keys[start] in _QUE and m.first - start <= _REACH


#: "Si l'avion pouvait s'écraser", "si tous les X pouvaient choper Ebola": a wish.
_IF = frozenset({"si"})
_COULD = frozenset(map(squeeze, {"pouvait", "pouvaient"}))


def _if_only(text: Text, m: Match) -> bool:
    keys, start = text.keys, text.sentence_start(m.first)
    could = next((i for i in range(start, m.first) if keys[i] in _COULD), None)
    return could is not None and any(k in _IF for k in keys[start:could])


def _called_good(text: Text, m: Match) -> bool:
    return (m.first > 0 and text.keys[m.first - 1] in _GOOD_HARM) or m.entry.startswith(_GOOD_ENTRY)


def _regretted(text: Text, m: Match) -> bool:
    """Regret that it did not happen: "dommage que son hélico ne se soit pas crashé",
    "pity the roof didn't cave in"."""
    return any(r.last <= m.first for r in text.in_sentence("regret", m.first))


def _survival_after(text: Text, regret: Match) -> Match | None:
    """The survival a regret is about: "shame the surgeons saved him"."""
    keys = text.keys
    end = text.sentence_end(regret.first)
    for i in range(regret.last, min(end, regret.last + 8)):
        if keys[i].startswith(_SURVIVED):
            if keys[i].startswith(_MISSED) and not (
                keys[i - 1] in _MISSED_WHOM
                or keys[i + 1 : i + 2] in (["him"], ["her"])
                or (i >= 2 and keys[i - 2] in _MISSED_WHOM)
            ):
                continue  # "shame he missed the penalty": he missed, nothing missed him
            found = Match("misfortune", keys[i], i, i + 1)
            return None if text.negated(found) else found
    return None


def _denied_after(text: Text, m: Match) -> bool:
    """ "Pity his heart attack last year wasn't a proper one": its severity denied after
    it, which the regret then wishes. Not "wasn't caught earlier"."""
    keys, end = text.keys, text.sentence_end(m.first)
    return any(
        m.last <= n.first < min(end, m.last + 5)
        and _SEVERE.intersection(keys[n.last : min(end, n.last + 4)])
        for n in text.in_sentence("negation", m.first)
    )


#: What the denial says the misfortune lacked: "a proper one", "fatal", "mortel".
_SEVERE = frozenset(map(squeeze, {"proper", "fatal", "worse", "serious", "bigger", "mortel",
                                  "mortelle", "fatale", "grave", "pire"}))  # fmt: skip


def _survival_asked_before(text: Text, regret: Match) -> Match | None:
    """ "Il a survécu à son AVC ? Quel gâchis.": the survival asked just before."""
    start = text.sentence_start(regret.first)
    if regret.first - start > 1 or start == 0 or not text.question[text.sentence[start - 1]]:
        return None
    keys = text.keys
    for i in range(text.sentence_start(start - 1), start):
        if keys[i].startswith(_SURVIVED) and not keys[i].startswith(_MISSED):
            return Match("misfortune", keys[i], i, i + 1)
    return None


def _befalls_someone(text: Text, m: Match, named: set[int]) -> bool:
    """Someone it would befall: its subject shortly before it, or the person inside or
    right after it ("l'emporte", "saved him", "hit her"), named, pointed at or a group.
    Not the writer, nor nobody: the nearest of them before it decides ("I hope his
    cancer comes back", not "I hope I don't get cancer")."""
    keys = text.keys
    start = text.sentence_start(m.first)
    people = {p.first for n in _PEOPLE for p in text.in_sentence(n, m.first)}
    if _topic_before(text, m, start):
        return True  # "Ce patron du CAC 40, une petite chute dans l'escalier et ..."
    # A person pointed at in the sentence: "s'étouffer avec sa poutine, ce maire-là",
    # "Karma's coming for that journalist and I hope it's slow".
    end = text.sentence_end(m.first)
    if any(i in people and i > start and keys[i - 1] in _DEMONSTRATIVES
           for i in range(start, end) if not m.first <= i < m.last):  # fmt: skip
        return True
    for i in range(m.first - 1, max(start, m.first - _REACH) - 1, -1):
        if keys[i] in _NOT_SOMEONE:
            return False
        if i in people or (keys[i] in _PERSON_WORDS and not takes_up_a_thing(text, i)):
            return True
    wished_at = max((w.last for n in ("longing", "modal") for w in text.in_sentence(n, m.first)
                     if w.last <= m.first), default=-1)  # fmt: skip
    if wished_at >= 0 and any(wished_at <= i < m.first for i in people):
        return True  # "I hope the author of this garbage gets hit by a truck"
    for i in range(m.first, min(len(keys), m.last + 2)):
        if i in people or (keys[i] in (_PERSON_WORDS if i < m.last else _OBJECTS)
                           and not takes_up_a_thing(text, i)):  # fmt: skip
            return True  # "l'emporte", "saved him"; not "mérite de mourir, on l'a vu"
    # "une bonne tumeur au cerveau pour ce chroniqueur"
    at = next((i + 1 for i in range(m.last, min(len(keys), m.last + 4)) if keys[i] in _FOR), 0)
    if at and any(i in people or keys[i] in _PERSON_WORDS or keys[i] in _DEMONSTRATIVES
                  for i in range(at, at + 2) if i < len(keys)):  # fmt: skip
        return True  # "pour ce chroniqueur", "à tous ces antivax"
    # A person named in the sentence, with no other person word near: "Macron, une
    # bonne crise cardiaque".
    return text.sentence[m.first] in named


#: "pour ce chroniqueur", "for that judge".
_FOR = frozenset(map(squeeze, {"pour", "for", "a", "to"}))
#: A sentence that opens on a person pointed at, set off by a comma: "Cette influenceuse
#: qui nous fait la morale, un chauffard bourré sur son passage et c'est réglé".
_DEMONSTRATIVES = frozenset(map(squeeze, {"ce", "cet", "cette", "ces", "that", "those"}))
_ALL = frozenset(map(squeeze, {"tous", "toutes", "all"}))


def _topic_before(text: Text, m: Match, start: int) -> bool:
    keys = text.keys
    lead = start + 1 if keys[start] in _ALL else start
    if lead >= m.first or keys[lead] not in _DEMONSTRATIVES:
        return False
    return any("," in text.gap(i) for i in range(lead + 2, m.first + 1))
