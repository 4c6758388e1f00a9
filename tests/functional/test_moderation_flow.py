"""Comments posted through the API and the form go through the whole moderation engine:
the commenter is told why, and the decision is stored with its reasons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from palabre.storage.sql.records import DecisionRepository
from tests.functional.conftest import post


@pytest.fixture
def engine_client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client(moderation_engine=True)


def decisions(client: TestClient, comment_id: int) -> list[Any]:
    with client.app.state.palabre.db.read() as conn:  # type: ignore[attr-defined]
        return DecisionRepository(conn).for_comment(comment_id)


def test_civil_comment_is_published(engine_client: TestClient) -> None:
    r = post(engine_client, text="Très bon article, merci.")
    assert r.status_code == 201
    assert r.json()["comment"]["status"] == "published"


def test_insult_is_rejected_with_the_policy_message(engine_client: TestClient) -> None:
    r = post(engine_client, text="Tu es un connard fini, ferme-la.")
    assert r.status_code == 201
    body = r.json()
    assert body["comment"]["status"] == "rejected"
    assert body["moderation"]["action"] == "reject"
    assert body["moderation"]["message_code"] == "moderation.rejected.insult"
    assert "injurieux" in body["moderation"]["message"]
    page = engine_client.get("/api/v1/threads/article-1/comments").json()
    assert page["comments"] == []
    assert page["thread"]["published_count"] == 0


def test_rejection_message_follows_the_readers_language(engine_client: TestClient) -> None:
    r = engine_client.post(
        "/api/v1/threads/article-1/comments",
        json={"text": "You are an idiot", "author_name": "Sam", "lang": "en"},
        headers={"Accept-Language": "en"},
    )
    assert (
        r.json()["moderation"]["message"] == "Your comment is not published: insults are removed."
    )


def test_accusation_against_a_named_person_is_held_never_rejected(
    engine_client: TestClient,
) -> None:
    r = post(
        engine_client,
        text="Le maire Jean Dupont a détourné l argent de la cantine, c est un escroc.",
    )
    body = r.json()
    assert body["comment"]["status"] == "pending"
    assert body["moderation"]["message_code"] == "moderation.held.defamation"


def test_link_spam_is_rejected_as_spam(engine_client: TestClient) -> None:
    r = post(
        engine_client,
        text="Achetez des montres pas chères sur http://promo-montres.xyz "
        "http://promo2.xyz http://promo3.xyz",
    )
    assert r.json()["comment"]["status"] == "spam"


def test_the_decision_is_recorded_with_its_reasons(engine_client: TestClient) -> None:
    r = post(engine_client, text="Tu es un connard fini, ferme-la.")
    (decision,) = decisions(engine_client, r.json()["comment"]["id"])
    record = decision.record
    assert decision.actor == "engine" and decision.action == "reject"
    assert record["categories"] == ["insult"]
    assert record["scores"]["insult"] > 0.9
    assert record["policy_version"].startswith("fr-1+")
    assert set(record["model_versions"]) >= {"toxicity", "spam"}
    insult = next(c for c in record["checks"] if c["check"] == "insult")
    spans = [e["span"] for e in insult["evidence"] if "span" in e]
    assert [9, 16] in spans  # « connard » in the original text


def test_the_form_shows_the_policy_message(engine_client: TestClient) -> None:
    import re

    page = engine_client.get("/demo", headers={"Accept": "text/html"}).text
    stamp = re.search(r'name="stamp" value="([^"]+)"', page)
    assert stamp
    r = engine_client.post(
        "/threads/demo-tramway-littoral/comments?site=default",
        data={
            "text": "Tu es un connard fini, ferme-la.",
            "author_name": "X",
            "stamp": stamp.group(1),
            "return_to": "/demo",
        },
    )
    assert "les propos injurieux sont retirés d" in r.text.replace("&#39;", "'")
