"""The other benchmarks' figures in bench/RESULTS.md, each in a marked section.

``bench/run.py`` writes the file's head (the load test); each other benchmark replaces
its own section and leaves the rest as it was, so one file holds every figure, each
with the command that produced it and the time it ran.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

RESULTS = Path(__file__).resolve().parents[1] / "RESULTS.md"
HEADING = (
    "## Widget, mail, dashboard and engine\n\n"
    "Each section below is written by its own script, named in it, when that script runs.\n"
)
_SECTION = re.compile(r"<!-- section:(?P<key>[\w-]+) -->\n.*?<!-- /section:(?P=key) -->\n", re.S)


def _wrap(key: str, markdown: str) -> str:
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    body = markdown.strip("\n")
    return f"<!-- section:{key} -->\n{body}\n\nRun {stamp}.\n<!-- /section:{key} -->\n"


def write_section(key: str, markdown: str, path: Path = RESULTS) -> None:
    """Put ``markdown`` in the section ``key`` of ``path``, in place of the last one."""
    text = path.read_text() if path.exists() else ""
    block = _wrap(key, markdown)
    found = [m for m in _SECTION.finditer(text) if m.group("key") == key]
    if found:
        m = found[-1]
        text = text[: m.start()] + block + text[m.end() :]
    else:
        if HEADING not in text:
            text = text.rstrip("\n") + "\n\n" + HEADING
        text = text.rstrip("\n") + "\n\n" + block
    path.write_text(text)


def sections(path: Path = RESULTS) -> str:
    """The marked sections of ``path``, for the load test to keep when it rewrites it."""
    if not path.exists():
        return ""
    found = "".join("\n" + m.group(0) for m in _SECTION.finditer(path.read_text()))
    return "\n" + HEADING + found if found else ""
