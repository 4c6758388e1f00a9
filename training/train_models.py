"""Train the shipped moderation models from ../shared/data (never copied here).

Run from the repository root:

    .venv/bin/python training/train_models.py

It writes ``src/palabre/policies/models/{toxicity,spam}.npz`` and their model cards
(``.md``). Every dataset that ``palabre eval`` scores is split by a hash of the example
id (:func:`palabre.policies.datasets.held_out`); only the other half is trained on.
HateCheck is never trained on: it stays a clean test of the context rules.
"""

from __future__ import annotations

import hashlib
import random
import shlex
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score

from palabre.policies import datasets
from palabre.policies.classifiers import DIMENSIONS, LinearModel, features
from palabre.policies.datasets import Example, held_out

MODELS = Path(__file__).resolve().parents[1] / "src/palabre/policies/models"
SOURCES = {
    "hate/mlma": "HKUST-KnowComp/MLMA_hate_speech @ 4798369 (MIT)",
    "hate/davidson-en": "t-davidson/hate-speech-and-offensive-language @ cb50f7e (MIT)",
    "toxic/toxifrench": "AxelDlv00/ToxiFrench @ b93ad5b (MIT; Jigsaw text CC BY-SA 3.0)",
    "spam/youtube": "C0D3-BR3AK3R/HadoopFinalNCU-Project @ c1c9490 (UCI, CC BY 4.0)",
    "spam/sms": "EvilPort2/Spam-Detection @ d12b314 (UCI, CC BY 4.0)",
    "imports/wordpress-fr": "bitcoinfrance/bitcoinfrance.github.io @ 57fcb11 (CC BY-SA 2.0 FR)",
}

# French comment spam is missing from the public data; these shapes are written by us
# so that the spam model sees French at all. Links and URLs are added at random.
_FR_SPAM = [
    "Gagnez {n} euros par jour depuis chez vous, cliquez ici {url}",
    "Super article ! Visitez mon site pour {thing} pas cher {url}",
    "Retour de l'être aimé en {n} jours, grand marabout voyant, contactez-moi sur WhatsApp",
    "Prêt entre particuliers rapide et sérieux, taux {n}%, écrivez-moi {email}",
    "Merci pour le partage, découvrez notre {thing} au meilleur prix {url}",
    "Besoin d'argent ? Crédit rapide sans justificatif, réponse en {n}h {url}",
    "Abonnez-vous à ma chaîne pour plus de vidéos sur {thing} !!! {url}",
    "Code promo exclusif -{n}% sur {thing}, offre limitée {url}",
    "Investissez dans le bitcoin et doublez votre capital en {n} jours {url}",
    "Perdez {n} kilos en une semaine grâce à ce complément naturel {url}",
]
_THINGS = ["montres", "chaussures", "lunettes de soleil", "assurance", "crypto", "CBD", "iPhone"]


def french_spam(count: int, seed: int = 7) -> list[Example]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        text = rng.choice(_FR_SPAM).format(
            n=rng.randint(2, 500),
            thing=rng.choice(_THINGS),
            url=rng.choice(["", f"https://www.promo-{rng.randint(1, 99)}.shop", "bit.ly/x"]),
            email=f"contact{rng.randint(1, 99)}@gmail.com",
        )
        out.append(Example(f"frspam-{i}", text, "fr", 1))
    return out


def matrix(examples: Sequence[Example]) -> sparse.csr_matrix:
    rows, cols, vals = [], [], []
    for i, ex in enumerate(examples):
        feats = features(ex.text)
        rows.extend([i] * feats.size)
        cols.extend(feats.tolist())
        vals.extend([1.0 / np.sqrt(max(feats.size, 1))] * feats.size)
    return sparse.csr_matrix((vals, (rows, cols)), shape=(len(examples), DIMENSIONS))


