"""Dashboard pages, people rules, reports, policy versions and the audit log."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from palabre.services.site_policies import default_source
from tests.functional.test_admin_api import add_staff, admin_app, held, login, premod


def _post(client: TestClient, text: str, name: str = "Léa", **extra: Any) -> Any:
    res = client.post(
        "/api/v1/threads/article-1/comments", json={"text": text, "author_name": name, **extra}
    )
    assert res.status_code == 201, res.text
    return res.json()["comment"]


def _signed_in(make_client: Callable[..., TestClient], **overrides: Any) -> tuple[TestClient, str]:
    client = admin_app(make_client, **overrides)
    add_staff(client)
    return client, login(client)


def test_pages_render_in_french_and_english(make_client: Callable[..., TestClient]) -> None:
    client, _ = _signed_in(make_client)
    premod(client)
    held(client, 1)
    fr = client.get("/admin", headers={"Accept-Language": "fr"})
    assert fr.status_code == 200 and "Approuver" in fr.text and "Commentaire numéro 0" in fr.text
    en = client.get("/admin?lang=en")
    assert "Approve" in en.text
    for path in (
        "/admin/people",
        "/admin/policy",
        "/admin/audit",
        "/admin/overview",
        "/admin?status=spam",
        "/admin?status=unmoderated&category=hate&min_score=0.5",
    ):
        res = client.get(path)
        assert res.status_code == 200, (path, res.text[:300])
        assert res.headers["cache-control"] == "no-store"


def test_ban_holds_the_authors_next_comment(make_client: Callable[..., TestClient]) -> None:
    client, csrf = _signed_in(make_client)
    first = _post(client, "Premier commentaire publié.", "Marc", author_email="marc@example.org")
    assert first["status"] == "published"
    res = client.post(
        "/admin/people",
        data={
            "csrf": csrf,
            "site": "default",
            "rule": "ban",
            "match": "email",
            "value": "marc@example.org",
            "hours": "0",
            "reason": "insultes",
        },
        follow_redirects=False,
    )
    assert res.status_code == 303
    assert "insultes" in client.get("/admin/people").text
    second = _post(client, "Deuxième commentaire.", "Marc", author_email="MARC@example.org")
    assert second["status"] == "pending"
    by_name = client.post(
        "/api/v1/moderation/people",
        headers={"X-CSRF-Token": csrf},
        json={
            "site": "default",
            "rule": "ban",
            "match": "author",
            "value": "Troll  Royal",
            "hours": 24,
        },
    )
    assert by_name.status_code == 201
    assert _post(client, "Encore moi.", "troll royal")["status"] == "pending"
    assert _post(client, "Bonjour à tous.", "Quelqu'un d'autre")["status"] == "published"


def test_premod_flag_and_trust_after_n_comments(make_client: Callable[..., TestClient]) -> None:
    client, csrf = _signed_in(make_client)
    client.post(
        "/admin/people",
        data={"csrf": csrf, "site": "default", "rule": "premod", "match": "author", "value": "Zoé"},
    )
    assert _post(client, "Un avis mesuré.", "Zoé")["status"] == "pending"
    res = client.post(
        "/admin/people",
        data={"csrf": csrf, "intent": "trust_after", "site": "default", "trust_after": "2"},
        follow_redirects=False,
    )
    assert res.status_code == 303
    # Trust is recorded as a verdict: the pipeline says why the comment went through.
    for i in range(2):
        _post(client, f"Commentaire {i} de Paul.", "Paul", author_email="paul@example.org")
    third = _post(client, "Troisième de Paul.", "Paul", author_email="paul@example.org")
    from palabre.storage.sql.records import DecisionRepository

    with client.app.state.palabre.db.read() as conn:  # type: ignore[attr-defined]
        checks = [
            c["check"]
            for c in DecisionRepository(conn).for_comment(third["id"])[0].record["checks"]
        ]
    assert "people.trusted" in checks


def test_reports_rise_in_the_queue_and_are_rate_limited(
    make_client: Callable[..., TestClient],
) -> None:
    client, csrf = _signed_in(make_client, report_rate_limit=2)
    a = _post(client, "Un commentaire publié.", "A")
    b = _post(client, "Un autre commentaire publié.", "B")
    c = _post(client, "Un troisième.", "C")
    res = client.post(
        f"/api/v1/comments/{b['id']}/reports", json={"reason": "abuse", "note": "insulte"}
    )
    assert res.status_code == 202 and res.json()["message"]
    again = client.post(f"/api/v1/comments/{b['id']}/reports", json={"reason": "abuse"})
    assert again.status_code == 202  # the same reader twice counts once
    assert (
        client.post(f"/api/v1/comments/{a['id']}/reports", json={"reason": "spam"}).status_code
        == 202
    )
    limited = client.post(f"/api/v1/comments/{c['id']}/reports", json={"reason": "other"})
    assert limited.status_code == 429
    bad = client.post(f"/api/v1/comments/{a['id']}/reports", json={"reason": "boring"})
    assert bad.status_code == 422
    assert client.post("/api/v1/comments/99999/reports", json={"reason": "spam"}).status_code == 404
    reported = client.get("/api/v1/moderation/queue?status=reported").json()
    assert {x["id"] for x in reported["comments"]} == {a["id"], b["id"]}
    assert reported["comments"][0]["reports"]
    assert "reports" in client.app.state.palabre.features  # type: ignore[attr-defined]
    client.post(f"/api/v1/moderation/comments/{b['id']}/approve", headers={"X-CSRF-Token": csrf})
    after = client.get("/api/v1/moderation/queue?status=reported").json()
    assert [x["id"] for x in after["comments"]] == [a["id"]]


def test_policy_test_save_and_decision_change(make_client: Callable[..., TestClient]) -> None:
    client, csrf = _signed_in(make_client, moderation_engine=True)
    text = "Le marché de la place ouvre samedi, belle nouvelle pour le quartier."
    source = default_source("fr")
    tested = client.post(
        "/admin/policy?lang=en",
        data={"csrf": csrf, "site": "default", "intent": "test", "source": source, "text": text},
    )
    assert tested.status_code == 200 and 'id="decision"' in tested.text
    assert "act-publish" in tested.text
    assert _post(client, text, "Avant")["status"] == "published"
    edited = source.replace(
        "[categories.custom]\n", '[categories.custom]\nterms.fr = ["marché de la place"]\n'
    )
    changed = client.post(
        "/admin/policy",
        data={"csrf": csrf, "site": "default", "intent": "test", "source": edited, "text": text},
    )
    assert changed.status_code == 200 and "act-hold" in changed.text
    broken = client.post(
        "/admin/policy",
        data={
            "csrf": csrf,
            "site": "default",
            "intent": "save",
            "source": "version = ",
            "text": "",
        },
    )
    assert broken.status_code == 422
    saved = client.post(
        "/admin/policy",
        data={
            "csrf": csrf,
            "site": "default",
            "intent": "save",
            "source": edited,
            "note": "marché",
        },
        follow_redirects=False,
    )
    assert saved.status_code == 303 and "saved=1" in saved.headers["location"]
    assert "marché de la place" in client.get("/admin/policy").text
    # New comments are judged by the saved version.
    after = _post(client, text.replace("samedi", "dimanche"), "Après")
    assert after["status"] == "pending"


def test_audit_log_filters_and_csv(make_client: Callable[..., TestClient]) -> None:
    client, csrf = _signed_in(make_client)
    premod(client)
    ids = held(client, 3)
    client.post(
        "/api/v1/moderation/bulk",
        json={"ids": ids[:2], "action": "reject"},
        headers={"X-CSRF-Token": csrf},
    )
    page = client.get("/admin/audit?actor=staff")
    assert page.status_code == 200
    res = client.get("/admin/audit.csv?actor=staff")
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(res.text)))
    assert sorted(int(r["comment_id"]) for r in rows) == ids[:2]
    assert {r["action"] for r in rows} == {"reject"} and rows[0]["actor_name"] == "ed"
    everything = list(csv.DictReader(io.StringIO(client.get("/admin/audit.csv").text)))
    assert len(everything) == 5


def test_overview_counts_outcomes_waits_and_agreement(
    make_client: Callable[..., TestClient],
) -> None:
    client, csrf = _signed_in(make_client)
    premod(client)
    ids = held(client, 2)
    client.post(f"/api/v1/moderation/comments/{ids[0]}/approve", headers={"X-CSRF-Token": csrf})
    stats = client.app.state.palabre_admin.overview.days(  # type: ignore[attr-defined]
        client.app.state.palabre_admin.staff.by_email("ed@example.org"), "default", 3
    )
    today = stats[-1]
    assert today.comments == 2 and today.held == 2 and len(today.waits) == 1
    page = client.get("/admin/overview")
    assert "<svg" in page.text
