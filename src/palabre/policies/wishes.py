"""Violence wished or called for, not reported: a modal ("il faudrait buter ..."), an
order ("Brûlons les mosquées"), a wish opened by "que" ("Qu'ils crèvent"), a vow ("on
brûlera ..."), a promise to "the next" of a group. "The murder of", "le massacre des"
name an event; in "those who want to kill X are criminals" the wish is someone else's.
"""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.mention import CONDEMNING
from palabre.policies.normalize import squeeze
from palabre.policies.predication import next_victim
from palabre.policies.relatives import in_doers_clause
from palabre.policies.sentences import Text

#: Before "murder", "massacre" and the like, what makes them an event: "le massacre des".
_ARTICLES = frozenset(map(squeeze, {"le", "la", "l", "un", "une", "ce", "cet", "cette", "the",
                                    "a", "this"}))  # fmt: skip
#: A threat phrase that holds its own wish: "deserve to die", "méritent la mort".
SELF_MODAL = frozenset(map(squeeze, {"deserve", "deserves", "merite", "meritent", "meriterait",
                                      "meriteraient"}))  # fmt: skip
#: A modal inside the threat phrase itself, which the phrase's match takes from the modal
#: list: "should die", "peuvent crever".
_MODAL_INSIDE = SELF_MODAL | frozenset(map(squeeze, {"should", "would", "peuvent"}))


#: A French sentence that opens on "que" with no main verb wishes: "Que la mosquée brûle".
WISH_OPENERS = frozenset({"que", "qu"})
_PARTICLES = frozenset({"out", "off", "away", "rid", "in", "up", "down"})
_EVENT_AFTER = frozenset({"de", "des", "du", "on", "against", "sur", "contre"})
#: "parce qu'ils", "pour qu'ils": a "qu'ils" that joins a clause wishes nothing.
SUBORDINATING = frozenset(map(squeeze, {"parce", "puisque", "lorsque", "alors", "tant", "bien",
                                          "pour", "avant", "apres", "sans", "depuis", "sauf",
                                          "pendant", "tandis", "afin", "plutot",
                                          "ce"}))  # fmt: skip


def wished(text: Text, m: Match, victims: list[Match] | None = None) -> bool:
    """Violence wished or called for, not reported: a modal in the sentence, not negated;
    or, with no modal, an order or a promise to "the next" of the ``victims``."""
    keys = text.keys
    if in_doers_clause(text, m.first):
        return False  # "those who want to kill X are criminals": their wish, judged
    if condemned_as_subject(text, m):
        return False  # "Expulser les X vers un pays en guerre est indigne"
    if _how_could(text, m):
        return False  # "Comment peut-on les renvoyer en Roumanie ?": an objection
    after = keys[m.last] if m.last < len(keys) else ""
    before = keys[m.first - 1] if m.first else ""
    phrasal = keys[m.last - 1] in _PARTICLES  # "kicked out of the West": a verb, not a noun
    if (after == "of" and not phrasal) or (after in _EVENT_AFTER and before in _ARTICLES):
        return False  # "the murder of", "le massacre des", "the attack on": an event
    # A modal after the violence, past a comma, governs a clause of its own: "Pékin
    # enferme les X dans des camps, le gouvernement doit être sanctionné" reports.
    # Unless it ends the sentence and takes it all back: "..., voilà ce qu'il faut".
    end = text.sentence_end(m.first)
    modals = [p for p in text.in_sentence("modal", m.first)
              if (p.last <= m.first or p.last == end
                  or not text.comma_between(m.last, p.first))
              and not (p.first and keys[p.first - 1] in SUBORDINATING)]  # fmt: skip
    if (modals and keys[m.first].endswith("ing") and all(p.first >= m.last for p in modals)
            and any(v.last == m.first for v in victims or ())):  # fmt: skip
        return False  # "Refugees drowning in the Channel should shame ...": what they suffer
    if not modals:
        # "Hang all X.", "Expulsez-les tous.": an order, or a phrase that wishes by itself;
        # "le prochain X qui ..., je le ...": a promise.
        start = text.sentence_start(m.first)
        return (
            ordered_or_vowed(keys, m.first, start)
            or bool(_MODAL_INSIDE.intersection(keys[m.first : m.last]))
            or bool(victims and not text.in_sentence("negation", m.first)
                    and next_victim(text, m, victims))
        )  # fmt: skip
    for p in modals:
        lo, hi = sorted((p.last, m.first))
        lo = min(lo, max(0, p.first - 2))  # "do not deserve to", "ne doivent pas"
        if any(lo <= n.first < hi for n in text.in_sentence("negation", m.first)):
            return False  # "we must not make them suffer"
    return True


