"""Threats: violence wished on a group or a person ("il faudrait buter ce juge"), promised
by the speaker ("je le bute"), ordered against "them all", or veiled in everyday words
("on sait où tu habites"). Violence reported, boasted of in sport or wished on things is
no threat.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.address import KIND_NOUNS, OF_WORDS, directed
from palabre.policies.death_wishes import SUBJECT_SUFFERS, suffering_idiom, wished_on_him
from palabre.policies.findings import Analysis, Finding
from palabre.policies.insult_shapes import POINTERS
from palabre.policies.matches import Match
from palabre.policies.news_of_harm import at_a_state, news_of_it, weapon_at_someone
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.scorelines import FIGURATIVE, foretold_win, lost_at_the_polls, sport_talk
from palabre.policies.sentences import Text
from palabre.policies.things import takes_up_a_thing
from palabre.policies.vocative import SECOND_PERSON
from palabre.policies.wishes import (
    SELF_MODAL,
    SUBORDINATING,
    offenders_only,
    their_own_wish,
    wished,
)


def threat(text: Text, analysis: Analysis, names: bool) -> None:
    scan = text.scan
    for m in scan.get("threat_direct"):
        if _idiom(text, m):
            continue
        if not text.negated(m) and not text.quoted[m.first]:
            analysis.findings.append(Finding(Category.THREAT, 0.95, "threat.direct", (m,)))
    if weapon_at_someone(text):
        analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.intimidation", ()))
    for m in scan.get("intimidation"):
        # A promise of harm in everyday words holds its own wish; an editor reads it.
        if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
            continue
        if (
            sport_talk(text, strict=True)
            and not _at_someone(text, m)
            and not _WORSHIP.intersection(text.keys[m.first : m.last])
        ):
            continue  # "Lyon va prendre une raclée au Vélodrome, 3-0 minimum"; not the ref
        if news_of_it(text, m):
            continue  # "interpellé avec un couteau, d'après le parquet": a crime reported
        analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.intimidation", (m,)))
        groups = [g for n in ("identity", "worship") for g in text.in_sentence(n, m.first)]
        if groups:
            analysis.findings.append(
                Finding(Category.HATE, 0.75, "hate.intimidation", (groups[0], m))
            )
    for m in scan.get("threat"):
        if their_own_wish(text, m) or lost_at_the_polls(text, m):
            continue  # "they want to go back home as soon as it's safe"
        modals = [p for p in text.in_sentence("modal", m.first) if p.last <= m.first]
        if not modals and _at_them(text, m):
            # "Expulsez-les tous", "kill them all": an order against people the article
            # is about, named nowhere in the comment. Held: the editors know who.
            analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.them", (m,)))
            continue
        if at_speaker(text, m) or _on_my_own(text, m):
            continue
        if at_a_state(text, m):
            continue  # "c'est le Kremlin qu'il faudrait frapper", "l'ambassadeur expulsé"
        if wished_on_him(text, m, modals) and not offenders_only(text, m):
            analysis.findings.append(Finding(Category.THREAT, 0.7, "threat.person", (m,)))
            continue
        if modals and _them_wished(text, m) and wished(text, m) and not offenders_only(text, m):
            # "Il faut tous les tuer", "we should exterminate them": the people the
            # article is about, named nowhere. Held: the editors know who.
            analysis.findings.append(Finding(Category.THREAT, 0.75, "threat.them", (m,)))
            continue
        if not modals and _deserved_after(text, m) and (names or _pointed_at(text, m)):
            # "Ce journaliste, une balle dans la nuque, voilà ce qu'il mérite".
            analysis.findings.append(Finding(Category.THREAT, 0.7, "threat.person", (m,)))
            continue
        victim = _promised(text, m)
        if victim:
            # "je le bute", "I'll beat her senseless": the speaker promises it.
            score = 0.9 if victim in SECOND_PERSON else 0.8
            analysis.findings.append(Finding(Category.THREAT, score, "threat.promise", (m,)))
            continue
        if not modals or text.negated(m) or text.quoted[m.first] or not wished(text, m):
            continue
        if offenders_only(text, m):
            continue  # "... should be deported if they commit crimes"
        if text.counter_in_sentence(m.first):
            analysis.countered = True
            continue
        if directed(text, m, reach=4) and not _you_act(text, m, modals):
            analysis.findings.append(Finding(Category.THREAT, 0.88, "threat.you", (modals[0], m)))
        elif foretold_win(text, m, modals[0], _I_WILL | _SUBJECT_YOU):
            continue
        elif names or _pointed_at(text, m):
            analysis.findings.append(Finding(Category.THREAT, 0.7, "threat.person", (modals[0], m)))


#: A place of worship inside the phrase: no match day excuses "pay the synagogue a visit".
_WORSHIP = frozenset(map(squeeze, {"mosque", "synagogue", "church", "mosquee", "eglise",
                                   "temple"}))  # fmt: skip


def _at_someone(text: Text, m: Match) -> bool:
    """ "you" in the phrase ("I'll find you after the match"), or someone in its sentence."""
    return bool(SECOND_PERSON.intersection(text.keys[m.first : m.last])) or any(
        text.in_sentence(n, m.first) for n in ("second_person", "role", "person_noun")
    )


#: A subject before "va crever": a forecast ("il va crever"), not the order "va crever !".
_FORECAST_SUBJECTS = frozenset(map(squeeze, {"il", "elle", "on", "ca", "qui", "ce"}))


def _idiom(text: Text, m: Match) -> bool:
    keys = text.keys
    if suffering_idiom(keys, m):
        return True
    return (keys[m.first] == "va" and m.first > text.sentence_start(m.first)
            and keys[m.first - 1] in _FORECAST_SUBJECTS)  # fmt: skip


#: The speaker as the one who will act, and the people a promise may fall on.
_I_WILL = frozenset(map(squeeze, {"je", "j", "i"}))  # "on va les écraser": a team's boast
_OBJECTS_BEFORE = frozenset(map(squeeze, {"le", "la", "l", "lui", "les", "leur", "te", "t",
                                          "vous"}))  # fmt: skip
_OBJECTS_AFTER = frozenset(map(squeeze, {"him", "her", "them", "you", "ya", "u", "his",
                                         "their", "your"}))  # fmt: skip


_PROMISE_GLUE = frozenset(map(squeeze, {
    "vais", "va", "allons", "vas", "irai", "ira", "aille", "aller", "go", "will", "ll", "m",
    "am", "going", "gonna",
    "to", "shall", "must", "dois", "devrai", "really", "just", "literally", "personally",
    "vraiment", "juste", "bien", "perso", "moi", "meme", "le", "la", "l", "lui", "les",
    "leur", "te", "t", "vous", "y", "en", "swear", "jure", "promise", "promets",
    # Light verbs before the harm they carry: "je lui mets une balle", "I'll put a ...".
    "mets", "met", "mettre", "fous", "fais", "faire", "colle", "file", "donne", "put", "give",
    "putting", "giving",
}))  # fmt: skip
#: Sending away is no bodily harm to promise: "je vous renvoie vers mon commentaire".
_NOT_BODILY = tuple(map(squeeze, ("renvo", "vir", "expuls", "chass", "deport", "bann",
                                  "enferm", "send", "sent", "kick", "lock", "throw",
                                  "foutre a la porte", "mettre a la porte")))  # fmt: skip


#: "my brother-in-law", "ma belle-mère": a promise to one's own family is a figure of
#: speech in a comment section; so is one followed by a laughing face.
_MY = frozenset(map(squeeze, {"my", "mon", "ma", "mes"}))
_LAUGHING = ("😅", "😂", "🤣", "😆", "😁")
_LAUGHING_WORDS = frozenset(map(squeeze, {"lol", "mdr", "ptdr", "haha", "hahaha", "lmao"}))


def _on_my_own(text: Text, m: Match) -> bool:
    """The speaker's harm falls on "my" something: "I'm going to kill my fantasy captain
    pick", "je vais tuer mon frère s'il rate le bus". Hyperbole about one's own."""
    keys, start = text.keys, text.sentence_start(m.first)
    own = m.last < len(keys) and keys[m.last] in _MY
    return own and any(k in _I_WILL for k in keys[start : m.first])


def _joking(text: Text, m: Match) -> bool:
    keys = text.keys
    if (m.last < len(keys) and keys[m.last] in _MY) or _LAUGHING_WORDS.intersection(keys):
        return True
    return any(mark in text.scan.normalized.original for mark in _LAUGHING)


def _promised(text: Text, m: Match) -> str:
    """The speaker promises the harm to someone: "je le bute", "je vais lui planter mon
    couteau", "I'll beat her senseless", "I'm going to stab the next one". The person it
    falls on (an object pronoun, or a role or person named right after), else ""."""
    keys, start = text.keys, text.sentence_start(m.first)
    if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
        return ""
    if text.question[text.sentence[m.first]]:
        return ""
    # The speaker is the subject of this very verb: only auxiliaries, adverbs and object
    # pronouns between them ("je vais lui", "I'm going to", "I'll really"), not "I hate
    # the people who shoot at them", nor a wish made unreal by "would" ("I'd shoot ...").
    subject = next((i for i in range(m.first - 1, max(start, m.first - 6) - 1, -1)
                    if keys[i] in _I_WILL), None)  # fmt: skip
    if subject is None or not all(k in _PROMISE_GLUE for k in keys[subject + 1 : m.first]):
        return ""
    if keys[m.first].startswith(_NOT_BODILY) or _joking(text, m):
        return ""
    victim = _victim(text, m, subject, start)
    # A verb of sport as often as of a fight ("je vais les écraser") threatens only when
    # it falls on the reader: "je te défonce en sortant du boulot". A phrase that names
    # the body ("smash his face") is no scoreline.
    if (
        keys[m.first].startswith(FIGURATIVE)
        and m.last - m.first == 1
        and (victim not in SECOND_PERSON)
    ):
        return ""
    return victim


#: "the next one", "le premier qui ...": whoever comes along.
_WHOEVER = (("le", "premier"), ("la", "premiere"), ("le", "prochain"), ("la", "prochaine"),
            ("the", "next"), ("the", "first"))  # fmt: skip


def _victim(text: Text, m: Match, subject: int, start: int) -> str:
    keys = text.keys
    for i in range(max(start, subject + 1), m.first):
        if keys[i] in _OBJECTS_BEFORE:
            return keys[i]  # "je le bute", "je lui mets une balle"
    # After the verb, or inside the phrase: "beat her senseless", "break his jaw".
    for k in keys[m.first + 1 : m.last + 2]:
        if k in _OBJECTS_AFTER:
            return k
    if tuple(keys[m.last : m.last + 2]) in {(squeeze(a), squeeze(b)) for a, b in _WHOEVER}:
        return keys[m.last + 1]
    people = {r.first for n in ("role", "person_noun", "identity") for r in text.scan.get(n)}
    found = [i for i in range(m.last, min(len(keys), m.last + 7)) if i in people]
    return keys[found[0]] if found and text.same_sentence(found[0], m.first) else ""


_ME = frozenset(map(squeeze, {"me", "m", "moi"}))


def at_speaker(text: Text, m: Match) -> bool:
    """The harm falls on the speaker: "ma femme va me tuer", "my wife will kill me"."""
    keys = text.keys
    return (m.first > 0 and keys[m.first - 1] in _ME) or (
        m.last < len(keys) and keys[m.last] in _ME
    )


_THEM = frozenset(map(squeeze, {"les", "them", "eux"}))
_ALL = frozenset(map(squeeze, {"tous", "toutes", "all"}))
_EVERY = frozenset(map(squeeze, {"every", "chacun", "chaque"}))


def _at_them(text: Text, m: Match) -> bool:
    """An order opening its sentence, aimed at "them all": "Expulsez-les tous", "Kill them
    all". Not negated, not quoted, not reported."""
    keys, start = text.keys, text.sentence_start(m.first)
    words = keys[m.first + 1 : m.last + 3]
    if words[:1] and words[0] in _EVERY:  # "Deport every last one of them"
        words = keys[m.first + 1 : m.last + 6]
        return m.first == start and bool(_THEM.intersection(words)) and not text.negated(m)
    return (m.first == start and bool(_THEM.intersection(words[:2]))
            and bool(_ALL.intersection(words)) and all(
                text.same_sentence(m.first, i) for i in range(m.first, min(len(keys), m.last + 2)))
            and not text.negated(m) and not text.quoted[m.first])  # fmt: skip


