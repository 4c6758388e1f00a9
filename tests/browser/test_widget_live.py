"""Live updates: a second reader sees new comments arrive, without the page moving."""

from __future__ import annotations

import time
from typing import Any

import pytest

from tests.browser.conftest import STREAM_SECONDS
from tests.browser.harness import Servers
from tests.browser.helpers import api_post, comments, new_thread, open_article, post

pytestmark = pytest.mark.browser


def ids(page: Any) -> list[str]:
    return [li.get_attribute("data-id") for li in comments(page).all()]


def test_second_page_receives_new_comments_live(context: Any, servers: Servers) -> None:
    thread = new_thread("live")
    writer, reader = context.new_page(), context.new_page()
    open_article(writer, servers, thread)
    open_article(reader, servers, thread)
    reader.locator("[data-live=open]").wait_for()  # the stream is open

    top = reader.evaluate("() => document.querySelector('#palabre').getBoundingClientRect().top")
    post(writer, "Je viens de lire l'article, bravo.")
    notice = reader.locator(".pw-new")
    notice.filter(has_text="1 nouveau commentaire").wait_for(timeout=8000)
    reader.locator(".pw-sr[aria-live=polite]", has_text="1 nouveau commentaire").wait_for(
        state="attached"
    )
    assert comments(reader).count() == 0  # nothing moves until the reader asks
    assert (
        reader.evaluate("() => document.querySelector('#palabre').getBoundingClientRect().top")
        == top
    )
    assert reader.locator(".pw-count").inner_text() == "1 Commentaire"
    notice.click()
    reader.locator(".pw-body", has_text="bravo").wait_for()

    # Streams end every few seconds here; the widget reconnects and catches up.
    time.sleep(STREAM_SECONDS + 0.5)
    api_post(servers, thread, "Deuxième, pendant une reconnexion.")
    time.sleep(STREAM_SECONDS)
    api_post(servers, thread, "Troisième, après la reconnexion.")
    notice.filter(has_text="2 nouveaux commentaires").wait_for(timeout=12000)
    notice.click()
    reader.locator(".pw-body", has_text="Troisième").wait_for()
    seen = ids(reader)
    assert len(seen) == 3 and len(set(seen)) == 3
    assert reader.locator(".pw-count").inner_text() == "3 Commentaires"
    # The writer's own comment came back on its stream too, without a duplicate.
    writer.wait_for_timeout(500)
    assert comments(writer).filter(has_text="bravo").count() == 1


def test_own_comment_from_the_stream_before_the_answer_counts_once(
    page: Any, servers: Servers
) -> None:
    thread = new_thread("race")
    open_article(page, servers, thread)
    page.locator("[data-live=open]").wait_for()  # the stream is open

    def answer_late(route: Any) -> None:
        if route.request.method != "POST":
            route.continue_()
            return
        response = route.fetch()
        # The comment is stored and published: the stream delivers it meanwhile.
        time.sleep(2.5)
        route.fulfill(response=response)

    page.route(lambda url: "/comments" in url, answer_late)
    notice = page.locator(".pw-new")
    main = page.locator("form.pw-form[data-kind=comment]").first
    main.locator("input[name=author_name]").fill("Léa")
    main.locator("textarea[name=text]").fill("Le stream arrive avant la réponse.")
    main.locator("button[type=submit]").click()
    notice.filter(has_text="1 nouveau commentaire").wait_for(timeout=8000)
    comments(page).filter(has_text="avant la réponse").wait_for()
    assert page.locator(".pw-count").inner_text() == "1 Commentaire"
    assert notice.is_hidden()
    assert comments(page).count() == 1


def test_an_edit_and_a_deletion_reach_the_other_readers(context: Any, servers: Servers) -> None:
    """The author corrects then deletes their comment: a second reader's page follows
    without a reload, the count included, and the own page counts the deletion once."""
    thread = new_thread("live")
    writer, reader = context.new_page(), context.new_page()
    open_article(writer, servers, thread)
    api_post(servers, thread, "Un autre avis, qui reste.")
    post(writer, "Premier jet de mon avis.")
    open_article(reader, servers, thread)
    assert reader.locator(".pw-count").inner_text() == "2 Commentaires"
    reader.locator("[data-live=open]").wait_for()  # the stream is open

    mine = comments(writer).filter(has_text="Premier jet")
    mine.get_by_role("button", name="Modifier").click()
    mine.locator("form[data-kind=edit] textarea").fill("Version corrigée de mon avis.")
    mine.get_by_role("button", name="Enregistrer").click()
    theirs = reader.locator(".pw-body", has_text="Version corrigée")
    theirs.wait_for(timeout=8000)
    assert "(modifié)" in comments(reader).filter(has_text="Version corrigée").inner_text()
    assert reader.locator(".pw-count").inner_text() == "2 Commentaires"
    assert reader.locator(".pw-new").is_hidden()  # an edit is not a new comment

    mine = comments(writer).filter(has_text="Version corrigée")
    mine.get_by_role("button", name="Supprimer").click()
    mine.locator(".pw-danger").click()
    writer.locator(".pw-deleted").wait_for()
    reader.locator(".pw-count", has_text="1 Commentaire").wait_for(timeout=8000)
    assert comments(reader).filter(has_text="Version corrigée").count() == 0
    writer.wait_for_timeout(1500)  # its own stream brings the removal back: counted once
    assert writer.locator(".pw-count").inner_text() == "1 Commentaire"


def test_the_first_comment_of_a_new_thread_reaches_a_page_whose_stream_connects_late(
    page: Any, servers: Servers
) -> None:
    """The page loaded before the thread existed, and its stream connected only after the
    thread's first comment: that comment still arrives (the stream starts at version 0,
    not at "now")."""
    thread = new_thread("late")
    held: list[Any] = []
    page.route(lambda url: "/events" in url, lambda route: held.append(route))
    open_article(page, servers, thread)
    page.wait_for_timeout(300)
    api_post(servers, thread, "Premier commentaire, avant le flux.")
    page.unroute(lambda url: "/events" in url)
    for route in held:
        route.continue_()
    page.locator(".pw-new").filter(has_text="1 nouveau commentaire").wait_for(timeout=8000)
    assert page.locator(".pw-count").inner_text() == "1 Commentaire"
