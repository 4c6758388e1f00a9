"""Calls to send a group away, in full sentences: "Il faudrait les renvoyer tous chez
eux", "Les Roms, on les renvoie tous en Roumanie", "Deport every last Somali", "Put them
all on a plane to Rwanda", "On devrait interdire l'entrée du territoire à tous les
Africains".

The slogans ("dehors les X", "X out") are `slogans.py`'s. Here a verb of sending away
or of barring, wished (a modal before it, an order opening the sentence, "on les ...")
falls on a group named near it, or on "them all" sent somewhere ("chez eux", "back",
"dans un avion"). Held for the editors: the same words expel a minister from
government or an ambassador from a country, which the checks below leave alone where
they can tell (a state, people by their office, a condition of crime, a report).
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.blame import SUFFERING
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.memo import remember
from palabre.policies.news_of_harm import at_a_state
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set, phrase_starts
from palabre.policies.sentences import Text
from palabre.policies.wishes import condemned_as_subject, offenders_only

#: Verbs of sending away, by their stems: "renvoyer", "expulsez", "deport", "refouler".
_SENDING = tuple(map(squeeze, ("renvoy", "renvoi", "expuls", "deport", "refoul", "expel",
                               "rapatri", "renverra", "renverro", "renverre")))  # fmt: skip
#: Verbs that send away only with a place or "back": "send them back", "virer du pays",
#: "mettre dans un avion".
_SENDING_WITH_PLACE = frozenset(map(squeeze, {
    "send", "ship", "put", "kick", "virer", "virez", "vire", "virons", "mettre", "mettez",
    "mette", "mettent", "met", "foutre", "foutez", "renvoyer", "remettre", "remettez",
}))  # fmt: skip
#: Verbs that bar: "interdire l'entrée du territoire à tous les X", "ban all X".
_BARRING = tuple(map(squeeze, ("interdi", "segregat", "bannir", "bannis")))
_BARRING_WORDS = frozenset(map(squeeze, {"ban", "bar", "barred", "banned", "barring",
                                          "banning"}))  # fmt: skip
#: Places and words that make a sending an expulsion.
_AWAY = phrase_set(
    "chez eux", "chez elles", "dans leur pays", "au bled", "back", "home", "aller simple",
    "one way", "one way ticket", "charter", "dans un avion", "dans le premier avion",
    "on a plane", "on a boat", "du pays", "hors de france", "hors du pays", "out of the country",
    "where they came from", "d ou ils viennent", "d ou elles viennent", "direction",
    "a la frontiere", "rwanda", "en roumanie", "en afrique", "dehors",
)  # fmt: skip
#: Places that only a country's foreigners are sent to: "them" needs no "all" there.
_FAR_AWAY = phrase_set(
    "aller simple", "one way", "charter", "dans un avion", "dans le premier avion", "on a plane",
    "on a boat", "au bled", "where they came from", "d ou ils viennent", "rwanda", "en afrique",
    "dans leur pays",
)  # fmt: skip
#: "Them all": the pronoun, and a word that takes in every one of them.
_THEM = frozenset(map(squeeze, {"les", "them", "eux", "elles"}))
_ALL = phrase_set(
    "tous", "toutes", "all", "every", "the lot", "every last", "every single", "jusqu au dernier",
    "un par un", "sans exception", "no exceptions",
)  # fmt: skip
#: Modals and openings that wish it: "il faudrait", "should", "on les", "qu'on les".
_ON = frozenset(map(squeeze, {"on", "qu", "let", "lets", "must", "should", "need"}))
_NOUNS = tuple(map(squeeze, ("tion", "tions", "sion", "sions", "ment", "ments", "renvoi",
                             "renvois")))  # fmt: skip
#: A reflexive ("se renvoient la responsabilité") or a passive, whose subject is the one
#: sent or barred ("les supporters doivent être interdits de stade").
_BEFORE_NOT_A_CALL = frozenset(map(squeeze, {
    "se", "s", "etre", "ete", "sont", "be", "been", "are", "is", "was", "were", "get", "got",
}))  # fmt: skip
_AND = frozenset({"and", "et"})
#: Orders that open a sentence another order may follow.
_ORDERS = frozenset(map(squeeze, {"close", "shut", "seal", "fermez", "fermons", "stop",
                                  "arretez", "build"}))  # fmt: skip
#: How far the group may stand from the verb.
_REACH = 8
_GROUPS = ("identity", "identity_adj")


#: A group told to go or kept out without a verb of sending: "qu'ils aillent vivre
#: ailleurs", "qu'elles restent chez elles", "plus un seul X ne doit ...".
_GO_AWAY = phrase_set(
    "qu ils aillent", "qu elles aillent", "qu ils retournent", "qu elles retournent",
    "qu ils rentrent", "qu elles rentrent", "qu elles restent chez elles", "qu ils degagent",
    "qu elles degagent",
    "qu ils restent chez eux", "let them go back", "they can go back", "go back to where",
    "plus un seul", "plus une seule", "not one more", "pas un de plus", "not a single more",
)  # fmt: skip
_SUFFERING = (*SUFFERING, *map(squeeze, ("mourir", "viol", "battu", "coups", "killed")))


def expulsion(text: Text, analysis: Analysis) -> None:
    """One hate finding for a call to send a group away or to bar it."""
    found = _told_to_go(text) or _sent_or_barred(text)
    if found:
        analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.expel", found))


def _told_to_go(text: Text) -> tuple[Match, ...] | None:
    keys = text.keys
    for i in phrase_starts(keys, _GO_AWAY):
        k = keys[i]
        m = Match("threat", k, i, i + 1)
        start, end = text.sentence_start(i), text.sentence_end(i)
        if any(w.startswith(_SUFFERING) for w in keys[start:end]):
            continue  # "Plus une seule femme ne doit mourir sous les coups"
        group = _group_near(text, m) or _topic_before(text, m)
        if group is not None and not _excluded(text, m):
            return (group, m)
    return None


def _verb_kind(k: str) -> tuple[bool, bool] | None:
    """(sending, barring) for a verb that sends or bars; None for any other word."""
    try:
        return _VERB_KINDS[k]
    except KeyError:
        pass
    sending = k.startswith(_SENDING)
    barring = not sending and (k.startswith(_BARRING) or k in _BARRING_WORDS)
    kind: tuple[bool, bool] | None = (sending, barring)
    if not (sending or barring or k in _SENDING_WITH_PLACE) or k.endswith(_NOUNS):
        kind = None  # "threatened with deportation": the noun, in a report
    return remember(_VERB_KINDS, k, kind, len(k))


#: ``_verb_kind`` by word: a long comment has hundreds, and most come back.
_VERB_KINDS: dict[str, tuple[bool, bool] | None] = {}


def _sent_or_barred(text: Text) -> tuple[Match, ...] | None:
    keys = text.keys
    for i, k in enumerate(keys):
        kind = _verb_kind(k)
        if kind is None:
            continue
        sending, barring = kind
        m = Match("threat", k, i, i + 1)
        if i and keys[i - 1] in _BEFORE_NOT_A_CALL and not _group_sent(text, m, barring):
            continue  # "se renvoient la balle", "doivent être interdits de stade"
        if not _wished(text, m) or _excluded(text, m):
            continue
        group = _group_near(text, m)
        away = _away_after(text, m)
        if barring and group is None:
            continue  # "interdire le voile", "ban plastic bags": a thing barred
        if not (sending or barring) and not away and not (group and _every_one(text, m)):
            continue  # "mettez-les au travail": no place to be sent to
        if group is not None:
            return (group, m)
        if (
            (_them_all(text, m) or _far_away(text, m)) and (away or sending)
            and not _office_holders(text)
        ):  # fmt: skip
            return (m,)
    return None


def _wished(text: Text, m: Match) -> bool:
    """A modal before it, an order opening its sentence, or "on les ..."."""
    keys, start = text.keys, text.sentence_start(m.first)
    if m.first == start or (m.first - start == 1 and keys[start] in _ON):
        return True  # "Deport the lot", "Renvoyez-les", "Let's send them back"
    if keys[m.first - 1] in _AND and keys[start] in _ORDERS:
        return True  # "Close the border and send every X back"
    if any(p.last <= m.first for p in text.in_sentence("modal", m.first)):
        return True
    before = keys[max(start, m.first - 3) : m.first]
    if _I.intersection(before) and (_WOULD.intersection(before) or keys[m.first].endswith(
            _CONDITIONAL)):  # fmt: skip
        return True  # "I'd ban them from ...", "je les interdirais d'enseigner"
    return bool(_ON.intersection(before)) and bool(_THEM.intersection(before))


_I = frozenset(map(squeeze, {"i", "je", "j", "we", "nous"}))
_WOULD = frozenset(map(squeeze, {"d", "would", "ll", "will"}))
_CONDITIONAL = ("rais", "rait", "rions", "rai")


def _group_sent(text: Text, m: Match, barring: bool) -> bool:
    """A passive whose subject is a group, wished barred or sent far: "Trans people
    should be barred from every school", "every Muslim ... should be put back on a
    plane". Not "les supporters doivent être interdits de stade": no group."""
    start = text.sentence_start(m.first)
    # The group opens the sentence, as its subject: not "les supporters qui ont insulté
    # le gardien ivoirien doivent être interdits de stade".
    groups = [g for n in _GROUPS for g in text.scan.get(n) if start <= g.first <= start + 2]
    return bool(groups) and (barring or _away_after(text, m))


