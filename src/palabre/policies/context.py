"""Reading lexicon matches in context: who is targeted, and whether it is meant.

A derogatory word is not hate speech by itself. This module decides, sentence by
sentence, whether it is aimed at a protected group (hate), at the reader (insult,
threat), or at a named person (defamation), and it refuses to flag what HateCheck
calls counter-speech (quoting or reporting hate to condemn it), negated hate ("I don't
hate ..."), positive statements about a group, and swearing with no target.
"""

from __future__ import annotations

import bisect
import re

from palabre.domain.moderation import Category
from palabre.policies.address import (
    FIRST_PERSON,
    SLUR_LEAD,
    THIRD_SINGULAR,
    WISH_OPENERS,
    directed,
    insult,
    threat,
    wished,
)
from palabre.policies.findings import Analysis, Finding
from palabre.policies.lexicons import Match, Scan
from palabre.policies.normalize import squeeze
from palabre.policies.predication import answers, hangs_on_noun, said_of
from palabre.policies.sentences import Text

#: An exclamation that points back at the previous sentence's people, as a pronoun
#: would: "Encore des X dans le train. Quelle bande de parasites."
_ANAPHORIC = frozenset(
    map(squeeze, {"quel", "quelle", "quels", "quelles", "bande", "such", "bunch"})
)
#: Object pronouns in front of a verb: "je les méprise", "il faudrait les expulser".
_OBJECT_PRONOUNS = frozenset({"les", "leur"})
#: Lists whose word must be said of the group (see ``predication``), not merely near it.
_PREDICATED = frozenset({"dehum", "neg_attr", "insult", "profanity"})
#: How far (in words) a group name may be from its insult.
TARGET_REACH = 15
_STRENGTH = {
    "slur": 0.97, "dehum": 0.95, "threat": 0.95, "hate_verb": 0.92, "neg_attr": 0.9,
    "profanity": 0.88, "insult": 0.9, "positive": 0.85, "slur_ambiguous": 0.85,
    "implicit": 0.75,  # below the reject threshold: an editor decides
}  # fmt: skip
_NAME = re.compile(r"\b(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+|[A-Z]{2,})(?:\s+(?:[A-ZÀ-Ý][a-zà-ÿ'’-]+))*")
# The lookahead changes no match (every title starts with one of its letters): it
# spares trying each title at every word.
_TITLES = re.compile(
    r"(?i)\b(?=[dlmpst])(?:m\.|mme|mlle|monsieur|madame|mr\.?|mrs\.?|ms\.?|dr\.?|le maire|la maire|"
    r"le ministre|la ministre|le président|la présidente|le député|la députée|le sénateur|"
    r"the mayor|the minister|senator|president)\b"
)
_ABBREVIATED_TITLE = re.compile(r"\b(?:M|Mr|Mrs|Ms|Dr|Mme|Mlle|Me|Pr)\.$")
_NOT_NAMES = frozenset(
    [
        "I", "Je", "Il", "Elle", "On", "Nous", "Vous", "Ils", "Elles", "Le", "La", "Les",
        "Un", "Une", "Des", "Ce", "Cette", "Ces", "Et", "Mais", "Ou", "Si", "Quand", "The",
        "A", "An", "And", "But", "Or", "If", "When", "This", "That", "These", "Those", "It",
        "He", "She", "They", "We", "You", "My", "Your", "Oui", "Non", "Yes", "No", "Bref",
        "Enfin", "Alors", "Donc", "Pourtant", "Merci", "Bravo", "OK", "Ok", "Lol", "Mdr"
    ]
)


def _mentions(text: Text) -> list[Match]:
    """Mentions of a protected group: the targets of a wished threat."""
    scan = text.scan
    out = list(scan.get("identity"))
    follow = {m.first for name in ("person_noun", "dehum", "neg_attr", "slur", "insult")
              for m in scan.get(name)}  # fmt: skip
    out.extend(m for m in scan.get("identity_adj") if m.last in follow)
    return out


