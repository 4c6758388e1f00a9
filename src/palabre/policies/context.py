"""Reading lexicon matches in context: who is targeted, and whether it is meant.

A derogatory word is not hate speech by itself. This module decides, sentence by
sentence, whether it is aimed at a protected group (hate), at the reader (insult,
threat), or at a named person (defamation), and it refuses to flag what HateCheck
calls counter-speech (quoting or reporting hate to condemn it), negated hate ("I don't
hate ..."), positive statements about a group, and swearing with no target.
"""

from __future__ import annotations

from functools import partial

from palabre.domain.moderation import Category
from palabre.policies.address import FIRST_PERSON, THIRD_SINGULAR, insult
from palabre.policies.aims import crude_aimed
from palabre.policies.ambiguous_slurs import ambiguous_slurs
from palabre.policies.animals import spare_animals
from palabre.policies.apposition import apposed
from palabre.policies.backhanded import backhanded
from palabre.policies.blame import blame
from palabre.policies.collective import charged_to_all
from palabre.policies.conspiracy import conspiracy, replacement
from palabre.policies.counter import approved, countered
from palabre.policies.crowds import crowds
from palabre.policies.defamation import defamation
from palabre.policies.denial import denial
from palabre.policies.denials import (
    answered_no,
    claim_denied,
    indispensable,
    negated_target,
    negating_prefix,
    negative_follows,
    regarded_otherwise,
)
from palabre.policies.disclaimers import disclaimer
from palabre.policies.exclusive import exclusive
from palabre.policies.expulsion import expulsion
from palabre.policies.findings import Analysis, Finding
from palabre.policies.generalised import generalised
from palabre.policies.gloating import gloating
from palabre.policies.groups import announced, group_mentions, not_victims
from palabre.policies.in_group import names_oneself, said_of_oneself
from palabre.policies.incredulity import incredulity
from palabre.policies.innuendo import innuendo
from palabre.policies.insinuation import insinuation
from palabre.policies.irony import mock_praise, plain_praise, sarcasm
from palabre.policies.jokes import jokes
from palabre.policies.loaded import loaded_question
from palabre.policies.matches import Match, Scan
from palabre.policies.measures import but_they_are, measured
from palabre.policies.mention import (
    LIKE,
    after_word_noun,
    named_as_word,
    named_in_quotes,
    not_used,
    quoted,
    said_of_clause,
    suffered,
    talks_of_words,
)
from palabre.policies.misfortune import misfortune
from palabre.policies.names import name_sentences, named_people, person_named, surname
from palabre.policies.normalize import squeeze
from palabre.policies.normative import normative_violence
from palabre.policies.personal import personal
from palabre.policies.places import places
from palabre.policies.praise import praise_elsewhere, twice_denied
from palabre.policies.predication import (
    acted_on,
    answers,
    compared,
    hangs_on_noun,
    listed_after,
    said_of,
)
from palabre.policies.primates import primates
from palabre.policies.pseudoscience import pseudoscience
from palabre.policies.questions import rhetorical_contempt
from palabre.policies.refusal import refused, refused_as, shunned
from palabre.policies.reported import called_by_others, reported_calling
from palabre.policies.rights import denied_rights
from palabre.policies.sentences import Text
from palabre.policies.slogans import slogans
from palabre.policies.teasing import teasing
from palabre.policies.things import doubt_at_things
from palabre.policies.threats import at_speaker, threat
from palabre.policies.treatment import wished_as_animal
from palabre.policies.typical import typical
from palabre.policies.universal import praised_all, universal
from palabre.policies.unnamed import unnamed
from palabre.policies.verdicts import pointing_back
from palabre.policies.weapons import armed
from palabre.policies.whistles import dog_whistles
from palabre.policies.wishes import (
    offenders_only,
    ordered_or_vowed,
    past_its_subject,
    their_own_wish,
    wished,
)

#: Lists whose word must be said of the group (see ``predication``), not merely near it.
_PREDICATED = frozenset({"dehum", "neg_attr", "insult", "profanity"})
#: How far (in words) a group name may be from its insult.
TARGET_REACH = 15
_STRENGTH = {
    "slur": 0.97, "dehum": 0.95, "threat": 0.95, "hate_verb": 0.92, "neg_attr": 0.9,
    "profanity": 0.88, "insult": 0.9, "positive": 0.85, "slur_ambiguous": 0.85,
    "implicit": 0.75,  # below the reject threshold: an editor decides
}  # fmt: skip


