"""What the rule tests ask of the engine: the action it takes on one comment, and, for the
model gates, an engine under a changed policy and the report behind a decision."""

from __future__ import annotations

from palabre.policies.base import Submission
from palabre.policies.engine import Engine, classify_record, load_policy
from palabre.policies.findings import Report


def action(text: str, lang: str = "fr") -> str:
    """``publish``, ``hold`` or ``reject`` for ``text``, as ``palabre classify`` decides."""
    return str(classify_record({"id": "t", "text": text, "lang": lang})["action"])


def engine_with(lang: str, *, disabled: str | None = None, **thresholds: float | None) -> Engine:
    """The shipped policy for ``lang``, with model thresholds replaced (``newsroom_hold=1.0``;
    ``None`` keeps the shipped one) and one category turned off."""
    policy = load_policy(None, lang)
    changed = {k: v for k, v in thresholds.items() if v is not None}
    if changed:
        policy = policy.model_copy(update={"models": policy.models.model_copy(update=changed)})
    if disabled is not None:
        off = getattr(policy.categories, disabled).model_copy(update={"enabled": False})
        categories = policy.categories.model_copy(update={disabled: off})
        policy = policy.model_copy(update={"categories": categories})
    return Engine(policy)


def decide(engine: Engine, text: str, lang: str, signal: str) -> tuple[str, list[str], bool]:
    """The action, the categories, and whether evidence ``signal`` ("model.threat") is there."""
    out = engine.classify({"id": "t", "text": text, "lang": lang})
    return out["action"], out["categories"], any(e.get("signal") == signal for e in out["evidence"])


def report_of(text: str, lang: str) -> Report:
    """What the engine's text checks conclude about ``text`` under the shipped policy."""
    analyzer = engine_with(lang).pipeline.checks[1].analyzer  # type: ignore[attr-defined]
    report: Report = analyzer.report(Submission(text=text, lang=lang, site_id="t"), lang)
    return report
