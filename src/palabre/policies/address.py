"""Insults aimed at a person: the reader ("espèce de crétin", "t'es nul"), someone named
("M. Petit est un escroc") or pointed at ("ce juge est une ordure"). A crude word with no
one it is aimed at is not an insult. Whether violence is wished is ``wishes.py``.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import Analysis, Finding
from palabre.policies.in_group import said_of_oneself
from palabre.policies.innuendo import slur_at_her
from palabre.policies.insult_shapes import (
    EPITHETS,
    FOOD_OF_A_PLACE,
    POINTERS,
    apposed_to_person,
    capitalised,
    described_alone,
    named_subject,
    named_word,
    naming_someone,
    pointed_subject,
)
from palabre.policies.matches import Match
from palabre.policies.mention import named_in_quotes
from palabre.policies.names import proper_noun, titled
from palabre.policies.normalize import squeeze
from palabre.policies.predication import TIES, said_of
from palabre.policies.sentences import Text
from palabre.policies.teasing import TEASING, affectionate
from palabre.policies.things import said_of_a_thing
from palabre.policies.vocative import (
    SECOND_PERSON,
    intensified,
    named_then_called,
    object_follows,
    vocative,
)

FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "je", "j", "m", "moi", "nous"})
THIRD_SINGULAR = frozenset({"he", "she", "him", "her", "il", "elle", "lui"})
#: Words that point an insult at someone: "he is an idiot", "quel crétin", "what a jerk".
_POINTING = frozenset({"he", "she", "him", "her", "il", "elle", "lui", "ce", "cet", "cette",
                       "this", "that", "quel", "quelle", "what", "such", "espece", "bunch",
                       "bande", "tas"})  # fmt: skip
SLUR_LEAD = frozenset({"common", "typical", "another", "dirty", "filthy", "stupid", "sale",
                        "bunch", "those", "these", "ces", "espece", "many", "sales"})  # fmt: skip
# Keys are squeezed ("common" is "comon"): so must these word sets be.
FIRST_PERSON = frozenset(map(squeeze, FIRST_PERSON))
THIRD_SINGULAR = frozenset(map(squeeze, THIRD_SINGULAR))
_POINTING = frozenset(map(squeeze, _POINTING))
SLUR_LEAD = frozenset(map(squeeze, SLUR_LEAD))
_COPULA = frozenset(map(squeeze, {"sont", "est", "es", "etes", "sommes", "etaient", "etait",
                                  "are", "is", "were", "was", "re", "s"}))  # fmt: skip
_ALL = frozenset(map(squeeze, {"tous", "toutes", "toute"}))
_PREDICATE_ARTICLES = frozenset(map(squeeze, {"des", "un", "une", "de", "d", "a", "an", "such"}))


def directed(text: Text, m: Match, reach: int = 3) -> bool:
    return any(
        0 <= m.first - y.last < reach or 0 <= y.first - m.last < 2
        for y in text.in_sentence("second_person", m.first)
    )


#: Possessives: "your comment is ignorant" judges the comment, not its writer.
_POSSESSIVE = frozenset(map(squeeze, {"your", "ton", "ta", "tes", "votre", "vos"}))


def _directed_at_you(text: Text, m: Match) -> bool:
    """As ``directed``, but not through a possessive that names something else."""
    for y in text.in_sentence("second_person", m.first):
        if not (0 <= m.first - y.last < 4 or 0 <= y.first - m.last < 2):
            continue
        if (text.keys[y.first] in _POSSESSIVE and y.last < m.first
                and _COPULA.intersection(text.keys[y.last : m.first])):  # fmt: skip
            continue  # "your comment is ignorant", not "ta foutu quoi mongol"
        return True
    return False


def insult(text: Text, analysis: Analysis, names: bool) -> None:
    scan = text.scan
    fond = bool(scan.get("insult") or scan.get("insult_weak")) and affectionate(text)
    for m in scan.get("insult"):
        if fond and text.keys[m.first] in TEASING:
            continue  # "you're a legend and an idiot, happy birthday ya clown 🎉"
        addressed = vocative(text, m)
        # Reported speech introduces what it reports ("tu dis que ... crétin"); it does not
        # excuse an insult said to the reader, or one said before it.
        reported = not addressed and any(
            c.first < m.first and not text.negated(c) for c in text.in_sentence("counter", m.first)
        )
        # A denial further back does not reach an insult said to the reader at the end:
        # "c'est pas parce que tu parles arabe que tu es musulman, sale tocard".
        named = named_in_quotes(text, m)
        if (text.negated(m) and not addressed) or text.quoted[m.first] or reported or named:
            analysis.countered = True
            continue
        if proper_noun(text, m, _ADDRESSING) or object_follows(text, m):
            continue
        before = set(text.keys[max(0, m.first - 3) : m.first])
        # "I was a total idiot": the speaker, further back than a pointing word reaches,
        # unless someone else comes between ("je pense qu'il est crétin").
        # "En tant que pédale assumée, je ...": the writer's own word, of themselves.
        speaker = _speaker(text, m) or said_of_oneself(text, m)
        start = text.sentence_start(m.first)
        size = sum(1 for s in text.sentence if s == text.sentence[m.first])
        inside = set(text.keys[m.first : m.last])
        if _judges_the_act(text, m) and not addressed:
            score = 0.55  # "... pour draguer l'extrême droite, c'est minable": the act
        elif (
            directed(text, m, reach=4)
            or _you_are(text, m)
            or inside & SECOND_PERSON
            or (m.first and text.keys[m.first - 1] in SLUR_LEAD)
            or addressed
        ):
            score = 0.93  # "ferme ta gueule", "espèce de connard", "you idiot"
        elif speaker:
            score = 0.3  # "I was a total shithead back then": about oneself
        elif (
            before & _POINTING
            or _of_role(text, m)
            or names
            or (m.first == start and size <= 4)
            or described_alone(text, start, m)
            or naming_someone(text, m)
            or pointed_subject(text, m)
            or apposed_to_person(text, m)
            or named_then_called(text, m)
            or (_predicate(text.keys, m.first) and not said_of_a_thing(text, m, _COPULA))
            or slur_at_her(text, m)
        ):
            score = 0.8  # aimed at someone: "he is a scumbag", "Connard !", "X sont des cons"
        else:
            score = 0.55  # a crude word with no clear target
        analysis.findings.append(Finding(Category.INSULT, score, "insult.term", (m,)))
    for name in ("insult_weak", "dehum", "neg_attr"):
        for m in scan.get(name):
            if text.negated(m) or text.quoted[m.first] or proper_noun(text, m, _ADDRESSING):
                continue
            if fond and name == "insult_weak" and text.keys[m.first] in TEASING:
                continue  # "espèce de boulet, t'as oublié tes clés 😂 bisous"
            if _reported_of_group(text, m):
                continue  # "when you said women like me were pathetic": what was said
            if name == "insult_weak" and _judges_the_act(text, m) and not vocative(text, m):
                continue
            if name == "neg_attr" and (not _said_to_you(text, m)
                                       or text.counter_in_sentence(m.first)):  # fmt: skip
                # "your broken records are worthless" is about the records; "consequences
                # for saying you would rape ..." reports what was said.
                continue
            whole = name == "insult_weak" and _said_to_you_whole(text, m)
            if _directed_at_you(text, m) or whole or (
                name != "neg_attr" and (vocative(text, m) or _apposition(text, m)
                                        or apposed_to_person(text, m)
                                        or (name == "insult_weak" and (
                                            _of_named(text, m) or described_alone(
                                                text, text.sentence_start(m.first), m))))
            ):  # fmt: skip
                analysis.findings.append(Finding(Category.INSULT, 0.7, f"insult.{name}", (m,)))
            elif name != "neg_attr" and _said_of_person(text, m):
                # "Notre député est une ordure", "ce guignol de maire": held for an editor.
                analysis.findings.append(Finding(Category.INSULT, 0.7, f"insult.{name}", (m,)))
            elif name == "insult_weak" and intensified(text.keys, m) and (
                names or text.in_sentence("role", m.first)
            ):
                # "une idiote finie", "a total clown", "quel débile profond": a weak word
                # made an insult, in a comment that names its person.
                analysis.findings.append(Finding(Category.INSULT, 0.7, f"insult.{name}", (m,)))


#: "your", "tes": the reader's, inside a phrase.
_YOURS = frozenset(map(squeeze, {"your", "yours", "tes", "ta", "ton", "vos", "votre", "toi",
                                 "you"}))  # fmt: skip


def _said_to_you_whole(text: Text, m: Match) -> bool:
    """A belittling phrase of three words or more that holds the reader ("go back to your
    crayons") or is said in a sentence to them ("even my dog understands ... better than
    you"): an idiom is aimed as a whole, wherever "you" stands in its sentence."""
    if m.last - m.first < 3:
        return False
    return bool(_YOURS.intersection(text.keys[m.first : m.last])) or bool(
        text.in_sentence("second_person", m.first)
    )


#: "c'est", "that's": what the clause before it did, judged with no article ("c'est
#: minable", not "c'est un minable").
_IT_IS = frozenset(tuple(map(squeeze, p.split())) for p in (
    "c est", "c etait", "that s", "it s", "that was", "it was", "this is",
))  # fmt: skip


def _judges_the_act(text: Text, m: Match) -> bool:
    """ "Ce ministre fait du zèle pour draguer l'extrême droite, c'est minable": after a
    comma, the word judges what the clause before it tells, not the person in it."""
    at = m.first - 2
    return (at > text.sentence_start(m.first) and tuple(text.keys[at : m.first]) in _IT_IS
            and text.comma_between(at - 1, at))  # fmt: skip


#: The speaker as the subject ("I was an idiot"), not the object ("compare us to them").
_I_SUBJECT = frozenset(map(squeeze, {"i", "je", "j", "we", "nous"}))
_OTHERS = frozenset(map(squeeze, {"they", "them", "ils", "elles", "eux"}))
_I_AM = frozenset(map(squeeze, {"was", "am", "m", "suis", "etais"}))


_OF = frozenset(map(squeeze, {"de", "d"}))


def _reported_of_group(text: Text, m: Match) -> bool:
    """A word said of a group inside reported speech: a reporting verb, then the group,
    then the word ("you said women like me were pathetic")."""
    reports = [r.last for n in ("reporting", "counter") for r in text.in_sentence(n, m.first)
               if r.last <= m.first]  # fmt: skip
    groups = [g.first for n in ("identity", "identity_adj") for g in text.in_sentence(n, m.first)]
    return any(r <= g < m.first for r in reports for g in groups)


def _of_role(text: Text, m: Match) -> bool:
    """ "ce connard de maire", "fils de pute de journaliste": the insult, then "de" and
    the person it is said of."""
    if m.last + 1 >= len(text.keys) or text.keys[m.last] not in _OF:
        return False
    return any(r.first == m.last + 1 for n in ("role", "person_noun") for r in text.scan.get(n))


def _speaker(text: Text, m: Match) -> bool:
    """The insult is the speaker's about themselves: "I was a total idiot back then"."""
    keys = text.keys
    lo = max(0, m.first - 5)
    first = [i for i in range(lo, m.first) if keys[i] in _I_SUBJECT]
    # Further back only as the subject of "to be": "I was a bit of a prick back then".
    first = first or [i for i in range(max(0, m.first - 7), lo)
                      if keys[i] in _I_SUBJECT and keys[i + 1] in _I_AM]  # fmt: skip
    if not first:
        return False
    others = POINTERS | THIRD_SINGULAR | _OTHERS  # "such", "quel" exclaim, they point not
    roles = {r.first for r in text.in_sentence("role", m.first)}
    return not any(keys[i] in others or i in roles for i in range(first[-1] + 1, m.first))


def _said_of_person(text: Text, m: Match) -> bool:
    """The word is said of someone named by their role: "la journaliste qui a écrit ça
    est une idiote", or "ce guignol de maire"."""
    keys = text.keys
    roles = text.in_sentence("role", m.first)
    if keys[m.first] in _MILD:
        return False  # "le maire est nul", "the kid is a clown": criticism, not abuse
    for r in roles:
        # Through a copula ("notre député est une ordure"), not an epithet ("un homme
        # mongol") nor a word after "Man, ...".
        between = keys[r.last : m.first]
        if (r.first < m.first and _COPULA.intersection(between)
                and not text.comma_between(r.last, m.first)
                and said_of(keys, (r.first, r.last), (m.first, m.last))):  # fmt: skip
            return True
        if r.first < m.first and _enumerated(text, r.last, m):
            return True  # "la journaliste est une menteuse, une vendue, une merde"
    # "ce guignol de maire", "ce guignol de Darmanin"; "Macron est un incapable".
    return (
        m.first > 0 and keys[m.first - 1] in POINTERS and m.last + 1 < len(keys)
        and keys[m.last] in OF_WORDS and text.same_sentence(m.first, m.last + 1)
        and (any(r.first == m.last + 1 for r in roles)
             or (capitalised(text, m.last + 1) and named_word(text, m)
                 and keys[m.first] not in FOOD_OF_A_PLACE))
    ) or (_predicate(keys, m.first) and named_subject(text, m))  # fmt: skip


_ARTICLES = frozenset(map(squeeze, {"un", "une", "a", "an"}))


def _enumerated(text: Text, after: int, m: Match) -> bool:
    """The word ends a list of epithets after a copula: "est une menteuse, une vendue,
    une merde". Each item opens on "un", "une", "a", "an" and is short."""
    keys = text.keys
    if not text.same_sentence(after, m.first) or m.first < 1 or keys[m.first - 1] not in _ARTICLES:
        return False
    copula = next((i for i in range(after, m.first) if keys[i] in _COPULA), None)
    if copula is None or copula - after > 4:
        return False
    cuts = [i for i in range(copula + 2, m.first) if "," in text.gap(i)] + [m.first - 1]
    items = list(zip([copula + 1, *cuts[:-1]], cuts, strict=True))
    return len(items) >= 2 and all(keys[a] in _ARTICLES and b - a <= 4 for a, b in items)


#: "You", "tu", "vous" as the subject of what is said (not "your", "ton").
_YOU_SUBJECT = frozenset(map(squeeze, {"you", "u", "tu", "t", "vous", "toi"}))


def _of_named(text: Text, m: Match) -> bool:
    """A weak word said of someone with a title or a role in its sentence: "Dr Shaw is
    an arrogant pig", "Le maire Dufresnoy est un guignol"."""
    if not _predicate(text.keys, m.first):
        return False
    start = text.sentence_start(m.first)
    return titled(text, start, m.first) or any(
        start <= r.first < m.first for r in text.in_sentence("role", m.first)
    )


_YOU_ARE = frozenset(map(squeeze, {"es", "etes", "are", "re", "r"}))


def _you_are(text: Text, m: Match) -> bool:
    """ "t'es vraiment le dernier des abrutis", "you are truly the worst kind of idiot":
    "you" and its copula open the clause the insult ends."""
    keys, start = text.keys, text.sentence_start(m.first)
    for i in range(max(start, m.first - 7), m.first - 1):
        if keys[i] in _YOU_SUBJECT and keys[i + 1] in _YOU_ARE:
            return not any(k in _I_SUBJECT or k in THIRD_SINGULAR for k in keys[i + 2 : m.first])
    return False


def _said_to_you(text: Text, m: Match) -> bool:
    return bool(_YOU_SUBJECT.intersection(text.keys[max(0, m.first - 4) : m.first]))


_QUEL = frozenset(map(squeeze, {"quel", "quelle", "what"}))
_EXCLAIMING = frozenset(map(squeeze, {"quel", "quelle", "ce", "cet", "cette", "this", "that"}))


def _apposition(text: Text, m: Match) -> bool:
    """Set off by commas behind a pointing word: "Le président du club, ce guignol, a
    coulé l'équipe", "La ministre, quelle conne, ..."."""
    if m.first and text.keys[m.first - 1] in _QUEL and m.first - 1 == text.sentence_start(m.first):
        # "Quelle ordure ce Bernard Lacombe", "Quel guignol, ce maire"; not "Quelle merde
        # cette météo": the pointer must name someone, by name or by role.
        return _names_someone_after(text, m) or (
            # "Quel débile." alone: said of whoever came before; not "Quelle merde !".
            (m.last >= len(text.keys) or not text.same_sentence(m.first, m.last))
            and not any(p.first == m.first for p in text.scan.get("profanity"))
        )
    if m.first < 2 or text.keys[m.first - 1] not in _EXCLAIMING:
        return False
    norm, tokens = text.scan.normalized.text, text.scan.tokens
    before = norm[tokens[m.first - 2].end : tokens[m.first - 1].start]
    after = norm[tokens[m.last - 1].end : tokens[m.last].start] if m.last < len(tokens) else "."
    return "," in before and any(c in after for c in ",.!?;")


_THAT_ONE = frozenset(map(squeeze, {"celui", "celle", "celui-la", "celle-la"}))


def _names_someone_after(text: Text, m: Match) -> bool:
    keys, tokens = text.keys, text.scan.tokens
    nxt = m.last
    if nxt < len(keys) and keys[nxt] in _THAT_ONE and text.same_sentence(nxt, m.first):
        return True  # "quelle conne celle-là"
    if nxt + 1 >= len(keys) or keys[nxt] not in POINTERS or not text.same_sentence(nxt, m.first):
        return False
    roles = {r.first for r in text.in_sentence("role", m.first)}
    original = text.scan.normalized.original
    start, _ = text.scan.normalized.span(tokens[nxt + 1].start, tokens[nxt + 1].end)
    return nxt + 1 in roles or original[start : start + 1].isupper()


_BY = frozenset(map(squeeze, {"par", "by"}))
_AGENT = frozenset(map(squeeze, {"un", "une", "a", "an", "des", "some"}))


def _predicate(keys: list[str], at: int) -> bool:
    """The insult is said of someone: "les auteurs sont des connards", "they are idiots",
    "c'est juste un sombre connard": a copula with only tying words or epithets after it."""
    for i in range(at - 1, max(-1, at - 5), -1):
        if keys[i] in _PREDICATE_ARTICLES and i and keys[i - 1] in _COPULA | _ALL:
            # "is a blind, useless idiot", "est une ordure sans cervelle"; "toutes des
            # putes", "tous des cons": a quantifier says it of people, all of them.
            return True
        if keys[i] in _AGENT and i and keys[i - 1] in _BY:
            return True  # "écrit par un abruti", "written by an idiot"
    for i in range(at - 1, max(-1, at - 5), -1):
        if keys[i] in _COPULA:
            return True
        if not (keys[i] in TIES or keys[i] in EPITHETS or keys[i] in _PREDICATE_ARTICLES):
            return False
    return False


#: After these a capitalised insult is still one: "you Idiot", "Sale Con", "an old Whore".
_ADDRESSING = EPITHETS | frozenset(map(squeeze, {
    "a", "an", "the", "you", "un", "une", "le", "la", "ce", "cette", "quel", "quelle", "de",
    "sale", "espece", "pauvre", "what", "such", "this", "that",
}))  # fmt: skip


OF_WORDS = frozenset(map(squeeze, {"de", "d", "of"}))
KIND_NOUNS = frozenset(map(squeeze, {"type", "genre", "sorte"}))
#: Weak words that judge a performance more than they abuse a person.
_MILD = frozenset(map(squeeze, {"nul", "nulle", "naze", "clown", "boulet", "useless",
                                "ignorant", "pathetic", "fool"}))  # fmt: skip
