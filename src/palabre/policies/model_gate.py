"""When a model's score may act on its own.

The toxicity model is trained on abusive forum data: it scores plain civic French, group
names and untargeted swearing higher than a newsroom would. The rules say when its score
may hold or reject a comment: corroborated by a rule or a derogatory word, aimed at
someone, not countered; and, in the doubt band, on short comments with French cues.

The newsroom model is trained on news comments we wrote (``training/data/written``): it
reads contempt for a group that has no telling word, and leans on group names. Its score
only ever holds a comment, inside :func:`newsroom_doubt`. The threat model, trained on
the threats among the same comments, holds a comment as a threat inside
:func:`threat_doubt`.
"""

from __future__ import annotations

from palabre.domain.moderation import ABUSE, Category
from palabre.policies.death_wishes import suffering_idiom
from palabre.policies.findings import Report
from palabre.policies.matches import Match
from palabre.policies.misfortune import wishes_get_well, wishes_recovery
from palabre.policies.normalize import squeeze
from palabre.policies.policy import ModelThresholds

#: Model score needed to hold a comment that names a group with no rule firing.
IDENTITY_ONLY_MODEL_SCORE = 0.8
#: Lexicon lists whose hit corroborates a model score: a derogatory or violent word.
#: Words that are ordinary in civil French ("nul": "match nul", "menace", "virus",
#: "inférieur", "je déteste les bouchons", "tuer le match") corroborate only through a
#: rule's finding (aimed at a group or a person, wished), not by being there.
_CRUDE = ("insult", "profanity")
_DEROGATORY = (*_CRUDE, "slur")
#: Model score needed to act with no derogatory word at all (and a target).
UNCORROBORATED_MODEL_SCORE = 0.9


def corroborated(report: Report) -> bool:
    """Whether something besides the model points at abuse: a rule or a derogatory word.

    A model trained on abusive forum data scores plain civic French ("les chiffres de
    l'Insee contredisent le maire") well above 0.5: its score alone must not hold a
    comment unless it is near certain.
    """
    if report.analysis.findings:
        return True
    lists = _CRUDE if report.analysis.slur_is_name else _DEROGATORY
    return any(report.scan.has(name) for name in lists)


#: The doubt band: a model score this high holds (never rejects) a short comment when
#: French cues corroborate it (the ``doubt`` list: sexual remarks, body shaming,
#: violence, name-calling; or "you" next to a weak insult or a dehumanising word).
DOUBT_MODEL_SCORE = 0.5
DOUBT_MAX_TOKENS = 60


def in_doubt_band(report: Report) -> bool:
    scan = report.scan
    if len(scan.tokens) > DOUBT_MAX_TOKENS or report.analysis.countered:
        return False  # long, reasoned comments are where the model errs on civil French
    if not report.analysis.crude_aimed and scan.has("profanity"):
        return False  # "j'en ai ras le cul de ces trains": swearing at a situation
    if report.analysis.slur_is_name:
        return False  # the doubtful word is a name: "la Pointe des Nègres"
    if report.analysis.doubt_at_things:
        return False  # "ce pull est moche"
    if any(not suffering_idiom(scan.keys, m) and not _crime_reported(report, m)
           for m in scan.get("doubt")):  # fmt: skip
        return True  # not "je crève de faim"
    # "you" in the weak word's sentence: in "Argument archi nul. Relisez la loi, vous ..."
    # the word is said of the argument.
    return report.analysis.weak_to_you


#: Doubt words that name a crime, and words of a report of one: "le procès des viols de
#: Mazan", "douze bêtes égorgées par les loups", "la torture : viols, exécutions".
_CRIMES = tuple(map(squeeze, ("viol", "meurtre", "egorg", "decapit")))
_REPORTED = frozenset(map(squeeze, {
    "proces", "condamne", "condamnes", "victime", "victimes", "police", "enquete",
    "tribunal", "guerre", "armee", "torture", "loups", "loup", "brebis", "troupeau",
    "assises", "plainte", "juges", "responsable", "survivantes", "temoignage", "perpete",
    "prison", "peine", "juge", "jail", "sentence", "sentenced", "trial", "court",
}))  # fmt: skip


def _crime_reported(report: Report, m: Match) -> bool:
    """A crime named in a report of it, with no "you" it could be aimed at."""
    scan = report.scan
    if not scan.keys[m.first].startswith(_CRIMES) or scan.has("second_person"):
        return False
    return not _REPORTED.isdisjoint(scan.keys)


def model_may_act(report: Report) -> bool:
    """Whether a model score alone may hold or reject a comment.

    Not when the rules read the same words as counter-speech or negation, and not when
    they saw crude words aimed at nobody: swearing with no target is not moderated.
    """
    analysis = report.analysis
    if analysis.countered:
        return False
    if not corroborated(report):
        p = report.toxicity or 0.0
        return analysis.targeted and len(report.scan.tokens) >= 6 and (
            p >= UNCORROBORATED_MODEL_SCORE)
    crude = report.scan.has("profanity") or any(
        f.category is Category.INSULT for f in analysis.findings
    )
    scan = report.scan
    if not analysis.findings and (scan.has("identity") or scan.has("identity_adj")):
        # Models trained on abusive data learn group names themselves as toxic: a
        # comment that only names a group needs a rule's reason, or a sure model.
        return (report.toxicity or 0.0) >= IDENTITY_ONLY_MODEL_SCORE
    if not analysis.targeted and len(report.scan.tokens) < 6:
        return False  # a few words aimed at no one: too little for a model to judge alone
    if crude and not analysis.findings and not analysis.crude_aimed:
        return False  # swearing whose sentence names no one, whoever the comment names
    return analysis.targeted or not crude


