"""Start one system, load its data, measure it, stop it."""

from __future__ import annotations

import dataclasses
import resource
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from . import dataset, seeding, systems, wrk
from .processes import (
    BenchError,
    Server,
    machine_user_seconds,
    memory,
    stop,
    tree_cpu,
    wait_idle,
    wait_quiet,
)
from .profiling import Sampler
from .report import (
    BACKGROUND_LIMIT,
    COUNTS_CONCURRENCY,
    POST_CONCURRENCY,
    READ_CONCURRENCY,
    SystemFigures,
)
from .systems import Running


@dataclass
class Plan:
    """Durations, where to write temporary files, and the servers to stop on exit."""

    seconds: float
    warmup: float
    work: Path
    logs: Path
    live: list[Server]
    profile: bool = False  # sample Palabre's workers with py-spy during the main loads
    quiet_timeout: float = 60  # wait this long at most for an idle machine before a system

    def say(self, message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def _load(
    plan: Plan,
    target: Running,
    path: str,
    connections: int,
    seconds: float,
    body: bytes | None = None,
    profile_as: str = "",
) -> wrk.Result:
    body_file = None
    if body is not None:
        body_file = plan.work / f"body-{secrets.token_hex(4)}.json"
        body_file.write_bytes(body)
    # A fresh nonce per wrk run: no body is ever sent twice, warm-ups included.
    nonce = "".join(secrets.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(6))
    load = wrk.Load(target.url(path), connections, seconds, body_file=body_file, nonce=nonce)
    sampler = None
    if plan.profile and profile_as and target.name == "Palabre":
        sampler = Sampler(target.server.pid, profile_as, seconds, plan.logs.parent / "profiles")
    before = _cpu_clocks(target.server.pid)
    result = wrk.run(load)
    server, server_user, ours, machine_user, elapsed = (
        b - a for a, b in zip(before, _cpu_clocks(target.server.pid), strict=True)
    )
    # User time nobody of ours spent went to other work (tests, another bench): CPU the
    # server could not have. Kernel time is left out; see machine_user_seconds.
    other = max(0.0, machine_user - server_user - ours)
    result = dataclasses.replace(
        result, server_cpu=round(server / elapsed, 2), other_cpu=round(other / elapsed, 2)
    )
    if sampler is not None:
        plan.say(f"profile written to {sampler.finish()}")
    target.server.check_alive()
    if result.other_cpu > BACKGROUND_LIMIT:
        plan.say(f"warning: other processes used {result.other_cpu:.1f} cores meanwhile")
    waited = wait_idle(target.server.pid)
    if waited > 2:
        plan.say(f"{target.name}: {waited:.0f} s to work off the requests still queued")
    return result


def _cpu_clocks(server_pid: int) -> tuple[float, float, float, float, float]:
    """CPU seconds so far: server (user + system), server user, user time of this process
    and its finished children (wrk), machine user time; then the wall clock."""
    server_user, server_system = tree_cpu(server_pid)
    ours = resource.getrusage(resource.RUSAGE_CHILDREN).ru_utime
    ours += resource.getrusage(resource.RUSAGE_SELF).ru_utime
    return (
        server_user + server_system,
        server_user,
        ours,
        machine_user_seconds(),
        time.monotonic(),
    )


def _measure(plan: Plan, target: Running, fig: SystemFigures) -> None:
    plan.say(f"{target.name}: warm-up, reading for {plan.warmup:g} s")
    _load(plan, target, target.read_path, 16, plan.warmup)
    fig.memory_warm = memory(target.server.pid)
    for c in READ_CONCURRENCY:
        fig.read[c] = _load(
            plan, target, target.read_path, c, plan.seconds, profile_as=f"read-c{c}"
        )
        plan.say(
            f"{target.name}: read c={c}: {fig.read[c].rps:,.0f}/s, "
            f"p99 {fig.read[c].p99_ms:.1f} ms, errors {fig.read[c].errors}"
        )
    if target.counts_path:
        for c in COUNTS_CONCURRENCY:
            fig.counts[c] = _load(
                plan,
                target,
                target.counts_path,
                c,
                plan.seconds,
                target.counts_body,
                profile_as=f"counts-c{c}",
            )
            plan.say(
                f"{target.name}: counts c={c}: {fig.counts[c].rps:,.0f}/s, "
                f"errors {fig.counts[c].errors}"
            )
    if target.post_path:
        post_body = target.post_template.encode()
        status = seeding.probe_post(target)
        fig.notes.append(f"the comment posted under load comes back {status}")
        if status != "published":
            plan.say(f"{target.name}: warning: the load comment comes back {status}")
        _load(plan, target, target.post_path, 1, min(plan.warmup, 2), post_body)
        for c in POST_CONCURRENCY:
            fig.post[c] = _load(
                plan,
                target,
                target.post_path,
                c,
                plan.seconds,
                post_body,
                profile_as=f"post-c{c}",
            )
            plan.say(
                f"{target.name}: post c={c}: {fig.post[c].rps:,.0f}/s, errors {fig.post[c].errors}"
            )
    fig.memory_end = memory(target.server.pid)


def _run_system(
    plan: Plan,
    fig: SystemFigures,
    starter: Callable[[], Running],
    prepare: Callable[[Running], None],
) -> Running:
    busy = wait_quiet(BACKGROUND_LIMIT, plan.quiet_timeout)
    if busy is not None:
        plan.say(f"warning: the machine is still busy ({busy:.1f} cores); going on anyway")
    plan.say(f"{fig.name}: starting")
    target = starter()
    plan.live.append(target.server)
    try:
        prepare(target)
        _measure(plan, target, fig)
    finally:
        plan.say(f"{fig.name}: stopping")
        stop(target.server)
        plan.live.remove(target.server)
    return target


def _check_thread(target: Running, fig: SystemFigures) -> bytes:
    raw = seeding.fetch(target, target.read_path)
    fig.thread_bytes = len(raw)
    fig.thread_comments = seeding.count_thread_comments(target, raw)
    if fig.thread_comments != dataset.BIG_THREAD_COMMENTS:
        fig.notes.append(
            f"the thread response held {fig.thread_comments} comments, "
            f"not {dataset.BIG_THREAD_COMMENTS}"
        )
    return raw


def _excerpt(text: str, length: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= length else flat[: length - 1] + "…"


def run_palabre(plan: Plan, fig: SystemFigures) -> bytes:
    """Measure Palabre; return its JSON for the big thread (nginx serves it next)."""
    thread_json = b""

    def prepare(target: Running) -> None:
        nonlocal thread_json
        started = time.monotonic()
        held: list[seeding.Held] = []
        seeded = seeding.seed_palabre(target, held)
        plan.say(f"Palabre: {seeded} comments posted in {time.monotonic() - started:.1f} s")
        if held:
            plan.say(f"Palabre: its moderation held {len(held)} seed comments; approved")
            fig.notes.append(
                f"Palabre's moderation held {len(held)} of the {seeded} seed comments; the "
                "bench approved them through the moderation API, as an editor would. Held: "
                + "; ".join(f"{h.thread} ({h.reason}): «{_excerpt(h.text)}»" for h in held)
            )
        thread_json = _check_thread(target, fig)
        counts = seeding.fetch(target, target.counts_path)
        if not seeding.palabre_counts_ok(counts):
            raise BenchError(f"Palabre's counts look wrong: {counts[:300]!r}")

    _run_system(plan, fig, lambda: systems.start_palabre(plan.work, plan.logs), prepare)
    return thread_json


def run_isso(plan: Plan, fig: SystemFigures) -> bytes:
    thread_json = b""

    def prepare(target: Running) -> None:
        nonlocal thread_json
        started = time.monotonic()
        seeded = seeding.seed_isso(target)
        plan.say(f"Isso: {seeded} comments posted in {time.monotonic() - started:.1f} s")
        thread_json = _check_thread(target, fig)
        counts = seeding.fetch(target, target.counts_path, target.counts_body)
        if not seeding.isso_counts_ok(counts):
            raise BenchError(f"Isso's counts look wrong: {counts[:300]!r}")

    _run_system(plan, fig, lambda: systems.start_isso(plan.work, plan.logs), prepare)
    return thread_json


def run_nginx(plan: Plan, fig: SystemFigures, thread_json: bytes) -> None:
    fig.thread_bytes = len(thread_json)

    def prepare(target: Running) -> None:
        served = seeding.fetch(target, target.read_path)
        if served != thread_json:
            raise BenchError("nginx does not serve the bytes it was given")

    _run_system(plan, fig, lambda: systems.start_nginx(plan.work, plan.logs, thread_json), prepare)
