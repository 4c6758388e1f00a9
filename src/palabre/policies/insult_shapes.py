"""Shapes of a sentence that aim an insult at someone though no "you" or name stands
next to it: "un vrai connard, vendu jusqu'à l'os" (said alone of whoever was named), "le
connard qui a écrit ce papier" (naming who a clause is about), "Ce maire a le QI d'une
huître" (a person pointed at opens the clause), "Le député, une ordure, a voté contre"
(apposed to a role)."""

from __future__ import annotations

from palabre.policies.matches import Match
from palabre.policies.names import TITLES
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text

#: Epithets between an article and an insult: "un sombre connard", "a complete idiot".
EPITHETS = frozenset(map(squeeze, {"sombre", "gros", "grosse", "vieux", "vieille", "pauvre",
                                   "petit", "petite", "parfait", "parfaite", "total",
                                   "totale", "complet", "complete", "absolute", "utter",
                                   "big", "old", "little", "massive", "fucking", "vrai",
                                   "vraie", "veritable", "real", "right"}))  # fmt: skip
INDEFINITE = frozenset(map(squeeze, {"un", "une", "a", "an", "what", "quel", "quelle"}))
#: A determiner that points at one person: "ce maire", "that judge".
POINTERS = frozenset(map(squeeze, {"ce", "cet", "cette", "this", "that"}))


def described_alone(text: Text, start: int, m: Match) -> bool:
    """A sentence that is the insult behind an article and epithets, then a comma or its
    end: "un vrai connard, vendu jusqu'à l'os", "What a complete idiot." It describes who
    was just named. Not "A bitch like me will fight": the phrase goes on."""
    keys, at = text.keys, m.first
    if not (at > start and keys[start] in INDEFINITE
            and all(k in EPITHETS or k in INDEFINITE for k in keys[start + 1 : at])):  # fmt: skip
        return False
    if m.last >= len(keys) or not text.same_sentence(m.first, m.last):
        return True
    return "," in text.gap(m.last)


def naming_someone(text: Text, m: Match) -> bool:
    """The insult names the person a clause is about: "le connard qui a écrit ce papier",
    "the idiot who wrote this", "ces abrutis qui ont voté la loi"."""
    keys, at = text.keys, m.first
    i = at - 1
    while i >= 0 and keys[i] in EPITHETS:
        i -= 1
    if i < 0 or keys[i] not in _DEFINITE or m.last >= len(keys):
        return False
    return keys[m.last] in _RELATIVE and text.same_sentence(m.first, m.last)


def pointed_subject(text: Text, m: Match) -> bool:
    """A person pointed at opens the clause the insult ends: "Ce maire a le QI d'une
    huître", "This mayor has the IQ of a damp sponge", "cette ministre est une
    incompétente notoire"."""
    start = text.sentence_start(m.first)
    keys = text.keys
    if keys[start] not in POINTERS or m.first - start > 7:
        return False
    if not any(r.first == start + 1 for n in ("role", "person_noun") for r in text.scan.get(n)):
        return False
    return not any("," in text.gap(i) for i in range(start + 2, m.first + 1))


def apposed_to_person(text: Text, m: Match) -> bool:
    """The insult set after a comma behind a person named by a role: "Le député, une
    ordure finie, a voté contre", "The minister, a total moron, lied again"."""
    keys, i = text.keys, m.first - 1
    while i >= 0 and keys[i] in EPITHETS:
        i -= 1
    if i < 1 or not (keys[i] in INDEFINITE or keys[i] in POINTERS) or "," not in text.gap(i):
        return False
    person = i - 1  # a role, or a name: "Delmas, ce pantin", "Vance, that bloated pig"
    if any(r.first <= person < r.last for n in ("role", "person_noun") for r in text.scan.get(n)):
        return True
    # A capitalised word may be a place ("Le foyer de Montreuil, une ..."): a name only
    # with a pointing word, and a word not said of places.
    return (keys[i] in POINTERS and capitalised(text, person) and keys[person] not in _NOT_A_NAME
            and named_word(text, m))  # fmt: skip


_DEFINITE = frozenset(map(squeeze, {"le", "la", "l", "les", "ce", "cet", "cette", "ces",
                                    "the", "this", "that", "these", "those"}))  # fmt: skip
_RELATIVE = frozenset(map(squeeze, {"qui", "who", "that", "dont", "whose", "which"}))


