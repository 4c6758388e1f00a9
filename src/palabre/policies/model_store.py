"""A site's retrained models on disk: one folder per version, and a ``current`` pointer.

Layout, under ``DATA_DIR/models/<site id>/``::

    20261201T101500Z-3fa2c1/     one version: toxicity.npz, spam.npz, metrics.json, MODEL_CARD.md
    20261203T090000Z-77b0e4/
    current                      text file: the version in use (absent: the shipped models)

A version folder is written under a temporary name and renamed when complete, and the
pointer is replaced atomically, so a server reading them never sees half a version. The
pointer is a plain file, not a symlink, so that it works on every file system and is
trivially inspected (``cat current``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np

from palabre.policies.classifiers import LinearModel

MODEL_NAMES = ("toxicity", "spam")
POINTER = "current"
METRICS = "metrics.json"
CARD = "MODEL_CARD.md"
_VERSION = re.compile(r"^\d{8}T\d{6}Z-[0-9a-f]{6}$")
_SITE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


class ModelStoreError(ValueError):
    """A version that does not exist, or a site id that cannot name a folder."""


@dataclass(frozen=True, slots=True)
class VersionInfo:
    version: str
    created_at: str
    metrics: dict[str, Any]
    current: bool


def load_npz(path: Path, name: str) -> LinearModel:
    """A model saved by :meth:`LinearModel.save`."""
    with np.load(path, allow_pickle=False) as data:
        weights = data["weights"].astype(np.float32)
        bias = float(data["bias"][0])
        meta = json.loads(str(data["meta"]))
    return LinearModel(name, weights, bias, meta)


class ModelStore:
    """The versions of one site's models."""

    def __init__(self, root: Path, site_id: str) -> None:
        if not _SITE.match(site_id):
            raise ModelStoreError(f"site id {site_id!r} cannot name a model folder")
        self.site_id = site_id
        self.path = root / site_id

    def versions(self) -> list[str]:
        """Every complete version, oldest first (names sort by creation time)."""
        if not self.path.is_dir():
            return []
        return sorted(p.name for p in self.path.iterdir() if p.is_dir() and _VERSION.match(p.name))

    def current(self) -> str | None:
        version = self.pointer()
        return version if version is not None and version in self.versions() else None

    def pointer(self) -> str | None:
        """The pointer's raw text: one small read, cheap enough to compare on every post."""
        try:
            return (self.path / POINTER).read_text(encoding="utf-8").strip() or None
        except FileNotFoundError:
            return None

    def info(self) -> list[VersionInfo]:
        current = self.current()
        out = []
        for version in self.versions():
            metrics = self.metrics(version)
            created = str(metrics.get("created_at", ""))
            out.append(VersionInfo(version, created, metrics, version == current))
        return out

    def metrics(self, version: str) -> dict[str, Any]:
        path = self.path / version / METRICS
        if not path.is_file():
            return {}
        data = json.loads(path.read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else {}

    def load(self, version: str) -> dict[str, LinearModel]:
        folder = self._folder(version)
        return {
            name: load_npz(folder / f"{name}.npz", name)
            for name in MODEL_NAMES
            if (folder / f"{name}.npz").is_file()
        }

    def save(
        self,
        models: dict[str, LinearModel],
        metrics: dict[str, Any],
        card: str,
        *,
        now: datetime | None = None,
    ) -> str:
        """Write a new version (not yet current) and return its name."""
        now = now or datetime.now(UTC)
        digest = os.urandom(3).hex()
        version = f"{now.strftime('%Y%m%dT%H%M%SZ')}-{digest}"
        self.path.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=self.path))
        try:
            for name, model in models.items():
                model.save(str(tmp / f"{name}.npz"))
            payload = {"version": version, "site_id": self.site_id,
                       "created_at": now.isoformat(timespec="seconds"), **metrics}  # fmt: skip
            (tmp / METRICS).write_text(json.dumps(payload, indent=2), encoding="utf-8")
            (tmp / CARD).write_text(card.replace("{version}", version), encoding="utf-8")
            tmp.rename(self.path / version)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        return version

    def activate(self, version: str | None) -> None:
        """Make ``version`` current; ``None`` goes back to the shipped models."""
        pointer = self.path / POINTER
        if version is None:
            pointer.unlink(missing_ok=True)
            return
        self._folder(version)
        fd, tmp = tempfile.mkstemp(prefix=".pointer-", dir=self.path)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(version + "\n")
        os.replace(tmp, pointer)

    def rollback(self, to: str | None = None) -> str | None:
        """Make ``to`` current, or else the version before the current one; before the
        first version comes the shipped models (``None``). Returns what is now current."""
        if to is not None:
            self.activate(to)
            return to
        current = self.current()
        versions = self.versions()
        if current is None:
            raise ModelStoreError(f"site {self.site_id} already uses the shipped models")
        index = versions.index(current)
        previous = versions[index - 1] if index > 0 else None
        self.activate(previous)
        return previous

    def _folder(self, version: str) -> Path:
        folder = self.path / version
        if not _VERSION.match(version) or not folder.is_dir():
            raise ModelStoreError(f"no model version {version!r} for site {self.site_id}")
        return folder
