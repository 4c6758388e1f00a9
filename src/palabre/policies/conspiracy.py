"""Conspiracy tropes about a group: that it controls, owns, funds or secretly runs the
levers of power ("le lobby juif a acheté tous les députés", "they control the banks,
the media, Hollywood", "the Rothschilds fund every war", "les musulmans ont infiltré
toutes les mairies").

A group the tropes are told of (Jews and their code words, Muslims), a verb of control
after it, and a seat of power after the verb, in one sentence. Held for the editors:
the same words report a share of capital or a lobby's spending. Not when the comment
calls it a myth or a conspiracy theory, denies it, quotes it or reports who says it.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.counter import countered
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reports
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set, phrase_starts
from palabre.policies.sentences import Text

#: The groups the tropes are told of, and the words that stand for them.
_TOLD_OF = tuple(map(squeeze, (
    "juif", "juive", "jew", "jewish", "sionist", "zionist", "rothschild",
    "musulman", "muslim", "islamist", "globalist", "mondialist", "soros", "feuj", "hassid",
    "crif", "aipac",
)))  # fmt: skip
_TOLD_OF_PHRASES = phrase_set(
    "la meme communaute", "une certaine communaute", "certain tribe",
    "a certain tribe", "the tribe", "qui vous savez", "you know who", "lobby juif",
    "israel lobby", "lobby pro israelien",
)  # fmt: skip
#: Who "they" are, said anywhere in the comment: "on sait très bien qui 'ils' sont".
_CODED = phrase_set(
    "qui vous savez", "you know who", "on sait tres bien qui", "on sait tous qui",
    "we all know who", "vous savez qui",
)  # fmt: skip
_THEY = frozenset(map(squeeze, {"ils", "they"}))
_BY = frozenset(map(squeeze, {"par", "by"}))
#: Verbs of hidden control, by their stems.
_CONTROL = tuple(map(squeeze, (
    "control", "dirig", "possed", "financ", "fund", "achet", "bought", "buy", "manipul",
    "infiltr", "gouvern", "organis", "orchestr", "own", "tien", "tient", "run", "ecriv",
    "cree", "creer", "creat", "rachet", "domin", "pilot", "provoqu", "planifi", "plann",
    "caus", "declench", "import", "impose",
)))  # fmt: skip
_CONTROL_PHRASES = phrase_set(
    "tire les ficelles", "tirent les ficelles", "pull the strings", "pulling the strings",
    "taking over", "take over", "took over", "a fait", "ont fait", "did", "behind",
    "derriere", "appartiennent", "appartient", "is run by", "are run by", "run by",
    "plan to", "plot to", "un plan", "un complot",
)  # fmt: skip
#: The seats of power the tropes name.
_POWER = frozenset(map(squeeze, {
    "medias", "media", "banques", "banks", "banking", "finance", "hollywood", "gouvernement",
    "government", "deputes", "mps", "congress", "presse", "press", "guerres", "wars", "war",
    "lois", "laws", "mairies", "councils", "everything", "monde", "world",
    "economie", "economy", "vaccins", "vaccines", "covid", "septembre", "president",
    "elysee", "politique", "politics", "senat", "senate", "journaux", "newspapers",
    "television", "tv", "cinema", "bce", "onu", "fmi", "imf", "ficelles",
    "strings", "marionnette", "puppet", "puppets", "guerre", "immigration", "remplacer",
    "replace", "remplacement", "replacement", "attentats", "pandemie", "pandemic",
    "bank", "banque", "newspaper", "journal", "fed", "scandale", "scandales", "scandal",
    "politicians", "politiciens",
    "scandals", "crise", "crises", "crisis", "systeme", "system", "pouvoir", "power",
    "elites", "elite", "redactions", "newsrooms", "plateaux", "nominations", "washington",
    "leviers", "levers",
}))  # fmt: skip
#: Seats named in the singular, a trope only with "every" before them: "own every bank",
#: "derrière chaque scandale"; "owns a bank branch" is a business.
_ONE_OF_MANY = frozenset(map(squeeze, {"bank", "banque", "newspaper", "journal", "scandale",
                                       "scandal", "crise", "crisis"}))  # fmt: skip
_EVERY = frozenset(map(squeeze, {"every", "each", "any", "chaque", "tout", "toute"}))
#: Silencing or holding the helm, told of a group, needs no seat of power: "ils ont
#: encore réussi à faire taire tout le monde", "toujours aux commandes".
_SILENCING = phrase_set(
    "faire taire", "font taire", "fait taire", "silence anyone", "silence everyone",
    "silence everybody", "silenced everyone", "silence all", "silence any",
    "aux commandes", "at the helm",
)  # fmt: skip
_SILENCING_WORDS = frozenset(map(squeeze, {"taire", "silence", "silenced", "comandes",
                                           "helm"}))  # fmt: skip
#: The "great replacement": a group that replaces "us", the white, the natives.
_REPLACING = tuple(map(squeeze, ("remplac", "replac")))
_REPLACED = phrase_set(
    "nous", "us", "les blancs", "white people", "whites", "les europeens", "europeans",
    "les francais de souche", "natives", "les natifs", "notre peuple", "our people",
    "les notres",
)  # fmt: skip
_REACH = 8
#: Seats of power that are also events a museum or a charity organises around ("une
#: exposition sur la guerre"): the verb must take them as its object, "(ont provoqué)
#: les deux guerres", "(planned) every war".
_EVENTS = frozenset(map(squeeze, {"guerre", "guerres", "war", "wars", "immigration",
                                  "attentats", "pandemie", "pandemic"}))  # fmt: skip
#: What may stand between the verb and the event it takes ("(ont provoqué) les deux
#: guerres mondiales", "(fund) both sides of every war"), or before the event that opens
#: a passive ("Toutes les guerres ... ont été financées par").
_OBJECT_LEADS = frozenset(map(squeeze, {
    "le", "la", "les", "l", "des", "du", "tous", "toutes", "deux", "nos", "leurs", "cette",
    "ces", "the", "all", "every", "our", "their", "both", "two", "those", "these", "this",
    "that", "mondiales", "sides", "side", "of", "camps", "de", "d", "chaque", "each",
}))  # fmt: skip
#: "tenu par": held, in the passive (whole words: "une tenue" is clothing).
_HELD = frozenset(map(squeeze, {"tenu", "tenus", "tenue", "tenues", "held"}))
#: "Toutes les guerres du XXe siècle ont été financées par ...": the verb after the seat.
_PASSIVE_REACH = 8


def conspiracy(text: Text, analysis: Analysis) -> None:
    """One hate finding for a trope of hidden control told of a group."""
    keys = text.keys
    silencing = not _SILENCING_WORDS.isdisjoint(keys)
    if not (silencing or _POWER.intersection(keys)):
        return  # most comments name no seat of power
    coded = bool(phrase_starts(keys, _CODED))
    if _passive(text, analysis) or _asked_and_answered(text, analysis):
        return
    for i, k in enumerate(keys):
        told = (
            k.startswith(_TOLD_OF) or phrase_at(keys, i, _TOLD_OF_PHRASES)
            or (k in _THEY and (coded or _told_just_before(text, i)))
        )
        if not told or text.quoted[i]:
            continue
        end = text.sentence_end(i)
        # Told of the many ("les juifs", "the Jews"): one Muslim at the helm of a town
        # hall is news.
        silenced = next((j for j in range(i + 1, min(end, i + _REACH))
                         if phrase_at(keys, j, _SILENCING)),
                        None) if silencing and k.endswith("s") else None  # fmt: skip
        verb = silenced if silenced is not None else next(
            (j for j in range(i + 1, min(end, i + _REACH))
             if keys[j].startswith(_CONTROL) or phrase_at(keys, j, _CONTROL_PHRASES)),
            None,
        )  # fmt: skip
        if verb is None:
            continue
        power = verb if silenced is not None else next(
            (j for j in range(verb + 1, min(end, verb + _REACH))
             if keys[j] in _POWER and keys[j - 2 : j] != ["tout", "le"]
             and (keys[j] not in _ONE_OF_MANY or not _EVERY.isdisjoint(keys[j - 2 : j]))
             and (keys[j] not in _EVENTS or _OBJECT_LEADS.issuperset(keys[verb + 1 : j]))),
            None,
        )  # fmt: skip
        if power is None and _fronted_power(text, i, verb):
            power = verb
        if power is None:
            continue
        m = Match("implicit", keys[verb], verb, verb + 1)
        if text.negated(m) or countered(text, m, m) or reports(text):
            continue
        analysis.findings.append(
            Finding(
                Category.HATE,
                EDITORS_DECIDE,
                "hate.conspiracy",
                (Match("implicit", k, i, i + 1), m),
            )
        )
        return


#: The pronoun that takes up a seat of power named first: "Our media, the Jews have
#: owned it for decades", "Nos élites, les réseaux sionistes les tiennent".
_TAKEN_UP = frozenset(map(squeeze, {"it", "them", "le", "la", "les", "l"}))


def _fronted_power(text: Text, told: int, verb: int) -> bool:
    """A seat of power opens the sentence, set off by a comma, and a pronoun next to the
    verb takes it up."""
    keys, start = text.keys, text.sentence_start(told)
    front = [j for j in range(start, told) if keys[j] in _POWER]
    if not front or not any("," in text.gap(j) for j in range(front[0] + 1, told + 1)):
        return False
    near = keys[max(start, verb - 1) : verb + 3]
    return bool(_TAKEN_UP.intersection(near))


def _told_just_before(text: Text, i: int) -> bool:
    """ "Jewish donors were at the fundraiser. They always buy the politicians": "they"
    opens the sentence after one that names the group."""
    start = text.sentence_start(i)
    if i - start > 1 or start == 0:
        return False
    before = text.keys[text.sentence_start(start - 1) : start]
    return any(k.startswith(_TOLD_OF) for k in before)


def _passive(text: Text, analysis: Analysis) -> bool:
    """ "Le gouvernement est tenu par le lobby juif", "wars are funded by the same
    community": the seat of power, the verb, then "par"/"by" and the group."""
    keys = text.keys
    for j, k in enumerate(keys):
        if k not in _POWER:
            continue
        if k in _EVENTS and not _OBJECT_LEADS.issuperset(keys[text.sentence_start(j) : j]):
            continue  # "L'exposition sur la guerre a été organisée par le musée juif"
        end = text.sentence_end(j)
        for v in range(j + 1, min(end, j + _PASSIVE_REACH)):
            if not (keys[v].startswith(_CONTROL) or keys[v] in _HELD):
                continue
            by = next((b for b in range(v + 1, min(end, v + 3)) if keys[b] in _BY), None)
            if by is None:
                continue
            if any(keys[g].startswith(_TOLD_OF) or phrase_at(keys, g, _TOLD_OF_PHRASES)
                   for g in range(by + 1, min(end, by + 4))):  # fmt: skip
                m = Match("implicit", keys[v], v, v + 1)
                if not (text.negated(m) or countered(text, m, m) or reports(text)):
                    analysis.findings.append(
                        Finding(Category.HATE, EDITORS_DECIDE, "hate.conspiracy", (m,))
                    )
                    return True
    return False


