"""Languages, keyboard use and accessibility (axe-core)."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

from palabre.web.messages import message
from tests.browser.harness import Servers
from tests.browser.helpers import api_post, fill_and_post, main_form, new_thread, open_article, post

pytestmark = pytest.mark.browser


def test_switch_to_english(page: Any, servers: Servers) -> None:
    thread = new_thread()
    api_post(servers, thread, "Un premier avis.")
    open_article(page, servers, thread)
    assert page.locator(".pw-count").inner_text() == "1 Commentaire"
    page.evaluate("() => { document.getElementById('palabre').dataset.lang = 'en'; }")
    page.locator(".pw-count", has_text=re.compile(r"^1 Comment$")).wait_for()
    assert page.get_by_role("button", name="Post as guest").is_visible()
    assert page.get_by_role("button", name="Most voted").is_visible()
    assert "just now" in page.locator(".pw-c time").inner_text()
    form = main_form(page)
    form.locator("input[name=author_name]").fill("Ann")
    fill_and_post(form, "   ")
    error = form.locator(".pw-msg.pw-error")
    error.wait_for()
    assert error.inner_text() == message("body_empty", "en")


def test_language_from_the_page_then_the_site(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread(), page_lang="en-GB")
    assert page.locator(".pw-count").inner_text() == "0 Comments"
    # A page in a language we do not speak: the site's language decides.
    open_article(page, servers, new_thread(), page_lang="de", site="en")
    assert page.locator(".pw-count").inner_text() == "0 Comments"
    open_article(page, servers, new_thread(), page_lang="de")
    assert page.locator(".pw-count").inner_text() == "0 Commentaires"


def test_post_from_the_keyboard_alone(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread(), plain="1")
    form = main_form(page)
    form.locator("textarea").focus()
    page.keyboard.type("Écrit sans souris.")
    page.keyboard.press("Tab")
    page.keyboard.type("Clavier")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate(
            "() => document.querySelector('#palabre').shadowRoot.activeElement?.type === 'submit'"
        ):
            break
    page.keyboard.press("Enter")
    page.locator(".pw-c .pw-body", has_text="Écrit sans souris").wait_for()
    assert page.locator(".pw-c .pw-author").inner_text() == "Clavier"


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_axe_finds_no_serious_violation(
    page: Any, servers: Servers, axe_source: str, theme: str
) -> None:
    thread = new_thread("axe")
    api_post(
        servers,
        thread,
        f"Un avis *argumenté* ({theme}) avec un [lien](https://example.org).",
        name="Léa",
    )
    open_article(page, servers, thread, plain="1", theme=theme)
    post(page, f"Mon commentaire en thème {theme}, que je peux encore modifier.")
    page.locator("#article-body p", has_text="dix-huit mois").locator(
        "palabre-marker button"
    ).click()
    page.get_by_role("button", name="Répondre").first.click()
    page.add_script_tag(content=axe_source)
    result = page.evaluate(
        """async () => {
          const r = await axe.run({ include: [['#palabre'], ['#article-body']] },
                                  { resultTypes: ['violations'] });
          return r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                          nodes: v.nodes.map(n => n.target).slice(0, 3) }));
        }"""
    )
    serious = [v for v in result if v["impact"] in ("serious", "critical")]
    assert not serious, json.dumps(serious, indent=1, ensure_ascii=False)


def test_relative_times_and_the_full_date_on_hover(page: Any, servers: Servers) -> None:
    """Times are said from the widget's own catalog and kept current; the full date is a
    tooltip written when the pointer reaches it."""
    thread = new_thread()
    # A text of its own: the same body posted twice is held as a duplicate.
    api_post(servers, thread, "Mon avis sur les horaires, à relire dans deux heures.")
    page.clock.install()
    open_article(page, servers, thread)
    time = page.locator(".pw-c time")
    assert time.inner_text() == "à l’instant"
    assert time.get_attribute("title") is None
    page.clock.fast_forward("02:00:30")
    page.locator(".pw-c time", has_text="il y a 2 heures").wait_for()
    time.hover()
    title = time.get_attribute("title") or ""
    assert re.search(r"\d{4}", title) and re.search(r"\d{2}:\d{2}", title), title
    page.evaluate("() => { document.getElementById('palabre').dataset.lang = 'en'; }")
    page.locator(".pw-count", has_text=re.compile(r"^1 Comment$")).wait_for()
    page.clock.fast_forward("01:00")
    page.locator(".pw-c time", has_text="2 hours ago").wait_for()
