"""Train the shipped ``newsroom`` and ``threat`` models from the news comments we wrote.

Run from the repository root:

    .venv/bin/python training/train_newsroom.py

The public sets are forum posts, tweets and templates; none is a news site's comment
section. ``training/data/written/`` holds comments of that register, written for Palabre
(see its README): the kinds of the editorial policy, civil and not, each set under
articles on another subject. The model learns from them which comments about groups a
newsroom removes, including the kinds with no telling word (stereotypes, sarcasm, hate
inside a reasoned comment). The civil comments of the public sets' training halves
(ToxiFrench, and Jigsaw in French and in English) join as light negatives: real readers'
comments, which the written sets lack. Spam rows are left out: the spam model and
signals judge spam.

The same sets train a second model, ``threat``: threats of violence (against a person
or a group, direct or veiled) against every other comment, civil or abusive. The rules
find threats by their verbs and turns of phrase; the veiled ones ("on sait où tu
habites", "the hotel will burn one night") have none they know.

It writes ``src/palabre/policies/models/{newsroom,threat}.{npz,md}``. The metrics are
leave-one-set-out: each written set is scored by a model trained without it, so the
figures are those of a set the model never saw (a subject set and a pair set may share a
subject; the gates' cut-offs and bounds were also chosen on these figures).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from palabre.policies import datasets
from palabre.policies.classifiers import DIMENSIONS, LinearModel, features
from palabre.policies.datasets import Example, held_out

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_models import MODELS, SOURCES, fit

WRITTEN = Path(__file__).resolve().parent / "data" / "written"
C = 16.0
#: Weight of a real civil comment next to a written one.
REAL_CIVIL_WEIGHT = 0.3


@dataclass(frozen=True)
class Target:
    """A model the written sets train: which rows are its positives, and its card's words."""

    name: str
    positive: Callable[[dict[str, Any]], bool]
    #: The cut-off reported in the card (the policy's default for this model).
    threshold: float
    scores: str
    gate: str


NEWSROOM = Target(
    "newsroom",
    lambda row: row["label"] == "flag",
    0.9,
    "how much a comment, French or English, resembles those the written sets label `flag` "
    "for abuse (hate, insults, threats, defamation), in the register of a news comment "
    "section.",
    "inside the gate `palabre.policies.model_gate.newsroom_doubt` (a group named, 12 to 150 "
    "words, no counter-speech, no word of condemnation, no derogatory word the rules "
    "cleared); the cut-off is the policy's `models.newsroom_hold`.",
)
THREAT = Target(
    "threat",
    lambda row: row["kind"] == "threat",
    0.8,
    "how much a comment, French or English, resembles the threats of violence of the "
    "written sets (direct or veiled, against a person or a group), against all their other "
    "comments, civil and abusive.",
    "inside the gate `palabre.policies.model_gate.threat_doubt` (5 to 150 words, no "
    "counter-speech, no word of condemnation), as a `threat`; the cut-off is the policy's "
    "`models.threat_hold`.",
)
TARGETS = (NEWSROOM, THREAT)


def written_sets(target: Target = NEWSROOM) -> dict[str, list[Example]]:
    """Each written set's comments (spam left out), by set name, labelled for ``target``."""
    out: dict[str, list[Example]] = {}
    for path in sorted(WRITTEN.glob("*.jsonl")):
        rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        out[path.stem] = [
            Example(r["id"], r["text"], r["lang"], int(target.positive(r)))
            for r in rows
            if r["kind"] != "spam"
        ]
    return out


def real_civil() -> list[Example]:
    rows = datasets.toxifrench() + datasets.jigsaw_subset()
    return [ex for ex in rows if ex.label == 0 and not held_out(ex.id)]


def train(written: list[Example], civil: list[Example], target: Target = NEWSROOM) -> LinearModel:
    rows = [(ex, 1.0) for ex in written] + [(ex, REAL_CIVIL_WEIGHT) for ex in civil]
    return fit(target.name, rows, c=C)


def rates(model: LinearModel, examples: list[Example], threshold: float) -> dict[str, float]:
    scores = np.array([model.score(features(ex.text)) for ex in examples])
    labels = np.array([ex.label for ex in examples])
    flagged = scores >= threshold
    out = {"n": float(len(examples))}
    if labels.any():
        out["flagged_of_abusive"] = round(float(flagged[labels == 1].mean()), 3)
    if (labels == 0).any():
        out["flagged_of_civil"] = round(float(flagged[labels == 0].mean()), 3)
    if labels.any() and (labels == 0).any():
        out["auc"] = round(float(roc_auc_score(labels, scores)), 3)
    return out


