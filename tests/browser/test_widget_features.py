"""Subscriptions and reports: shown only when this server has them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.browser.harness import Servers
from tests.browser.helpers import api_post, comment, config, new_thread, open_article

pytestmark = pytest.mark.browser


def test_subscribe_to_a_thread(page: Any, servers: Servers) -> None:
    if "subscriptions" not in config(servers)["features"]:
        pytest.skip("this server has no subscriptions feature: the control is not shown")
    open_article(page, servers, new_thread())
    toggle = page.get_by_role("button", name="S’abonner").first
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    form = page.locator("form[data-kind=subscribe]")
    form.get_by_label("Notification pour").select_option("replies")
    form.get_by_label("Votre adresse e-mail").fill("lea@example.org")
    form.locator("button[type=submit]").click()
    form.locator(".pw-msg:not(:empty)").wait_for()
    assert "pw-ok" in form.locator(".pw-msg").get_attribute("class")


def test_report_a_comment(page: Any, servers: Servers) -> None:
    if "reports" not in config(servers)["features"]:
        pytest.skip("this server has no reports feature: the action is not shown")
    thread = new_thread()
    api_post(servers, thread, "Achetez mes montres pas chères sur mon site.")
    open_article(page, servers, thread)
    target = comment(page, "montres")
    target.get_by_role("button", name="Signaler").click()
    form = target.locator("form[data-kind=report]")
    form.get_by_label("Pourquoi signalez-vous ce commentaire ?").select_option("spam")
    form.locator("button[type=submit]").click()
    target.locator(".pw-msg.pw-ok").wait_for()


def test_controls_hidden_without_the_features(page: Any, servers: Servers) -> None:
    features = config(servers)["features"]
    open_article(page, servers, new_thread())
    assert (page.locator(".pw-sub").count() > 0) == ("subscriptions" in features)
