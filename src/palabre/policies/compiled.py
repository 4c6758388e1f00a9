"""The compiled build of the moderation engine, used only when it matches the sources.

``tools/compile_engine.py`` (run by ``make install``) compiles the engine's modules with
mypyc into ``_compiled/`` beside this file: the same Python source, turned into C, which
reads a comment about a third faster. Python would load such a build in place of the
sources as soon as it sits beside them, edited or not; so it is kept apart, and this
module puts it in front of the sources only when it was built from the very sources on
disk now, for this interpreter. An edited source is then run as Python until the next
build, never as stale code.

``PALABRE_COMPILED=0`` in the environment runs the sources as Python. It is read once,
before the first module of the engine loads, so it is an environment switch and not one
of the settings of ``palabre.settings`` (which are read after the engine is imported).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
import sysconfig
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

POLICIES = Path(__file__).resolve().parent
BUILD_DIR = POLICIES / "_compiled"
MANIFEST = BUILD_DIR / "manifest.json"
#: Modules that stay Python, and why.
EXCLUDED = {
    "__init__": "a package runs it before any finder could be put in place",
    "compiled": "it chooses the build, so it cannot be part of it",
    "base": "a runtime-checkable Protocol, which mypyc cannot compile",
    "phrase_sets": "a subclass of frozenset, which mypyc cannot compile",
    "policy": "pydantic models, which mypyc does not support",
    "akismet": "network I/O, not on the path of a decision",
    "webhook": "network I/O, not on the path of a decision",
    "datasets": "evaluation data loaders, never used to decide",
    "evaluation": "the offline evaluation",
    "model_store": "retraining and model versions, off the path of a decision",
}
#: The compiled code was typed against these sources too: a change in any of them makes
#: the build stale (the domain's enums and records are read by every check).
SOURCES = (POLICIES, POLICIES.parent / "domain")
ENVIRONMENT_SWITCH = "PALABRE_COMPILED"


def ext_suffix() -> str:
    return str(sysconfig.get_config_var("EXT_SUFFIX"))


def sources_digest() -> str:
    """One digest of every source the build was compiled from or typed against."""
    digest = hashlib.sha256()
    for folder in SOURCES:
        for path in sorted(folder.glob("*.py")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def compiled_files() -> dict[str, Path] | None:
    """The build's file for each compiled module (and for the library they share), or
    None when there is no build, or it is stale or for another interpreter."""
    try:
        manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
        files = {name: BUILD_DIR / file for name, file in manifest["files"].items()}
        fits = manifest["ext_suffix"] == ext_suffix() and manifest["sources"] == sources_digest()
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if not fits or not files or not all(path.is_file() for path in files.values()):
        return None
    return files


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Finds the compiled modules of a build; every other import goes on as usual."""

    def __init__(self, files: dict[str, Path]) -> None:
        self.files = files

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        file = self.files.get(fullname)
        if file is None:
            return None
        loader = importlib.machinery.ExtensionFileLoader(fullname, str(file))
        return importlib.util.spec_from_file_location(fullname, file, loader=loader)


def install() -> bool:
    """Put a current build in front of the sources; whether one is now in use."""
    if any(isinstance(finder, CompiledFinder) for finder in sys.meta_path):
        return True
    if os.environ.get(ENVIRONMENT_SWITCH, "1").strip() == "0":
        return False
    files = compiled_files()
    if files is None:
        return False
    sys.meta_path.insert(0, CompiledFinder(files))
    return True


def in_use() -> bool:
    """Whether the engine now runs compiled (the benchmarks record it, the tests check it)."""
    module = sys.modules.get("palabre.policies.lexicons")
    return module is not None and str(getattr(module, "__file__", "")).endswith(ext_suffix())
