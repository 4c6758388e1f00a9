"""What the text checks conclude about one comment: the rules' findings, the flags the
models read, and the report that gathers them with the model scores."""

from __future__ import annotations

from dataclasses import dataclass, field

from palabre.domain.moderation import Category, Evidence
from palabre.policies.matches import Match, Scan

#: The score of a finding that holds a comment for the editors and never rejects it:
#: above the policies' hold threshold, below their reject threshold.
EDITORS_DECIDE = 0.75


@dataclass(frozen=True, slots=True)
class Finding:
    """One rule that fired: a category, how sure, which words."""

    category: Category
    score: float
    signal: str
    matches: tuple[Match, ...]


@dataclass(slots=True)
class Analysis:
    findings: list[Finding] = field(default_factory=list)
    #: Counter-speech or negation neutralised a derogatory phrase: models must not
    #: overrule that on the strength of the same words.
    countered: bool = False
    #: A protected group is named (used to tell hate from insult in model scores).
    identity: bool = False
    #: Someone is addressed or named: a group, "you", "they", "he", a name. A model
    #: score alone never flags a comment without a target: swearing at nobody is fine.
    targeted: bool = False
    #: "You" in the sentence of a weak insult or a dehumanising word: a cue that lets a
    #: doubtful model score hold a comment.
    weak_to_you: bool = False
    #: A crude word (swearing, an insult, a dehumanising word) shares its sentence with
    #: someone; without that, a model score alone does not act on the swearing ("Putain,
    #: 46 degrés à Séville en juin. On est dans la merde.").
    crude_aimed: bool = False
    #: A short comment praises plainly, with no mark of sarcasm ("Les savants arabes nous
    #: ont donné l'algèbre"): the newsroom model, which leans on group names, does not
    #: hold it.
    plain_praise: bool = False
    #: Every word of the model's doubt list is said of a thing ("ce pull est moche"): no
    #: cue that the model's doubt is about a person.
    doubt_at_things: bool = False
    #: A slur word the rules read as part of a name ("M. Lenègre", "le Negresco"): it
    #: corroborates no model score.
    slur_is_name: bool = False


@dataclass(slots=True)
class Report:
    """Everything the text checks conclude about one comment, computed once."""

    scan: Scan
    analysis: Analysis
    toxicity: float | None
    spam: float
    spam_evidence: list[Evidence]
    spam_model: float | None
    #: Every link goes to an allowed domain: the spam model, which reads any link as a
    #: hint, does not hold the comment on its own.
    cites_allowed_sources: bool = False
    #: The ``newsroom`` model's score (news comments we wrote), when it is shipped.
    newsroom: float | None = None
    #: The ``threat`` model's score (the threats among those comments), when it is shipped.
    threat: float | None = None