#: Subjects that are no one's name though capitalised at a sentence's start.
_NOT_A_NAME = frozenset(map(squeeze, {
    "je", "j", "tu", "il", "elle", "on", "nous", "vous", "ils", "elles", "ce", "c", "cela",
    "ca", "ceci", "qui", "i", "you", "he", "she", "it", "we", "they", "this", "that", "who",
    "everyone", "tout", "tous", "chacun", "personne",
}))  # fmt: skip
#: Weak words as often said of a town, a club or a firm as of a person.
_SAID_OF_PLACES = frozenset(map(squeeze, {
    "poubelle", "depotoir", "dump", "shithole", "trou", "cirque", "circus", "zoo", "joke",
    "blague", "honte", "disgrace", "shambles", "mess", "bordel", "ruine", "catastrophe",
}))  # fmt: skip
_IS = frozenset(map(squeeze, {"est", "etait", "sera", "reste", "is", "was", "remains"}))


def capitalised(text: Text, i: int) -> bool:
    norm = text.scan.normalized
    start, _ = norm.span(text.scan.tokens[i].start, text.scan.tokens[i].end)
    word = norm.original[start : start + 2]
    return word[:1].isupper() and not word.isupper()  # "Macron", not "SNCF" or "I"


def named_subject(text: Text, m: Match) -> bool:
    """The word is said, through "est", of a capitalised name that opens its clause:
    "Macron est un incapable notoire", "Hidalgo est une incompétente totale". A name
    alone may be a town or a firm, but those are not called "un incapable"."""
    keys, start = text.keys, text.sentence_start(m.first)
    if not named_word(text, m):
        return False
    if m.last < len(keys) and keys[m.last] in _IN_A_FIELD:
        return False  # "Marie est une incapable en cuisine": one skill, said fondly
    for c in range(m.first - 1, max(start, m.first - 6), -1):
        if keys[c] in _IS:
            s = c - 1
            if s - 1 >= start and keys[s] == "c" and text.comma_between(s - 1, s):
                s -= 1  # "Macron, c'est un incapable"
            return (s >= start and keys[s] not in _NOT_A_NAME and capitalised(text, s)
                    and (s == start or capitalised(text, s - 1) or keys[s - 1] in TITLES
                         or keys[s - 1] in _OPENS_CLAUSE
                         or text.comma_between(s - 1, s)))  # not "cette série Netflix est"
    return False


def named_word(text: Text, m: Match) -> bool:
    """Whether the weak word may be an insult said of a name at all: not a word as often
    said of a town (a dump), of an animal or a puppet ("Babe is a pig", "Kermit is a
    puppet", "Chaplin, ce clown de génie"); not in a question ("Griezmann est un lâche ?
    Non, ...") or a sentence that says whose words they are ("Selon Le Pen, ...")."""
    key = text.keys[m.first]
    if key in _SAID_OF_PLACES or key in _LITERAL or text.question[text.sentence[m.first]]:
        return False
    sentence = text.keys[text.sentence_start(m.first) : text.sentence_end(m.first)]
    return _ATTRIBUTED.isdisjoint(sentence)


#: Weak words that name an animal, a puppet or a clown as often as a person ("Babe is a
#: pig", "Kermit is a puppet", "Chaplin, ce clown de génie").
_LITERAL = frozenset(map(squeeze, {
    "pig", "pigs", "donkey", "puppet", "marionnette", "clown", "dope", "chicken", "cow",
}))  # fmt: skip
#: And those that name a food or a farm animal of a place: "cette dinde de Noël", "cette
#: andouille de Guémené", "ce boudin de Mortagne" (said of a person by name, they still
#: insult: "Léa est une gourde").
FOOD_OF_A_PLACE = frozenset(map(squeeze, {
    "dinde", "buse", "andouille", "boudin", "torchon", "gourde", "pintade", "cochon", "porc",
    "vache", "ane", "singe", "chienne",
}))  # fmt: skip
#: A field the weak word is limited to: "incapable en cuisine", "a coward when it comes".
_IN_A_FIELD = frozenset(map(squeeze, {"en", "at", "when"}))
#: Words that say whose words they are, or that they are a joke.
_ATTRIBUTED = frozenset(map(squeeze, {
    "selon", "according", "admet", "admits", "aveu", "laughed", "riant", "joked",
    "plaisante",
}))  # fmt: skip
#: Words after which a name opens a clause: "je trouve que Macron est ...", "pour moi
#: Macron est ...", "everyone knows Trudeau is ...".
_OPENS_CLAUSE = frozenset(map(squeeze, {
    "que", "qu", "et", "mais", "car", "donc", "that", "and", "but", "because", "so", "moi",
    "perso", "franchement", "honnetement", "clairement", "bref", "enfin", "knows", "know",
    "think", "thinks", "believe", "agree", "honestly", "frankly", "clearly",
}))  # fmt: skip
