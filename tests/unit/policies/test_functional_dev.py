"""The functional development suites (``training/data/functional``): well formed, and
decided right at least as often as the floors below (a few points under the engine of
2026-12-03 to 2026-12-05, eighth to eighteenth sessions), so that a later rule cannot
quietly undo what was tuned on them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from palabre.policies.engine import Engine, load_policy

FOLDER = Path(__file__).resolve().parents[3] / "training/data/functional"
#: Share of cases decided right, per file and language (flagged = hold or reject).
FLOORS = {
    "dev-sentences": {"fr": 0.90, "en": 0.85},
    "dev-templates": {"fr": 0.90, "en": 0.90},
    "dev-french-first": {"fr": 0.83, "en": 0.90},
    "dev-english-first": {"fr": 0.90, "en": 0.91},
    # Ninth session (2026-12-03).
    "dev-hard-shapes": {"fr": 0.80, "en": 0.83},
    "dev-near-misses": {"fr": 0.85, "en": 0.83},
    "dev-templates-2": {"fr": 0.87, "en": 0.90},
    "dev-forum-fr": {"fr": 0.79},
    # Tenth session (2026-12-04).
    "dev-forum-shapes": {"fr": 0.83, "en": 0.85},
    "dev-english-forum": {"fr": 0.82, "en": 0.80},
    "dev-functionalities-fr": {"fr": 0.77, "en": 0.76},
    # Eleventh session (2026-12-04).
    "dev-weak-kinds-fr": {"fr": 0.87},
    "dev-weak-kinds-en": {"en": 0.85},
    "dev-look-alikes-fr": {"fr": 0.89},
    "dev-look-alikes-en": {"en": 0.89},
    "dev-blame-and-praise": {"fr": 0.80, "en": 0.72},
    "dev-weak-kinds-2": {"fr": 0.78, "en": 0.81},
    "dev-every-kind": {"fr": 0.80, "en": 0.81},
    "dev-hard-kinds": {"fr": 0.82, "en": 0.76},
    "dev-weakest-kinds": {"fr": 0.74, "en": 0.76},
    # Thirteenth session (2026-12-04).
    "dev-weakest-kinds-2": {"fr": 0.77, "en": 0.80},
    "dev-civil-debate": {"fr": 0.91, "en": 0.90},
    "dev-civil-probe": {"fr": 0.95, "en": 0.92},
    # Fourteenth session (2026-12-04).
    "dev-news-kinds": {"fr": 0.85, "en": 0.87},
    "dev-news-kinds-2": {"fr": 0.84, "en": 0.85},
    "dev-article-threads": {"fr": 0.82, "en": 0.86},
    # Fifteenth session (2026-12-04).
    "dev-spelling": {"fr": 0.85, "en": 0.89},
    "dev-sentence-shapes": {"fr": 0.77, "en": 0.81},
    "dev-weak-kinds-3": {"fr": 0.70, "en": 0.75},
    # Sixteenth session (2026-12-04).
    "dev-weak-kinds-4": {"fr": 0.80, "en": 0.85},
    "dev-conspiracy-reclaimed": {"fr": 0.85, "en": 0.86},
    # Seventeenth session (2026-12-05).
    "dev-hard-pairs": {"fr": 0.79, "en": 0.75},
    # Eighteenth session (2026-12-05).
    "dev-weak-kinds-5": {"fr": 0.71, "en": 0.62},
    "dev-weak-kinds-6": {"fr": 0.75, "en": 0.76},
    # Nineteenth session (2026-12-05).
    "dev-weak-kinds-7": {"fr": 0.85, "en": 0.80},
}


def _rows(name: str) -> list[dict[str, str]]:
    lines = (FOLDER / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_suite_is_well_formed(name: str) -> None:
    rows = _rows(name)
    assert len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        assert r["lang"] in ("fr", "en") and r["label"] in ("hateful", "non-hateful")
        assert r["text"].strip() and r["functionality"]
        assert r["functionality"].endswith("_h") == (r["label"] == "hateful")


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_engine_decides_most_cases_right(name: str) -> None:
    engines = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}
    right: dict[str, list[bool]] = {lang: [] for lang in FLOORS[name]}
    for r in _rows(name):
        if r["lang"] not in right:
            continue
        out = engines[r["lang"]].classify({"id": r["id"], "text": r["text"], "lang": r["lang"]})
        right[r["lang"]].append((out["action"] != "publish") == (r["label"] == "hateful"))
    for lang, floor in FLOORS[name].items():
        share = sum(right[lang]) / len(right[lang])
        assert share >= floor, f"{name} {lang}: {share:.3f} < {floor}"
