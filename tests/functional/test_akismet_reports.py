"""Editors' decisions reach Akismet as spam/ham reports, through the job queue."""

from __future__ import annotations

from collections.abc import Callable

from fastapi.testclient import TestClient

from palabre.jobs.runner import make_worker
from tests.functional.conftest import post
from tests.functional.test_admin_api import add_staff, admin_app
from tests.unit.policies.test_akismet import AkismetServer, server  # noqa: F401 - fixture


def _editor_says(client: TestClient, comment_id: int, verb: str) -> None:
    add_staff(client)
    staff = client.app.state.palabre_admin.staff  # type: ignore[attr-defined]
    token = staff.new_api_token("ed@example.org")
    r = client.post(
        f"/api/v1/moderation/comments/{comment_id}/{verb}",
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text


def _run_jobs(client: TestClient) -> None:
    state = client.app.state.palabre  # type: ignore[attr-defined]
    make_worker(state.settings, state.db).run(until_idle=True)


def test_marking_spam_sends_submit_spam(
    make_client: Callable[..., TestClient], server: str  # noqa: F811
) -> None:
    client = admin_app(
        make_client, akismet_enabled=True, akismet_key="good-key", akismet_api_url=server,
        akismet_blog_url="https://www.quotidien.example", akismet_report=True,
        worker_in_server=False,  # the test runs the jobs itself, once, then looks
    )  # fmt: skip
    comment = post(client, text="Gagnez gros, visitez mon site de paris en ligne").json()
    _editor_says(client, comment["comment"]["id"], "spam")
    _run_jobs(client)
    paths = [path for path, _ in AkismetServer.received]
    assert "/1.1/comment-check" in paths  # the comment went through Akismet when posted
    assert paths.count("/1.1/submit-spam") == 1
    form = dict(AkismetServer.received[paths.index("/1.1/submit-spam")][1])
    assert form["comment_content"] == ["Gagnez gros, visitez mon site de paris en ligne"]
    assert form["blog"] == ["https://www.quotidien.example"]


def test_no_report_without_the_setting(
    make_client: Callable[..., TestClient], server: str  # noqa: F811
) -> None:
    client = admin_app(
        make_client, akismet_enabled=True, akismet_key="good-key", akismet_api_url=server,
        akismet_blog_url="https://www.quotidien.example", akismet_report=False,
        worker_in_server=False,
    )  # fmt: skip
    comment = post(client, text="Encore un message à juger").json()
    _editor_says(client, comment["comment"]["id"], "spam")
    _run_jobs(client)
    assert "/1.1/submit-spam" not in [path for path, _ in AkismetServer.received]
