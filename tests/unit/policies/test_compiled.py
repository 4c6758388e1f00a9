"""The compiled build of the engine: used only while it matches the sources, and it
decides exactly as the sources do."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from palabre.policies import compiled
from tests.conftest import unavailable

DATA = Path(__file__).parent / "data"
FUNCTIONAL = Path(__file__).resolve().parents[3] / "training" / "data" / "functional"


def fake_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, **manifest: object) -> Path:
    build = tmp_path / "_compiled"
    build.mkdir()
    (build / "lexicons.so").write_bytes(b"")
    entry = {"ext_suffix": compiled.ext_suffix(), "sources": compiled.sources_digest(),
             "files": {"palabre.policies.lexicons": "lexicons.so"}}  # fmt: skip
    entry.update(manifest)
    (build / "manifest.json").write_text(json.dumps(entry))
    monkeypatch.setattr(compiled, "BUILD_DIR", build)
    monkeypatch.setattr(compiled, "MANIFEST", build / "manifest.json")
    return build


def test_a_build_that_matches_the_sources_is_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = fake_build(tmp_path, monkeypatch)
    assert compiled.compiled_files() == {"palabre.policies.lexicons": build / "lexicons.so"}


@pytest.mark.parametrize(
    "manifest",
    [
        {"sources": "0" * 64},
        {"ext_suffix": ".cpython-312-x86_64-linux-gnu.so"},
        {"files": {"palabre.policies.lexicons": "missing.so"}},
        {"files": {}},
    ],
    ids=["edited-sources", "other-interpreter", "file-missing", "empty"],
)
def test_a_stale_or_foreign_build_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, manifest: dict[str, object]
) -> None:
    fake_build(tmp_path, monkeypatch, **manifest)
    assert compiled.compiled_files() is None


def test_no_build_or_an_unreadable_manifest_is_not_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    build = fake_build(tmp_path, monkeypatch)
    (build / "manifest.json").write_text("{not json")
    assert compiled.compiled_files() is None
    (build / "manifest.json").unlink()
    assert compiled.compiled_files() is None


def test_the_digest_follows_every_source(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    (folder / "a.py").write_text("x = 1\n")
    monkeypatch.setattr(compiled, "SOURCES", (folder,))
    before = compiled.sources_digest()
    (folder / "a.py").write_text("x = 2\n")
    edited = compiled.sources_digest()
    (folder / "b.py").write_text("")
    assert len({before, edited, compiled.sources_digest()}) == 3


def classify(lines: bytes, **env: str) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "palabre.cli.moderation", "classify"], input=lines,
        capture_output=True, env={**os.environ, **env}, check=True, timeout=600,
    )  # fmt: skip
    return done.stdout


def uses_the_build(**env: str) -> bool:
    probe = "import palabre.policies.engine, palabre.policies.compiled as c; print(c.in_use())"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          env={**os.environ, **env}, check=True)  # fmt: skip
    return done.stdout.strip() == "True"


def test_the_environment_switch_runs_the_sources() -> None:
    assert not uses_the_build(PALABRE_COMPILED="0")


def test_the_build_decides_exactly_as_the_sources() -> None:
    if compiled.compiled_files() is None:
        unavailable("no current compiled build (make install builds it; a C compiler is needed)")
    assert uses_the_build()
    records = []
    for path in sorted(DATA.glob("*.jsonl")) + sorted(FUNCTIONAL.glob("*.jsonl"))[:4]:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            row = json.loads(line)
            text, lang = row["text"], row.get("lang", "fr")
            records.append({"id": f"{path.stem}-{n}", "text": text, "lang": lang})
            # Obfuscated and glued, as the normaliser's harder paths read them.
            records.append({"id": f"{path.stem}-{n}-o", "text": text.replace("o", "0")
                            .replace(" ", "  ").upper(), "lang": lang})  # fmt: skip
    lines = b"".join(json.dumps(r).encode() + b"\n" for r in records)
    assert len(records) > 3000
    assert classify(lines) == classify(lines, PALABRE_COMPILED="0")
