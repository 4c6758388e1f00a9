"""The writer's own group: a word the writer says of themselves ("nous les feujs de
Sarcelles", "en tant que handicapé", "Feuj laïque ici", "deux vieux pédés de province",
"les vieilles gouines militantes comme moi"). Said of oneself, a slur or a doubtful word
attacks no one; named in so many words, the group is no target of the sentence."""

from __future__ import annotations

import itertools

from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: "je suis", "I am", "on est": the writer says what they are.
I_AM = ((squeeze("je"), squeeze("suis")), (squeeze("i"), squeeze("am")), (squeeze("i"), "m"),
         (squeeze("on"), squeeze("est")), (squeeze("we"), squeeze("are")))


#: What names the writer, right before the word: "nous les", "moi, le", "en tant que",
#: "on est des", "je suis", "as a", with an epithet allowed after it ("moi, le petit ...").
#: Not "moi, les ...": the writer's view of others ("Moi les X, je les supporte pas").
_SELF_LEADS = frozenset(tuple(map(squeeze, lead.split())) for lead in (
    "nous les", "nous autres", "moi le", "moi la", "en tant que",
    "on est des", "on est", "nous sommes des", "je suis", "je suis un", "je suis une",
    "as a", "we are", "we re", "i m a", "i am a", "us",
))  # fmt: skip
_NAMING_LEADS = _SELF_LEADS - {("as", "a"), ("us",)}
_EPITHETS = frozenset(map(squeeze, {"petit", "petite", "vieux", "vieille", "simple", "gros",
                                    "grosse", "fier", "fiere", "old", "proud", "little",
                                    "assume", "assumee"}))  # fmt: skip
_AND_ME = ((squeeze("et"), squeeze("moi")), ("and", "me"))
_AMONG_US = ((squeeze("entre"), squeeze("nous")), ("among", "ourselves"))


def names_oneself(text: Text, m: Match) -> bool:
    """The writer says they are of the group, in so many words: "en tant que handicapé",
    "je suis rebeu", "nous les renois". Not "if I woke up as a woman", nor "women like
    me" in a report of what someone said."""
    return _led_by(text, m, _NAMING_LEADS)


def _led_by(text: Text, m: Match, leads: frozenset[tuple[str, ...]]) -> bool:
    """One of ``leads`` right before the word, an epithet allowed between ("moi, le
    petit ...")."""
    keys, start = text.keys, text.sentence_start(m.first)
    lead = m.first - 1 if m.first > start and keys[m.first - 1] in _EPITHETS else m.first
    return any(tuple(keys[lead - n : lead]) in leads for n in (1, 2, 3) if lead - n >= start)


def said_of_oneself(text: Text, m: Match) -> bool:
    """The writer names themselves by the word: "nous les feujs de Sarcelles", "moi,
    petit rebeu de Vaulx-en-Velin", "en tant que pédale assumée", "Nègre je suis", "ma
    bande de reubeus et moi", "comme on s'appelle entre nous". In-group use, which
    attacks no one."""
    keys, start = text.keys, text.sentence_start(m.first)
    if _led_by(text, m, _SELF_LEADS):
        return True
    after = tuple(keys[m.last : m.last + 2])
    if after in I_AM or after in _AND_ME:
        return True  # "Nègre je suis", "ma bande de reubeus et moi"
    if m.first > start and keys[m.first - 1] in _POINTED:
        return False  # "Entre nous, ces pédés me dégoûtent": others, pointed at
    if _introduced(text, m, start) or _like_me(keys, m) or _one_of_us(text, m, start):
        return True
    end = text.sentence_end(m.first)
    return any(pair in _AMONG_US for pair in zip(keys[start:end], keys[start + 1 : end],
                                                  strict=False))  # fmt: skip


_POINTED = frozenset(map(squeeze, {"ces", "ce", "cet", "cette", "these", "those", "that",
                                   "this"}))  # fmt: skip
_HERE = frozenset(map(squeeze, {"ici", "here"}))
_LIKE_ME = frozenset(tuple(map(squeeze, p.split())) for p in (
    "comme moi", "comme nous", "like me", "like us", "like myself",
))  # fmt: skip
#: The writer and who they count themselves with: "mon mari et moi, deux vieux ...".
_MYSELF = frozenset(map(squeeze, {"moi", "me", "nous", "us", "myself"}))
_COUNTED = frozenset(map(squeeze, {"deux", "trois", "two", "three", "tous", "all"}))
#: A body the writer belongs to: "on est un club de ...", "notre bande de ...".
_BODIES = frozenset(map(squeeze, {"club", "bande", "groupe", "association", "equipe", "asso",
                                  "collectif", "team", "group", "bunch", "crew"}))  # fmt: skip
_WE_ARE = frozenset(tuple(map(squeeze, p.split())) for p in (
    "on est", "nous sommes", "we are", "we re", "on forme", "nous formons",
))  # fmt: skip
_OURS = frozenset(map(squeeze, {"notre", "our", "ma", "my", "mon"}))
_OF = frozenset(map(squeeze, {"de", "d", "of"}))


def _introduced(text: Text, m: Match, start: int) -> bool:
    """ "Feuj laïque ici, ...", "Gay guy here.": the writer introduces themselves. Not
    "Black people round here have ...": "here" must close the introduction."""
    if m.first != start:
        return False
    keys, end = text.keys, text.sentence_end(m.first)
    here = next((h for h in (m.last, m.last + 1) if h < end and keys[h] in _HERE), None)
    return here is not None and (here + 1 == end or "," in text.gap(here + 1))


def _like_me(keys: list[str], m: Match) -> bool:
    """ "Les vieilles gouines militantes comme moi": the writer counts themselves in,
    right after the word or one word on. Not "those ... don't like me"."""
    if tuple(keys[m.last : m.last + 2]) in _LIKE_ME:
        return True
    return (m.last < len(keys) and keys[m.last] not in _VERBS_BETWEEN
            and tuple(keys[m.last + 1 : m.last + 3]) in _LIKE_ME)


#: What makes "like me" a verb's object, not the writer counted in: "don't like me".
_VERBS_BETWEEN = frozenset(map(squeeze, {"don", "t", "do", "does", "didn", "doesn", "never",
                                         "ne", "n", "pas", "aiment", "aime", "like", "likes",
                                         "hate", "hates", "detestent"}))  # fmt: skip


def _one_of_us(text: Text, m: Match, start: int) -> bool:
    """ "Mon mari et moi, deux vieux pédés", "on est un club de rugby de pédés": the word
    is apposed to the writer, or names a body the writer's "we" makes up."""
    keys = text.keys
    lead = m.first
    while lead > start and keys[lead - 1] in _EPITHETS | _COUNTED:
        lead -= 1
    if lead > start and lead < m.first and keys[lead - 1] in _MYSELF and "," in text.gap(lead):
        return True
    # The body a word or two before: "un club de rugby de pédés", "our bunch of ...";
    # the writer's "we" is it, or owns it, right before it.
    for body in range(max(start, m.first - 4), m.first - 1):
        if keys[body] in _BODIES and keys[m.first - 1] in _OF:
            before = keys[max(start, body - 3) : body]
            return any(pair in _WE_ARE for pair in itertools.pairwise(before)) or (
                bool(before) and before[-1] in _OURS)
    return False