def _excluded(text: Text, m: Match) -> bool:
    return bool(
        text.negated(m) or text.quoted[m.first] or text.single_quoted[m.first]
        or text.counter_in_sentence(m.first, besides=m)
        or text.question[text.sentence[m.first]] or offenders_only(text, m)
        or at_a_state(text, m) or condemned_as_subject(text, m)
    )  # fmt: skip


def _group_near(text: Text, m: Match) -> Match | None:
    """A group named in the sentence near the verb, or in the sentence before when a
    pronoun takes it up ("Les Roms, on les renvoie")."""
    sentence = text.sentence[m.first]
    for g in (g for n in _GROUPS for g in text.scan.get(n)):
        if text.sentence[g.first] == sentence and abs(g.first - m.first) <= _REACH:
            return g
    return None


def _topic_before(text: Text, m: Match) -> Match | None:
    """The group the sentence opens on, set off by a comma: "Les homos, qu'ils aillent"."""
    start = text.sentence_start(m.first)
    for g in (g for n in _GROUPS for g in text.scan.get(n)):
        if start <= g.first < m.first and g.first - start <= 1:
            return g
    return None


def _away_after(text: Text, m: Match) -> bool:
    keys, end = text.keys, text.sentence_end(m.first)
    return any(phrase_at(keys, i, _AWAY) for i in range(m.last, min(end, m.last + 8)))