#: Words a comment needs before the newsroom model may hold it: its written sets taught
#: it that naming a group is half the way to abuse, which a short neutral sentence is not
#: ("Muslims are our neighbours." scores 0.94).
NEWSROOM_MIN_TOKENS = 12
#: Its longest written comment has 132 words as the scanner counts them: past this, a text
#: (an essay on a blog's topic) is unlike anything it learnt from, and its score says little.
NEWSROOM_MAX_TOKENS = 150


def newsroom_doubt(report: Report, threshold: float) -> bool:
    """Whether the newsroom model's score holds a comment for the editors.

    It reads what the rules cannot (a stereotype, sarcasm, contempt inside a reasoned
    comment) but also leans on group names: it acts on comments that name a group, are
    long enough to judge, that the rules do not read as counter-speech or negation, that
    condemn nothing, and whose derogatory words, if any, the rules have not already read
    and cleared.
    """
    p = report.newsroom
    if p is None or threshold >= 1.0 or p < threshold or report.analysis.countered:
        return False  # 1.0 turns the model off, even where a score rounds to 1.0
    scan = report.scan
    if not NEWSROOM_MIN_TOKENS <= len(scan.tokens) <= NEWSROOM_MAX_TOKENS:
        return False
    if scan.has("counter"):
        return False  # the writer condemns something ("je suis choqué qu'on ..."): the
        # rules tell counter-speech from its look-alikes, the model does not
    # A hate, insult or threat finding: the rules judged the comment's abuse themselves.
    judged = any(f.category in ABUSE for f in report.analysis.findings)
    if not judged and any(scan.has(name) for name in _CLEARED_BY_RULES):
        # The rules read a derogatory or violent word and found it aimed elsewhere ("rats
        # near the Traveller site", "the street is still dirty"): their reading wins.
        return False
    if not judged and report.analysis.plain_praise:
        return False  # "Les savants arabes nous ont donné l'algèbre": praise, said plainly
    return scan.has("identity") or scan.has("identity_adj")


#: Lists of words the rules judge by whom they are said of: with one of them in the
#: comment and no hate, insult or threat found, the rules have cleared it, and the model
#: does not overrule them (a defamation finding says nothing of those words). Not the
#: ``neg_attr`` adjectives ("lazy", "liars", "paresseux"): said of a group they are the
#: model's evidence, not a word the rules cleared; leave-one-set-out on the written sets,
#: deferring to them cost 0.4 to 3.6 points of abusive comments held and spared no civil one.
_CLEARED_BY_RULES = (
    "dehum", "insult", "insult_weak", "slur", "slur_ambiguous", "threat",
    "threat_direct", "hate_verb", "profanity",
)  # fmt: skip


#: Words a comment needs before the threat model may hold it: "on sait où tu habites" is
#: five, and fewer say too little to tell a threat from a figure of speech.
THREAT_MIN_TOKENS = 5


def threat_doubt(report: Report, threshold: float) -> bool:
    """Whether the threat model's score holds a comment as a threat for the editors.

    It reads veiled threats the rules have no verb for ("the hotel will burn one night",
    "on sait où tu habites"), whoever they aim at. The rules keep the last word on what
    they read as counter-speech, negation or condemnation ("threats like 'we know where
    you live' must be prosecuted").
    """
    p = report.threat
    if p is None or threshold >= 1.0 or p < threshold or report.analysis.countered:
        return False
    scan = report.scan
    if not THREAT_MIN_TOKENS <= len(scan.tokens) <= NEWSROOM_MAX_TOKENS:
        return False
    if scan.has("counter"):
        return False
    analysis = report.analysis
    if any(f.category is Category.THREAT for f in analysis.findings):
        return True
    # A violent verb the rules read and found aimed at no one ("strangle those
    # initiatives"): their reading wins. And sport is full of boasts the model reads as
    # threats ("on va les écraser samedi au stade").
    if scan.has("threat") or scan.has("threat_direct") or scan.has("sport"):
        return False
    if (scan.has("misfortune") and wishes_recovery(scan.keys)) or (
        scan.has("longing") and wishes_get_well(scan.keys)
    ):
        return False  # "j'espère qu'il se remettra vite de son AVC": a get-well wish
    # A threat is aimed at someone: a person, "you", a group ("I see the letter B on my
    # car" scores 0.90).
    return analysis.targeted or any(scan.has(name) for name in _SOMEONE)


#: Words that name someone a threat could aim at.
_SOMEONE = ("second_person", "role", "person_noun", "identity", "identity_adj")


def written_model_doubt(
    category: Category, report: Report, models: ModelThresholds
) -> tuple[str, float] | None:
    """The evidence signal and score of the model trained on our written comments that
    holds this category's check, if one does: ``newsroom`` for hate, ``threat`` for threats."""
    if category is Category.HATE and newsroom_doubt(report, models.newsroom_hold):
        return "model.newsroom", report.newsroom or 0.0
    if category is Category.THREAT and threat_doubt(report, models.threat_hold):
        return "model.threat", report.threat or 0.0
    return None
