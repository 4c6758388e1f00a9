"""A protected group blamed for a society's ills: "Le chômage a explosé depuis que les X
sont arrivés", "La Sécu est en faillite à cause des X", "Knife crime is down to the X",
"Our high street went downhill the moment the X moved in".

No word in it is derogatory: the cause is the claim. The group stands right after a
word of cause ("à cause des", "because of the", "depuis que les", "the moment the") or
is the subject of a verb of cause ("les X ont ruiné", "X caused"), and the sentence
names an ill (unemployment, crime, debt, a disease). Blaming banks, landlords or a
government is no hate, and neither is a group's own suffering ("les migrants meurent à
cause des passeurs"). Held for the editors, never rejected.
"""

from __future__ import annotations

from palabre.domain.moderation import Category
from palabre.policies.findings import EDITORS_DECIDE, Analysis, Finding
from palabre.policies.matches import Match
from palabre.policies.mention import reported_before
from palabre.policies.normalize import squeeze
from palabre.policies.phrases import phrase_at, phrase_set
from palabre.policies.sentences import NEGATING, Text

#: Words of cause right before the group (its article allowed between).
_CAUSES = frozenset(tuple(map(squeeze, p.split())) for p in (
    "a cause des", "a cause de", "a cause d", "la faute des", "la faute aux", "on le doit aux",
    "depuis que les", "depuis que des", "depuis l arrivee des", "avec l arrivee des",
    "pour payer les", "c est les", "ce sont les", "parce que les", "because of", "because of the",
    "because of all the", "down to the", "due to the", "thanks to the", "came from the",
    "the moment the", "started when the", "since the", "blame the", "cost of housing",
    "the cost of", "la faute a", "a explose avec", "avec l immigration", "the minute",
    "the minute the", "depuis qu on a laisse", "because we let in", "venait des",
    "vient des", "we let in", "because the", "because", "parce que des", "versees aux",
    "verses aux", "allocs des",
    "the reason is", "c est parce que les", "part dans", "demandez aux", "ask the",
    "down to", "due to", "thanks to", "the fault of", "up when the", "rose when the",
    "when the", "was the", "were the", "was", "were", "c etait les", "c etait des",
    "comes from the", "comes from", "all comes from", "once the", "is the", "c est clairement les",
    "c est clairement des", "vient de chez les", "vient des",
    "ruined by", "destroyed by", "wrecked by", "bled dry by", "bankrupted by", "overrun by",
    "ruines par", "ruinees par", "ruine par", "detruit par", "detruits par", "plombe par",
    "plombes par", "on la doit aux", "on les doit aux", "on doit aux",
))  # fmt: skip
#: Thanks that are blame when a list of ills comes first and the group ends the sentence:
#: "Inflation, crise du logement, violences : merci les migrants."
_THANKS = phrase_set("merci les", "merci aux", "thank you", "thanks")
_ARTICLES = frozenset(map(squeeze, {"les", "des", "the", "all", "ces", "those", "tous", "de",
                                    "d", "l", "la", "le"}))  # fmt: skip
_AND = frozenset(map(squeeze, {"et", "and", "ou", "or"}))
#: Nouns a group word may qualify and still name the group's people.
_HEADS = frozenset(map(squeeze, {"meres", "peres", "familles", "femmes", "hommes", "jeunes",
                                 "lobby", "communaute", "families", "mothers", "gangs",
                                 "community", "youths", "etudiants", "students", "enfants",
                                 "gamins", "gosses", "kids", "children"}))  # fmt: skip
#: "(à cause des enfants) d'(immigrés)": the people of the group, by their parents.
_OF = frozenset(map(squeeze, {"d", "de", "of"}))
#: Verbs of cause after the group: "les X ont ruiné", "X caused", "the X lobby is why".
_CAUSING = tuple(map(squeeze, (
    "responsable", "provoqu", "ruin", "caus", "detrui", "destroy", "pervert", "font fuir",
    "ramen", "refil", "plomb", "why", "reason", "behind", "rafl", "unleash", "undercut",
    "flooding", "flood", "took every", "halved", "font exploser", "font fuir",
)))  # fmt: skip
#: Ills of a society.
ILLS = tuple(map(squeeze, (
    "chomage", "insecurit", "crise", "crisis", "cambriol", "burglar", "agression", "crime",
    "violence", "faillite", "bankrupt", "debt", "dette", "impot", "taxes", "salaire",
    "wages", "logement", "housing", "waiting", "dangereu", "danger", "virus", "covid",
    "maladie", "disease", "natalit", "downhill", "collaps", "failing", "ruin",
    "fuir", "niveau", "crash", "delinquan", "messed", "pervert", "detrui", "destroy",
    "promoted", "boulot", "job", "jobs", "emploi", "queue", "securite", "secu", "nhs",
    "urgences", "deborde", "hopital", "hospital", "rent", "loyer", "laicite", "school",
    "mental health", "sida", "aids", "trafic", "drogue", "drug", "emeute", "riot", "rsa",
    "alloc", "services publics", "fraud", "grooming", "terror", "appart", "hlm", "flat",
    "mineurs", "knife", "infirmi", "nurse", "chers", "expensive", "prices", "loyers",
    "gp", "appointment", "gale", "scabies", "tuberculose", "tuberculosis", "hopitaux",
    "inflation",
)))  # fmt: skip
#: An ill that falls: "Crime fell because the X set up youth clubs".
#: ("baisse" and "better" are left out: "la baisse du niveau", "better off without them".)
_BETTER = frozenset(map(squeeze, {"fell", "falls", "dropped", "drops", "decreased", "declined",
                                  "improved", "improves", "recule", "reculent", "diminue",
                                  "diminuent", "creent", "create", "created", "helped",
                                  "aident", "survived", "saved", "sauve", "sauvee",
                                  "sauves", "livelier", "safer", "happier", "richer",
                                  "friendlier", "stronger", "anime", "animee", "vivant",
                                  "vivante"}))  # fmt: skip
