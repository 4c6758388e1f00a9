"""Widget benchmark: time to first paint of the first page of comments of a 500-comment
thread, in headless Chromium, with the widget embedded in a page on another origin.

    .venv/bin/python bench/bench_widget.py [--runs 15]

It starts everything it measures (Palabre under uvicorn on a temporary SQLite file, the
publisher's page on another port), seeds the thread through the JSON API, and prints a
Markdown block. "Cold" is a fresh browser profile each run (nothing cached); "warm" reloads
in the same profile, the way a reader opens a second article (the bundle is cached).
Target: under 300 ms.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from loadbench.sections import write_section  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from tests.browser.harness import (  # noqa: E402
    CHROMIUM,
    CHROMIUM_ARGS,
    chromium_missing,
    running_servers,
)
from tests.browser.helpers import api_post  # noqa: E402

THREAD = "bench-500"
WORDS = [
    "mer",
    "digue",
    "plage",
    "quartier",
    "maire",
    "travaux",
    "vélo",
    "piéton",
    "saison",
    "budget",
    "dune",
    "port",
]

# Paint follows the frame after the widget has put the comments in the DOM.
PROBE = """
document.addEventListener("palabre:ready", () => {
  requestAnimationFrame(() => setTimeout(() => {
    window.__palabrePaint = performance.now();
  }, 0));
});
"""


def seed(servers, total: int) -> None:  # type: ignore[no-untyped-def]
    roots: list[int] = []
    for i in range(total):
        words = " ".join(WORDS[(i * k) % len(WORDS)] for k in (1, 3, 5, 7))
        text = f"Avis n°{i} sur le projet : {words}, et *pourquoi pas* ?"
        body = {"parent_id": roots[i % len(roots)]} if i % 5 == 4 and roots else {}
        posted = api_post(servers, THREAD, text, name=f"Lecteur {i}", **body)
        if not body:
            roots.append(posted["comment"]["id"])


def measure(page, url: str) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    page.goto(url)
    page.wait_for_function("window.__palabrePaint !== undefined", timeout=10_000)
    comments = page.evaluate("performance.getEntriesByName('palabre:comments')[0].startTime")
    paint = page.evaluate("window.__palabrePaint")
    return float(comments), float(paint)


def summary(values: list[float]) -> str:
    values = sorted(values)
    p90 = values[min(len(values) - 1, round(0.9 * (len(values) - 1)))]
    return f"{statistics.median(values):.0f} / {p90:.0f} / {values[0]:.0f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--comments", type=int, default=500)
    parser.add_argument("--no-write", action="store_true", help="print only, keep RESULTS.md")
    args = parser.parse_args()
    reason = chromium_missing()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_servers(Path(tmp)) as servers,
        sync_playwright() as pw,
    ):
        started = time.monotonic()
        seed(servers, args.comments)
        seeded = time.monotonic() - started
        url = servers.page(THREAD, plain="1")
        sizes = {}
        for name in ("embed.js", "widget.js", "widget.css"):
            path = "/embed.js" if name == "embed.js" else None
            if path is None:
                loader = urllib.request.urlopen(f"{servers.api}/embed.js").read().decode()
                bundle = loader.split("/widget/")[1].split("/")[0]
                path = f"/widget/{bundle}/{name}"
            raw = urllib.request.urlopen(servers.api + path).read()
            sizes[name] = (len(raw), len(gzip.compress(raw, 9)))
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        cold: list[tuple[float, float]] = []
        for _ in range(args.runs):
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.add_init_script(PROBE)
            cold.append(measure(context.new_page(), url))
            context.close()
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        context.add_init_script(PROBE)
        page = context.new_page()
        measure(page, url)
        warm = [measure(page, url) for _ in range(args.runs)]
        shown = page.evaluate(
            "document.querySelector('#palabre').shadowRoot.querySelectorAll('.pw-c[data-id]').length"
        )
        count = page.evaluate(
            "document.querySelector('#palabre').shadowRoot.querySelector('.pw-count').textContent"
        )
        browser.close()

    total_gz = sum(gz for _, gz in sizes.values())
    block = (
        f"""
### Widget: first paint of a {args.comments}-comment thread (headless Chromium)

`{Path(sys.argv[0]).name} --runs {args.runs}` · thread seeded through the API in {seeded:.1f} s \
· heading "{count}", {shown} comments in the first page · target < 300 ms

| load | comments in DOM, ms (median / p90 / min) | first paint, ms (median / p90 / min) |
|---|---|---|
| cold (empty cache) | {summary([c for c, _ in cold])} | {summary([p for _, p in cold])} |
| warm (bundle cached) | {summary([c for c, _ in warm])} | {summary([p for _, p in warm])} |

Times are from navigation start. Bundle: """
        + ", ".join(
            f"{name} {raw / 1024:.1f} KB ({gz / 1024:.1f} KB gz)"
            for name, (raw, gz) in sizes.items()
        )
        + f"; total {total_gz / 1024:.1f} KB gzipped (budget 30 KB).\n"
    )
    print(block)
    if not args.no_write:
        write_section("widget", block)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