def fit(name: str, train: list[tuple[Example, float]], c: float) -> LinearModel:
    x = matrix([ex for ex, _ in train])
    y = np.array([ex.label for ex, _ in train])
    w = np.array([weight for _, weight in train])
    # liblinear shuffles the rows: seeded, the same data gives the same weights and version.
    clf = LogisticRegression(C=c, max_iter=2000, solver="liblinear", random_state=0)
    clf.fit(x, y, sample_weight=w)
    weights = clf.coef_[0].astype(np.float32)
    digest = hashlib.blake2b(weights.astype(np.float16).tobytes(), digest_size=4).hexdigest()
    meta = {"version": f"{name}-{time.strftime('%Y%m%d')}-{digest}", "C": c,
            "train_rows": len(train), "dimensions": DIMENSIONS}  # fmt: skip
    return LinearModel(name, weights, float(clf.intercept_[0]), meta)


def evaluate(model: LinearModel, examples: list[Example], threshold: float) -> dict[str, float]:
    y = [ex.label for ex in examples]
    p = [int(model.score(features(ex.text)) >= threshold) for ex in examples]
    return {
        "n": len(y),
        "precision": round(float(precision_score(y, p, zero_division=0)), 3),
        "recall": round(float(recall_score(y, p, zero_division=0)), 3),
        "f1": round(float(f1_score(y, p, zero_division=0)), 3),
        "macro_f1": round(float(f1_score(y, p, average="macro", zero_division=0)), 3),
    }


def balanced(train: list[tuple[Example, float]]) -> list[tuple[Example, float]]:
    """Weights such that each language's toxic and clean rows weigh the same.

    The sources are mostly toxic (MLMA, Davidson) or balanced on purpose (ToxiFrench,
    Jigsaw), while real comment sections are mostly civil: unbalanced, the model learns
    that any French sentence about public life leans toxic.
    """
    totals: dict[tuple[str, int], float] = {}
    for ex, w in train:
        totals[(ex.lang, ex.label)] = totals.get((ex.lang, ex.label), 0.0) + w
    out = []
    for ex, w in train:
        other = totals.get((ex.lang, 1 - ex.label), 0.0)
        mine = totals[(ex.lang, ex.label)]
        scale = min(1.0, other / mine) if other else 1.0
        out.append((ex, w * scale))
    return out


def split(examples: list[Example]) -> tuple[list[Example], list[Example]]:
    train = [ex for ex in examples if not held_out(ex.id)]
    test = [ex for ex in examples if held_out(ex.id)]
    return train, test


def toxicity() -> tuple[LinearModel, dict[str, dict[str, float]]]:
    tf_train, tf_test = split(datasets.toxifrench())
    jg_train, _ = split(datasets.jigsaw_subset())
    jg_test = [ex for ex in datasets.jigsaw_fr() if held_out(ex.id)]
    mf_train, mf_test = split(datasets.mlma("fr"))
    me_train, me_test = split(datasets.mlma("en"))
    train: list[tuple[Example, float]] = []
    train += [(ex, 3.0) for ex in tf_train]  # native French comments: the closest to ours
    train += [(ex, 1.0) for ex in jg_train]
    train += [(ex, 0.3) for ex in datasets.davidson()]
    train += [(ex, 0.3) for ex in mf_train + me_train]  # noisy labels, kept light
    # The WordPress FR export is never trained on: it is the benign evaluation set.
    train = balanced(train)
    model = fit("toxicity", train, c=8.0)
    metrics = {
        "ToxiFrench dev half (held-out half)": evaluate(model, tf_test, 0.5),
        "Jigsaw FR (held-out half)": evaluate(model, jg_test, 0.5),
        "MLMA fr (held-out half)": evaluate(model, mf_test, 0.5),
        "MLMA en (held-out half)": evaluate(model, me_test, 0.5),
        "HateCheck en (never trained on)": evaluate(model, datasets.hatecheck(), 0.5),
    }
    return model, metrics


