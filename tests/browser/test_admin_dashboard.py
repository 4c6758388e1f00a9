"""The dashboard as an editor uses it, in headless Chromium (Debian's, through Playwright)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.browser.admin_fixtures import LiveAdmin, browser, live_admin, shot, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.slow]
__all__ = ["browser", "live_admin"]  # fixtures, imported for pytest


def _pending(live: LiveAdmin, thread: str) -> list[int]:
    data = live.api("GET", "queue", params={"status": "pending", "article": thread}).json()
    return [c["id"] for c in data["comments"]]


def test_log_in_and_work_the_queue_with_mouse_and_keyboard(
    browser: Any, live_admin: LiveAdmin
) -> None:
    live = live_admin
    parent = live.post_comment("Article très clair, merci.", "Anne", thread="queue")
    live.api("POST", f"comments/{parent['id']}/approve")
    ids = [
        live.post_comment(
            f"Réponse {i} : le maire a menti sur le budget.",
            f"Lecteur {i}",
            thread="queue",
            parent_id=parent["id"],
            author_email=f"l{i}@example.org",
        )["id"]
        for i in range(4)
    ]
    page = sign_in(browser, live)
    page.goto(f"{live.base}/admin?article=queue")
    assert page.locator(".qcard").count() == 4
    assert "Article très clair" in page.locator(f"#c{ids[0]} .parent").inner_text()
    shot(page, "queue")
    page.click(f"#c{ids[0]} button[data-act='approve']")
    page.wait_for_selector(f"#c{ids[0]}", state="hidden")
    page.keyboard.press("j")  # the focus moved to the next card; j moves one further
    page.keyboard.press("k")
    page.keyboard.press("a")
    page.wait_for_selector(f"#c{ids[1]}", state="hidden")
    page.keyboard.press("r")
    page.wait_for_selector(f"#c{ids[2]}", state="hidden")
    assert _pending(live, "queue") == [ids[3]]
    statuses = {
        c["id"]: c["status"]
        for c in live.api("GET", "queue", params={"status": "rejected", "article": "queue"}).json()[
            "comments"
        ]
    }
    assert statuses == {ids[2]: "rejected"}
    page.context.close()


def test_bulk_actions(browser: Any, live_admin: LiveAdmin) -> None:
    live = live_admin
    ids = [
        live.post_comment(f"Achetez pas cher {i}", f"Robot {i}", thread="bulk")["id"]
        for i in range(5)
    ]
    page = sign_in(browser, live)
    page.goto(f"{live.base}/admin?article=bulk")
    page.check("#select-all")
    assert page.inner_text("#selected-count") == "5"
    shot(page, "bulk")
    page.click("#bulk button[data-bulk='spam']")
    for cid in ids:
        page.wait_for_selector(f"#c{cid}", state="hidden")
    assert _pending(live, "bulk") == []
    page.context.close()


def test_a_second_moderators_action_appears_live(browser: Any, live_admin: LiveAdmin) -> None:
    live = live_admin
    cid = live.post_comment("Un avis à relire par deux personnes.", "Claire", thread="live")["id"]
    page = sign_in(browser, live)
    page.goto(f"{live.base}/admin?article=live")
    page.wait_for_selector(f"#c{cid}")
    other = sign_in(browser, live, "modo@example.org")
    other.goto(f"{live.base}/admin?article=live")
    other.click(f"#c{cid} button[data-act='reject']")
    page.wait_for_function(
        f"document.querySelector('#c{cid} .status').textContent.includes('Modératrice')",
        timeout=10_000,
    )
    assert "Modératrice" in page.inner_text("#live")
    shot(page, "live")
    page.context.close()
    other.context.close()


def test_ban_and_the_banned_authors_next_comment_is_held(
    browser: Any, live_admin: LiveAdmin
) -> None:
    live = live_admin
    page = sign_in(browser, live)
    page.goto(f"{live.base}/admin/people")
    page.select_option("#add-rule select[name='match']", "author")
    page.fill("#add-rule input[name='value']", "Troll du Port")
    page.fill("#add-rule input[name='reason']", "insultes répétées")
    page.click("#add-rule button[type='submit']")
    page.wait_for_selector("text=insultes répétées")
    shot(page, "people")
    # Trusted: every comment of this site's readers is pre-moderated anyway, so the ban is
    # seen in the queue, with its reason: the people check.
    comment = live.post_comment("Je reviens quand je veux.", "troll du port", thread="ban")
    assert comment["status"] == "pending"
    page.goto(f"{live.base}/admin?article=ban")
    card = page.locator(f"#c{comment['id']}")
    card.locator("summary").click()
    assert "people.banned" in card.inner_text()
    page.context.close()


def test_edit_the_policy_and_see_a_decision_change(browser: Any, live_admin: LiveAdmin) -> None:
    live = live_admin
    text = "Le marché de la place ouvre samedi, belle nouvelle pour le quartier."
    page = sign_in(browser, live, lang="en")
    page.goto(f"{live.base}/admin/policy")
    page.fill("#test-text", text)
    page.click("#test-btn")
    assert "publish" in page.inner_text("#decision")
    source = page.input_value("#source")
    page.fill(
        "#source",
        source.replace(
            "[categories.custom]\n", '[categories.custom]\nterms.fr = ["marché de la place"]\n'
        ),
    )
    page.click("#test-btn")
    assert re.search(r"\bhold\b", page.inner_text("#decision"))
    shot(page, "policy")
    page.fill("input[name='note']", "marché à relire")
    page.click("#save-btn")
    page.wait_for_selector("text=Saved as version 1")
    comment = live.post_comment(
        "Le marché de la place est-il ouvert dimanche ?", "Yves", thread="policy"
    )
    page.goto(f"{live.base}/admin?article=policy")
    page.locator(f"#c{comment['id']} summary").click()
    assert "custom_terms" in page.inner_text(f"#c{comment['id']}")
    page.context.close()


def test_export_the_audit_log(browser: Any, live_admin: LiveAdmin) -> None:
    live = live_admin
    cid = live.post_comment("À publier pour le journal.", "Hélène", thread="audit")["id"]
    live.api("POST", f"comments/{cid}/approve")
    page = sign_in(browser, live)
    page.goto(f"{live.base}/admin/audit?actor=staff")
    assert page.locator("#audit tbody tr").count() >= 1
    shot(page, "audit")
    with page.expect_download() as info:
        page.click("#export")
    content = Path(info.value.path()).read_text(encoding="utf-8")
    assert content.startswith("id,time,site") and f",{cid},staff:" in content
    page.goto(f"{live.base}/admin/overview")
    assert page.locator("svg.chart").count() == 3
    shot(page, "overview")
    page.context.close()
