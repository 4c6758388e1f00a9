"""Bad input gets a clear 4xx with a stable code and a translated message, never a 500,
and nothing is stored by a refused request."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tests.functional.conftest import post

URL = "/api/v1/threads/article-1/comments"
ACTIVE = {"script", "img", "iframe", "svg", "style", "object", "embed"}


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, attrs))


def assert_inert(html: str) -> None:
    """No active element, no event handler and no script URL survives as markup."""
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        own_script = tag == "script" and (dict(attrs).get("src") or "").startswith("/static/")
        assert tag not in ACTIVE or own_script, tag
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)


def error(r: Any, status: int, code: str) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body = r.json()["error"]
    assert body["code"] == code
    assert body["message"]
    return body


@pytest.mark.parametrize(
    ("payload", "code", "field"),
    [
        ({"text": "", "author_name": "Léa"}, "body_empty", "text"),
        ({"text": "   \n ", "author_name": "Léa"}, "body_empty", "text"),
        ({"text": "x" * 10_001, "author_name": "Léa"}, "body_too_long", "text"),
        ({"author_name": "Léa"}, "body_empty", "text"),
        ({"text": "ok", "author_name": ""}, "name_required", "author_name"),
        ({"text": "ok", "author_name": "n" * 81}, "name_too_long", "author_name"),
        (
            {"text": "ok", "author_name": "Léa", "author_email": "pas-une-adresse"},
            "invalid_email",
            "author_email",
        ),
        (
            {"text": "ok", "author_name": "Léa", "author_website": "javascript:alert(1)"},
            "invalid_url",
            "author_website",
        ),
        (
            {"text": "ok", "author_name": "Léa", "author_website": "ftp://x.example"},
            "invalid_url",
            "author_website",
        ),
        ({"text": "nul\x00byte", "author_name": "Léa"}, "invalid_characters", "text"),
        ({"text": "ok", "author_name": "L\x00a"}, "invalid_characters", "author_name"),
        ({"text": "ok", "author_name": "Léa", "surprise": 1}, "invalid_field", "surprise"),
        ({"text": ["liste"], "author_name": "Léa"}, "invalid_field", "text"),
        ({"text": "ok", "author_name": "Léa", "parent_id": "abc"}, "invalid_field", "parent_id"),
    ],
)
def test_invalid_fields(client: TestClient, payload: dict[str, Any], code: str, field: str) -> None:
    body = error(client.post(URL, json=payload), 422, code)
    assert body.get("field") == field
    assert (
        client.get("/api/v1/counts?thread=article-1").json()["counts"]["article-1"]["published"]
        == 0
    )


def test_messages_follow_accept_language_then_site_language(client: TestClient) -> None:
    fr = client.post(URL, json={"text": "", "author_name": "Léa"})
    assert fr.json()["error"]["message"] == "Votre commentaire est vide."
    en = client.post(
        URL, json={"text": "", "author_name": "Léa"}, headers={"Accept-Language": "en-GB,en;q=0.9"}
    )
    assert en.json()["error"]["message"] == "Your comment is empty."


def test_malformed_json(client: TestClient) -> None:
    r = client.post(URL, content=b'{"text": "x",', headers={"Content-Type": "application/json"})
    error(r, 400, "invalid_json")


def test_invalid_utf8(client: TestClient) -> None:
    r = client.post(
        URL,
        content=b'{"text": "\xff\xfe", "author_name": "L"}',
        headers={"Content-Type": "application/json"},
    )
    assert r.status_code in (400, 422)
    assert r.json()["error"]["code"] in ("invalid_json", "invalid_field")


def test_wrong_content_type(client: TestClient) -> None:
    r = client.post(
        URL, content=b"text=hello", headers={"Content-Type": "application/x-www-form-urlencoded"}
    )
    error(r, 415, "unsupported_media_type")


def test_oversized_request(client: TestClient) -> None:
    big = b'{"text": "' + b"a" * 200_000 + b'", "author_name": "L"}'
    r = client.post(URL, content=big, headers={"Content-Type": "application/json"})
    error(r, 413, "request_too_large")


def test_oversized_streamed_request(client: TestClient) -> None:
    def chunks():  # type: ignore[no-untyped-def]
        yield b'{"text": "'
        for _ in range(100):
            yield b"a" * 10_000
        yield b'", "author_name": "L"}'

    r = client.post(URL, content=chunks(), headers={"Content-Type": "application/json"})
    error(r, 413, "request_too_large")


def test_unknown_thread_when_auto_creation_is_off(client: TestClient) -> None:
    state = client.app.state.palabre  # type: ignore[attr-defined]
    state.sites.update("default", auto_create_threads=False)
    error(post(client, thread="inconnu"), 404, "thread_not_found")
    error(client.get("/api/v1/threads/inconnu/comments"), 404, "thread_not_found")


def test_closed_thread(client: TestClient) -> None:
    post(client)
    state = client.app.state.palabre  # type: ignore[attr-defined]
    from palabre.storage.sql.repositories import ThreadRepository

    with state.db.write() as conn:
        repo = ThreadRepository(conn)
        thread = repo.by_key("default", "article-1")
        repo.set_fields(thread.id, status="closed")
    error(post(client, text="encore"), 403, "thread_closed")


def test_parent_from_another_thread(client: TestClient) -> None:
    other = post(client, thread="autre", text="ailleurs").json()["comment"]["id"]
    error(post(client, parent_id=other), 422, "parent_not_found")
    error(post(client, text="fantôme", parent_id=999_999), 422, "parent_not_found")


def test_deleted_parent(client: TestClient) -> None:
    created = post(client).json()
    client.request(
        "DELETE",
        f"/api/v1/comments/{created['comment']['id']}",
        json={"edit_token": created["edit_token"]},
    )
    error(
        post(client, text="réponse", parent_id=created["comment"]["id"]), 422, "parent_unavailable"
    )


def test_wrong_edit_token_on_delete(client: TestClient) -> None:
    cid = post(client).json()["comment"]["id"]
    error(
        client.request("DELETE", f"/api/v1/comments/{cid}", json={"edit_token": "faux"}),
        403,
        "edit_token_invalid",
    )
    error(client.request("DELETE", f"/api/v1/comments/{cid}"), 422, "edit_token_invalid")
    error(
        client.request("DELETE", "/api/v1/comments/424242", json={"edit_token": "x"}),
        404,
        "comment_not_found",
    )


def test_invisible_and_bidi_characters_are_removed(client: TestClient) -> None:
    r = post(client, text="a\u200bb\u202ec\u2066d e\u200df", author_name="\u202eLéa\u200b")
    assert r.status_code == 201
    c = r.json()["comment"]
    assert c["author"]["name"] == "Léa"
    assert c["html"] == "<p>abcd e\u200df</p>"


def test_a_5000_character_word_is_accepted_and_kept(client: TestClient) -> None:
    word = "a" * 5000
    r = post(client, text=word)
    assert r.status_code == 201
    assert word in r.json()["comment"]["html"]


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[clic](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "<iframe src=//evil.example></iframe>",
        '"><svg onload=alert(1)>',
        "<style>body{display:none}</style>",
    ],
)
def test_injection_in_every_field_renders_inert(client: TestClient, attack: str) -> None:
    r = post(
        client,
        text=f"texte {attack}",
        author_name=f"nom {attack}"[:80],
        thread_title=f"titre {attack}",
    )
    assert r.status_code == 201
    assert_inert(r.json()["comment"]["html"])
    assert_inert(client.get("/threads/article-1", headers={"Accept": "text/html"}).text)


def test_bad_query_parameters(client: TestClient) -> None:
    post(client)
    error(client.get("/api/v1/threads/article-1/comments?sort=random"), 422, "invalid_field")
    error(client.get("/api/v1/threads/article-1/comments?limit=0"), 422, "invalid_field")
    error(client.get("/api/v1/threads/article-1/comments?limit=abc"), 422, "invalid_field")
    error(client.get("/api/v1/threads/article-1/comments?cursor=%%%"), 422, "invalid_cursor")
    error(client.get("/api/v1/counts"), 422, "invalid_input")
    error(client.get("/api/v1/threads/article-1/comments?site=nope"), 404, "site_not_found")


def test_rate_limit_per_ip(make_client) -> None:  # type: ignore[no-untyped-def]
    client = make_client(rate_limit_per_ip=3)
    for i in range(3):
        assert post(client, text=f"message {i}").status_code == 201
    r = post(client, text="un de trop")
    error(r, 429, "rate_limited")
    assert int(r.headers["Retry-After"]) > 0


def test_unknown_route_and_method(client: TestClient) -> None:
    error(client.get("/api/v1/nothing"), 404, "not_found")
    error(client.put("/api/v1/counts"), 405, "method_not_allowed")
