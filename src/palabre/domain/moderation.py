"""What the moderation checks conclude, and the decision recorded with each comment."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Action(enum.StrEnum):
    """What happens to a comment. Ordered: a later member overrides an earlier one."""

    PUBLISH = "publish"
    HOLD = "hold"
    REJECT = "reject"

    @property
    def severity(self) -> int:
        return _SEVERITY[self]


_SEVERITY = {Action.PUBLISH: 0, Action.HOLD: 1, Action.REJECT: 2}


class Category(enum.StrEnum):
    HATE = "hate"
    INSULT = "insult"
    THREAT = "threat"
    DEFAMATION = "defamation"
    SPAM = "spam"
    CUSTOM = "custom"
    #: Structural rules (length, links, timing) that are neither abuse nor spam.
    RULES = "rules"


#: The categories of abuse aimed at people, which the toxicity and newsroom models score.
ABUSE = frozenset({Category.HATE, Category.INSULT, Category.THREAT})


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a check fired: a span of the text, or a named signal."""

    signal: str
    detail: str = ""
    start: int | None = None
    end: int | None = None

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"signal": self.signal}
        if self.detail:
            out["detail"] = self.detail
        if self.start is not None and self.end is not None:
            out["span"] = [self.start, self.end]
        return out


@dataclass(frozen=True, slots=True)
class Verdict:
    """One check's conclusion about one comment."""

    check: str
    action: Action
    category: Category
    score: float = 1.0
    evidence: tuple[Evidence, ...] = ()
    #: A message key for the commenter (``moderation.held.links`` ...), shown by the widget.
    message: str | None = None


def _weight(verdict: Verdict) -> tuple[bool, float]:
    found_by_rule = any(not e.signal.startswith("model.") for e in verdict.evidence)
    return found_by_rule, verdict.score


@dataclass(frozen=True, slots=True)
class Decision:
    """The pipeline's combined conclusion, stored with the comment as its audit record."""

    action: Action
    verdicts: tuple[Verdict, ...] = ()
    policy_version: str = "builtin"
    model_versions: dict[str, str] = field(default_factory=dict)

    @property
    def categories(self) -> list[str]:
        seen: dict[str, None] = {}
        for v in self.verdicts:
            if v.action is not Action.PUBLISH:
                seen[v.category.value] = None
        return list(seen)

    @property
    def scores(self) -> dict[str, float]:
        out: dict[str, float] = {}
        for v in self.verdicts:
            out[v.category.value] = max(out.get(v.category.value, 0.0), round(v.score, 4))
        return out

    @property
    def message(self) -> str | None:
        """The message of the verdict that decided: of those with the final action, one
        that a rule found (a model's score says less about what was wrong), then the
        highest score, then the first in the pipeline's order."""
        best: Verdict | None = None
        for v in self.verdicts:
            if v.message and v.action is self.action and (
                best is None or _weight(v) > _weight(best)
            ):
                best = v
        return best.message if best else None

    def as_record(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "categories": self.categories,
            "scores": self.scores,
            "checks": [
                {
                    "check": v.check,
                    "action": v.action.value,
                    "category": v.category.value,
                    "score": round(v.score, 4),
                    "evidence": [e.as_dict() for e in v.evidence],
                    **({"message": v.message} if v.message else {}),
                }
                for v in self.verdicts
            ],
            "policy_version": self.policy_version,
            "model_versions": dict(self.model_versions),
        }


def combine(
    verdicts: list[Verdict],
    *,
    policy_version: str = "builtin",
    model_versions: dict[str, str] | None = None,
) -> Decision:
    """The most severe action among the verdicts wins; no verdict means publish."""
    action = Action.PUBLISH
    for v in verdicts:
        if v.action.severity > action.severity:
            action = v.action
    return Decision(
        action=action,
        verdicts=tuple(verdicts),
        policy_version=policy_version,
        model_versions=dict(model_versions or {}),
    )