_WHO = frozenset(map(squeeze, {"qui", "who"}))


def _asked_and_answered(text: Text, analysis: Analysis) -> bool:
    """ "Qui contrôle les médias ? Les juifs, évidemment": the question names the seat of
    power, its answer the group."""
    keys = text.keys
    for i, k in enumerate(keys):
        if k not in _WHO or not text.question[text.sentence[i]]:
            continue
        end = text.sentence_end(i)
        verb = next(
            (j for j in range(i + 1, min(end, i + 3)) if keys[j].startswith(_CONTROL)), None
        )
        if verb is None or not _POWER.intersection(keys[verb + 1 : end]):
            continue
        answer = keys[end : text.sentence_end(end)] if end < len(keys) else []
        if any(a.startswith(_TOLD_OF) for a in answer[:4]):
            m = Match("implicit", keys[verb], verb, verb + 1)
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.conspiracy", (m,))
            )
            return True
    return False


def replacement(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    """The "great replacement" told of a group: "les immigrés nous remplacent", "they
    are replacing white people". Held for the editors, as the other tropes."""
    keys = text.keys
    if not any(k.startswith(_REPLACING) for k in keys):
        return
    for t in groups:
        end = text.sentence_end(t.first)
        for j in range(t.last, min(end, t.last + 4)):
            if not keys[j].startswith(_REPLACING):
                continue
            # The one replaced just before the verb ("nous remplacent") or just after it.
            replaced = any(phrase_at(keys, k, _REPLACED) for k in (j - 1, j + 1) if 0 <= k < end)
            if not replaced and not phrase_at(keys, j + 2, _REPLACED):  # "are replacing us"
                continue
            m = Match("implicit", keys[j], j, j + 1)
            if text.negated(m) or countered(text, m, t) or reports(text):
                continue
            analysis.findings.append(
                Finding(Category.HATE, EDITORS_DECIDE, "hate.conspiracy", (t, m))
            )
            return