def _not_victims(text: Text, mentions: list[Match]) -> list[Match]:
    """The mentions that are not the victim of what is said ("violence contre les X"):
    the targets of everything but a wished threat."""
    victims = {m.last for m in text.scan.get("victim_prep")}
    return [m for m in mentions if m.first not in victims and (m.first - 1) not in victims]


def _countered(text: Text, m: Match, target: Match) -> bool:
    """Counter-speech: the phrase is quoted or reported in order to condemn it."""
    if _approved(text, m):
        return False
    counters = [c for c in text.scan.get("counter")
                if not text.negated(c) and not _condemns_what_follows(text, c, m)]  # fmt: skip
    if text.quoted[m.first] or text.quoted[target.first]:
        # A quote with any reporting or condemning words around it is a quote, not a claim:
        # "il a écrit « ... »", "ton « ... » n'a pas sa place ici".
        reported = any(not text.quoted[r.first] for r in text.scan.get("reporting"))
        return reported or any(not text.quoted[c.first] for c in counters) or (any(
            not q for q in text.quoted
        ) and bool(counters))
    return (
        any(text.same_sentence(c.first, m.first) for c in counters)
        or _condemned_speech(text, min(m.first, target.first), m.last)
        or _condemned_next(text, m, counters)
    )


#: What points back at the sentence before: "c'est honteux d'écrire ça", "shameful that
#: anyone writes this".
_BACK = frozenset(map(squeeze, {"ca", "cela", "ceci", "this", "that", "it"}))
_WRITING_STEMS = tuple(map(squeeze, (
    "dire", "dis", "dit", "ecri", "lire", "publi", "poste", "tweet", "say", "said", "writ",
    "wrote", "read", "post", "print",
)))  # fmt: skip


def _condemned_next(text: Text, m: Match, counters: list[Match]) -> bool:
    """The claim stands alone and the next sentence condemns writing it: "Les X sont
    des rats ? C'est honteux d'écrire ça." Both a word for saying or writing and one
    pointing back are needed: "Honte à ceux qui les défendent" condemns someone else."""
    after = text.sentence[m.first] + 1
    words = [i for i in range(m.last, len(text.keys)) if text.sentence[i] == after]
    return (
        any(text.sentence[c.first] == after for c in counters)
        and any(text.keys[i] in _BACK for i in words)
        and any(text.keys[i].startswith(_WRITING_STEMS) for i in words)
    )


_COMPLEMENT = frozenset(map(squeeze, {"que", "qu", "de", "d", "that", "to", "of"}))
#: Said of those who say it: the claim is endorsed, not reported ("ceux qui disent que
#: ... ont raison", "those who say ... are right").
_APPROVAL = (("ont", "raison"), ("a", "raison"), ("are", "right"), ("is", "right"),
             ("dit", "vrai"), ("disent", "vrai"), ("have", "a", "point"),
             ("are", "corect"), ("is", "corect"), ("sont", "lucides"),
             ("telling", "the", "truth"))  # fmt: skip


def _condemns_what_follows(text: Text, c: Match, m: Match) -> bool:
    """ "C'est honteux qu'on les laisse entrer", "it is shameful that ...": a judgement
    with a clause of its own condemns that clause, not a claim made before it."""
    keys, start = text.keys, text.sentence_start(c.first)
    if not (m.first < c.first and text.same_sentence(m.first, c.first)
            and c.last < len(keys) and keys[c.last] in _COMPLEMENT):  # fmt: skip
        return False
    # Right after the verb ("c'est honteux que", "it's shameful that"), not a noun's
    # relative clause ("a conspiracy theory that has inspired killers").
    return c.first == start or keys[c.first - 1] in _COPULA or keys[c.first - 1] == "s"


def _approved(text: Text, m: Match) -> bool:
    keys = text.keys
    for i in range(m.last, len(keys)):
        if not text.same_sentence(i, m.first):
            return False
        if any(tuple(keys[i : i + len(p)]) == p for p in _APPROVAL):
            return True
    return False