def leave_one_set_out(
    sets: dict[str, list[Example]], civil: list[Example], target: Target
) -> dict[str, float]:
    scores: list[float] = []
    labels: list[int] = []
    for name, held in sets.items():
        rest = [ex for other, rows in sets.items() if other != name for ex in rows]
        model = train(rest, civil, target)
        scores += [model.score(features(ex.text)) for ex in held]
        labels += [ex.label for ex in held]
    s, y = np.array(scores), np.array(labels)
    return {
        "n": float(len(y)),
        "auc": round(float(roc_auc_score(y, s)), 3),
        "flagged_of_abusive": round(float((s[y == 1] >= target.threshold).mean()), 3),
        "flagged_of_civil": round(float((s[y == 0] >= target.threshold).mean()), 3),
    }


def card(model: LinearModel, target: Target, metrics: dict[str, dict[str, float]],
         sets: list[str], command: str) -> str:  # fmt: skip
    def cell(row: dict[str, float], key: str) -> str:
        return str(row[key]) if key in row else "-"

    positives = "abusive" if target is NEWSROOM else "threats"
    return "\n".join([
        f"# Model card: `{target.name}` ({model.version})",
        "",
        f"Scores {target.scores}",
        "",
        "## Model",
        f"Logistic regression (scikit-learn liblinear, C={C}) over {DIMENSIONS:,} hashed "
        "features of the normalised text, the same features as `toxicity` "
        "(`palabre.policies.classifiers.features`). Weights stored as float16; inference is "
        "pure NumPy. The engine lets its score hold (never reject) a comment only "
        f"{target.gate}",
        "",
        "## Data",
        f"- `training/data/written/`: {', '.join(sets)} (comments written for Palabre; "
        "see the folder's README for how). Spam rows are left out.",
        "- `toxic/toxifrench` (ToxiFrench, and its Jigsaw subset in French and English), "
        f"civil rows of the training half only, weight {REAL_CIVIL_WEIGHT}: "
        f"{SOURCES['toxic/toxifrench']}",
        f"- training rows: {model.meta['train_rows']:,}",
        "",
        "## Training command",
        f"`{command}`",
        "",
        f"## Metrics (model alone, cut-off {target.threshold})",
        "Written sets: leave-one-set-out (each set scored by a model trained without it). "
        "Public sets: the held-out halves, and HateCheck, never trained on.",
        "",
        f"| data | n | AUC | flagged of {positives} | flagged of the others |",
        "|---|---|---|---|---|",
        *[
            f"| {name} | {int(row['n'])} | {cell(row, 'auc')} | "
            f"{cell(row, 'flagged_of_abusive')} | {cell(row, 'flagged_of_civil')} |"
            for name, row in metrics.items()
        ],
        "",
        "## Limits",
        "- The written sets were written by language-model sessions, not by readers: the "
        "model learns their kinds of comments and, to some degree, their style.",
        "- Alone, the model flags civil comments it should not (a group named, a violent "
        "word); the engine's gate is what keeps civil comments published. The engine's "
        "figures are in docs/moderation-eval.md.",
        "",
    ])  # fmt: skip


def public_metrics(model: LinearModel, target: Target) -> dict[str, dict[str, float]]:
    """The model on the public sets: abusive against civil for ``newsroom``; for
    ``threat``, HateCheck's threats against its other cases, and civil rows elsewhere."""
    toxifrench = [ex for ex in datasets.toxifrench() if held_out(ex.id)]
    jigsaw = [ex for ex in datasets.jigsaw_fr() if held_out(ex.id)]
    hatecheck = datasets.hatecheck()
    t = target.threshold
    if target is NEWSROOM:
        return {
            "ToxiFrench dev half (held-out half)": rates(model, toxifrench, t),
            "Jigsaw FR (held-out half)": rates(model, jigsaw, t),
            "HateCheck en (never trained on)": rates(model, hatecheck, t),
        }
    threats = [
        Example(ex.id, ex.text, ex.lang, int(ex.group.startswith("threat_")), ex.group)
        for ex in hatecheck
    ]
    return {
        "ToxiFrench dev half, civil rows (held-out half)": rates(
            model, [ex for ex in toxifrench if ex.label == 0], t),
        "Jigsaw FR, civil rows (held-out half)": rates(
            model, [ex for ex in jigsaw if ex.label == 0], t),
        "HateCheck en, threat_* against the rest (never trained on)": rates(model, threats, t),
    }  # fmt: skip


def main() -> None:
    if not datasets.available():
        sys.exit(f"no data at {datasets.data_dir()}")
    civil = real_civil()
    command = "python training/train_newsroom.py"
    MODELS.mkdir(parents=True, exist_ok=True)
    for target in TARGETS:
        sets = written_sets(target)
        if not sets:
            sys.exit(f"no written sets in {WRITTEN}")
        metrics = {"written sets (leave-one-set-out)": leave_one_set_out(sets, civil, target)}
        model = train([ex for rows in sets.values() for ex in rows], civil, target)
        metrics.update(public_metrics(model, target))
        model.save(str(MODELS / f"{target.name}.npz"))
        text = card(model, target, metrics, sorted(sets), command)
        (MODELS / f"{target.name}.md").write_text(text, encoding="utf-8")
        print(model.version, json.dumps(metrics, indent=1))


if __name__ == "__main__":
    main()