def spam() -> tuple[LinearModel, dict[str, dict[str, float]]]:
    yt_train, yt_test = split(datasets.youtube())
    sms_train, sms_test = split(datasets.sms())
    ham = split(datasets.toxifrench())[0] + split(datasets.jigsaw_subset())[0]
    ham = [Example(ex.id, ex.text, ex.lang, 0) for ex in ham]
    train: list[tuple[Example, float]] = []
    train += [(ex, 2.0) for ex in yt_train]  # comments: the closest to ours
    train += [(ex, 1.0) for ex in sms_train]
    train += [(ex, 0.5) for ex in ham]
    train += [(ex, 1.0) for ex in french_spam(150)]
    model = fit("spam", train, c=8.0)
    metrics = {
        "YouTube spam (held-out half)": evaluate(model, yt_test, 0.5),
        "SMS spam (held-out half)": evaluate(model, sms_test, 0.5),
    }
    return model, metrics


def card(model: LinearModel, metrics: dict[str, dict[str, float]], purpose: str,
         data: list[str], command: str) -> str:  # fmt: skip
    lines = [
        f"# Model card: `{model.name}` ({model.version})",
        "",
        purpose,
        "",
        "## Model",
        f"Logistic regression (scikit-learn liblinear, C={model.meta['C']}) over "
        f"{DIMENSIONS:,} hashed features of the normalised text (character 2-5-grams, word "
        "uni- and bigrams; `palabre.policies.classifiers.features`). Weights stored as "
        "float16; inference is pure NumPy. Its score is one input of the moderation "
        "engine, next to the lexicons and context rules; thresholds come from the policy.",
        "",
        "## Data (read from ../shared/data, never copied)",
        *[f"- `{d}`: {SOURCES[d]}" for d in data],
        f"- training rows (weighted): {model.meta['train_rows']:,}",
        "- split: examples whose id hashes into the held-out half "
        "(`palabre.policies.datasets.held_out`) are never trained on.",
        "",
        "## Training command",
        f"`{command}`",
        "",
        "## Metrics (model alone, threshold 0.5, held-out data)",
        "| data | n | precision | recall | F1 | macro-F1 |",
        "|---|---|---|---|---|---|",
        *[
            f"| {k} | {v['n']} | {v['precision']} | {v['recall']} | {v['f1']} | {v['macro_f1']} |"
            for k, v in metrics.items()
        ],
        "",
        "## Limits",
        "- Labels of MLMA and Davidson are noisy; ToxiFrench is small (half of 679 rows).",
        "- French spam has no public labelled comments: 150 synthetic French spam shapes "
        "(`training/train_models.py`, `_FR_SPAM`) stand in for it.",
        "- The engine's figures (rules + models, per policy) are in docs/moderation-eval.md.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    if not datasets.available():
        sys.exit(f"no data at {datasets.data_dir()}")
    MODELS.mkdir(parents=True, exist_ok=True)
    args = ["training/train_models.py", *sys.argv[1:]]
    command = "python " + " ".join(shlex.quote(a) for a in args)
    tox, tox_metrics = toxicity()
    tox.save(str(MODELS / "toxicity.npz"))
    (MODELS / "toxicity.md").write_text(card(
        tox, tox_metrics,
        "Scores how likely a comment is toxic (hate, insult, threat), French and English.",
        ["toxic/toxifrench", "hate/mlma", "hate/davidson-en"], command,
    ), encoding="utf-8")  # fmt: skip
    print(tox.version, tox_metrics)
    sp, sp_metrics = spam()
    sp.save(str(MODELS / "spam.npz"))
    (MODELS / "spam.md").write_text(card(
        sp, sp_metrics, "Scores how likely a comment is spam, from its text.",
        ["spam/youtube", "spam/sms", "toxic/toxifrench"], command,
    ), encoding="utf-8")  # fmt: skip
    print(sp.version, sp_metrics)


if __name__ == "__main__":
    main()
