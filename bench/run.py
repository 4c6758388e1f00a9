"""Palabre's load benchmark (issue 6): one command, everything on loopback.

    .venv/bin/python bench/run.py

Starts Palabre (`palabre serve`), Isso (gunicorn, 2 workers) and nginx one after the
other, loads the same comments into the first two, measures each with wrk, stops it,
and writes bench/RESULTS.md (raw figures and server logs go to bench/out/).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path
from types import FrameType

from loadbench import measure, profiling, report, sections, systems, wrk
from loadbench.processes import BenchError, stop

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
OUT = BENCH_DIR / "out"
SYSTEMS = ("palabre", "isso", "nginx")


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=10, help="length of each measure")
    parser.add_argument("--warmup", type=float, default=3, help="warm-up before measuring")
    parser.add_argument(
        "--systems",
        default=",".join(SYSTEMS),
        help="comma-separated subset of palabre,isso,nginx (default: all three)",
    )
    parser.add_argument("--output", type=Path, default=None, help="default: bench/RESULTS.md")
    parser.add_argument(
        "--quiet-timeout",
        type=float,
        default=60,
        help="before each system, wait up to this many seconds for the machine to be idle",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    parser.add_argument(
        "--profile",
        action="store_true",
        help="sample Palabre's workers with py-spy (bench/out/profiles/); the figures are "
        "then perturbed, so they go to bench/out/RESULTS-profiled.md unless --output is given",
    )
    args = parser.parse_args(argv)
    args.systems = [s.strip() for s in args.systems.split(",") if s.strip()]
    if args.output is None:
        args.output = OUT / "RESULTS-profiled.md" if args.profile else BENCH_DIR / "RESULTS.md"
    unknown = set(args.systems) - set(SYSTEMS)
    if unknown:
        parser.error(f"unknown systems: {', '.join(sorted(unknown))}")
    return args


def _command(argv: list[str]) -> str:
    python = Path(sys.executable)
    shown = os.path.relpath(python, REPO) if python.is_relative_to(REPO) else str(python)
    script = os.path.relpath(Path(__file__).resolve(), REPO)
    return shlex.join([shown, script, *argv])


def _machine() -> dict[str, str]:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    return {
        "CPU": f"{cpu}, {os.cpu_count()} cores",
        "memory": f"{mem_kb / 2**20:.0f} GiB",
        "kernel": platform.release(),
        "Python": platform.python_version(),
    }


def _versions(names: list[str]) -> dict[str, str]:
    versions = {"wrk": wrk.version()}
    if "palabre" in names:
        try:
            versions["Palabre"] = metadata.version("palabre")
        except metadata.PackageNotFoundError:
            versions["Palabre"] = "not installed"
        git = subprocess.run(
            ["git", "-C", str(REPO), "describe", "--always", "--dirty"],
            capture_output=True,
            text=True,
            check=False,
        )
        versions["Palabre commit"] = git.stdout.strip() or "(no commit yet)"
        probe = subprocess.run(
            [sys.executable, "-c", "import palabre.policies.engine, palabre.policies.compiled as c;"
             " print(c.in_use())"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        versions["Palabre moderation engine"] = (
            "compiled (make install)" if probe.stdout.strip() == "True" else "Python"
        )
    if "isso" in names:
        systems.ensure_isso()
        versions["Isso"] = systems.isso_version()
    if "nginx" in names:
        versions["nginx"] = systems.nginx_version()
    return versions


def _terminate(signum: int, frame: FrameType | None) -> None:
    # Turn SIGTERM/SIGHUP into an exception so the finally blocks stop every server.
    raise SystemExit(128 + signum)


def main(argv: list[str]) -> int:
    args = _parse(argv)
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGHUP, _terminate)
    wrk.ensure_installed()
    if "nginx" in args.systems and shutil.which("nginx") is None:
        raise BenchError("nginx is not installed: apt-get install -y nginx wrk")
    run = report.Run(
        command=_command(argv),
        started=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        seconds=args.seconds,
        warmup=args.warmup,
        machine=_machine(),
        versions=_versions(args.systems),
    )
    if args.profile:
        profiling.py_spy()  # fail now rather than after minutes of loading
        run.notes.append("profiled run (py-spy on Palabre's workers): figures are perturbed")
    logs = OUT / "logs"
    for old in (logs, OUT / "profiles"):
        shutil.rmtree(old, ignore_errors=True)
    logs.mkdir(parents=True)
    work = Path(tempfile.mkdtemp(prefix="palabre-bench-"))
    plan = measure.Plan(
        args.seconds,
        args.warmup,
        work,
        logs,
        live=[],
        profile=args.profile,
        quiet_timeout=args.quiet_timeout,
    )
    began = time.monotonic()
    try:
        _run_all(plan, run, args.systems)
    finally:
        for server in list(plan.live):
            stop(server)
        if args.keep:
            print(f"data kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    run.elapsed = time.monotonic() - began
    (OUT / "results.json").write_text(json.dumps(run.as_dict(), indent=2, ensure_ascii=False))
    # The other benchmarks' sections (widget, mail, dashboard, engine) stay as they were.
    args.output.write_text(report.markdown(run) + sections.sections(args.output))
    print(f"wrote {args.output} and {OUT / 'results.json'} in {run.elapsed:.0f} s")
    for target, measured, verdict in report.targets(run):
        print(f"  {verdict}  {target}: {measured}")
    return 0


def _run_all(plan: measure.Plan, run: report.Run, names: list[str]) -> None:
    thread_json, source = b"", ""
    if "palabre" in names:
        fig = report.SystemFigures(
            "Palabre",
            "`palabre db upgrade` then `palabre serve` (uvicorn, one worker per core), SQLite "
            "in a fresh data folder; per-IP and per-email rate limits and the minimum time "
            "to submit are off (PALABRE_RATE_LIMIT_PER_IP=0, PALABRE_RATE_LIMIT_PER_EMAIL=0, "
            "PALABRE_MIN_SUBMIT_SECONDS=0) because all the load comes from 127.0.0.1.",
        )
        run.systems[fig.name] = fig
        thread_json, source = measure.run_palabre(plan, fig), "Palabre"
    if "isso" in names:
        fig = report.SystemFigures(
            "Isso",
            f"`gunicorn -b 127.0.0.1:PORT -w {systems.ISSO_WORKERS} --preload isso.run` as "
            "Isso's deployment guide shows, with a fresh SQLite file, moderation off and "
            "its per-IP guard off (same reason as Palabre's rate limits).",
        )
        run.systems[fig.name] = fig
        isso_json = measure.run_isso(plan, fig)
        if not thread_json:
            thread_json, source = isso_json, "Isso"
    if "nginx" in names:
        if not thread_json:
            raise BenchError("nginx serves another system's JSON: measure palabre or isso too")
        fig = report.SystemFigures(
            "nginx",
            f"nginx, `worker_processes auto`, serving {source}'s JSON response for the same "
            "thread as a static file (sendfile, no access log): the physical limit for "
            "those bytes.",
        )
        fig.thread_comments = run.systems[source].thread_comments
        run.systems[fig.name] = fig
        if source != "Palabre":
            run.notes.append("Palabre was not measured: nginx served Isso's JSON instead.")
        measure.run_nginx(plan, fig, thread_json)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except BenchError as err:
        print(f"bench failed: {err}", file=sys.stderr)
        sys.exit(1)