def _every_one(text: Text, m: Match) -> bool:
    """ "Virez-moi tous ces réfugiés, jusqu'au dernier": every one of a group sent off."""
    keys, end = text.keys, text.sentence_end(m.first)
    if keys[m.first] not in _THROWING_OUT:
        return False  # "mettre tous les réfugiés dans le même sac": lumped, not sent
    return any(phrase_at(keys, i, _ALL) for i in range(m.last, min(end, m.last + 4)))


#: Verbs that throw out by themselves: "virez-les tous", "kick every last X out".
_THROWING_OUT = frozenset(map(squeeze, {"virer", "virez", "vire", "virons", "kick", "foutez",
                                        "foutre"}))  # fmt: skip


def _far_away(text: Text, m: Match) -> bool:
    keys, end = text.keys, text.sentence_end(m.first)
    before = keys[max(0, m.first - 3) : m.first]
    return bool(
        _THEM.intersection(before) or _THEM.intersection(keys[m.last : m.last + 1])
    ) and any(phrase_at(keys, i, _FAR_AWAY) for i in range(m.last, min(end, m.last + 8)))


def _them_all(text: Text, m: Match) -> bool:
    keys, start, end = text.keys, text.sentence_start(m.first), text.sentence_end(m.first)
    near = range(max(start, m.first - 2), min(end, m.last + 5))
    return any(keys[i] in _THEM for i in near) and any(phrase_at(keys, i, _ALL) for i in near)


def _office_holders(text: Text) -> bool:
    """People by their office or trade ("ces députés, il faut tous les renvoyer chez
    eux"): voted out or sacked, not expelled."""
    return text.scan.has("role") or text.scan.has("institution")
