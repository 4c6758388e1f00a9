"""Browser tests: headless Chromium (Debian's) drives the widget embedded in a publisher's
page on another origin, against a real Palabre server.

Without Chromium or Playwright they skip with the reason, or fail when
PALABRE_REQUIRE_SERVICES=1. axe-core comes from npm (tests/browser/package.json); it is
installed here on first use when missing.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.harness import (
    CHROMIUM,
    CHROMIUM_ARGS,
    Servers,
    chromium_missing,
    running_servers,
)
from tests.conftest import unavailable

HERE = Path(__file__).resolve().parent
AXE = HERE / "node_modules" / "axe-core" / "axe.min.js"
#: Each stream lives a few seconds, so that the tests also cover reconnecting.
STREAM_SECONDS = 4.0


@pytest.fixture(scope="session")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    reason = chromium_missing()
    if reason:
        unavailable(reason)
    with running_servers(tmp_path_factory.mktemp("palabre"), stream_seconds=STREAM_SECONDS) as s:
        yield s


@pytest.fixture(scope="session")
def playwright_driver() -> Iterator[Any]:
    """One Playwright driver per test process. Its sync API runs an event loop in this
    thread: a second driver started beside it (the dashboard's browser, in a worker that
    also runs the widget's tests) fails with "Sync API inside the asyncio loop"."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("playwright is not installed")
    with sync_playwright() as pw:
        yield pw


@pytest.fixture(scope="session")
def browser(servers: Servers, playwright_driver: Any) -> Iterator[Any]:
    b = playwright_driver.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield b
    b.close()


@pytest.fixture
def context(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fr-FR")
    ctx.set_default_timeout(10_000)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: Any) -> Any:
    p = context.new_page()
    p.console_messages = []
    p.on("console", lambda m: p.console_messages.append(f"{m.type}: {m.text}"))
    p.on("pageerror", lambda e: p.console_messages.append(f"pageerror: {e}"))
    return p


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        npm = shutil.which("npm")
        if npm is None:
            unavailable("npm is needed to install axe-core for the accessibility test")
        try:
            subprocess.run(
                [npm, "ci", "--no-audit", "--no-fund"],
                cwd=HERE,
                check=True,
                timeout=180,
                capture_output=True,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            unavailable(f"could not install axe-core from npm: {exc}")
    return AXE.read_text()