def _them_wished(text: Text, m: Match) -> bool:
    """Bodily harm wished on "them", right at the verb: "il faut les exterminer", "faut
    tous les pendre", "we should exterminate them". Not sport, not a thing taken up ("ces
    taxes, il faut les tuer"), not sending away."""
    keys = text.keys
    if not keys[m.first].startswith(_LETHAL) or text.quoted[m.first]:
        return False
    if not any(0 <= m.first - p.last <= 3 and not (p.first and keys[p.first - 1] in SUBORDINATING)
               and not _FUTURE.intersection(keys[p.first : p.last])
               for p in text.in_sentence("modal", m.first)):  # fmt: skip
        return False  # "il faut les sauver avant qu'on les tue": the wish is elsewhere
    if _KINDLY.intersection(keys[m.last : m.last + 3]):
        return False  # "kill them with kindness"
    if m.first and keys[m.first - 1] in _LES:
        pronoun = m.first - 1
    elif m.last < len(keys) and keys[m.last] in _THEM_EN:
        pronoun = m.last
    else:
        return False
    if takes_up_a_thing(text, pronoun) or text.counter_in_sentence(m.first):
        return False
    return not sport_talk(text, strict=True)


_LES = frozenset(map(squeeze, {"les"}))
#: Verbs that kill: not "éliminer" nor "battre", which a match does as often.
_LETHAL = tuple(map(squeeze, (
    "tue", "tuer", "extermin", "pend", "gaz", "fusill", "abat", "massacr", "brul", "lynch",
    "egorg", "bute", "buter", "flingu", "kill", "hang", "shoot", "gas", "burn", "slaughter",
    "murder", "execut", "wipe",
)))  # fmt: skip
#: A future is a forecast or a boast ("on va les massacrer samedi"): ``_promised`` reads it.
_FUTURE = frozenset(map(squeeze, {"va", "vais", "vas", "allons", "allez", "vont", "going",
                                  "gonna", "will", "ll"}))  # fmt: skip
