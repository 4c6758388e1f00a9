"""A reader on a publisher's page: comments, replies, votes, sorting, own comments."""

from __future__ import annotations

import time
from typing import Any

import pytest

from palabre.web.messages import message
from tests.browser.harness import Servers
from tests.browser.helpers import (
    api_post,
    comment,
    comments,
    fill_and_post,
    main_form,
    new_thread,
    open_article,
    post,
)

pytestmark = pytest.mark.browser


def test_hostile_page_css_does_not_reach_the_widget(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread())
    heading = page.locator(".pw-count")
    assert heading.inner_text() == "0 Commentaires"
    style = heading.evaluate(
        "el => { const s = getComputedStyle(el);"
        " return [s.color, s.fontSize, s.textTransform, s.visibility]; }"
    )
    assert style[0] != "rgb(255, 0, 255)"
    assert style[1] != "34px"
    assert style[2] == "none"
    assert style[3] == "visible"
    assert main_form(page).locator("button[type=submit]").is_visible()
    assert page.locator("#palabre").evaluate("el => getComputedStyle(el).display") == "block"


def test_post_as_guest_reply_vote_and_sort(page: Any, servers: Servers) -> None:
    thread = new_thread()
    open_article(page, servers, thread)
    post(page, "Enfin une bonne nouvelle pour le quartier.", name="Léa")
    assert page.locator(".pw-count").inner_text() == "1 Commentaire"
    assert main_form(page).locator(".pw-msg").inner_text() == message("moderation.published", "fr")
    post(page, "Et les pistes cyclables, alors ?", name="Marc")
    assert page.locator(".pw-count").inner_text() == "2 Commentaires"

    first = comment(page, "Enfin une bonne nouvelle")
    first.get_by_role("button", name="Répondre").click()
    reply_form = first.locator("form[data-kind=comment]")
    reply_form.locator("textarea").fill("Tout à fait d'accord avec vous.")
    reply_form.locator("input[name=author_name]").fill("Paul")
    reply_form.locator("button[type=submit]").click()
    reply = comment(page, "Tout à fait d'accord")
    reply.wait_for()
    assert "en réponse à Léa" in reply.inner_text()
    assert reply.evaluate("el => el.previousElementSibling.id") == first.get_attribute("id")
    assert page.locator(".pw-count").inner_text() == "3 Commentaires"

    second = comment(page, "pistes cyclables")
    up = second.locator("button.pw-vote[data-value='1']")
    up.click()
    second.locator("button.pw-vote[data-value='1'][aria-pressed=true]").wait_for()
    assert second.locator("button.pw-vote[data-value='1']").inner_text().endswith("1")

    page.get_by_role("button", name="Plus votés").click()
    page.wait_for_function(
        "() => document.querySelector('#palabre').shadowRoot.querySelector('.pw-list li.pw-c')"
        ".textContent.includes('pistes cyclables')"
    )
    page.get_by_role("button", name="Plus anciens").click()
    page.wait_for_function(
        "() => document.querySelector('#palabre').shadowRoot.querySelector('.pw-list li.pw-c')"
        ".textContent.includes('Enfin une bonne')"
    )
    page.reload()
    page.locator(".pw-count").filter(has_text="3 Commentaires").wait_for()
    # The vote is remembered in this browser.
    comment(page, "pistes cyclables").locator("button.pw-vote[aria-pressed=true]").wait_for()


def test_edit_within_the_window_and_refused_after(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread(), site="short")
    post(page, "Premier jet de mon commentaire.")
    mine = comment(page, "Premier jet")
    mine.get_by_role("button", name="Modifier").click()
    mine.locator("form[data-kind=edit] textarea").fill("Version corrigée de mon commentaire.")
    mine.get_by_role("button", name="Enregistrer").click()
    page.locator(".pw-body").filter(has_text="Version corrigée").wait_for()
    assert "(modifié)" in comment(page, "Version corrigée").inner_text()

    time.sleep(2.5)  # the site's window is 2 seconds
    mine = comment(page, "Version corrigée")
    mine.get_by_role("button", name="Modifier").click()
    mine.locator("form[data-kind=edit] textarea").fill("Trop tard pour cette version.")
    mine.get_by_role("button", name="Enregistrer").click()
    error = mine.locator("form[data-kind=edit] .pw-msg.pw-error")
    error.wait_for()
    assert error.inner_text() == message("edit_window_expired", "fr")
    assert error.get_attribute("role") == "alert"
    assert "Version corrigée" in mine.locator(".pw-body").inner_text()


def test_delete_own_comment(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread())
    post(page, "Un avis que je vais retirer.")
    mine = comment(page, "je vais retirer")
    mine.get_by_role("button", name="Supprimer").click()
    mine.locator(".pw-danger").click()
    page.locator(".pw-deleted").wait_for()
    assert page.locator(".pw-count").inner_text() == "0 Commentaires"
    # Someone else's comment has no edit or delete button.
    api_post(servers, page.locator("#palabre").get_attribute("data-thread"), "Pas le mien du tout.")
    page.reload()
    assert comment(page, "Pas le mien").get_by_role("button", name="Modifier").count() == 0


def test_held_comment_tells_its_author(page: Any, servers: Servers) -> None:
    thread = new_thread()
    open_article(page, servers, thread, site="pre")
    form = main_form(page)
    fill_and_post(form, "Un commentaire qui attendra la rédaction.")
    msg = form.locator(".pw-msg.pw-wait")
    msg.wait_for()
    assert msg.inner_text() == message("moderation.held.premod", "fr")
    # The mark is rendered just after the message: wait for it rather than read at once.
    comment(page, "attendra la rédaction").filter(has_text="En attente de modération").wait_for()
    page.reload()
    page.locator(".pw-count").wait_for()
    assert page.locator(".pw-count").inner_text() == "0 Commentaires"
    assert comments(page).count() == 0


def test_errors_come_from_the_api_in_the_readers_language(page: Any, servers: Servers) -> None:
    open_article(page, servers, new_thread())
    form = main_form(page)
    form.locator("input[name=author_name]").fill("Léa")
    form.locator("input[name=author_website]").fill("pas-une-adresse")
    fill_and_post(form, "Mon site est mal écrit.")
    error = form.locator(".pw-msg.pw-error")
    error.wait_for()
    assert error.inner_text() == message("invalid_url", "fr")
    assert form.locator("input[name=author_website]").get_attribute("aria-invalid") == "true"


def test_long_thread_is_collapsed_and_loads_further_pages(page: Any, servers: Servers) -> None:
    thread = new_thread("long")
    for i in range(26):
        api_post(servers, thread, f"Commentaire numéro {i}.", name=f"Lecteur {i}")
    open_article(page, servers, thread)
    assert page.locator(".pw-count").inner_text() == "26 Commentaires"
    assert comments(page).count() == 20
    more = page.get_by_role("button", name="Afficher tous les commentaires")
    more.click()
    page.wait_for_function(
        "() => document.querySelector('#palabre').shadowRoot"
        ".querySelectorAll('.pw-list li.pw-c[data-id]').length === 26"
    )
    assert not more.is_visible()


def test_other_origins_are_refused_with_a_console_message(page: Any, servers: Servers) -> None:
    page.goto(servers.page(new_thread(), origin=servers.other_origin))
    page.locator(".pw-error").wait_for()
    expected = (
        f"Palabre: this page's origin {servers.other_origin} is not allowed for site 'default'"
    )
    deadline = time.monotonic() + 5
    while not any(expected in m for m in page.console_messages) and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert any(expected in m for m in page.console_messages), page.console_messages
