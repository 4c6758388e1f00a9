"""Compile the moderation engine with mypyc, into src/palabre/policies/_compiled/.

    .venv/bin/python tools/compile_engine.py [--if-stale]

``make install`` runs it with ``--if-stale``. The build is the engine's own typed
Python turned into C by mypyc (which ships with mypy), then into one shared library per
module and one they share; ``palabre.policies.compiled`` loads it in front of the
sources only while it matches them. Without a C compiler, or when the build fails, it
says so and the engine runs as Python: the decisions are the same, only slower.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

# The build replaces the files a running engine would load: read the sources as Python.
os.environ["PALABRE_COMPILED"] = "0"

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from palabre.policies import compiled  # noqa: E402

GROUP = "palabre_engine"
#: Where a build is made, then renamed into place whole.
FRESH = compiled.BUILD_DIR.with_name("_compiled.new")


def build() -> dict[str, str]:
    """Compile into a fresh folder; the module name of each file built."""
    from mypyc.build import mypycify
    from setuptools import Distribution

    modules = sorted(
        path for path in compiled.POLICIES.glob("*.py") if path.stem not in compiled.EXCLUDED
    )
    os.chdir(ROOT)  # mypyc reads pyproject.toml's [tool.mypy] from here
    suffix = compiled.ext_suffix()
    with tempfile.TemporaryDirectory(prefix="palabre-compile-") as tmp:
        extensions = mypycify(
            [str(path.relative_to(ROOT)) for path in modules],
            opt_level="3", debug_level="0", multi_file=True,
            target_dir=f"{tmp}/c", group_name=GROUP,
        )  # fmt: skip
        dist = Distribution({"name": "palabre-engine", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib, command.build_temp = f"{tmp}/lib", f"{tmp}/obj"
        dist.run_command("build_ext")
        shutil.rmtree(FRESH, ignore_errors=True)
        FRESH.mkdir()
        files = {}
        for library in Path(tmp, "lib").rglob(f"*{suffix}"):
            relative = library.relative_to(Path(tmp, "lib")).as_posix()
            files[relative.removesuffix(suffix).replace("/", ".")] = library.name
            shutil.copy2(library, FRESH / library.name)
    return files


def build_quietly() -> tuple[dict[str, str] | None, str]:
    """:func:`build` with mypyc's and the compiler's output kept aside: the files built,
    or None and the end of that output."""
    with tempfile.TemporaryFile(mode="w+") as log:
        saved = [os.dup(1), os.dup(2)]
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(log.fileno(), 1)
        os.dup2(log.fileno(), 2)
        try:
            return build(), ""
        except (Exception, SystemExit) as exc:  # a missing compiler raises either
            failure = f"{type(exc).__name__}: {exc}"
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            for fd, saved_fd in enumerate(saved, start=1):
                os.dup2(saved_fd, fd)
                os.close(saved_fd)
        log.seek(0)
        return None, "\n".join([*log.read().splitlines()[-20:], failure])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--if-stale", action="store_true",
                        help="do nothing when the build matches the sources")  # fmt: skip
    args = parser.parse_args()
    if args.if_stale and compiled.compiled_files() is not None:
        print("compiled engine: up to date")
        return 0
    print("compiled engine: compiling with mypyc (a minute or two, once per change)", flush=True)
    started = time.monotonic()
    digest = compiled.sources_digest()  # sources edited during the build make it stale
    files, failure = build_quietly()
    if files is None:
        shutil.rmtree(FRESH, ignore_errors=True)
        still = "an earlier build still matches the sources and is used" if (
            compiled.compiled_files() is not None) else "the engine runs as Python"
        print(f"{failure}\ncompiled engine: not built; {still}", file=sys.stderr)
        return 0
    manifest = {"ext_suffix": compiled.ext_suffix(), "sources": digest, "files": files}
    (FRESH / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n")
    shutil.rmtree(compiled.BUILD_DIR, ignore_errors=True)
    FRESH.rename(compiled.BUILD_DIR)
    print(f"compiled engine: {len(files) - 1} modules in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
