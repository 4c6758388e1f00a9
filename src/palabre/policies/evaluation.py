"""``palabre eval``: precision, recall and F1 of the engine over the shared data.

Flagged means ``hold`` or ``reject``. Data that a shipped model was trained on is
scored on its held-out half only (:func:`palabre.policies.datasets.held_out`);
HateCheck was never trained on and is scored whole, and by functionality.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from palabre.policies import datasets
from palabre.policies.datasets import Example, held_out
from palabre.policies.engine import Engine, load_policy

ABUSE = frozenset({"hate", "insult", "threat", "defamation", "custom"})
SPAM = frozenset({"spam"})


@dataclass(frozen=True, slots=True)
class EvalSet:
    name: str
    load: Callable[[], list[Example]]
    #: The categories that count as this data set's positive label.
    categories: frozenset[str]
    split: str  # how much of it is scored, said in the report


SETS: tuple[EvalSet, ...] = (
    EvalSet("HateCheck (en)", datasets.hatecheck, ABUSE, "all (never trained on)"),
    EvalSet("Functional FR (ours), dev templates", lambda: datasets.functional_fr("dev"),
            ABUSE, "dev templates (tuned on)"),
    EvalSet("Functional FR (ours), held-out templates",
            lambda: datasets.functional_fr("heldout"), ABUSE, "held-out templates"),
    EvalSet("ToxiFrench dev half (fr)", datasets.toxifrench, ABUSE, "held-out half"),
    EvalSet("Jigsaw FR (fr)", datasets.jigsaw_fr, ABUSE, "held-out half"),
    EvalSet("MLMA (fr)", lambda: datasets.mlma("fr"), ABUSE, "held-out half"),
    EvalSet("MLMA (en)", lambda: datasets.mlma("en"), ABUSE, "held-out half"),
    EvalSet("YouTube spam (en)", datasets.youtube, SPAM, "held-out half"),
    EvalSet("SMS spam (en)", datasets.sms, SPAM, "held-out half"),
)
#: Civil comments only: what counts is how many get flagged (lower is better).
BENIGN: tuple[EvalSet, ...] = (
    EvalSet("benign French comments (WordPress export)", datasets.wordpress_fr, ABUSE,
            "all (never trained on)"),
    EvalSet("benign hand-written comments (fr, en)", datasets.benign_handwritten, ABUSE,
            "all (never trained on)"),
)
_ABUSE_ONLY = frozenset({"hate", "insult", "threat"})
#: Functional test suites, reported by functionality as well.
_SUITES = ("HateCheck", "Functional FR")


@dataclass(frozen=True, slots=True)
class Scores:
    n: int
    precision: float
    recall: float
    f1: float
    macro_f1: float
    flagged_rate: float


def scores(truth: Sequence[int], pred: Sequence[int]) -> Scores:
    tp = sum(1 for t, p in zip(truth, pred, strict=True) if t and p)
    fp = sum(1 for t, p in zip(truth, pred, strict=True) if not t and p)
    fn = sum(1 for t, p in zip(truth, pred, strict=True) if t and not p)
    tn = len(truth) - tp - fp - fn

    def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    p, r, f = f1(tp, fp, fn)
    _, _, f_neg = f1(tn, fn, fp)
    classes = [x for x, present in ((f, tp + fn), (f_neg, tn + fp)) if present]
    macro = sum(classes) / len(classes) if classes else 0.0
    return Scores(len(truth), p, r, f, macro, (tp + fp) / max(1, len(truth)))


@dataclass(slots=True)
class Result:
    rows: list[tuple[str, str, str, Scores]]
    #: suite ("HateCheck (en)", ...) -> rows of (functionality, n, gold share, flagged)
    functionalities: dict[str, list[tuple[str, int, float, float]]]
    seconds: float
    #: name, n, flagged (any), flagged as hate/insult/threat
    benign: list[tuple[str, int, int, int]] = field(default_factory=list)


def run(policy_path: str | None = None, limit: int | None = None) -> Result:
    engines = {lang: Engine(load_policy(policy_path, lang)) for lang in ("fr", "en")}
    rows: list[tuple[str, str, str, Scores]] = []
    by_function: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    started = time.perf_counter()
    for spec in SETS:
        examples = spec.load()
        if spec.split == "held-out half":
            examples = [ex for ex in examples if held_out(ex.id)]
        examples = examples[:limit] if limit else examples
        truth, flagged, in_category = [], [], []
        for ex in examples:
            out = engines[ex.lang].classify({"id": ex.id, "text": ex.text, "lang": ex.lang,
                                             "author_name": ex.author})  # fmt: skip
            is_flagged = int(out["action"] != "publish")
            truth.append(ex.label)
            flagged.append(is_flagged)
            in_category.append(int(is_flagged and bool(spec.categories & set(out["categories"]))))
            if spec.name.startswith(_SUITES):
                by_function[spec.name][ex.group].append((ex.label, is_flagged))
        label = "abuse" if spec.categories is ABUSE else "spam"
        rows.append((spec.name, "any (hold or reject)", spec.split, scores(truth, flagged)))
        rows.append((spec.name, label, spec.split, scores(truth, in_category)))
    functionalities = {
        suite: [
            (name, len(v), sum(t for t, _ in v) / len(v), sum(p for _, p in v) / len(v))
            for name, v in sorted(rows.items())
        ]
        for suite, rows in by_function.items()
    }
    benign = []
    for spec in BENIGN:
        examples = spec.load()[:limit] if limit else spec.load()
        any_flag = abuse = 0
        for ex in examples:
            out = engines[ex.lang].classify({"id": ex.id, "text": ex.text, "lang": ex.lang,
                                             "author_name": ex.author})  # fmt: skip
            if out["action"] != "publish":
                any_flag += 1
                abuse += bool(_ABUSE_ONLY & set(out["categories"]))
        benign.append((spec.name, len(examples), any_flag, abuse))
    return Result(rows, functionalities, time.perf_counter() - started, benign)


def markdown(result: Result, command: str) -> str:
    lines = [
        "| dataset | flagged as | scored on | n | precision | recall | F1 | macro-F1 |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, category, split, s in result.rows:
        lines.append(
            f"| {name} | {category} | {split} | {s.n} | {s.precision:.3f} | {s.recall:.3f} "
            f"| {s.f1:.3f} | {s.macro_f1:.3f} |"
        )
    lines += [
        "",
        "Civil comments only (every one should publish; flagged = hold or reject):",
        "",
        "| dataset | n | flagged (any) | flagged as hate/insult/threat |",
        "|---|---|---|---|",
    ]
    for name, n, any_flag, abuse in result.benign:
        lines.append(f"| {name} | {n} | {any_flag} ({any_flag / max(1, n):.1%}) "
                     f"| {abuse} ({abuse / max(1, n):.1%}) |")  # fmt: skip
    for suite, rows in result.functionalities.items():
        lines += [
            "",
            f"{suite} by functionality (`_h` hateful, `_nh` non-hateful; flagged = hold or "
            "reject):",
            "",
            "| functionality | n | gold hateful | flagged | accuracy |",
            "|---|---|---|---|---|",
        ]
        for name, n, gold, flagged in rows:
            accuracy = flagged if gold >= 0.5 else 1 - flagged
            lines.append(f"| {name} | {n} | {gold:.0%} | {flagged:.1%} | {accuracy:.1%} |")
    lines += ["", f"Command: `{command}` ({result.seconds:.0f} s)."]
    return "\n".join(lines)
