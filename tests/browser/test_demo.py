"""`palabre demo` as the README runs it, driven end to end in Chromium.

A reader subscribes from the widget on the demo article and confirms from the mail that
the console backend prints; a reply to their comment that the engine holds mails no one;
an editor signs in with the printed credentials, approves that reply and the demo's held
sample comment; the reader is then told of the reply, and the sample is on the article.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.browser.harness import free_port

pytestmark = [pytest.mark.browser, pytest.mark.slow]

RULE = "─" * 72
THREAD = "demo-tramway-littoral"
HELD_SAMPLE = "410 millions pour douze stations"


@dataclass
class Demo:
    base: str
    process: subprocess.Popen[str]
    lines: list[str] = field(default_factory=list)

    @property
    def output(self) -> str:
        return "\n".join(self.lines)

    def mails(self) -> list[dict[str, str]]:
        """The mails printed so far: their headers, and the text part as ``body``."""
        found = []
        for block in self.output.split(RULE)[1::2]:
            head, _, body = block.strip("\n").partition("\n\n")
            mail = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
            found.append({**mail, "body": body})
        return found

    def mails_to(self, address: str) -> list[dict[str, str]]:
        return [m for m in self.mails() if m.get("To") == address]

    def wait(self, what: str, check: Any, timeout: float = 20) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = check()
            if found:
                return found
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise AssertionError(f"no {what} after {timeout} s; the demo printed:\n{self.output}")


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Demo]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PALABRE_")}
    # The reader types faster than a person: the minimum time to submit would hold it.
    env |= {"PALABRE_MIN_SUBMIT_SECONDS": "0", "PYTHONUNBUFFERED": "1"}
    exe = Path(sys.executable).parent / "palabre"
    process = subprocess.Popen(
        [str(exe), "demo", "--port", str(port), "--data-dir", str(tmp_path / "demo")],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    running = Demo(f"http://127.0.0.1:{port}", process)

    def read() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            running.lines.append(line.rstrip("\n"))

    threading.Thread(target=read, daemon=True).start()
    try:
        running.wait("demo URL", lambda: f"{running.base}/demo" in running.output, 60)
        running.wait("server", lambda: _up(f"{running.base}/demo"), 30)
        yield running
    finally:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def _up(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def _post(demo: Demo, body: dict[str, Any]) -> dict[str, Any]:
    request = urllib.request.Request(
        f"{demo.base}/api/v1/threads/{THREAD}/comments",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        return dict(json.loads(response.read()))


def test_demo_subscribe_confirm_hold_approve_and_notify(browser: Any, demo: Demo) -> None:
    credentials = re.search(r"sign in as (\S+), password (\S+?);", demo.output)
    assert credentials, demo.output
    assert f"{demo.base}/admin" in demo.output

    reader = browser.new_context(locale="fr-FR", viewport={"width": 412, "height": 915})
    page = reader.new_page()
    console: list[str] = []
    page.on("console", lambda m: m.type == "error" and console.append(m.text))
    page.goto(f"{demo.base}/demo")
    page.locator(".pw-count").wait_for()
    page.wait_for_load_state("networkidle")
    assert console == [], console  # no missing icon, script or stylesheet
    assert HELD_SAMPLE not in page.locator("#palabre").inner_text()

    # The reader comments with an email and asks to be told of replies.
    form = page.locator("form.pw-form[data-kind=comment]").first
    form.locator("input[name=author_name]").fill("Claire")
    form.locator("input[name=author_email]").fill("claire@example.org")
    form.locator("textarea[name=text]").fill("Le tracé par la digue me paraît le plus sûr.")
    form.get_by_label("Me prévenir par e-mail quand quelqu’un répond").check()
    form.locator("button[type=submit]").click()
    form.locator(".pw-msg.pw-ok").wait_for()
    mine = page.locator(".pw-list > li.pw-c", has_text="le plus sûr")
    mine.wait_for()
    comment_id = int(mine.get_attribute("data-id"))

    confirm = demo.wait("confirmation mail", lambda: demo.mails_to("claire@example.org"))
    assert len(confirm) == 1
    link = re.search(r"https?://\S+/subscriptions/confirm\?\S+", confirm[0]["body"])
    assert link, confirm[0]["body"]
    page.goto(link.group(0))
    assert "confirm" in page.locator("body").inner_text().lower()

    # A reply the engine holds (an accusation against a named person) mails no one.
    held = _post(
        demo,
        {
            "text": "Le député Jean Martin a détourné l'argent public, c'est un voleur.",
            "author_name": "Paul",
            "parent_id": comment_id,
        },
    )
    assert held["comment"]["status"] == "pending"
    time.sleep(2)  # The worker in `palabre demo` polls every half second.
    assert len(demo.mails_to("claire@example.org")) == 1

    # The editor approves it, and the demo's held sample, from the dashboard.
    editor = browser.new_context(locale="fr-FR", viewport={"width": 1200, "height": 900})
    desk = editor.new_page()
    desk.goto(f"{demo.base}/admin")
    desk.fill('input[name="email"]', credentials.group(1))
    desk.fill('input[name="password"]', credentials.group(2))
    desk.click('button[type="submit"]')
    desk.wait_for_url(f"{demo.base}/admin")
    for text in ("Jean Martin", HELD_SAMPLE):
        card = desk.locator(".qcard", has_text=text)
        card.locator("button[data-act='approve']").click()
        card.wait_for(state="hidden")

    told = demo.wait(
        "reply notification", lambda: demo.mails_to("claire@example.org")[1:], timeout=20
    )
    assert "Paul" in told[0]["Subject"]
    assert "Jean Martin" in told[0]["body"]
    page.goto(f"{demo.base}/demo")
    page.locator(".pw-list > li.pw-c", has_text=HELD_SAMPLE).wait_for()
    reader.close()
    editor.close()
