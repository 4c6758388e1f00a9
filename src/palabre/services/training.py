"""Learning from the editors: retrain a site's models from its own moderation history.

This is Akismet's submit-spam / submit-ham loop, done on the publisher's server. The
shipped models are the prior: training starts from their weights and an L2 penalty pulls
every weight back toward them (not toward zero), so a few hundred labels adjust the
models to the site without wrecking what they learnt from the public data. Features the
site's comments never contain keep exactly their shipped weight, since nothing but the
penalty acts on them; only the features seen are optimised.

Labels (:mod:`palabre.storage.sql.labels`): an editor's "published" is not toxic and not
spam, "spam" is spam, "rejected" is toxic when the engine saw abuse (or saw nothing:
the editor's reason is then the text itself). A comment rejected for defamation or a
custom term is not evidence about toxicity, so it only counts as "not spam".

A share of the site's labels (by a hash of the comment id, so stable from run to run) is
held out, and the models in use and the new ones are both scored on it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from palabre.policies.classifiers import DIMENSIONS, LinearModel, features, shipped_models
from palabre.policies.datasets import held_out
from palabre.policies.model_store import MODEL_NAMES, ModelStore, ModelStoreError
from palabre.storage.sql.labels import Label, LabelQueries

if TYPE_CHECKING:
    from scipy import sparse  # type: ignore[import-untyped]

    from palabre.settings import Settings
    from palabre.storage.sql.database import Database

log = logging.getLogger("palabre.training")

_ABUSE = {"hate", "insult", "threat"}
#: Public data, when ``--data`` is given: (reader, model, label override, weight). These
#: are the training halves only; the other halves stay unseen for the regression check.
_PUBLIC_SOURCES = {
    "toxic/toxifrench": "AxelDlv00/ToxiFrench @ b93ad5b (MIT)",
    "toxic/toxifrench/subset_jigsaw": "AxelDlv00/ToxiFrench @ b93ad5b (Jigsaw, CC BY-SA 3.0)",
    "spam/youtube": "C0D3-BR3AK3R/HadoopFinalNCU-Project @ c1c9490 (UCI, CC BY 4.0)",
    "spam/sms": "EvilPort2/Spam-Detection @ d12b314 (UCI, CC BY 4.0)",
    "imports/wordpress-fr": "bitcoinfrance/bitcoinfrance.github.io @ 57fcb11 (CC BY-SA 2.0 FR)",
}


@dataclass(frozen=True, slots=True)
class Sample:
    text: str
    label: int
    weight: float = 1.0


@dataclass(slots=True)
class TrainingSet:
    train: dict[str, list[Sample]] = field(default_factory=lambda: {n: [] for n in MODEL_NAMES})
    valid: dict[str, list[Sample]] = field(default_factory=lambda: {n: [] for n in MODEL_NAMES})
    #: Public held-out halves, to show that the site's labels did not break the general case.
    public_test: dict[str, list[Sample]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)


def targets(label: Label) -> dict[str, int]:
    """Model name -> 0/1 target for one editor's label (absent: no evidence for it)."""
    cats = set(label.categories)
    if label.status == "published":
        return {"toxicity": 0, "spam": 0}
    if label.status == "spam":
        return {"spam": 1}
    if cats and cats <= {"spam", "rules"}:
        return {"spam": 1}  # rejected, and the engine saw only spam: the editor agreed
    if not cats or cats & _ABUSE:
        return {"toxicity": 1, "spam": 0}
    return {"spam": 0}


def site_set(labels: Iterable[Label], site_id: str, *, share: float, weight: float) -> TrainingSet:
    out = TrainingSet()
    for label in labels:
        out.counts[label.status] = out.counts.get(label.status, 0) + 1
        part = out.valid if held_out(f"{site_id}:{label.comment_id}", share) else out.train
        for name, y in targets(label).items():
            part[name].append(Sample(label.text, y, weight))
    return out


def add_public(data: TrainingSet) -> list[str]:
    """Add the public training halves and test halves; returns the sources used."""
    from palabre.policies import datasets

    def halves(examples: list[datasets.Example]) -> tuple[list[Any], list[Any]]:
        return (
            [e for e in examples if not held_out(e.id)],
            [e for e in examples if held_out(e.id)],
        )

    tf_train, tf_test = halves(datasets.toxifrench())
    jg_train, _ = halves(datasets.jigsaw_subset())
    yt_train, yt_test = halves(datasets.youtube())
    sms_train, _ = halves(datasets.sms())
    blog = datasets.wordpress_fr()
    data.train["toxicity"] += [Sample(e.text, e.label, 3.0) for e in tf_train]
    data.train["toxicity"] += [Sample(e.text, e.label, 1.0) for e in jg_train + blog]
    data.train["spam"] += [Sample(e.text, e.label, 2.0) for e in yt_train]
    data.train["spam"] += [Sample(e.text, e.label, 1.0) for e in sms_train]
    data.train["spam"] += [Sample(e.text, 0, 0.5) for e in tf_train + blog]
    data.public_test["toxicity: ToxiFrench (held-out half)"] = [
        Sample(e.text, e.label) for e in tf_test
    ]
    data.public_test["spam: YouTube (held-out half)"] = [Sample(e.text, e.label) for e in yt_test]
    return [f"{path}: {source}" for path, source in _PUBLIC_SOURCES.items()]


