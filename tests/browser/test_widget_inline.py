"""Inline comments: on a selected passage, or from the marker beside a paragraph."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.harness import Servers
from tests.browser.helpers import fill_and_post, new_thread, open_article

pytestmark = pytest.mark.browser

PASSAGE = "dix-huit mois"

SELECT = """(passage) => {
  const p = [...document.querySelectorAll('#article-body p')]
    .find(el => el.textContent.includes(passage));
  const node = [...p.childNodes].find(n => n.nodeType === 3 && n.data.includes(passage));
  const start = node.data.indexOf(passage);
  const range = document.createRange();
  range.setStart(node, start); range.setEnd(node, start + passage.length);
  const sel = getSelection(); sel.removeAllRanges(); sel.addRange(range);
}"""


def marker(page: Any, contains: str) -> Any:
    return page.locator("#article-body p", has_text=contains).locator("palabre-marker button")


def test_comment_on_a_selected_passage_and_see_its_marker(page: Any, servers: Servers) -> None:
    thread = new_thread("inline")
    open_article(page, servers, thread)
    assert marker(page, PASSAGE).get_attribute("data-count") == "0"
    page.evaluate(SELECT, PASSAGE)
    pick = page.locator("palabre-selection button")
    pick.wait_for(state="visible")
    assert pick.inner_text() == "Commenter ce passage"
    pick.click()
    form = page.locator(".pw-inline form[data-kind=comment]")
    assert f"« {PASSAGE} »" in form.locator(".pw-quote").inner_text()
    form.locator("input[name=author_name]").fill("Inès")
    fill_and_post(form, "Dix-huit mois, c'est optimiste.")
    page.locator(".pw-inline .pw-msg.pw-ok").wait_for()
    page.locator("#article-body p", has_text=PASSAGE).locator(
        "palabre-marker button[data-count='1']"
    ).wait_for()
    item = page.locator(".pw-inline-item", has_text="Dix-huit mois, c'est optimiste")
    assert PASSAGE in item.locator(".pw-quote").inner_text()

    # A click on the quote brings the reader back to the passage.
    page.evaluate("() => getSelection().removeAllRanges()")
    item.locator(".pw-quote button").click()
    assert page.evaluate("() => getSelection().toString()") == PASSAGE

    # The newsroom edits the article: the anchor still finds its passage.
    page.goto(servers.page(thread, edited="1"))
    page.locator(".pw-count").wait_for()
    page.locator("#article-body p", has_text=PASSAGE).locator(
        "palabre-marker button[data-count='1']"
    ).wait_for()
    assert marker(page, "La commune a voté").get_attribute("data-count") == "0"


def test_comment_on_a_paragraph_from_its_marker(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread("inline"))
    button = marker(page, "pistes cyclables")
    assert button.get_attribute("aria-label") == "Commenter ce paragraphe"
    button.focus()
    page.keyboard.press("Enter")
    form = page.locator(".pw-inline form[data-kind=comment]")
    assert "Plusieurs associations regrettent" in form.locator(".pw-quote").inner_text()
    form.locator("input[name=author_name]").fill("Hugo")
    fill_and_post(form, "Il faut des pistes séparées.")
    page.locator("#article-body p", has_text="pistes cyclables").locator(
        "palabre-marker button[data-count='1']"
    ).wait_for()
    assert marker(page, "pistes cyclables").get_attribute("aria-label").startswith("1 commentaire")
