"""Optional py-spy sampling of Palabre's workers while wrk loads them (``--profile``).

Samples only threads holding the GIL (``--gil``), so the shares are of CPU time spent
in Python, not of time spent waiting. Raw stacks go to bench/out/profiles/<name>-<pid>.txt
(collapsed format, for flamegraph tools); <name>.md lists the heaviest frames.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from .processes import BenchError, descendants

RATE_HZ = 250
TOP = 40
# Frames every sample goes through (process start-up, the event loop): left out of the
# summary tables, which would otherwise open with a dozen rows at 100%.
PLUMBING = re.compile(
    r"\((multiprocessing|asyncio|threading\.py|uvicorn/(_subprocess|_compat|server|supervisors)"
    r"|<string>)"
)


def py_spy() -> str:
    beside = Path(sys.executable).parent / "py-spy"
    found = str(beside) if beside.exists() else shutil.which("py-spy")
    if not found:
        raise BenchError("--profile needs py-spy: .venv/bin/pip install py-spy")
    return found


class Sampler:
    """py-spy on every worker of a server, for a fixed number of seconds."""

    def __init__(self, root: int, name: str, seconds: float, out: Path) -> None:
        out.mkdir(parents=True, exist_ok=True)
        self.name = name
        self.out = out
        workers = [pid for pid in descendants(root) if pid != root] or [root]
        self.spies = [
            subprocess.Popen(
                [
                    py_spy(),
                    "record",
                    "--gil",
                    "--nonblocking",
                    "--format",
                    "raw",
                    "-r",
                    str(RATE_HZ),
                    "-d",
                    str(max(1, int(seconds) - 1)),
                    "--pid",
                    str(pid),
                    "-o",
                    str(out / f"{name}-{pid}.txt"),
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for pid in workers
        ]

    def finish(self) -> Path:
        for spy in self.spies:
            spy.wait(timeout=120)
        summary = self.out / f"{self.name}.md"
        summary.write_text(summarise(sorted(self.out.glob(f"{self.name}-*.txt")), self.name))
        return summary


def _frame(raw: str) -> str:
    # "func (/path/to/site-packages/pkg/mod.py:12)" -> "func (pkg/mod.py)"
    raw = re.sub(r":\d+\)$", ")", raw)
    return re.sub(r" \(.*?/(site-packages|src|lib/python3\.\d+)/", " (", raw)


def summarise(files: list[Path], name: str) -> str:
    inclusive: Counter[str] = Counter()
    own: Counter[str] = Counter()
    total = 0
    for path in files:
        for line in path.read_text().splitlines():
            stack, _, count = line.rpartition(" ")
            if not count.isdigit():
                continue
            frames = [_frame(f) for f in stack.split(";")]
            total += int(count)
            for frame in set(frames):
                if not PLUMBING.search(frame):
                    inclusive[frame] += int(count)
            own[frames[-1]] += int(count)
    if not total:
        return f"# {name}\n\nNo samples (py-spy may need ptrace rights).\n"
    lines = [
        f"# {name}: {total} samples with the GIL held, {len(files)} processes",
        "",
        "| inclusive | frame |",
        "|---|---|",
    ]
    lines += [f"| {100 * n / total:.1f}% | `{f}` |" for f, n in inclusive.most_common(TOP)]
    lines += ["", "| self | frame |", "|---|---|"]
    lines += [f"| {100 * n / total:.1f}% | `{f}` |" for f, n in own.most_common(TOP // 2)]
    return "\n".join(lines) + "\n"