_KINDLY = frozenset(map(squeeze, {"kindness", "gentillesse", "compliments"}))
_THEM_EN = frozenset(map(squeeze, {"them"}))


#: "you" as the one who would act: "you should burn the midnight oil", "tu devrais tuer
#: le temps". Object forms ("te", "yourself") are left out: "you should kill yourself".
_SUBJECT_YOU = frozenset(map(squeeze, {"you", "u", "tu", "vous"}))
_REFLEXIVE = frozenset(map(squeeze, {"yourself", "yourselves", "toi", "te", "t", "vous"}))


def _you_act(text: Text, m: Match, modals: list[Match]) -> bool:
    """The only "you" near the threat is the subject right before its modal, and no
    "you" comes after the verb as its object."""
    keys = text.keys
    if any(k.startswith(SUBJECT_SUFFERS) for k in keys[m.first : m.last]):
        return False  # "tu devrais crever", "you should rot": the subject is the victim
    if any(k.startswith(tuple(SELF_MODAL)) for p in modals for k in keys[p.first : p.last]):
        return False  # "you deserve a beating": so is the one who deserves
    subject = any(p.first > 0 and keys[p.first - 1] in _SUBJECT_YOU for p in modals)
    later = keys[m.first : min(len(keys), m.last + 3)]
    return (
        subject and not _REFLEXIVE.intersection(later) and not any(k in _SUBJECT_YOU for k in later)
    )