#: Verbs that make what follows them speech about a group rather than a claim: "comparer
#: les X à des rats", "calling X vermin". Squeezed stems.
_SPEECH_STEMS = tuple(map(squeeze, (
    "compar", "trait", "dire", "disent", "qualifi", "assimil", "appel", "ecri", "insult",
    "call", "say", "describ", "equat", "refer", "label", "lump",
)))  # fmt: skip
#: What may stand right before such a verb when the speech is a subject: "(les gens)
#: qui comparent", "people who call", "(c'est honteux) de comparer", "(it is vile) to call".
_SPEECH_LEAD = frozenset(map(squeeze, {"qui", "who", "that", "de", "d", "to"}))
_COPULA = frozenset(map(squeeze, {"est", "sont", "etait", "c", "is", "are", "was", "were",
                                  "reste", "restent", "remains", "devient"}))  # fmt: skip
_CONDEMNING = ("neg_attr", "counter", "insult", "insult_weak")


def _condemned_speech(text: Text, first: int, last: int) -> bool:
    """The hateful words are the content of a speech act the sentence condemns: "Les
    commentaires qui comparent les X à des rats sont ignobles", "Comparer les X à des
    rats est indigne", "C'est honteux de traiter les X de Y", "Calling X vermin is
    disgusting". The speech verb opens the sentence or a subject clause before the
    words, and a condemning word is said of it: after them behind a copula, or before
    the verb when the speech is its complement ("honteux de ...")."""
    keys, start = text.keys, text.sentence_start(first)
    verbs = [i for i in range(start, first) if keys[i].startswith(_SPEECH_STEMS)
             and (i == start or keys[i - 1] in _SPEECH_LEAD)]  # fmt: skip
    if not verbs:
        return False
    condemning = [c.first for n in _CONDEMNING for c in text.scan.get(n)
                  if text.same_sentence(c.first, first) and not text.negated(c)]  # fmt: skip
    verb = verbs[0]
    after = any(c >= last and _COPULA.intersection(keys[max(last, c - 3) : c]) for c in condemning)
    before = keys[verb - 1] in _SPEECH_LEAD and verb > start and keys[verb - 1] != "qui" and any(
        start <= c < verb for c in condemning
    )
    return after or before


