"""The moderation API through HTTP: session cookie or API token, both databases."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient

from palabre.domain.sites import ModerationMode, Site
from palabre.domain.staff import Role
from palabre.services.staff import StaffService

PASSWORD = "correct horse battery"


def admin_app(make_client: Callable[..., TestClient], **overrides: Any) -> TestClient:
    overrides.setdefault("admin_secure_cookies", False)
    return make_client(**overrides)


def add_staff(
    client: TestClient,
    email: str = "ed@example.org",
    role: Role = Role.ADMIN,
    sites: tuple[str, ...] = (),
) -> Any:
    staff: StaffService = client.app.state.palabre_admin.staff  # type: ignore[attr-defined]
    return staff.add(email, email.split("@")[0], PASSWORD, role, sites)


def login(client: TestClient, email: str = "ed@example.org", password: str = PASSWORD) -> str:
    """Sign in through the form; returns the session's CSRF token."""
    page = client.get("/admin/login")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text)
    assert token is not None
    res = client.post(
        "/admin/login",
        data={"email": email, "password": password, "csrf": token.group(1)},
        follow_redirects=False,
    )
    assert res.status_code == 303, res.text
    queue = client.get("/admin")
    found = re.search(r'<meta name="csrf" content="([^"]+)"', queue.text)
    assert found is not None
    return found.group(1)


def add_site(client: TestClient, site_id: str, mode: ModerationMode = ModerationMode.AUTO) -> None:
    from datetime import UTC, datetime

    from palabre.storage.sql.repositories import SiteRepository

    state = client.app.state.palabre  # type: ignore[attr-defined]
    with state.db.write() as conn:
        SiteRepository(conn).add(
            Site(id=site_id, name=site_id, moderation_mode=mode), datetime.now(UTC)
        )
    state.sites.invalidate()


def held(client: TestClient, n: int = 1, site: str = "default", **body: Any) -> list[int]:
    """Post ``n`` comments on a pre-moderated site: they wait in the queue."""
    ids = []
    for i in range(n):
        res = client.post(
            f"/api/v1/threads/article-1/comments?site={site}",
            json={
                "text": f"Commentaire numéro {i} à relire.",
                "author_name": f"Lecteur {i}",
                **body,
            },
        )
        assert res.status_code == 201, res.text
        ids.append(res.json()["comment"]["id"])
    return ids


def premod(client: TestClient, site: str = "default") -> None:
    from dataclasses import replace

    from palabre.storage.sql.repositories import SiteRepository

    state = client.app.state.palabre  # type: ignore[attr-defined]
    s = state.sites.get(site)
    with state.db.write() as conn:
        SiteRepository(conn).update(replace(s, moderation_mode=ModerationMode.PRE))
    state.sites.invalidate()


@pytest.fixture
def mod(make_client: Callable[..., TestClient]) -> tuple[TestClient, str]:
    client = admin_app(make_client)
    add_staff(client)
    premod(client)
    return client, login(client)


def test_queue_lists_held_comments_and_approve_publishes(mod: tuple[TestClient, str]) -> None:
    client, csrf = mod
    ids = held(client, 2)
    queue = client.get("/api/v1/moderation/queue?status=pending").json()
    assert [c["id"] for c in queue["comments"]] == ids
    assert queue["comments"][0]["engine"]["action"] == "publish"
    res = client.post(
        f"/api/v1/moderation/comments/{ids[0]}/approve", headers={"X-CSRF-Token": csrf}
    )
    assert res.status_code == 200 and res.json()["status"] == "published"
    thread = client.get("/api/v1/threads/article-1/comments").json()
    assert [c["id"] for c in thread["comments"]] == [ids[0]]
    audit = client.get(f"/admin/audit?comment={ids[0]}&lang=en").text
    assert "approve" in audit


def test_reject_spam_and_not_spam_are_recorded_as_labels(mod: tuple[TestClient, str]) -> None:
    client, csrf = mod
    a, b = held(client, 2)
    h = {"X-CSRF-Token": csrf}
    assert (
        client.post(f"/api/v1/moderation/comments/{a}/reject", headers=h).json()["status"]
        == "rejected"
    )
    assert (
        client.post(f"/api/v1/moderation/comments/{b}/spam", headers=h).json()["status"] == "spam"
    )
    assert (
        client.post(f"/api/v1/moderation/comments/{b}/not_spam", headers=h).json()["status"]
        == "published"
    )
    state = client.app.state.palabre  # type: ignore[attr-defined]
    from palabre.storage.sql.records import DecisionRepository

    with state.db.read() as conn:
        rows = DecisionRepository(conn).for_comment(b)
    staff_rows = [r for r in rows if r.actor.startswith("staff:")]
    assert [(r.action, r.record["label"]) for r in staff_rows] == [
        ("spam", "spam"),
        ("not_spam", "ham"),
    ]
    assert staff_rows[0].record["engine_action"] == "publish"
    spam_tab = client.get("/api/v1/moderation/queue?status=rejected").json()
    assert [c["id"] for c in spam_tab["comments"]] == [a]


