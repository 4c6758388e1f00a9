"""Subscribe, confirm, get a mail, unsubscribe in one click, manage: over HTTP, with the
worker running inside the app and a real SMTP server on loopback."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from itsdangerous import URLSafeTimedSerializer

from palabre.settings import Settings
from tests.smtp_server import SmtpServer, running_smtp


@pytest.fixture
def smtp() -> Iterator[SmtpServer]:
    yield from running_smtp()


HTML = {"accept": "text/html"}


def _client(make_client: Callable[..., TestClient], server: SmtpServer, **kw: Any) -> TestClient:
    return make_client(**server.settings(), worker_poll_seconds=0.05, **kw)


def _link(mail: Any, path: str) -> str:
    text = mail.get_body(("plain",)).get_content()
    url = re.search(rf"http://palabre\.test(/subscriptions/{path}\?token=\S+)", text)
    assert url, text
    return url.group(1)


def _post(client: TestClient, text: str, email: str | None = None, **kw: Any) -> Any:
    body = {"text": text, "author_name": kw.pop("name", "Léa"), **kw}
    if email:
        body["author_email"] = email
    r = client.post("/api/v1/threads/article-1/comments", json=body)
    assert r.status_code == 201, r.text
    return r.json()


def test_subscribe_confirm_notify_unsubscribe(
    make_client: Callable[..., TestClient], smtp: SmtpServer
) -> None:
    client = _client(make_client, smtp)
    assert "subscriptions" in client.app.state.palabre.features  # type: ignore[attr-defined]
    r = client.post(
        "/api/v1/threads/article-1/subscriptions",
        json={"email": "Anne@Example.org", "mode": "all", "lang": "fr"},
    )
    assert r.status_code == 202
    assert r.json()["status"] == "confirmation_sent" and "lien" in r.json()["message"]
    (confirm_mail,) = smtp.box.wait_for(1, timeout=10)
    assert confirm_mail["To"] == "Anne@example.org"
    assert "Confirmez" in confirm_mail["Subject"]
    assert confirm_mail["List-Unsubscribe"] is None
    # Nothing is sent before the confirmation.
    _post(client, "Avant confirmation.", "w@example.org")
    time.sleep(0.5)
    assert len(smtp.box.messages) == 1

    page = client.get(_link(confirm_mail, "confirm"), headers=HTML)
    assert page.status_code == 200 and "Abonnement confirmé" in page.text
    _post(client, "Après confirmation.", "w@example.org")
    mail = smtp.box.wait_for(2, timeout=10)[1]
    assert "Après confirmation." in mail.get_body(("plain",)).get_content()
    _post(client, "Mon propre commentaire.", "anne@example.org")  # Not told of one's own.

    # RFC 8058: the GET only shows a button; the mailbox provider's POST unsubscribes.
    unsubscribe = mail["List-Unsubscribe"].strip("<>").removeprefix("http://palabre.test")
    page = client.get(unsubscribe, headers=HTML)
    assert page.status_code == 200 and '<form method="post"' in page.text
    r = client.post(unsubscribe, data={"List-Unsubscribe": "One-Click"})
    assert r.status_code == 200 and "désabonné" in r.text
    assert client.post(unsubscribe, data={"List-Unsubscribe": "One-Click"}).status_code == 200
    _post(client, "Après désabonnement.", "w@example.org")
    time.sleep(0.6)
    assert len(smtp.box.messages) == 2


def test_replies_mode_and_the_manage_page(
    make_client: Callable[..., TestClient], smtp: SmtpServer
) -> None:
    client = _client(make_client, smtp)
    mine = _post(client, "Ma question.", "bob@example.org", name="Bob")
    client.post(
        "/api/v1/threads/article-1/subscriptions",
        json={"email": "bob@example.org", "mode": "replies", "lang": "en"},
    )
    (confirm_mail,) = smtp.box.wait_for(1, timeout=10)
    assert client.get(_link(confirm_mail, "confirm")).status_code == 200
    _post(client, "Pas une réponse.", "c@example.org")
    _post(client, "Une réponse.", "c@example.org", name="Carl", parent_id=mine["comment"]["id"])
    reply = smtp.box.wait_for(2, timeout=10)[1]
    assert reply["Subject"].startswith("Carl replied to your comment")
    manage = _link(reply, "manage")
    page = client.get(manage, headers=HTML)
    assert page.status_code == 200 and "replies to my comments" in page.text
    r = client.post(manage, data={"all": "1"}, follow_redirects=False)
    assert r.status_code == 303
    assert "no subscriptions" in client.get(r.headers["location"], headers=HTML).text


def test_forged_or_expired_links_get_a_clear_page(
    make_client: Callable[..., TestClient], smtp: SmtpServer, make_settings: Callable[..., Settings]
) -> None:
    client = _client(make_client, smtp)
    for path in ("confirm", "unsubscribe", "manage"):
        r = client.get(
            f"/subscriptions/{path}?token=forged.token.value",
            headers={**HTML, "accept-language": "fr"},
        )
        assert r.status_code == 400 and "Ce lien n’est pas valide" in r.text
    r = client.post("/subscriptions/unsubscribe?token=nope", headers={"accept-language": "en"})
    assert r.status_code == 400 and "This link is not valid" in r.text
    secret = make_settings().resolved_secret_key()
    old = URLSafeTimedSerializer(secret, salt="palabre.subscriptions")
    expired = old.dumps(["confirm", 1])
    client_later = _client(make_client, smtp, subscription_confirm_hours=0)
    time.sleep(1.1)
    r = client_later.get(
        f"/subscriptions/confirm?token={expired}", headers={"accept-language": "en"}
    )
    assert r.status_code == 410 and "expired" in r.text


def test_bad_subscription_requests_get_coded_errors(make_client: Callable[..., TestClient]) -> None:
    client = make_client(mail_backend="null", subscribe_cap_per_address_day=2)
    url = "/api/v1/threads/article-1/subscriptions"
    r = client.post(url, json={"email": "not-an-email", "mode": "all"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_email"
    r = client.post(url, json={"email": "a@example.org", "mode": "everything"})
    assert r.status_code == 422
    for thread in ("t1", "t2"):
        assert (
            client.post(
                f"/api/v1/threads/{thread}/subscriptions",
                json={"email": "a@example.org", "mode": "all"},
            ).status_code
            == 202
        )
    r = client.post(
        "/api/v1/threads/t3/subscriptions", json={"email": "a@example.org", "mode": "all"}
    )
    assert r.status_code == 429 and r.json()["error"]["code"] == "subscription_rate_limited"
    schema = client.get("/openapi.json").json()
    assert "/api/v1/threads/{thread}/subscriptions" in schema["paths"]
    assert "/subscriptions/unsubscribe" in schema["paths"]


def test_the_page_without_javascript_offers_both_forms(
    make_client: Callable[..., TestClient], smtp: SmtpServer
) -> None:
    client = _client(make_client, smtp)
    page = client.get("/threads/article-1", headers={"accept-language": "fr"})
    assert "Me notifier des réponses" in page.text and "Notification pour" in page.text
    r = client.post(
        "/threads/article-1/subscribe?site=default",
        follow_redirects=False,
        data={"email": "form@example.org", "mode": "all", "return_to": "/demo"},
    )
    assert r.status_code == 303 and "subscription.confirmation_sent" in r.headers["location"]
    notice = client.get(r.headers["location"], headers={"accept-language": "fr"})
    assert "Consultez votre boîte de réception" in notice.text
    r = client.post(
        "/threads/article-1/comments?site=default",
        follow_redirects=False,
        data={
            "text": "Commentaire par le formulaire.",
            "author_name": "Inès",
            "author_email": "ines@example.org",
            "notify_replies": "1",
        },
    )
    assert r.status_code == 303
    mails = smtp.box.wait_for(2, timeout=10)
    assert sorted(m["To"] for m in mails) == ["form@example.org", "ines@example.org"]
    assert (
        "réponses à vos commentaires"
        in smtp.box.to("ines@example.org")[0].get_body(("plain",)).get_content()
    )