#: A verb opening its sentence as its subject, not as an order: the infinitive or the
#: gerund ("Expulser les X ... est indigne", "Deporting X ... is a disgrace").
_SUBJECT_FORMS = ("er", "ir", "re", "ing")
#: The verb that judges such a subject, and the words that condemn what it names.
_JUDGING = frozenset(map(squeeze, {"est", "serait", "sera", "etait", "reste", "ne", "n",
                                   "is", "was", "would", "will", "isn", "wasn", "won",
                                   "doesn", "does", "never"}))  # fmt: skip
_CONDEMNING = (*CONDEMNING, *map(squeeze, (
    "inhumain", "cruel", "illegal", "immoral", "inhumane", "wrong", "absurd", "inutile",
    "pointless", "useless",
    "rien", "nothing", "racis", "crime", "criminal", "barbar", "ignoble", "infame",
    "unlawful", "illegal", "injust", "unjust", "contraire", "interdit",
)))  # fmt: skip


def condemned_as_subject(text: Text, m: Match) -> bool:
    """The violence names the subject of a sentence that condemns it: "Renvoyer les
    Roms en Roumanie ne règle rien", "Deporting Afghans to a war zone is a disgrace"."""
    keys, start, end = text.keys, text.sentence_start(m.first), text.sentence_end(m.first)
    if m.first != start or not keys[m.last - 1].endswith(_SUBJECT_FORMS):
        return False
    judge = next((i for i in range(m.last + 1, end) if keys[i] in _JUDGING), None)
    return judge is not None and any(k.startswith(_CONDEMNING) for k in keys[judge:end])


_HOW = frozenset(map(squeeze, {"comment", "how"}))
_CAN = frozenset(map(squeeze, {"peut", "peuvent", "pourrait", "pourraient", "can", "could"}))


def _how_could(text: Text, m: Match) -> bool:
    """A question that asks how anyone could do it: "Comment peut-on ...", "How could
    they ..."."""
    keys, start = text.keys, text.sentence_start(m.first)
    how = next((i for i in range(start, min(m.first, start + 3)) if keys[i] in _HOW), None)
    return (how is not None and text.question[text.sentence[m.first]]
            and bool(_CAN.intersection(keys[how + 1 : m.first])))  # fmt: skip


#: Going home, which people may wish for themselves.
_GOING_BACK = tuple(map(squeeze, ("go back", "retourner", "rentrer", "return", "go live",
                                  "go and live", "aillent vivre")))
#: Their wish: "they want to", "ils voulaient tous", "hope to".
_THEY_WANT = frozenset(map(squeeze, {"want", "wants", "wanted", "hope", "hoping", "veulent",
                                     "voulaient", "veut", "voulait", "souhaitent",
                                     "souhaitaient", "esperent", "revent", "dream",
                                     "rather", "prefer", "preferent", "aimeraient"}))  # fmt: skip


def their_own_wish(text: Text, m: Match) -> bool:
    """Going back home wished by those who go: "the families say they want to go back
    home", "les réfugiés voulaient tous retourner dans leur pays"."""
    if not m.entry.startswith(_GOING_BACK):
        return False
    start = text.sentence_start(m.first)
    return bool(_THEY_WANT.intersection(text.keys[max(start, m.first - 6) : m.first]))


_ARTICLES_OPENING = frozenset(map(squeeze, {"le", "la", "les", "the"}))