def _hate(text: Text, analysis: Analysis) -> None:
    scan = text.scan
    mentions = _mentions(text)
    targets = _not_victims(text, mentions)
    # A wished threat may also aim at a place of worship: "brûler cette mosquée".
    threatened = mentions + list(scan.get("worship"))
    analysis.identity = bool(targets)
    pronouns = {text.sentence[m.first] for name in ("third_person", "second_person")
                for m in scan.get(name)}  # fmt: skip
    pronouns.update(text.sentence[m.first] for name in ("hate_verb", "threat")
                    for m in scan.get(name)
                    if m.first and text.keys[m.first - 1] in _OBJECT_PRONOUNS)  # fmt: skip
    pronouns.update(text.sentence[i] for i, k in enumerate(text.keys) if k in _ANAPHORIC)
    for name in ("slur", "dehum", "threat", "hate_verb", "neg_attr", "implicit", "insult",
                 "profanity", "positive"):  # fmt: skip
        for m in scan.get(name):
            negated = text.negated(m) or _negated_target(text, m, targets)
            if name == "positive":
                if not negated:
                    # "X are beautiful": a positive statement, never flagged, and a model
                    # that reads only the group's name must not overrule it.
                    analysis.countered = analysis.countered or bool(targets)
                    continue
                if _negative_follows(text, m):
                    analysis.countered = True
                    continue  # "do not deserve to be tortured": a double negative
            elif negated:
                analysis.countered = analysis.countered or bool(targets)
                continue
            if name == "threat" and not wished(text, m, threatened):
                continue  # violence mentioned, not wished
            if name == "hate_verb" and not (
                text.in_sentence("first_person", m.first)
                or FIRST_PERSON.intersection(text.keys[m.first : m.last])
                or m.first - text.sentence_start(m.first) <= 1
            ):
                continue  # "the hatred of X in our society" reports, it does not hate
            # "On devrait tirer sur les X": after the wish, the victim is the target. Not in
            # "les violences contre les X doivent être punies", where the wish comes after.
            wish_first = name == "threat" and (
                any(p.last <= m.first for p in text.in_sentence("modal", m.first))
                or text.keys[text.sentence_start(m.first)] in WISH_OPENERS
            )
            near = [
                t for t in (threatened if wish_first else targets)
                if abs(t.first - m.first) <= TARGET_REACH
                and (text.same_sentence(t.first, m.first)
                     or (text.sentence[m.first] in pronouns
                         and abs(text.sentence[t.first] - text.sentence[m.first]) == 1)
                     or answers(text, t.first, m.first))
            ]  # fmt: skip
            if name == "hate_verb":
                # "Je ne déteste pas les X, je déteste les fanatiques": the X were the
                # object of the denial, and the second verb has an object of its own.
                denied = [o for o in scan.get(name) if o.first < m.first and text.negated(o)]
                near = [t for t in near if not any(o.last <= t.first < m.first for o in denied)]
            if name in _PREDICATED:
                # Said of the group, not just near it: "X sont des parasites", not "X
                # fuient des pays dangereux". A pronoun's sentence is judged by the pronoun.
                near = [t for t in near if not text.same_sentence(t.first, m.first)
                        or (said_of(text.keys, (t.first, t.last), (m.first, m.last))
                            and not hangs_on_noun(text, t.first, m.first))]  # fmt: skip
            if name == "slur":
                near = near or [m]  # a slur needs no other target
            if not near:
                continue
            if any(_countered(text, m, t) for t in near):
                analysis.countered = True
                continue
            score = _STRENGTH[name]
            analysis.findings.append(Finding(Category.HATE, score, f"hate.{name}", (near[0], m)))
            if name == "threat":
                analysis.findings.append(Finding(Category.THREAT, score, "threat.group", (m,)))
    for m in scan.get("slur_ambiguous"):
        others = [o for n in ("neg_attr", "dehum", "threat", "hate_verb", "insult")
                  for o in text.in_sentence(n, m.first)]  # fmt: skip
        lead = text.keys[m.first - 1] if m.first else ""
        if (others or lead in SLUR_LEAD or directed(text, m, reach=4)) and not (
            text.negated(m) or _countered(text, m, m)
        ):
            analysis.findings.append(
                Finding(Category.HATE, _STRENGTH["slur_ambiguous"], "hate.slur", (m, *others[:1]))
            )
    # Dog whistles name no group: the insinuation is the point ("je vous laisse deviner
    # quelle chance pour la France a fait ça"). Held for an editor, never rejected.
    for m in scan.get("dogwhistle"):
        if not (text.negated(m) or text.quoted[m.first] or _countered(text, m, m)):
            analysis.findings.append(Finding(Category.HATE, _STRENGTH["implicit"],
                                             "hate.dogwhistle", (m,)))  # fmt: skip


def _negated_target(text: Text, m: Match, targets: list[Match]) -> bool:
    """ "No woman deserves to die", "aucun immigré ne mérite ça": the group is negated."""
    for t in targets:
        if (
            0 < t.first < m.first
            and text.same_sentence(t.first, m.first)
            and text.keys[t.first - 1] in {"no", "not", "aucun", "aucune", "nul", "nulle"}
        ):
            return True
    return False


def _negative_follows(text: Text, m: Match) -> bool:
    names = ("threat", "neg_attr", "dehum", "hate_verb")
    return any(
        0 <= o.first - m.last <= 4 and text.same_sentence(o.first, m.first)
        for n in names for o in text.scan.get(n)
    )  # fmt: skip


