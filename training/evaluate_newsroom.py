"""What the newsroom and threat models add to the engine, on subjects they never saw.

Run from the repository root (one to three minutes):

    .venv/bin/python training/evaluate_newsroom.py

Leave-one-set-out over ``training/data/written/``: each set is decided by the whole
engine (rules, the shipped toxicity and spam models, and the policy's gates) three times:
with neither model, with a newsroom model trained without that set, and with both
models trained without it. Prints, per language and kind of set, the share of abusive
comments flagged (hold or reject) and of civil comments flagged, as
docs/moderation-eval.md reports them.
"""

from __future__ import annotations

import sys
from pathlib import Path

from palabre.domain.moderation import Action
from palabre.domain.sites import Language, Site
from palabre.policies import datasets
from palabre.policies.base import CheckContext, Pipeline, Submission
from palabre.policies.classifiers import LinearModel, shipped_models
from palabre.policies.datasets import Example
from palabre.policies.engine import build_pipeline, load_policy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_newsroom import THREAT, real_civil, train, written_sets


def flagged(
    examples: list[Example], models: dict[str, LinearModel], cutoff: float | None = None
) -> list[bool]:
    pipelines: dict[str, Pipeline] = {}
    out = []
    for ex in examples:
        if ex.lang not in pipelines:
            policy = load_policy(None, ex.lang)
            if cutoff is not None:
                thresholds = policy.models.model_copy(update={"newsroom_hold": cutoff})
                policy = policy.model_copy(update={"models": thresholds})
            pipelines[ex.lang] = build_pipeline(policy, models)
        site = Site(id="eval", name="eval", language=Language(ex.lang))
        decision = pipelines[ex.lang].decide(
            Submission(text=ex.text, lang=ex.lang), CheckContext(site=site)
        )
        out.append(decision.action is not Action.PUBLISH)
    return out


def main() -> None:
    if not datasets.available():
        sys.exit(f"no data at {datasets.data_dir()}")
    # An optional cut-off in place of the policy's, to compare: evaluate_newsroom.py 0.9
    cutoff = float(sys.argv[1]) if len(sys.argv) > 1 else None
    sets = written_sets()
    threat_sets = written_sets(THREAT)
    civil = real_civil()
    rules_only = {k: m for k, m in shipped_models().items() if k not in ("newsroom", "threat")}
    rows: dict[tuple[str, str], list[tuple[int, bool, bool, bool]]] = {}
    for name, held_out in sets.items():
        newsroom = train([ex for other, xs in sets.items() if other != name for ex in xs], civil)
        threat = train(
            [ex for other, xs in threat_sets.items() if other != name for ex in xs], civil, THREAT
        )
        without = flagged(held_out, rules_only)
        with_newsroom = flagged(held_out, {**rules_only, "newsroom": newsroom}, cutoff)
        both = {**rules_only, "newsroom": newsroom, "threat": threat}
        with_both = flagged(held_out, both, cutoff)
        group = ("minimal pairs" if name.startswith("pairs")
                 else "focus sets" if name.startswith("focus") else "subject sets")  # fmt: skip
        for ex, *results in zip(held_out, without, with_newsroom, with_both, strict=True):
            rows.setdefault((ex.lang, group), []).append((ex.label, *results))
    print("| written sets | n | abusive flagged: none -> newsroom -> both | civil flagged |")
    print("|---|---|---|---|")
    for (lang, group), items in sorted(rows.items(), key=lambda kv: (kv[0][0] != "fr", kv[0][1])):
        abusive = [r[1:] for r in items if r[0] == 1]
        civil_rows = [r[1:] for r in items if r[0] == 0]

        def shares(results: list[tuple[bool, ...]]) -> str:
            n = max(1, len(results))
            return " -> ".join(f"{100 * sum(r[i] for r in results) / n:.1f} %" for i in range(3))

        print(f"| {lang.upper()}, {group} | {len(items):,} | {shares(abusive)} | "
              f"{shares(civil_rows)} |")  # fmt: skip


if __name__ == "__main__":
    main()