def design(texts: Sequence[str]) -> sparse.csr_matrix:
    """The same input as :meth:`LinearModel.score`: hashed features scaled by 1/sqrt(n)."""
    from scipy import sparse

    indptr, cols, vals = [0], [], []
    for text in texts:
        f = features(text)
        cols.append(f)
        vals.append(np.full(f.size, 1.0 / np.sqrt(max(f.size, 1))))
        indptr.append(indptr[-1] + f.size)
    col = np.concatenate(cols) if cols else np.zeros(0, dtype=np.int64)
    val = np.concatenate(vals) if vals else np.zeros(0)
    return sparse.csr_matrix((val, col, np.array(indptr)), shape=(len(texts), DIMENSIONS))


def fit_toward(
    prior: LinearModel, samples: Sequence[Sample], *, strength: float, site_id: str
) -> LinearModel:
    """Logistic regression warm-started at ``prior`` and penalised by
    ``strength/2 * ||w - w_prior||^2``; the bias is the prior's."""
    from scipy.optimize import minimize  # type: ignore[import-untyped]

    if not samples:
        return prior
    x = design([s.text for s in samples])
    y = np.array([s.label for s in samples], dtype=np.float64)
    sw = np.array([s.weight for s in samples], dtype=np.float64)
    active = np.unique(x.indices)
    xa = x[:, active].tocsr()
    start = prior.weights[active].astype(np.float64)
    lam = max(strength, 1e-6)
    # The bias stays the prior's: it moves every comment's score at once, and a site's
    # history says which texts are spam or abuse, not how common they are on the web.
    bias = prior.bias

    def objective(w: np.ndarray[Any, Any]) -> tuple[float, np.ndarray[Any, Any]]:
        z = xa @ w + bias
        loss = float(np.sum(sw * (np.logaddexp(0.0, z) - y * z)))
        d = w - start
        g = sw * (1.0 / (1.0 + np.exp(-z)) - y)
        return loss + 0.5 * lam * float(d @ d), xa.T @ g + lam * d

    result = minimize(objective, start, jac=True, method="L-BFGS-B", options={"maxiter": 300})
    weights = prior.weights.copy()
    weights[active] = result.x.astype(np.float32)
    digest = hashlib.blake2b(weights.astype(np.float16).tobytes(), digest_size=4).hexdigest()
    day = datetime.now(UTC).strftime("%Y%m%d")
    meta = {**prior.meta, "version": f"{prior.name}-{site_id}-{day}-{digest}",
            "prior": prior.version, "site_id": site_id, "prior_strength": strength,
            "train_rows": len(samples)}  # fmt: skip
    return LinearModel(prior.name, weights, bias, meta)


def evaluate(
    model: LinearModel, samples: Sequence[Sample], threshold: float = 0.5
) -> dict[str, Any]:
    """Precision, recall, F1 and accuracy of the model alone at ``threshold``."""
    y = np.array([s.label for s in samples], dtype=bool)
    p = np.array([model.score(features(s.text)) >= threshold for s in samples], dtype=bool)
    tp, fp, fn = int(np.sum(p & y)), int(np.sum(p & ~y)), int(np.sum(~p & y))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    accuracy = float(np.mean(p == y)) if len(samples) else 0.0
    return {
        "n": len(samples),
        "positives": int(y.sum()),
        "precision": round(precision, 3),
        "recall": round(recall, 3),
        "f1": round(f1, 3),
        "accuracy": round(accuracy, 3),
    }


@dataclass(slots=True)
class TrainingReport:
    site_id: str
    label_counts: dict[str, int]
    #: (model name or public set, "before" | "after") -> metrics.
    rows: list[tuple[str, str, dict[str, Any]]]
    models: dict[str, LinearModel]
    sources: list[str]
    version: str | None = None
    activated: bool = False

    def metrics(self) -> dict[str, Any]:
        table: dict[str, dict[str, Any]] = {}
        for name, when, m in self.rows:
            table.setdefault(name, {})[when] = m
        return {"labels": self.label_counts, "metrics": table, "sources": self.sources,
                "model_versions": {n: m.version for n, m in self.models.items()}}  # fmt: skip


@contextmanager
def _data_dir(path: Path) -> Iterator[None]:
    """The dataset readers find the data through ``PALABRE_DATASETS_DIR``."""
    before = os.environ.get("PALABRE_DATASETS_DIR")
    os.environ["PALABRE_DATASETS_DIR"] = str(path)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("PALABRE_DATASETS_DIR", None)
        else:
            os.environ["PALABRE_DATASETS_DIR"] = before


