"""Personal remarks aimed at someone: crude sexual ones ("baise ta femme", "cette meuf
qui suce") and mockery of a body ("ta tête de cheval", "elle ressemble à un sac d'os",
"les obèses devraient payer deux places").

A crude word alone aims at no one and is left to the profanity rules; an ugly word may
be said of a jumper. Said of the reader, of a named person, of "cette fille" or "elle",
it is harassment, which the editorial policy removes as insulting. Held for the editors:
the same words open jokes among regulars that only they can judge.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.insult_shapes import POINTERS
from palabre.policies.matches import Match
from palabre.policies.normalize import squeeze
from palabre.policies.sentences import Text
from palabre.policies.things import COPULAS, said_of_a_thing, said_of_an_object
from palabre.policies.vocative import HANDLE, SECOND_PERSON

#: An object pronoun before a sexual verb: "lui sucer", "fuck her".
_OBJECT = frozenset(map(squeeze, {"lui", "her", "him"}))
#: "l'", "la", "le" only before an infinitive: "la baiser", "l'engrosser", not the noun
#: in "la baise", "l'éjaculation".
_OBJECT_BEFORE_VERB = frozenset(map(squeeze, {"l", "la", "le"}))
_PEOPLE = ("role", "person_noun", "identity")
_POINTING = POINTERS | frozenset(map(squeeze, {"la", "l", "the"}))
#: A man spoken of, whose body or mind is mocked: "he talks like he's got downs".
_HIM = frozenset(map(squeeze, {"il", "he", "him", "lui", "bro", "mec"}))
#: A woman spoken of: what such remarks are mostly about.
_HER = frozenset(map(squeeze, {"elle", "her", "she"}))
#: A crime reported, which the same words describe: "elle a été sodomisée par son
#: agresseur", "the court heard she was forced to ...".
_CRIME = frozenset(map(squeeze, {
    "agresseur", "agresseurs", "violee", "viol", "viols", "plainte", "proces", "tribunal",
    "condamne", "victime", "victimes", "police", "enquete", "court", "rape", "raped",
    "victim", "trial", "charged", "assault", "abuse",
}))  # fmt: skip
_LOWERED = "baiss"
#: Bodies as a group: "les obèses", "les gros", "fat people".
_BODY_GROUP = frozenset(map(squeeze, {"les", "the", "ces", "those", "these"}))


def personal(text: Text, analysis: Analysis, named: set[int]) -> None:
    """A sexual or body-shaming remark aimed at someone, or a woman sent back to the
    kitchen: one finding at most."""
    for name in ("sexual", "body"):
        for m in text.scan.get(name):
            if _aimed(text, m, named):
                analysis.findings.append(Finding(Category.INSULT, 0.7, f"insult.{name}", (m,)))
                return
    for m in text.scan.get("sexist"):
        # "ma chérie, fais-nous plutôt un tuto maquillage", "she needs a good man": a woman
        # put in her place, aimed at her.
        if _aimed(text, m, named) and _a_woman(text):
            analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.sexist", (m,)))
            return
    for m in text.scan.get("kitchen"):
        # "Retourne à ta cuisine, ma grande", "get her back to making sandwiches": the
        # group trope said to one woman, which the hate rules (they need a group) miss.
        if _told(text, m) and _aimed(text, m, named):
            analysis.findings.append(Finding(Category.INSULT, 0.7, "insult.sexist", (m,)))
            return


def _a_woman(text: Text) -> bool:
    """A woman spoken of or to in the comment: "elle", "she", a feminine noun or title
    (or a title both genders share after "la", "cette", "une": "la ministre"), women as a
    group, a pet name, or "@name" (a commenter): "besoin d'un homme" said to a colleague
    about a job is no remark on her."""
    keys = set(text.keys)
    return bool(_HER & keys or _FEMININE & keys or _PET_NAMES & keys
                or HANDLE.search(text.scan.normalized.original)
                or _feminine_title(text, 0, len(text.keys)))  # fmt: skip


def _feminine_title(text: Text, lo: int, hi: int) -> bool:
    """A title both genders share, made a woman's by its article, after ``lo`` and
    before ``hi``: "la ministre", "cette journaliste"."""
    return any(lo < r.first < hi and text.keys[r.first - 1] in _FEMININE_DETERMINERS
               for r in text.scan.get("role"))  # fmt: skip


#: A woman named by a title or women as a group, not "elle", "her", "ma femme": "Elle est
#: venue sans son mari" is no remark on her.
_FEMININE_NOUNS_EXCLUDED = frozenset(map(squeeze, {"elle", "her", "herself", "femme", "fille",
                                                   "woman", "girl", "lady", "wife", "epouse"}))
#: Before a title that is both genders, the article that makes it a woman: "la
#: ministre", "cette journaliste", "une maire".
_FEMININE_DETERMINERS = frozenset(map(squeeze, {"la", "cette", "une", "madame"}))
#: Women as a group: a remark on them puts every one of them in her place.
_WOMEN = frozenset(map(squeeze, {
    "femmes", "women", "nanas", "meufs", "filles", "girls", "feministes", "feminists",
    "females", "female", "gonzesses",
}))  # fmt: skip


#: Pet names a woman is talked down to with: "back to the kitchen, darling".
_PET_NAMES = frozenset(map(squeeze, {"darling", "sweetheart", "sweetie", "pet", "hun",
                                     "babe", "cherie", "puce", "cocotte", "poupee", "belle",
                                     "grande", "love", "luv", "dear"}))  # fmt: skip
_SAID_TO_HER = frozenset({"kitchen", "sexist"})
#: Nouns and titles that name a woman.
_FEMININE = frozenset(map(squeeze, {
    "madame", "mme", "dame", "presentatrice", "deputee", "senatrice", "chroniqueuse",
    "correspondante", "militante", "nageuse", "joueuse", "footballeuse", "tenniswoman",
    "femme", "fille", "woman", "lady", "girl", "actress", "actrice", "her", "elle",
    "presidente", "consultante", "directrice", "animatrice", "commentatrice", "candidate",
    "patronne", "avocate", "mairesse", "nana", "meuf", "gonzesse", "female", "wife",
    "epouse", "herself", *_WOMEN,
}))  # fmt: skip
_FEMININE_NOUNS = _FEMININE - _FEMININE_NOUNS_EXCLUDED


def _her_nearby(text: Text, m: Match) -> bool:
    """Women, or a woman by her title, named in the remark's sentence or the one before:
    "Encore une journaliste qui pique sa crise. Les hormones, sans doute."."""
    start = text.sentence_start(m.first)
    if start:
        start = text.sentence_start(start - 1)
    near = text.keys[start : text.sentence_end(m.first)]
    return not _FEMININE_NOUNS.isdisjoint(near) or _feminine_title(text, start, m.first)


def _told(text: Text, m: Match) -> bool:
    """Ordered or wished, not told of: the phrase opens its sentence ("Retourne à ta
    cuisine"), an order does ("Get her off the pitch and back to ..."), or a modal comes
    before it ("she should get back ..."). Not "she was back in the kitchen when ..."."""
    start = text.sentence_start(m.first)
    if m.first == start or text.keys[start] in _ORDERS:
        return True
    end = text.sentence_end(m.first)
    if (text.comma_between(m.first - 1, m.first) and text.keys[m.first] in _ORDERED_AFTER_A_COMMA
            and (m.last >= end or not _PET_NAMES.isdisjoint(text.keys[m.last : end]))):
        return True  # "... un hors-jeu, retourne faire la vaisselle ma grande": an order
    if text.keys[start] == "qu" and m.first - start <= 3:
        return True  # "qu'elle retourne à la cuisine": a wish in the subjunctive
    return any(o.last <= m.first for o in text.in_sentence("modal", m.first))


_ORDERS = frozenset(map(squeeze, {"get", "go", "send", "put", "retourne", "retournez",
                                  "va", "allez", "rentre", "renvoyez", "renvoie"}))  # fmt: skip
#: After a comma, an order or "back" opens the phrase: "..., back to the kitchen love".
_ORDERED_AFTER_A_COMMA = _ORDERS | {"back"}


def _aimed(text: Text, m: Match, named: set[int]) -> bool:
    if _LOWERED in text.scan.tokens[m.first].text.lower():
        return False  # "baisse" squeezes to "baise": the decrease, not the act
    if text.negated(m) or text.quoted[m.first] or text.counter_in_sentence(m.first):
        return False
    keys = text.keys
    if m.list == "body":
        if m.first > 0 and keys[m.first - 1] in _BODY_GROUP and keys[m.last - 1].endswith(
            ("s", "x")
        ):
            return True  # "les obèses devraient ...": a body made a group
        if m.first > 0 and keys[m.first - 1] in POINTERS:
            return True  # "cette naine qui se prend pour un mannequin"
        if said_of_a_thing(text, m, COPULAS) or said_of_an_object(text, m) or _about_me(text, m):
            return False  # "ce pull est moche", "je suis grosse"
    him = m.list == "body" and bool(_HIM.intersection(
        keys[text.sentence_start(m.first) : text.sentence_end(m.first)]))
    return bool(
        text.sentence[m.first] in named or text.in_sentence("second_person", m.first)
        or (m.list in _SAID_TO_HER and not _PET_NAMES.isdisjoint(keys))  # "..., darling"
        or (m.list == "sexist" and _her_nearby(text, m))
        or SECOND_PERSON.intersection(keys[m.first : m.last])  # "t'es bonne"
        or _object_before(keys, m) or _pointed_at(text, m) or him
        or bool(HANDLE.search(text.scan.normalized.original))  # "@Julie_B": a commenter
    )


_ME = frozenset(map(squeeze, {"je", "j", "i", "moi"}))


def _about_me(text: Text, m: Match) -> bool:
    """ "Je suis grosse", "j'ai une tête de pizza": the writer speaks of themselves."""
    start = text.sentence_start(m.first)
    return bool(_ME.intersection(text.keys[start : m.first]))


def _object_before(keys: list[str], m: Match) -> bool:
    if m.first == 0:
        return False
    before = keys[m.first - 1]
    return before in _OBJECT or (before in _OBJECT_BEFORE_VERB and keys[m.first].endswith("er"))


def _pointed_at(text: Text, m: Match) -> bool:
    """ "Cette meuf", "la journaliste", "the streamer", or "elle", "her": a person in the
    sentence. Not in a report of a crime ("elle a porté plainte contre son agresseur")."""
    keys = text.keys
    start, end = text.sentence_start(m.first), text.sentence_end(m.first)
    if _CRIME.intersection(keys[start:end]):
        return False
    if _HER.intersection(keys[start:end]):
        return True
    return any(r.first > 0 and keys[r.first - 1] in _POINTING
               for n in _PEOPLE for r in text.in_sentence(n, m.first))  # fmt: skip
