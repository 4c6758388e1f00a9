"""Figures of one run: kept as JSON, written as bench/RESULTS.md with the targets."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from .processes import Memory
from .wrk import Result

READ_CONCURRENCY = (1, 16, 64)
POST_CONCURRENCY = (1, 8)
COUNTS_CONCURRENCY = (1, 16)
SYSTEM_ORDER = ("Palabre", "Isso", "nginx")

# Targets of issue 6.
READ_SHARE_OF_NGINX = 0.10
READ_P99_MS = 50.0
POST_FACTOR = 3.0
COUNTS_FACTOR = 5.0
BACKGROUND_LIMIT = 0.15  # cores used by other work during a run; above this, say so


@dataclass
class SystemFigures:
    """Everything measured on one system."""

    name: str
    how: str  # how it was run, for the reader
    read: dict[int, Result] = field(default_factory=dict)
    post: dict[int, Result] = field(default_factory=dict)
    counts: dict[int, Result] = field(default_factory=dict)
    memory_warm: Memory | None = None
    memory_end: Memory | None = None
    thread_bytes: int = 0
    thread_comments: int = 0
    notes: list[str] = field(default_factory=list)


@dataclass
class Run:
    """One run of the bench: context, then figures per system."""

    command: str
    started: str
    seconds: float
    warmup: float
    machine: dict[str, str]
    versions: dict[str, str]
    systems: dict[str, SystemFigures] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    elapsed: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def _num(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def _ms(value: float) -> str:
    return f"{value:.2f} ms" if value < 10 else f"{value:,.0f} ms"


def _mib(value: int) -> str:
    return f"{value / 2**20:,.0f} MiB"


def _cell(result: Result | None) -> str:
    if result is None:
        return "–"
    text = (
        f"**{_num(result.rps)}**/s · p50 {_ms(result.p50_ms)} · p99 {_ms(result.p99_ms)}"
        f" · {result.server_cpu:.1f} CPU"
    )
    problems = []
    if result.non_2xx:
        problems.append(f"{result.non_2xx:,} non-2xx")
    if result.socket_errors:
        problems.append(f"{result.socket_errors:,} socket errors")
    if result.timeouts:
        problems.append(f"{result.timeouts:,} timeouts")
    if result.other_cpu > BACKGROUND_LIMIT:
        text += f" · ({result.other_cpu:.1f} CPU used elsewhere)"
    return text + (f" · ⚠ {', '.join(problems)}" if problems else "")


def _table(run: Run, attr: str, levels: tuple[int, ...], names: list[str]) -> list[str]:
    present = [n for n in names if n in run.systems]
    lines = ["| concurrency | " + " | ".join(present) + " |", "|---|" + "---|" * len(present)]
    for level in levels:
        cells = [_cell(getattr(run.systems[n], attr).get(level)) for n in present]
        lines.append(f"| {level} | " + " | ".join(cells) + " |")
    return lines


def _clean(result: Result | None) -> bool:
    return result is not None and result.errors == 0 and result.requests > 0


def targets(run: Run) -> list[tuple[str, str, str]]:
    """(target, measured, verdict) rows; a figure with errors cannot pass."""
    rows: list[tuple[str, str, str]] = []
    palabre, isso, nginx = (run.systems.get(n) for n in SYSTEM_ORDER)
    if palabre is None:
        return rows
    if nginx is not None:
        ours, limit = palabre.read.get(64), nginx.read.get(64)
        if ours and limit:
            share = ours.rps / limit.rps if limit.rps else 0.0
            ok = _clean(ours) and share >= READ_SHARE_OF_NGINX and ours.p99_ms < READ_P99_MS
            rows.append(
                (
                    f"thread read, c=64: ≥ {READ_SHARE_OF_NGINX:.0%} of nginx, p99 < "
                    f"{READ_P99_MS:.0f} ms",
                    f"{_num(ours.rps)}/s = {share:.1%} of nginx ({_num(limit.rps)}/s), "
                    f"p99 {_ms(ours.p99_ms)}",
                    _verdict(ok),
                )
            )
    if isso is not None:
        for label, attr, levels, factor in (
            ("posting", "post", POST_CONCURRENCY, POST_FACTOR),
            ("counts (20 threads)", "counts", COUNTS_CONCURRENCY, COUNTS_FACTOR),
        ):
            for level in levels:
                ours, theirs = getattr(palabre, attr).get(level), getattr(isso, attr).get(level)
                if not (ours and theirs):
                    continue
                ratio = ours.rps / theirs.rps if theirs.rps else float("inf")
                rows.append(
                    (
                        f"{label}, c={level}: ≥ {factor:.0f}× Isso",
                        f"{_num(ours.rps)}/s vs {_num(theirs.rps)}/s = {ratio:.1f}×",
                        _verdict(_clean(ours) and ratio >= factor),
                    )
                )
    return rows


def _busiest_background(run: Run) -> tuple[float, str] | None:
    worst: tuple[float, str] | None = None
    for name, fig in run.systems.items():
        for attr in ("read", "post", "counts"):
            for level, result in getattr(fig, attr).items():
                if result.other_cpu > BACKGROUND_LIMIT and (
                    worst is None or result.other_cpu > worst[0]
                ):
                    worst = (result.other_cpu, f"{name} {attr} c={level}")
    return worst


def _verdict(ok: bool) -> str:
    return "✅ pass" if ok else "❌ miss"


def markdown(run: Run) -> str:
    names = [n for n in SYSTEM_ORDER if n in run.systems]
    out = [
        "# Load benchmark: Palabre, Isso and nginx",
        "",
        "Written by `bench/run.py`; see `bench/README.md` for what it does and why. "
        "Do not edit by hand: run the command again.",
        "",
        "```sh",
        run.command,
        "```",
        "",
        f"Run {run.started}, {run.elapsed:.0f} s in all. Each figure is one wrk run of "
        f"{run.seconds:g} s on loopback, after a {run.warmup:g} s warm-up of the same "
        "system; wrk uses 1 thread at concurrency 1 and 2 threads above, on the same "
        "machine as the servers. In each cell: requests per second, median and 99th "
        "percentile latency, and the CPU cores the server's processes used meanwhile "
        "(wrk has the rest). ⚠ marks a run with errors; such a figure cannot pass a target.",
        "",
        "## Targets (issue 6)",
        "",
        "| target | measured | result |",
        "|---|---|---|",
    ]
    rows = targets(run)
    out += [f"| {t} | {m} | {v} |" for t, m, v in rows] or [
        "| (needs Palabre, with Isso or nginx, in the same run) | | |"
    ]
    out += ["", "## Reading a 200-comment thread", ""]
    out += _table(run, "read", READ_CONCURRENCY, names)
    sizes = ", ".join(
        f"{n} {run.systems[n].thread_bytes:,} bytes ({run.systems[n].thread_comments} comments)"
        for n in names
        if run.systems[n].thread_bytes
    )
    out += ["", f"Response bodies: {sizes}.", ""]
    out += ["## Posting a comment", ""]
    out += _table(run, "post", POST_CONCURRENCY, [n for n in names if n != "nginx"])
    out += ["", "Every body is unique (the Lua script appends a counter spelt in letters).", ""]
    out += ["## Counts for 20 threads", ""]
    out += _table(run, "counts", COUNTS_CONCURRENCY, [n for n in names if n != "nginx"])
    out += [
        "",
        "## Memory",
        "",
        "| system | processes | RSS after warm-up | PSS after warm-up | RSS at the end |",
        "|---|---|---|---|---|",
    ]
    for n in names:
        fig = run.systems[n]
        warm, end = fig.memory_warm, fig.memory_end
        if warm is None:
            continue
        out.append(
            f"| {n} | {warm.processes} | {_mib(warm.rss)} | {_mib(warm.pss)} | "
            f"{_mib(end.rss) if end else '–'} |"
        )
    out += [
        "",
        "RSS is summed over the master and all its workers, from `/proc/*/status`; "
        "pages shared after a fork count once per process. PSS (`smaps_rollup`) "
        "shares them out, so its sum is what the tree really holds.",
        "",
    ]
    out += ["## How each system ran", ""]
    out += [f"- **{n}**: {run.systems[n].how}" for n in names]
    notes = run.notes + [f"{n}: {note}" for n in names for note in run.systems[n].notes]
    busy = _busiest_background(run)
    if busy:
        notes.append(
            f"the machine was not quiet: other processes used up to {busy[0]:.1f} cores "
            f"during {busy[1]}, CPU the servers could not have; rerun on an idle machine "
            "before trusting these figures"
        )
    if notes:
        out += ["", "## Notes", ""] + [f"- {note}" for note in notes]
    out += ["", "## Machine and versions", ""]
    out += [f"- {k}: {v}" for k, v in {**run.machine, **run.versions}.items()]
    return "\n".join(out) + "\n"