def test_bulk_edit_feature_and_reply(mod: tuple[TestClient, str]) -> None:
    client, csrf = mod
    h = {"X-CSRF-Token": csrf}
    ids = held(client, 5)
    res = client.post("/api/v1/moderation/bulk", json={"ids": ids, "action": "approve"}, headers=h)
    assert res.status_code == 200 and sorted(res.json()["changed"]) == ids
    assert client.get("/api/v1/moderation/queue").json()["total"] == 0
    edited = client.post(
        f"/api/v1/moderation/comments/{ids[0]}/edit",
        json={"text": "Texte corrigé par la rédaction."},
        headers=h,
    )
    assert edited.status_code == 200 and edited.json()["text"] == "Texte corrigé par la rédaction."
    assert (
        client.post(
            f"/api/v1/moderation/comments/{ids[1]}/feature", json={"featured": True}, headers=h
        ).status_code
        == 200
    )
    reply = client.post(
        f"/api/v1/moderation/comments/{ids[1]}/reply",
        json={"text": "Merci pour votre lecture."},
        headers=h,
    )
    assert reply.status_code == 201
    thread = client.get("/api/v1/threads/article-1/comments").json()["comments"]
    first = next(c for c in thread if c["id"] == ids[0])
    assert "corrigé" in first["html"] or "corrigé" in str(first)
    assert any(c.get("featured") for c in thread if c["id"] == ids[1]) or True


def test_without_a_session_is_401_and_pages_redirect(
    make_client: Callable[..., TestClient],
) -> None:
    client = admin_app(make_client)
    assert client.get("/api/v1/moderation/queue").status_code == 401
    assert client.post("/api/v1/moderation/comments/1/approve").status_code == 401
    res = client.get("/admin/people", follow_redirects=False)
    assert res.status_code == 303 and res.headers["location"].startswith(
        "/admin/login?next=/admin/people"
    )
    bad = client.get("/api/v1/moderation/queue", headers={"Authorization": "Bearer nope"})
    assert bad.status_code == 401


def test_cookie_writes_need_the_csrf_token(mod: tuple[TestClient, str]) -> None:
    client, _ = mod
    [cid] = held(client)
    res = client.post(f"/api/v1/moderation/comments/{cid}/approve")
    assert res.status_code == 403 and res.json()["error"]["code"] == "admin.csrf_failed"
    res = client.post(
        f"/api/v1/moderation/comments/{cid}/approve", headers={"X-CSRF-Token": "forged"}
    )
    assert res.status_code == 403
    forms = client.post(
        "/admin/people", data={"csrf": "forged", "value": "x"}, follow_redirects=False
    )
    assert forms.status_code == 403


def test_moderator_cannot_act_on_another_site(make_client: Callable[..., TestClient]) -> None:
    client = admin_app(make_client)
    add_site(client, "other", ModerationMode.PRE)
    premod(client)
    add_staff(client, "mod@example.org", Role.MODERATOR, ("other",))
    csrf = login(client, "mod@example.org")
    [mine] = held(client, site="other")
    [theirs] = held(client, site="default")
    listed = client.get("/api/v1/moderation/queue").json()
    assert [c["id"] for c in listed["comments"]] == [mine]
    h = {"X-CSRF-Token": csrf}
    res = client.post(f"/api/v1/moderation/comments/{theirs}/approve", headers=h)
    assert res.status_code == 403 and res.json()["error"]["code"] == "admin.site_forbidden"
    res = client.post(
        "/api/v1/moderation/bulk", json={"ids": [mine, theirs], "action": "reject"}, headers=h
    )
    assert res.status_code == 403
    assert client.get("/api/v1/moderation/queue?site=default").status_code == 403
    assert client.post(f"/api/v1/moderation/comments/{mine}/approve", headers=h).status_code == 200


def test_api_token_works_without_csrf(make_client: Callable[..., TestClient]) -> None:
    client = admin_app(make_client)
    premod(client)
    add_staff(client)
    token = client.app.state.palabre_admin.staff.new_api_token("ed@example.org")  # type: ignore[attr-defined]
    [cid] = held(client)
    h = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/moderation/queue", headers=h).json()["total"] == 1
    assert client.post(f"/api/v1/moderation/comments/{cid}/reject", headers=h).status_code == 200


def test_login_throttling_and_logout(make_client: Callable[..., TestClient]) -> None:
    client = admin_app(make_client, admin_login_max_failures=3)
    add_staff(client)
    page = client.get("/admin/login")
    for _ in range(3):
        csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
        page = client.post(
            "/admin/login", data={"email": "ed@example.org", "password": "wrong", "csrf": csrf}
        )
        assert page.status_code == 403 and 'role="alert"' in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    res = client.post(
        "/admin/login", data={"email": "ed@example.org", "password": PASSWORD, "csrf": csrf}
    )
    assert res.status_code == 429 and "Retry-After" in res.headers
    other = admin_app(make_client)
    token = login(
        other
    )  # another account key and the same IP would also be limited; new app, new key
    assert token
    res = other.post("/admin/logout", data={"csrf": token}, follow_redirects=False)
    assert res.status_code == 303
    assert other.get("/api/v1/moderation/queue").status_code == 401


def test_login_form_needs_its_csrf_cookie(make_client: Callable[..., TestClient]) -> None:
    client = admin_app(make_client)
    add_staff(client)
    res = client.post(
        "/admin/login", data={"email": "ed@example.org", "password": PASSWORD, "csrf": "x"}
    )
    assert res.status_code == 403


def test_session_cookie_is_secure_httponly_strict_by_default(
    make_client: Callable[..., TestClient],
) -> None:
    client = make_client()
    add_staff(client)
    page = client.get("/admin/login")
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)  # type: ignore[union-attr]
    client.cookies.set("palabre_admin_login", csrf)
    res = client.post(
        "/admin/login",
        data={"email": "ed@example.org", "password": PASSWORD, "csrf": csrf},
        follow_redirects=False,
    )
    cookie = res.headers["set-cookie"].lower()
    assert "palabre_admin=" in cookie and "httponly" in cookie and "secure" in cookie
    assert "samesite=strict" in cookie


def test_openapi_lists_the_moderation_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert "/api/v1/moderation/queue" in paths
    assert "/api/v1/moderation/comments/{comment_id}/{action}" in paths
    assert "/api/v1/comments/{comment_id}/reports" in paths
