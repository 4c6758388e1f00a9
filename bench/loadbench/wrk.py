"""Run wrk (the Debian package) with bounded durations and read its results."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from .processes import BenchError, prioritised

LUA_SCRIPT = Path(__file__).parent / "lua" / "request.lua"
RESULT_MARK = "BENCH_RESULT "


@dataclass(frozen=True)
class Load:
    """One wrk run: which URL, how many connections, for how long."""

    url: str
    connections: int
    seconds: float
    body_file: Path | None = None  # POST this body; may hold @@UNIQUE@@
    nonce: str = "x"

    @property
    def threads(self) -> int:
        # The machine has 2 cores and wrk needs CPU too: one wrk thread for a single
        # connection, two otherwise (one wrk thread cannot saturate nginx on its own).
        return 1 if self.connections == 1 else 2


@dataclass(frozen=True)
class Result:
    """What wrk measured; latencies in milliseconds."""

    connections: int
    requests: int
    seconds: float
    rps: float
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    bytes_per_response: int
    non_2xx: int
    socket_errors: int
    timeouts: int
    server_cpu: float = 0.0  # cores the server's processes used during the run
    other_cpu: float = 0.0  # cores used by anything but the server and wrk

    @property
    def errors(self) -> int:
        return self.non_2xx + self.socket_errors + self.timeouts

    def as_dict(self) -> dict[str, float | int]:
        return asdict(self)


def ensure_installed() -> str:
    path = shutil.which("wrk")
    if path is None:
        raise BenchError("wrk is not installed: apt-get install -y wrk nginx")
    return path


def version() -> str:
    completed = subprocess.run(["wrk", "--version"], capture_output=True, text=True, check=False)
    first = (completed.stdout or completed.stderr).splitlines()[:1]
    return first[0].split(" Copyright")[0].strip() if first else "wrk"


def run(load: Load) -> Result:
    """Run wrk once; fail when it cannot run, not when the server answers errors."""
    env = dict(os.environ, BENCH_NONCE=load.nonce)
    if load.body_file is not None:
        env["BENCH_BODY_FILE"] = str(load.body_file)
    argv = [
        ensure_installed(),
        f"-t{load.threads}",
        f"-c{load.connections}",
        f"-d{load.seconds:g}s",
        # Long enough that a slow server's answers count as slow, not as lost.
        "--timeout",
        "10s",
        "--latency",
        "-s",
        str(LUA_SCRIPT),
        load.url,
    ]
    completed = subprocess.run(
        prioritised(argv),
        env=env,
        capture_output=True,
        text=True,
        timeout=load.seconds + 60,
        check=False,
    )
    line = next((ln for ln in completed.stdout.splitlines() if ln.startswith(RESULT_MARK)), None)
    if completed.returncode != 0 or line is None:
        raise BenchError(
            f"wrk failed ({completed.returncode}) on {load.url}:\n"
            f"{completed.stdout}\n{completed.stderr}"
        )
    raw = json.loads(line[len(RESULT_MARK) :])
    requests = int(raw["requests"])
    seconds = raw["duration_us"] / 1e6
    return Result(
        connections=load.connections,
        requests=requests,
        seconds=round(seconds, 2),
        rps=round(requests / seconds, 1) if seconds else 0.0,
        p50_ms=raw["p50_us"] / 1000,
        p90_ms=raw["p90_us"] / 1000,
        p99_ms=raw["p99_us"] / 1000,
        max_ms=raw["max_us"] / 1000,
        bytes_per_response=raw["bytes"] // requests if requests else 0,
        non_2xx=int(raw["status_errors"]),
        socket_errors=int(raw["connect_errors"] + raw["read_errors"] + raw["write_errors"]),
        timeouts=int(raw["timeouts"]),
    )