def _named_people(original: str) -> list[int]:
    """Where capitalised names that do not merely start a sentence, and titles, begin."""
    out = [m.start() for m in _TITLES.finditer(original)]
    for m in _NAME.finditer(original):
        word = m.group(0).split()[0]
        before = m.start()  # the last character before the name that is not a space
        while before and original[before - 1].isspace():
            before -= 1
        sentence_start = (not before or original[before - 1] in ".!?:\n\"«") and not (
            _ABBREVIATED_TITLE.search(original, 0, before)  # "M. Petit" starts nothing
        )
        words = m.group(0).split()
        if word in _NOT_NAMES and len(words) >= 2 and words[1] not in _NOT_NAMES:
            # "Ce Pierre Martin est ...": the name starts at the second word.
            out.append(m.start() + m.group(0).index(words[1], len(word)))
            continue
        if word in _NOT_NAMES or (sentence_start and " " not in m.group(0)):
            continue
        out.append(m.start())
    return out


def _person_named(original: str) -> bool:
    """A title or a first and last name: "Mme Roux", "Pierre Martin". A lone capitalised
    word is as often a place, a firm or a feast ("Nantes", "SNCF", "Noël"), and swearing
    at one of those aims at no one."""
    if _TITLES.search(original):
        return True
    return any(
        len(words) >= 2 and words[0] not in _NOT_NAMES and words[1] not in _NOT_NAMES
        for words in (m.group(0).split() for m in _NAME.finditer(original))
    )


def _name_sentences(text: Text, starts: list[int]) -> set[int]:
    """The sentences (as token sentence numbers) that hold a name or a title."""
    norm = text.scan.normalized
    origin = [norm.offsets[t.start] if t.start < len(norm.offsets) else 0
              for t in text.scan.tokens]  # fmt: skip
    out = set()
    for pos in starts:
        i = bisect.bisect_left(origin, pos)
        if i < len(origin):
            out.add(text.sentence[i])
    return out


def _defamation(text: Text, analysis: Analysis, names: set[int]) -> None:
    # The accusation and the person in one sentence ("M. Durand a détourné ..."), or a
    # person named and then "il/elle" accused: a crime word in a comment that names
    # someone elsewhere ("toute fraude resterait détectable") accuses no one.
    # "relaxée", "cleared of": the sentence reports an acquittal, it accuses no one.
    cleared = {text.sentence[m.first] for m in text.scan.get("cleared")}
    accusations = [
        m for m in text.scan.get("accusation")
        if not text.negated(m) and text.sentence[m.first] not in cleared and (
            text.sentence[m.first] in names
            or (names and any(text.keys[i] in THIRD_SINGULAR for i in range(
                text.sentence_start(m.first), m.first)))
        )
    ]  # fmt: skip
    if accusations:
        analysis.findings.append(
            Finding(Category.DEFAMATION, 0.75, "defamation.named", tuple(accusations[:3]))
        )


def _custom(text: Text, analysis: Analysis) -> None:
    for m in text.scan.get("custom"):
        analysis.findings.append(Finding(Category.CUSTOM, 0.95, "custom.term", (m,)))


def analyse(scan: Scan, original: str) -> Analysis:
    """Every rule finding for one comment (hate, insult, threat, defamation, custom)."""
    text = Text(scan)
    analysis = Analysis()
    name_sentences = _name_sentences(text, _named_people(original))
    names = bool(name_sentences)
    analysis.targeted = bool(
        any(scan.get(n) for n in ("identity", "identity_adj", "second_person", "third_person"))
        or THIRD_SINGULAR.intersection(scan.keys)
        # A lone capitalised word is a person when something derogatory is said near it
        # ("Macron est une merde"); swearing near "Noël" or "SNCF" aims at no one.
        or (names and (_person_named(original)
                       or any(scan.get(n) for n in ("insult", "insult_weak", "dehum"))))
    )  # fmt: skip
    analysis.weak_to_you = any(text.in_sentence("second_person", m.first)
                               for n in ("insult_weak", "dehum") for m in scan.get(n))  # fmt: skip
    _hate(text, analysis)
    insult(text, analysis, names)
    threat(text, analysis, names)
    _defamation(text, analysis, name_sentences)
    _custom(text, analysis)
    return analysis