#: Object pronouns that take up a person (or people) named before a threat; definite
#: articles. "les profs grévistes, on devrait les pendre".
_TAKING_UP = frozenset(map(squeeze, {"lui", "le", "la", "l", "les", "him", "her", "them"}))
#: A passive between the wish and the violence: "X should be shot", "X devraient être
#: pendus". The victim is then the subject, before the wish.
_TO_SOMEONE = frozenset(map(squeeze, {"lui"}))
_PASSIVE = frozenset(map(squeeze, {"be", "get", "being", "etre"}))
_PEOPLE = ("role", "person_noun", "identity", "insult", "dehum")
_DEFINITE = frozenset(map(squeeze, {"le", "la", "l", "les", "the", "ces", "these", "those"}))


def _a_kind_of(keys: list[str], r: Match) -> bool:
    """ "ce type de comportement", "that teacher's complaint": the role word names no one."""
    after = keys[r.last] if r.last < len(keys) else ""
    return after == "s" or (keys[r.first] in KIND_NOUNS and after in OF_WORDS)


#: "(voilà) ce qu'il mérite", "(that's) what he deserves": found a few words before it.
_WHAT = phrase_set("ce qu", "what")


def _deserved_after(text: Text, m: Match) -> bool:
    """The harm named first, then called deserved: "une balle dans la nuque, voilà ce
    qu'il mérite", "a rope, that's what they deserve". Not denied or quoted."""
    if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
        return False
    if any(r.first < m.first for r in text.in_sentence("reporting", m.first)):
        return False  # "someone said the medic killed there 'got what his kind deserve'"
    keys = text.keys
    for p in text.in_sentence("modal", m.first):
        if p.first >= m.last and SELF_MODAL.intersection(keys[p.first : p.last]) and any(
            phrase_at(keys, i, _WHAT) for i in range(max(m.last, p.first - 4), p.first)
        ):
            return not (text.negated(p) or text.quoted[p.first])
    return False


