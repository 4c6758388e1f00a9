"""The comment section works without JavaScript: read, comment, reply, vote."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from palabre.cli.demo_data import seed_demo

HTML = {"Accept": "text/html"}


def _form_fields(page: str) -> dict[str, str]:
    stamp = re.search(r'name="stamp" value="([^"]+)"', page)
    assert stamp
    return {"stamp": stamp.group(1), "return_to": "/demo"}


def test_demo_page_shows_article_and_comments(client: TestClient) -> None:
    seed_demo(client.app.state.palabre.settings)  # type: ignore[attr-defined]
    page = client.get("/demo", headers=HTML)
    assert page.status_code == 200
    assert "Le tramway rejoindra le littoral" in page.text
    assert "5 Commentaires" in page.text  # the sixth sample awaits moderation
    assert "Claire M." in page.text and "Nicolas" not in page.text
    assert 'name="hp"' in page.text
    icon = re.search(r'<link rel="icon" href="([^"]+)"', page.text)
    assert icon and client.get(icon.group(1)).headers["content-type"].startswith("image/svg+xml")


def test_guest_comment_reply_and_vote_without_javascript(client: TestClient) -> None:
    page = client.get("/demo", headers=HTML).text
    assert "0 Commentaires" in page
    r = client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={"text": "Très bon article", "author_name": "Inès", **_form_fields(page)},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert r.headers["location"].startswith("/demo?")
    cid = int(r.headers["location"].rsplit("#c", 1)[1])
    page = client.get(r.headers["location"], headers=HTML).text
    assert "1 Commentaire" in page and "Très bon article" in page
    assert "Votre commentaire est publié." in page

    reply_page = client.get(f"/demo?reply_to={cid}", headers=HTML).text
    assert f'name="parent_id" value="{cid}"' in reply_page
    r = client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={
            "text": "Je réponds",
            "author_name": "Paul",
            "parent_id": str(cid),
            **_form_fields(reply_page),
        },
        follow_redirects=False,
    )
    assert r.status_code == 303
    page = client.get("/demo", headers=HTML).text
    assert "2 Commentaires" in page and "--depth: 1" in page

    r = client.post(
        f"/comments/{cid}/vote?site=default",
        data={"value": "1", "return_to": "/demo"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert "▲ 1" in client.get("/demo", headers=HTML).text


def test_form_errors_keep_what_the_reader_typed(client: TestClient) -> None:
    page = client.get("/demo", headers=HTML).text
    r = client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={
            "text": "Mon long texte soigneusement écrit",
            "author_name": "",
            **_form_fields(page),
        },
    )
    assert r.status_code == 422
    assert "Indiquez un nom." in r.text
    assert "Mon long texte soigneusement écrit" in r.text


def test_a_form_sent_back_instantly_is_held(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(min_submit_seconds=5)
    page = client.get("/demo", headers=HTML).text
    r = client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={"text": "Trop rapide", "author_name": "Robot", **_form_fields(page)},
    )
    assert r.status_code == 200
    assert "en attente de modération" in r.text
    assert "0 Commentaires" in r.text


def test_honeypot_rejects_as_spam(client: TestClient) -> None:
    page = client.get("/demo", headers=HTML).text
    r = client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={
            "text": "Achetez",
            "author_name": "Bot",
            "hp": "http://spam.example",
            **_form_fields(page),
        },
    )
    assert "indésirable" in r.text


def test_open_redirects_are_refused(client: TestClient) -> None:
    page = client.get("/demo", headers=HTML).text
    fields = {**_form_fields(page), "return_to": "//evil.example/x"}
    r = client.post(
        "/threads/t1/comments?site=default",
        data={"text": "Bonjour", "author_name": "A", **fields},
        follow_redirects=False,
    )
    assert r.headers["location"].startswith("/threads/t1?")


def test_english_page(client: TestClient) -> None:
    page = client.get("/demo", headers={**HTML, "Accept-Language": "en"}).text
    assert "0 Comments" in page and "Post as guest" in page
