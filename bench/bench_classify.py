"""Benchmark the moderation engine: classify throughput, decision latency, model memory.

    .venv/bin/python bench/bench_classify.py [--n 5000] [--repeat 3]

Pins itself to one CPU core where the OS allows it, runs ``--repeat`` fresh processes
and prints a markdown block with the median run's figures:
- ``palabre classify`` throughput (JSON Lines in, JSON Lines out, in process);
- latency of one in-process decision (``Engine.decide``), p50 / p99;
- resident memory of the process before and after loading the policy and models.

Texts come from ../shared/data when present (a mix of French and English comments,
tweets and spam), else from a small built-in sample; each is made unique so that no
cache hides the work.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

from loadbench.sections import write_section

SAMPLE = [
    "Merci pour cet article, très clair et bien documenté.",
    "Je ne suis pas d'accord avec l'auteur : les chiffres de l'Insee disent l'inverse.",
    "Espèce d'abruti, tu n'as rien compris à l'article.",
    "Check out my channel http://bit.ly/xyz and subscribe!!!",
    "I think the mayor made the right call on the new bike lanes.",
    "Le maire Paul Durand est un escroc, il a détourné l'argent de la commune.",
]


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def texts(n: int) -> list[tuple[str, str]]:
    from palabre.policies import datasets

    pool: list[tuple[str, str]] = []
    if datasets.available():
        for loader in (datasets.toxifrench, datasets.jigsaw_fr, datasets.youtube,
                       lambda: datasets.mlma("en"), lambda: datasets.mlma("fr")):  # fmt: skip
            pool += [(ex.text, ex.lang) for ex in loader()[:2000]]
    else:
        pool = [(t, "fr") for t in SAMPLE]
    return [(f"{pool[i % len(pool)][0]} #{i}", pool[i % len(pool)][1]) for i in range(n)]


def measure(n: int) -> dict[str, float]:
    """One cold process's figures: load, throughput, latencies, memory."""
    base = rss_mb()
    started = time.perf_counter()
    from palabre.cli.moderation import classify_stream
    from palabre.policies.base import Submission
    from palabre.policies.compiled import in_use
    from palabre.policies.engine import Engine, load_policy

    engines = {lang: Engine(load_policy(None, lang)) for lang in ("fr", "en")}
    engines["fr"].decide(Submission(text="échauffement"))  # load lexicons and models
    engines["en"].decide(Submission(text="warm up", lang="en"))
    load_s = time.perf_counter() - started
    loaded = rss_mb()
    corpus = texts(n)

    payload = "".join(
        json.dumps({"id": str(i), "text": t, "lang": lang}) + "\n"
        for i, (t, lang) in enumerate(corpus)
    ).encode()
    sink = io.BytesIO()
    t0 = time.perf_counter()
    classify_stream(io.BytesIO(payload), sink)
    elapsed = time.perf_counter() - t0

    latencies = []
    for i, (t, lang) in enumerate(corpus):
        sub = Submission(text=f"{t} ~{i}", lang=lang)
        t1 = time.perf_counter_ns()
        engines[lang].decide(sub)
        latencies.append((time.perf_counter_ns() - t1) / 1e6)
    latencies.sort()
    return {
        "throughput": len(corpus) / elapsed,
        "mean_chars": sum(len(t) for t, _ in corpus) / len(corpus),
        "p50": statistics.median(latencies),
        "p99": latencies[int(len(latencies) * 0.99) - 1],
        "max": latencies[-1],
        "base": base,
        "loaded": loaded,
        "after": rss_mb(),
        "load_s": load_s,
        "compiled": in_use(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=5000)
    parser.add_argument(
        "--repeat", type=int, default=3,
        help="cold processes to run; the block gives their median and range",
    )  # fmt: skip
    parser.add_argument("--once", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})
    if args.once:
        print(json.dumps(measure(args.n)))
        return
    # Each run is a fresh process, so that no run finds the caches another one filled:
    # this machine's speed varies by several percent from one minute to the next.
    once = [sys.executable, __file__, "--once", "--n", str(args.n)]
    runs = [
        json.loads(subprocess.run(once, check=True, capture_output=True, text=True).stdout)
        for _ in range(max(1, args.repeat))
    ]
    runs.sort(key=lambda r: r["throughput"])
    mid = runs[len(runs) // 2]
    low, high = runs[0]["throughput"], runs[-1]["throughput"]
    spread = f", {len(runs)} cold runs: {low:,.0f} to {high:,.0f}" if runs[1:] else ""
    lines = [
        "```",
        f"bench/bench_classify.py --n {args.n} --repeat {len(runs)}  "
        f"(python {platform.python_version()}, {platform.machine()}, one core)",
        f"classify throughput      {mid['throughput']:,.0f} comments/s median  ({args.n} comments, "
        f"mean {mid['mean_chars']:.0f} chars{spread})",
        f"decision latency         p50 {mid['p50']:.2f} ms   p99 {mid['p99']:.2f} ms   "
        f"max {mid['max']:.2f} ms  (the median run)",
        f"RSS                      {mid['base']:.0f} MB bare -> {mid['loaded']:.0f} MB with "
        f"policy+models ({mid['loaded'] - mid['base']:.0f} MB for engine+models; "
        f"{mid['after']:.0f} MB at the end)",
        f"load time                {mid['load_s'] * 1000:.0f} ms (imports, lexicons, models)",
        "engine                   " + ("compiled (make install; see README)" if mid["compiled"]
                                       else "Python (no current compiled build)"),
        "```",
    ]
    block = "### Moderation engine: `palabre classify` on one core\n\n" + "\n".join(lines) + "\n"
    print(block)
    if not args.no_write:
        write_section("classify", block)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