def past_its_subject(text: Text, m: Match, t: Match) -> bool:
    """A verb opening its sentence as the subject of "..., c'est ...": the group after
    "c'est" is no object of it ("Renvoyer les délinquants, c'est protéger les X")."""
    keys, start = text.keys, text.sentence_start(m.first)
    if m.first != start or t.first < m.last or keys[m.first] in _ARTICLES_OPENING:
        return False  # "Le seul X acceptable, c'est ...": a noun phrase, not a verb
    return any(keys[i : i + 2] == ["c", "est"] and text.comma_between(i - 1, i)
               for i in range(m.last, t.first))  # fmt: skip


#: The speaker and the speaker's side, as the subject of a promise in the future tense.
_VOWERS = frozenset(map(squeeze, {"on", "je", "j", "nous"}))
_OBJECT_PRONOUNS = frozenset(map(squeeze, {"le", "la", "l", "les", "lui", "leur", "y", "en"}))
_FUTURE_ENDINGS = ("rai", "ra", "rons", "ront")


def vowed(keys: list[str], verb: int, start: int) -> bool:
    """A French promise in the future tense: "on brûlera la mosquée", "je les
    retrouverai". The subject is the speaker or the speaker's side; only object
    pronouns stand between it and the verb."""
    # "Si je croise des X, je les massacre": a condition makes the present a promise.
    if not keys[verb].endswith(_FUTURE_ENDINGS) and keys[start] != "si":
        return False
    i = verb - 1
    while i >= start and keys[i] in _OBJECT_PRONOUNS:
        i -= 1
    return i >= start and keys[i] in _VOWERS


def ordered_or_vowed(keys: list[str], verb: int, start: int) -> bool:
    """The violent verb is an order ("Brûlons les mosquées", "Hang all X"), a wish opened
    by "que" ("Que la mosquée brûle", "Qu'ils crèvent") or a vow ("on brûlera ...")."""
    return verb == start or keys[start] in WISH_OPENERS or vowed(keys, verb, start)


#: "..., s'ils commettent des crimes", "if they break the law": the wish is for offenders.
_IF = frozenset(map(squeeze, {"si", "s", "if", "when", "quand", "lorsqu", "lorsque"}))
_OFFENCES = tuple(map(squeeze, (
    "commet", "crime", "delit", "delinqu", "condamn", "break", "commit", "convict", "offend",
    "enfreign", "viol", "agress", "vol", "terror", "fiche",
)))  # fmt: skip


def offenders_only(text: Text, m: Match) -> bool:
    """The wish holds only for those who offend: "Les X doivent être expulsés s'ils
    commettent des crimes", "deport them if they break the law". Not "s'ils ne sont pas
    contents": the condition must be an offence."""
    keys, end = text.keys, text.sentence_end(m.first)
    for i in range(m.last, min(end, m.last + 4)):
        if keys[i] in _IF:
            return any(k.startswith(_OFFENCES) for k in keys[i + 1 : min(end, i + 6)])
    return False


#: Lists that name someone a wish of death may fall on as its subject.
_PERSON_LISTS = ("role", "person_noun", "insult", "identity")
_DETERMINERS = frozenset(map(squeeze, {
    "ce", "cet", "cette", "ces", "le", "la", "les", "l", "this", "that", "the", "these",
    "those",
}))  # fmt: skip
_RELATIVES = frozenset(map(squeeze, {"qui", "who", "that"}))
#: Words a relative clause may run between the person and the verb: "le journaliste qui a
#: pondu ça crèvera".
_CLAUSE_REACH = 7


def person_subject(text: Text, after: int, lead: int) -> bool:
    """Someone named right after a wish (which ends at ``after``) as the subject of the verb
    at ``lead``: "que ce juge crève", "j'espère que le journaliste qui a pondu ça crèvera",
    "I hope the author dies". The verb is one its subject suffers, so the person is the
    victim, not the one who acts."""
    keys = text.keys
    if not after < lead <= after + 3 + _CLAUSE_REACH or keys[after] not in _DETERMINERS:
        return False
    for r in (r for n in _PERSON_LISTS for r in text.in_sentence(n, after)):
        if not after < r.first <= after + 2 or r.last > lead:
            continue
        gap = keys[r.last : lead]
        if len(gap) <= 1 or (gap[0] in _RELATIVES and not text.comma_between(r.last, lead)):
            return True  # "ce juge laxiste crèvera", "le journaliste qui ... crèvera"
    return False