#: The speaker's own hatred: "j'ai une haine", "ma haine", "I have a hatred", "I feel".
_MINE = frozenset(map(squeeze, {"ai", "ma", "mon", "have", "my", "feel", "ressens"}))


def _hated(text: Text, m: Match, mentions: list[Match]) -> list[Match]:
    """ "J'ai une haine viscérale envers les X": the group right after the hatred and its
    preposition is what is hated, not a victim of someone else."""
    if m.list != "hate_verb" or not _MINE.intersection(text.keys[max(0, m.first - 3) : m.first]):
        return []  # "La haine envers les X augmente", "écœuré de la haine contre les X"
    preps = [p for p in text.scan.get("victim_prep") if 0 <= p.first - m.last <= 1]
    return [t for t in mentions if any(0 <= t.first - p.last <= 1 for p in preps)]


def _hate(text: Text, analysis: Analysis) -> list[Match]:
    """Hate findings; returns the groups targeted (named, not as victims)."""
    scan = text.scan
    mentions = group_mentions(text)
    # The writer's own group is no target: "En tant que handicapé, j'en ai marre qu'on ..."
    targets = [t for t in not_victims(text, mentions) if not names_oneself(text, t)]
    # A wished threat may also aim at a place of worship: "brûler cette mosquée".
    threatened = mentions + list(scan.get("worship"))
    analysis.identity = bool(targets)
    pointing_read: list[set[int]] = []  # read only when a word needs it

    def pointing() -> set[int]:
        if not pointing_read:
            pointing_read.append(pointing_back(text))
        return pointing_read[0]

    for name in ("slur", "dehum", "threat", "hate_verb", "neg_attr", "implicit", "insult",
                 "profanity", "positive"):  # fmt: skip
        for m in scan.get(name):
            negated = (text.negated(m) or negated_target(text, m, targets)
                       or regarded_otherwise(text, m) or answered_no(text, m))  # fmt: skip
            if name == "slur" and negated and not named_as_word(text, m):
                # A slur is used, not denied, under a negation: "without tripping over
                # <slur>"; "I'd never call anyone a <slur>" speaks of the word.
                negated = False
            if name == "positive":
                # "inintégrables": the praise denied by its prefix, unless denied again.
                negated = (negated != negating_prefix(text, m)) or _unable_to(text, m)
                if negated and indispensable(text, m):
                    negated = False  # "sans les X, le BTP s'arrêterait": praise
                if negated and claim_denied(text, m):
                    # "Je refuse de croire que les X soient moins honnêtes": the denial
                    # takes back the "moins"; what is left praises nobody and blames no one.
                    analysis.countered = True
                    continue
                if not negated and refused_as(text, m, targets):
                    continue  # "jamais accepter les X comme mes égaux": a refusal
                if not negated:
                    # "X are beautiful": a positive statement, never flagged, and a model
                    # that reads only the group's name must not overrule it. Unless the
                    # praise is the mock praise of a sarcasm ("Great news, more X 😏"),
                    # or an adverb or a formula ("on le voit bien", "good luck").
                    if not mock_praise(text, m) and not praise_elsewhere(text, m, targets):
                        analysis.countered = analysis.countered or bool(targets)
                    continue
                if negative_follows(text, m) or praised_all(text, m) or twice_denied(text, m):
                    analysis.countered = True
                    continue  # "do not deserve to be tortured": a double negative
            elif negated:
                analysis.countered = analysis.countered or bool(targets)
                continue
            if name == "threat" and (not wished(text, m, threatened) or at_speaker(text, m)
                                     or offenders_only(text, m)):
                continue  # violence mentioned, not wished, or on the speaker
            if name in ("threat", "implicit") and their_own_wish(text, m):
                continue  # "they want to go back home as soon as it's safe"
            if name == "neg_attr" and measured(text.keys, m):
                continue  # "un taux d'emploi inférieur à l'obligation légale de 6 %"
            if name == "hate_verb" and ((m.last < len(text.keys) and text.keys[m.last] in LIKE)
                                        or suffered(text, m)):  # fmt: skip
                continue  # "obvious hate like '...'", "je me sens rejeté": no one hates
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
                or ordered_or_vowed(text.keys, m.first, text.sentence_start(m.first))
            )
            near = [
                t for t in (threatened if wish_first else targets + _hated(text, m, mentions)
                           + [g for g in mentions if but_they_are(text, g, m)])
                if abs(t.first - m.first) <= TARGET_REACH and not past_its_subject(text, m, t)
                and (text.same_sentence(t.first, m.first)
                     or (text.sentence[m.first] in pointing()
                         and abs(text.sentence[t.first] - text.sentence[m.first]) == 1)
                     or answers(text, t.first, m.first)
                     or announced(text.keys, t, m))
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
                            and not hangs_on_noun(text, t.first, m.first)
                            and not said_of_clause(text, t, m)
                            and not acted_on(text, t))
                        or (name in ("dehum", "neg_attr") and apposed(text, t, m))
                        or (name == "dehum" and compared(text.keys, t, m))
                        or (name == "dehum" and wished_as_animal(text, t, m))
                        or but_they_are(text, t, m)
                        or listed_after(text, t, m)
                        or announced(text.keys, t, m)]  # fmt: skip
                if near and all(reported_calling(text, t, m) for t in near):
                    # "Le gouvernement turc traite les Kurdes de terroristes": reported.
                    analysis.countered = True
                    continue
            if name in _NAMEABLE and (named_in_quotes(text, m) or after_word_noun(text, m)) and (
                not approved(text, m)  # "comme on dit, « ... », et l'actualité le prouve"
            ):
                # "le mot « youpin »", "the fan who yelled 'Paki' was banned", "comments
                # here call them 'lazy'": the word is named, not said of anyone.
                analysis.countered = True
                continue
            if name == "slur":
                if not_used(text, m) or called_by_others(text, m):
                    analysis.countered = True
                    continue
                if surname(text, m):
                    analysis.slur_is_name = True
                    continue  # "Nicolas Lenègre, le nouvel arbitre"
                near = near or [m]  # a slur needs no other target
            if not near:
                continue
            if any(countered(text, m, t) for t in near) and (
                # A slur said outside quotes, in a sentence that is not about words, is
                # used: "arbitrage scandaleux, le <slur> a simulé" condemns the referee.
                name != "slur" or quoted(text, m) or talks_of_words(text, m)
            ) and not (name == "dehum" and wished_as_animal(text, near[0], m)):  # fmt: skip
                analysis.countered = True
                continue
            score = _STRENGTH[name]
            analysis.findings.append(Finding(Category.HATE, score, f"hate.{name}", (near[0], m)))
            if name == "threat":
                analysis.findings.append(Finding(Category.THREAT, score, "threat.group", (m,)))
    ambiguous_slurs(text, analysis, _STRENGTH["slur_ambiguous"])
    slogans(text, analysis, targets, _STRENGTH["neg_attr"], _STRENGTH["implicit"])
    dog_whistles(text, analysis)
    return targets