#: A group's own suffering: what the sentence says befalls it.
SUFFERING = tuple(map(squeeze, ("meur", "die", "mort", "noy", "drown", "victim", "discrimin",
                                "expuls", "exploit", "abus", "harcel", "attaqu", "tue",
                                "killed", "harass", "underpaid", "priced")))  # fmt: skip


def blame(text: Text, analysis: Analysis, groups: list[Match]) -> None:
    keys = text.keys
    for t in groups:
        start, end = text.sentence_start(t.first), text.sentence_end(t.first)
        words = keys[start:end]
        if _answers_the_ills(text, t, start, end):
            # "Housing crisis? NHS waiting lists? It's the immigrants."
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.blame", (t,)))
            return
        if _thanked(text, t, start, end):
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.blame", (t,)))
            return
        if not any(k.startswith(ILLS) for k in words):
            continue
        if any(k.startswith(SUFFERING) or k in _BETTER for k in words):
            continue  # their own suffering, or the ill getting better thanks to them
        if text.negated(t) or text.counter_in_sentence(t.first) or text.quoted[t.first]:
            continue
        if text.question[text.sentence[t.first]] or reported_before(text, t.first):
            continue  # "Un député a dit que les X ramènent ...": his claim, reported
        if _caused_by(keys, t, start) or _causing(keys, t, end):
            analysis.findings.append(Finding(Category.HATE, EDITORS_DECIDE, "hate.blame", (t,)))
            return


#: A short sentence that names the culprit of the ills listed before it.
_IT_IS = phrase_set("c est", "ce sont", "it s", "its", "it is")


def _answers_the_ills(text: Text, t: Match, start: int, end: int) -> bool:
    keys = text.keys
    if end - start > 8 or start == 0 or not phrase_at(keys, start, _IT_IS):
        return False
    if text.negated(t) or text.counter_in_sentence(t.first):
        return False
    before = text.sentence_start(start - 1)
    before = text.sentence_start(before - 1) if before > 0 else before
    ills = sum(k.startswith(ILLS) for k in keys[before:start])
    return ills >= 2 and not any(k.startswith(SUFFERING) for k in keys[before:end])


def _caused_by(keys: list[str], t: Match, start: int) -> bool:
    lead = head = t.first
    if lead - 1 > start and keys[lead - 1] in _HEADS:
        lead = head = lead - 1  # "à cause des mères africaines", "because of the LGBT lobby"
    elif lead - 2 > start and keys[lead - 1] in _OF and keys[lead - 2] in _HEADS:
        lead = head = lead - 2  # "à cause des enfants d'immigrés"
    while lead > start and keys[lead - 1] in _ARTICLES:
        lead -= 1
    # "à cause des frontaliers et des Portugais": the cause reaches the second of two.
    if lead - 2 > start and keys[lead - 1] in _AND:
        back = lead - 2
        while back > start and keys[back] not in _ARTICLES and lead - back < 4:
            back -= 1
        if keys[back] in _ARTICLES:
            head = back + 1  # "(à cause des) frontaliers": the phrase keeps its article
    return any(tuple(keys[i:j]) in _CAUSES and not (i > start and keys[i - 1] in NEGATING)
               for j in (lead, head, t.first)
               for i in range(max(start, j - 5), j))  # fmt: skip


def _thanked(text: Text, t: Match, start: int, end: int) -> bool:
    """Mock thanks after the ills: the thanks open the last clause, the group ends it,
    and two ills come before, in its sentence or the one before ("Inflation, violences :
    merci les migrants")."""
    keys = text.keys
    if t.last < end - 1 or text.negated(t) or text.counter_in_sentence(t.first):
        return False
    lead = next((i for i in range(max(start, t.first - 3), t.first)
                 if phrase_at(keys, i, _THANKS)), None)  # fmt: skip
    if lead is None:
        return False
    first = text.sentence_start(start - 1) if lead == start and start > 0 else start
    return sum(k.startswith(ILLS) for k in keys[first:lead]) >= 2


def _causing(keys: list[str], t: Match, end: int) -> bool:
    """The group is the subject of a verb of cause, a few words after it, not denied
    ("les X ne sont pas responsables du chômage")."""
    after = keys[t.last : min(end, t.last + 4)]
    for k in after:
        if k in NEGATING:
            return False
        if k.startswith(_CAUSING):
            return True
    return False