def _pointed_at(text: Text, m: Match) -> bool:
    """A wished threat whose victim is pointed at: "il faudrait buter ce maire", or, before
    a verb of deserving, "that judge deserves a bullet" ("cette chaleur va tuer les
    récoltes" points at the agent). The editors see it: held, not rejected."""
    keys = text.keys
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    if _passive_on_people(text, m, start):
        return True
    deserving = any(SELF_MODAL.intersection(keys[p.first : p.last])
                    for p in text.in_sentence("modal", m.first))  # fmt: skip
    # An object pronoun right before the threat takes up someone named before it: "ce
    # médecin, je vais lui faire la peau", "le journaliste, on va l'attendre".
    taken_up = m.first > 0 and keys[m.first - 1] in _TAKING_UP
    if _TO_SOMEONE.intersection(keys[max(start, m.first - 2) : m.first]):
        return True  # "quelqu'un devrait lui mettre une balle": "lui" is a person
    # Otherwise only the object right after the verb: "va tuer le commerce avec cette
    # taxe" points at a tax.
    span = range(start, end) if deserving or taken_up else range(m.last, min(m.last + 1, end))
    people = {r.first for n in ("insult", "dehum") for r in text.in_sentence(n, m.first)}
    # A role, but not "ce type de comportement" nor "that teacher's complaint".
    people.update(r.first for r in text.in_sentence("role", m.first) if not _a_kind_of(keys, r))
    # Before the threat, the person may be named with a plain article: "l'arbitre mérite".
    pointers = POINTERS | _DEFINITE if deserving or taken_up else POINTERS
    return any(keys[i] in pointers and i + 1 in people for i in span)


def _passive_on_people(text: Text, m: Match, start: int) -> bool:
    """ "Campus protesters should be lined up and shot": a wish in the passive, whose
    subject (people, before the wish) is the victim."""
    keys = text.keys
    modals = [p for p in text.in_sentence("modal", m.first) if p.last <= m.first]
    if not modals or keys[m.first].startswith(SUBJECT_SUFFERS):
        return False  # "the first person to die": no one acts on anyone
    modal = modals[-1]
    if m.first - modal.last > 5 or not _PASSIVE.intersection(keys[modal.last : m.first]):
        return False
    if text.in_sentence("negation", m.first):
        return False  # "No gay person ought to be executed"
    before = range(max(start, modal.first - 4), modal.first)
    return any(r.first in before for n in _PEOPLE for r in text.in_sentence(n, m.first))
