"""Fixtures of the dashboard's browser tests: a live server on loopback with staff and
held comments, and Debian's Chromium through Playwright. Import them explicitly."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from palabre.domain.sites import ModerationMode
from palabre.domain.staff import Role
from palabre.services.staff import StaffService
from palabre.settings import Settings
from palabre.storage.migrate import ensure_default_site, upgrade
from palabre.storage.sql.engines import make_engine
from palabre.storage.sql.repositories import SiteRepository
from palabre.web.app import create_app
from tests.conftest import unavailable

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSWORD = "mot de passe du test"
SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


@dataclass
class LiveAdmin:
    base: str
    app: Any
    tokens: dict[str, str]

    def post_comment(self, text: str, name: str, thread: str = "article-1", **extra: Any) -> Any:
        res = httpx.post(
            f"{self.base}/api/v1/threads/{thread}/comments",
            json={"text": text, "author_name": name, **extra},
        )
        assert res.status_code == 201, res.text
        return res.json()["comment"]

    def api(self, method: str, path: str, who: str = "chef", **kw: Any) -> httpx.Response:
        headers = {"Authorization": f"Bearer {self.tokens[who]}"}
        return httpx.request(method, f"{self.base}/api/v1/moderation/{path}", headers=headers, **kw)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def live_admin(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveAdmin]:
    tmp = tmp_path_factory.mktemp("admin")
    url = f"sqlite:///{tmp / 'palabre.db'}"
    engine = make_engine(url, pooled=False)
    upgrade(engine)
    ensure_default_site(engine, site_id="default", name="Le Quotidien", language="fr", origins=[])
    engine.dispose()
    settings = Settings(
        data_dir=tmp,
        database_url=url,
        secret_key="browser-test-secret",
        min_submit_seconds=0,
        admin_secure_cookies=False,
        admin_live_poll_seconds=0.3,
        rate_limit_per_ip=0,
        rate_limit_per_email=0,
    )  # type: ignore[call-arg]
    app = create_app(settings)
    state = app.state.palabre
    with state.db.write() as conn:
        site = state.sites.get("default")
        SiteRepository(conn).update(replace(site, moderation_mode=ModerationMode.PRE))
    state.sites.invalidate()
    staff = StaffService(state.db)
    staff.add("chef@example.org", "Chef d'édition", PASSWORD, Role.ADMIN)
    staff.add("modo@example.org", "Modératrice", PASSWORD, Role.MODERATOR, ["default"])
    tokens = {
        "chef": staff.new_api_token("chef@example.org"),
        "modo": staff.new_api_token("modo@example.org"),
    }
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield LiveAdmin(f"http://127.0.0.1:{port}", app, tokens)
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser(request: pytest.FixtureRequest) -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        unavailable(f"Debian's Chromium is not installed at {CHROMIUM}")
    # The process's one Playwright driver (tests/browser/conftest.py), shared with the
    # widget's tests when they run in the same worker.
    driver = request.getfixturevalue("playwright_driver")
    b = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
    yield b
    b.close()


def sign_in(
    browser: Any, live: LiveAdmin, email: str = "chef@example.org", lang: str = "fr"
) -> Any:
    context = browser.new_context(
        locale=lang,
        viewport={"width": 1200, "height": 900},
        extra_http_headers={"Accept-Language": lang},
    )
    page = context.new_page()
    page.goto(f"{live.base}/admin")
    page.fill('input[name="email"]', email)
    page.fill('input[name="password"]', PASSWORD)
    page.click('button[type="submit"]')
    page.wait_for_url(f"{live.base}/admin")
    return page


def shot(page: Any, name: str) -> None:
    """Refresh docs/screenshots/admin-NAME.png, only when asked (PALABRE_SCREENSHOTS=1):
    an ordinary test run leaves the tracked pictures alone."""
    if os.environ.get("PALABRE_SCREENSHOTS") != "1":
        return
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"admin-{name}.png"), full_page=False)
