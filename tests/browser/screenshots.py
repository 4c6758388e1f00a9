"""Screenshots of the widget for the README: French and English, desktop and phone.

.venv/bin/python -m tests.browser.screenshots   # writes docs/screenshots/widget-*.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.browser.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    Servers,
    chromium_missing,
    running_servers,
)
from tests.browser.helpers import api_post

SITES = {"fr": "default", "en": "en"}
OUT = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

SAMPLES = {
    "fr": [
        ("Claire", "Enfin ! Ce front de mer en avait **bien besoin** depuis des années.", None),
        ("Jean-Marc", "Dix-huit mois de travaux en pleine saison, je demande à voir.", 0),
        ("Sophie", "La réunion publique de janvier sera-t-elle retransmise en ligne ?", None),
    ],
    "en": [
        ("Claire", "At last! The seafront has **needed this** for years.", None),
        ("John", "Eighteen months of works during the season? I'll believe it when I see it.", 0),
        ("Sophie", "Will the public meeting in January be streamed online?", None),
    ],
}


def seed(api_servers: Servers, thread: str, lang: str) -> None:
    ids: list[int] = []
    for name, text, parent in SAMPLES[lang]:
        body = {"parent_id": ids[parent]} if parent is not None else {}
        posted = api_post(api_servers, thread, text, name=name, site=SITES[lang], **body)
        ids.append(posted["comment"]["id"])
    quote = {
        "exact": "dix-huit mois",
        "prefix": "commencera au printemps et durera ",
        "suffix": ". Les travaux seront menés par tra",
    }
    text = {"fr": "Et pendant ce temps, où se garer ?", "en": "And where do we park meanwhile?"}[
        lang
    ]
    api_post(api_servers, thread, text, name="Nadia", site=SITES[lang], anchor=quote)


def main() -> int:
    reason = chromium_missing()
    if reason:
        print(reason, file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    with (
        tempfile.TemporaryDirectory() as tmp,
        running_servers(Path(tmp)) as servers,
        sync_playwright() as pw,
    ):
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for lang in ("fr", "en"):
            thread = f"screenshot-{lang}"
            seed(servers, thread, lang)
            for name, viewport in (
                ("", {"width": 1100, "height": 900}),
                ("-mobile", {"width": 390, "height": 844}),
            ):
                page = browser.new_page(viewport=viewport, device_scale_factor=1 if not name else 2)
                params = {"plain": "1", "site": SITES[lang], "page_lang": lang}
                page.goto(servers.page(thread, **params))
                page.locator(".pw-c").first.wait_for()
                page.locator(".pw-inline-item").first.wait_for()
                page.wait_for_timeout(300)
                page.locator("#palabre").screenshot(path=str(OUT / f"widget-{lang}{name}.png"))
                page.close()
        browser.close()
    print(f"screenshots written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
