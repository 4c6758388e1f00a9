"""Model versions on disk: save, current pointer, load, rollback."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from palabre.policies.classifiers import DIMENSIONS, LinearModel
from palabre.policies.model_store import ModelStore, ModelStoreError


def model(name: str, bias: float) -> LinearModel:
    weights = np.zeros(DIMENSIONS, dtype=np.float32)
    weights[:3] = [0.5, -1.0, 2.0]
    return LinearModel(name, weights, bias, {"version": f"{name}-{bias}"})


def save(store: ModelStore, bias: float, minutes: int) -> str:
    when = datetime(2026, 12, 1, tzinfo=UTC) + timedelta(minutes=minutes)
    models = {"toxicity": model("toxicity", bias), "spam": model("spam", bias)}
    return store.save(models, {"labels": {"spam": 3}}, "card {version}", now=when)


def test_save_load_activate_rollback(tmp_path: Path) -> None:
    store = ModelStore(tmp_path, "journal")
    assert store.current() is None and store.versions() == []
    first = save(store, 1.0, 0)
    assert store.current() is None  # saved, not yet in use
    store.activate(first)
    second = save(store, 2.0, 5)
    store.activate(second)
    assert store.versions() == [first, second] and store.current() == second
    loaded = store.load(second)
    assert loaded["spam"].bias == 2.0 and loaded["spam"].version == "spam-2.0"
    assert np.allclose(loaded["toxicity"].weights[:3], [0.5, -1.0, 2.0])
    (info,) = [v for v in store.info() if v.current]
    assert info.version == second and info.metrics["labels"] == {"spam": 3}
    assert (store.path / second / "MODEL_CARD.md").read_text() == f"card {second}"
    assert store.rollback() == first and store.current() == first
    assert store.rollback() is None and store.current() is None  # the shipped models
    with pytest.raises(ModelStoreError):
        store.rollback()
    assert store.rollback(to=second) == second


def test_unknown_versions_and_bad_site_ids(tmp_path: Path) -> None:
    store = ModelStore(tmp_path, "journal")
    with pytest.raises(ModelStoreError):
        store.activate("20261201T000000Z-abcdef")
    with pytest.raises(ModelStoreError):
        store.load("../../etc")
    with pytest.raises(ModelStoreError):
        ModelStore(tmp_path, "../other")


def test_a_dangling_pointer_means_shipped(tmp_path: Path) -> None:
    store = ModelStore(tmp_path, "journal")
    store.path.mkdir(parents=True)
    (store.path / "current").write_text("20261201T000000Z-abcdef\n")
    assert store.pointer() == "20261201T000000Z-abcdef" and store.current() is None