#: "incapables de vivre comme des humains": the praise is what the group cannot reach.
_UNABLE = frozenset(map(squeeze, {"incapable", "incapables", "unable", "inaptes", "inapte"}))


def _unable_to(text: Text, m: Match) -> bool:
    start = max(text.sentence_start(m.first), m.first - 6)
    return not _UNABLE.isdisjoint(text.keys[start : m.first])


#: What a sentence may name as a word rather than say.
_NAMEABLE = frozenset({"slur", "dehum", "neg_attr", "insult", "profanity", "threat", "implicit",
                       "positive", "hate_verb"})


def _custom(text: Text, analysis: Analysis) -> None:
    for m in text.scan.get("custom"):
        analysis.findings.append(Finding(Category.CUSTOM, 0.95, "custom.term", (m,)))


def analyse(scan: Scan, original: str) -> Analysis:
    """Every rule finding for one comment (hate, insult, threat, defamation, custom)."""
    text = Text(scan)
    analysis = Analysis()
    starts, person_starts = named_people(original)
    named = name_sentences(text, starts)
    names = bool(named)
    person = person_named(original)
    analysis.targeted = bool(
        any(scan.get(n) for n in ("identity", "identity_adj", "second_person", "third_person"))
        or THIRD_SINGULAR.intersection(scan.keys)
        # A lone capitalised word is a person when something derogatory is said near it
        # ("Macron est une merde"); swearing near "Noël" or "SNCF" aims at no one.
        or (names and (person or any(scan.get(n) for n in ("insult", "insult_weak", "dehum"))))
    )  # fmt: skip
    analysis.weak_to_you = any(text.in_sentence("second_person", m.first)
                               for n in ("insult_weak", "dehum") for m in scan.get(n))  # fmt: skip
    if analysis.weak_to_you and teasing(text):
        analysis.weak_to_you = False  # "t'es nul à FIFA mon pote ❤️"
    persons_named = named if person else set()
    analysis.crude_aimed = crude_aimed(text, persons_named)
    analysis.plain_praise = plain_praise(text)
    analysis.doubt_at_things = doubt_at_things(text)
    targets = _hate(text, analysis)
    denial(text, analysis)
    if not analysis.findings:
        gloating(text, analysis)
    if not analysis.countered:
        sarcasm(text, analysis, targets + list(scan.get("worship")))
    if not analysis.findings and not analysis.countered:
        unnamed(text, analysis)
    if not analysis.findings and not analysis.countered:
        primates(text, analysis)
    if not analysis.findings:
        jokes(text, analysis, targets)
    if not analysis.findings and not analysis.countered:
        crowds(text, analysis)
    if not analysis.findings and not analysis.countered:
        insinuation(text, analysis, targets)
        refused(text, analysis, targets)
        if not analysis.findings:
            shunned(text, analysis, targets)
    if not analysis.findings:
        loaded_question(text, analysis, targets)
        normative_violence(text, analysis, targets)
    if not analysis.findings:
        pseudoscience(text, analysis, targets)
    if not analysis.findings and not scan.has("counter"):
        # Not held back by "countered": the scorn is often a refusal ("No thanks, not
        # with my kids"), which reads as a negation.
        incredulity(text, analysis)
    if not analysis.findings:
        # Before "countered" can excuse it: the denied prejudice is a counter word.
        disclaimer(text, analysis, targets)
    if not analysis.findings:
        # Words of worth read as praise ("confiance", "smart"): here they derogate.
        rhetorical_contempt(text, analysis, targets)
        backhanded(text, analysis, targets)
        if not analysis.findings:
            generalised(text, analysis, targets)
    if not analysis.findings:
        universal(text, analysis, targets)  # before countered: the negation is the claim
    # What is said of a group, tried in turn until one finds it; none once the comment
    # reads as counter-speech.
    group_claims = (
        partial(blame, text, analysis, targets), partial(expulsion, text, analysis),
        partial(conspiracy, text, analysis), partial(replacement, text, analysis, targets),
        partial(exclusive, text, analysis, targets), partial(typical, text, analysis, targets),
        partial(denied_rights, text, analysis, targets),
    )  # fmt: skip
    for claim in group_claims:
        if analysis.findings or analysis.countered:
            break
        claim()
    if not analysis.findings and not analysis.countered:
        charged_to_all(text, analysis)
    if any(said_of_oneself(text, g) for n in ("slur_ambiguous", "slur", "doubt")
           for g in scan.get(n)):  # fmt: skip
        analysis.countered = True  # "Nous les feujs de Sarcelles": the writer's own word
    insult(text, analysis, names)
    if not analysis.findings:
        personal(text, analysis, persons_named)
    if not analysis.findings and not analysis.countered:
        innuendo(text, analysis)
    threat(text, analysis, names)
    if not any(f.category is Category.THREAT for f in analysis.findings):
        misfortune(text, analysis, named)
    if not any(f.category is Category.THREAT for f in analysis.findings):
        armed(text, analysis, names)
    if not analysis.findings and not analysis.countered:
        places(text, analysis)
    # Only a person can be defamed: "les Russes de Nice" name a people and a city.
    persons = named if person_starts is starts else name_sentences(text, person_starts)
    defamation(text, analysis, persons, person)
    spare_animals(text, analysis, names)
    _custom(text, analysis)
    return analysis
