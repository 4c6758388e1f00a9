"""What the rules found in one comment: the findings and the flags the models read."""

from __future__ import annotations

from dataclasses import dataclass, field

from palabre.domain.moderation import Category
from palabre.policies.lexicons import Match


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
