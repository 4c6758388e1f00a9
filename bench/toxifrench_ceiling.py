"""How far ToxiFrench's held-out half can go with what we have: a measurement, not a test.

    .venv/bin/python bench/toxifrench_ceiling.py

1. The shipped engine's own scores (max of insult, hate, threat) swept over thresholds:
   the best macro-F1 any hold threshold could give, and the share of comments it flags.
2. A TF-IDF (characters 2-5 and words 1-2) logistic regression trained on the training
   halves of ToxiFrench, Jigsaw FR and MLMA FR: its AUC and best macro-F1.

Reads ../shared/data in place (PALABRE_DATASETS_DIR to override).
"""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score
from sklearn.pipeline import make_union

from palabre.policies import datasets
from palabre.policies.engine import Engine, load_policy


def best(labels: np.ndarray, scores: np.ndarray) -> tuple[float, float, float]:
    """(macro-F1, threshold, flag rate) at the best threshold."""
    found = max(
        (f1_score(labels, scores >= t, average="macro"), t) for t in np.arange(0.1, 0.9, 0.01)
    )
    return found[0], found[1], float((scores >= found[1]).mean())


def main() -> None:
    toxi = datasets.toxifrench()
    test = [e for e in toxi if datasets.held_out(e.id)]
    labels = np.array([e.label for e in test])
    engine = Engine(load_policy(None, "fr"))
    scores = []
    for e in test:
        out = engine.classify({"id": e.id, "text": e.text, "lang": "fr"})
        scores.append(max([out["scores"].get(k, 0.0) for k in ("insult", "hate", "threat")]))
    f1, t, rate = best(labels, np.array(scores))
    print(f"ToxiFrench held-out half: n={len(test)}, toxic {labels.mean():.0%}")
    print(f"engine scores, best threshold: macro-F1 {f1:.3f} at {t:.2f}, flags {rate:.0%}")

    train = [e for e in toxi if not datasets.held_out(e.id)]
    jigsaw = [e for e in datasets.jigsaw_fr() if not datasets.held_out(e.id)]
    jigsaw += [
        e for e in datasets.jigsaw_subset() if e.lang == "fr" and not datasets.held_out(e.id)
    ]
    mlma = [e for e in datasets.mlma("fr") if not datasets.held_out(e.id)]
    for name, rows in (("ToxiFrench", train), ("+ Jigsaw FR", train + jigsaw),
                       ("+ MLMA FR", train + jigsaw + mlma)):  # fmt: skip
        vectors = make_union(
            TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=2, sublinear_tf=True),
            TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True),
        )
        x = vectors.fit_transform([e.text for e in rows])
        model = LogisticRegression(C=4, max_iter=2000, class_weight="balanced")
        model.fit(x, [e.label for e in rows])
        p = model.predict_proba(vectors.transform([e.text for e in test]))[:, 1]
        f1, t, rate = best(labels, p)
        print(f"TF-IDF LR on {name} ({len(rows)}): AUC {roc_auc_score(labels, p):.3f}, "
              f"best macro-F1 {f1:.3f} at {t:.2f}, flags {rate:.0%}")  # fmt: skip


if __name__ == "__main__":
    main()
