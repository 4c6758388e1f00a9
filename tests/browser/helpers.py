"""What a reader does with the widget, in Playwright terms."""

from __future__ import annotations

import json
import urllib.request
import uuid
from typing import Any

from tests.browser.harness import Servers


def new_thread(prefix: str = "article") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def open_article(page: Any, servers: Servers, thread: str, **params: str) -> Any:
    page.goto(servers.page(thread, **params))
    page.locator(".pw-count").wait_for()
    return page


def main_form(page: Any) -> Any:
    return page.locator("form.pw-form[data-kind=comment]").first


def fill_and_post(form: Any, text: str, name: str = "Léa") -> None:
    form.locator("textarea[name=text]").fill(text)
    name_field = form.locator("input[name=author_name]")
    if not name_field.input_value():
        name_field.fill(name)
    form.locator("button[type=submit]").click()


def post(page: Any, text: str, name: str = "Léa") -> None:
    form = main_form(page)
    form.locator("input[name=author_name]").fill(name)
    fill_and_post(form, text, name)
    comment(page, text).wait_for()
    page.wait_for_function(
        "() => !document.querySelector('#palabre').shadowRoot"
        ".querySelector('form.pw-form[aria-busy]')"
    )


def comments(page: Any) -> Any:
    return page.locator(".pw-list > li.pw-c[data-id]")


def comment(page: Any, text: str) -> Any:
    return comments(page).filter(has_text=text)


def api_post(
    servers: Servers, thread: str, text: str, name: str = "API", site: str = "default", **body: Any
) -> Any:
    """A comment posted by someone else, straight through the JSON API."""
    data = json.dumps({"text": text, "author_name": name, **body}).encode()
    req = urllib.request.Request(
        f"{servers.api}/api/v1/threads/{thread}/comments?site={site}",
        data=data,
        method="POST",
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.loads(resp.read())


def config(servers: Servers) -> Any:
    with urllib.request.urlopen(f"{servers.api}/api/v1/config", timeout=10) as resp:
        return json.loads(resp.read())