def model_root(settings: Settings) -> Path:
    return Path(settings.data_dir) / "models"


def train_site(
    settings: Settings,
    db: Database,
    site_id: str,
    *,
    data: Path | None = None,
    dry_run: bool = False,
    command: str = "palabre train",
) -> TrainingReport:
    """Retrain ``site_id``'s models; unless ``dry_run``, save and activate a new version."""
    store = ModelStore(model_root(settings), site_id)
    with db.read() as conn:
        labels = list(LabelQueries(conn).for_site(site_id))
    data_set = site_set(labels, site_id, share=settings.train_validation_share,
                        weight=settings.train_site_weight)  # fmt: skip
    sources = [f"site {site_id}: {len(labels)} editors' labels from the decisions table"]
    if data is not None:
        with _data_dir(data):
            sources += add_public(data_set)
    priors = shipped_models()
    current = store.current()
    in_use = {**priors, **(store.load(current) if current else {})}
    report = TrainingReport(site_id, data_set.counts, [], {}, sources)
    for name in MODEL_NAMES:
        prior = priors.get(name)
        if prior is None:
            continue
        model = fit_toward(prior, data_set.train[name], strength=settings.train_prior_strength,
                           site_id=site_id)  # fmt: skip
        report.models[name] = model
        valid = data_set.valid[name]
        report.rows.append((f"{name} (site validation)", "before", evaluate(in_use[name], valid)))
        report.rows.append((f"{name} (site validation)", "after", evaluate(model, valid)))
        report.rows.append(
            (f"{name} (training set)", "after", evaluate(model, data_set.train[name]))
        )
    for set_name, samples in data_set.public_test.items():
        name = set_name.split(":", 1)[0]
        report.rows.append((set_name, "before", evaluate(in_use[name], samples)))
        report.rows.append((set_name, "after", evaluate(report.models[name], samples)))
    if not dry_run:
        report.version = store.save(report.models, report.metrics(), card(report, command))
        store.activate(report.version)
        report.activated = True
    return report


def card(report: TrainingReport, command: str) -> str:
    """The model card of a site version (``{version}`` is filled in by the store)."""
    lines = [
        f"# Model card: site `{report.site_id}`, version {{version}}",
        "",
        "Toxicity and spam models of one site, retrained from the shipped models (the prior: "
        "warm start, L2 penalty toward their weights) with the site's editors' decisions.",
        "",
        "## Data",
        *[f"- {s}" for s in report.sources],
        f"- labels by status: {report.label_counts}",
        "- shipped priors: "
        + ", ".join(f"`{m.meta.get('prior', '?')}`" for m in report.models.values()),
        "",
        "## Command",
        f"`{command}`",
        "",
        "## Metrics (model alone, threshold 0.5)",
        "| data | when | n | precision | recall | F1 | accuracy |",
        "|---|---|---|---|---|---|---|",
        *[
            f"| {name} | {when} | {m['n']} | {m['precision']} | {m['recall']} | {m['f1']} "
            f"| {m['accuracy']} |"
            for name, when, m in report.rows
        ],
        "",
        "## Limits",
        "- A site's validation split is small: read its figures as a sanity check.",
        "- Rejections for defamation or custom terms teach nothing about toxicity.",
        "",
    ]
    return "\n".join(lines)


# Serving: the models a site's pipeline uses.

_loaded: dict[Path, tuple[str | None, dict[str, LinearModel] | None]] = {}
_loaded_lock = threading.Lock()


def site_models(settings: Settings, site_id: str) -> dict[str, LinearModel] | None:
    """The site's current retrained models (shipped ones filling any gap), or ``None`` for
    the shipped models. Cached; read again when the ``current`` pointer changes, which costs
    one small file read per call. A broken version never stops posting: it is logged and
    the shipped models are used."""
    if not settings.site_models:
        return None
    try:
        store = ModelStore(model_root(settings), site_id)
    except ModelStoreError:
        return None
    pointer = store.pointer()
    cached = _loaded.get(store.path)
    if cached is not None and cached[0] == pointer:
        return cached[1]
    models: dict[str, LinearModel] | None = None
    if pointer is not None:
        try:
            version = store.current()
            models = {**shipped_models(), **store.load(version)} if version else None
        except (OSError, ValueError, KeyError) as exc:
            log.error("site %s: cannot load models %s (%s); using the shipped ones",
                      site_id, pointer, exc)  # fmt: skip
    with _loaded_lock:
        _loaded[store.path] = (pointer, models)
    return models


def model_versions_of(models: dict[str, LinearModel] | None) -> dict[str, str]:
    """Model name -> version for the audit record (the shipped ones when ``None``)."""
    return {n: m.version for n, m in (models if models is not None else shipped_models()).items()}
