"""``palabre staff`` and ``palabre queue`` against a real database."""

from __future__ import annotations

from typer.testing import CliRunner

from palabre.cli import app
from palabre.settings import Settings

runner = CliRunner()


def test_staff_add_then_queue_list_approve_reject(settings: Settings, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("PALABRE_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("PALABRE_SECRET_KEY", settings.secret_key)
    monkeypatch.setenv("PALABRE_DATA_DIR", str(settings.data_dir))
    res = runner.invoke(
        app, ["staff", "add", "chef@example.org", "--password", "un mot de passe long"]
    )
    assert res.exit_code == 0, res.output
    assert "chef@example.org" in runner.invoke(app, ["staff", "list"]).output
    from dataclasses import replace

    from fastapi.testclient import TestClient

    from palabre.domain.sites import ModerationMode
    from palabre.services.moderating import ModerationService  # noqa: F401 - import check
    from palabre.storage.sql.repositories import SiteRepository
    from palabre.web.app import create_app

    with TestClient(create_app(settings)) as client:
        state = client.app.state.palabre  # type: ignore[attr-defined]
        with state.db.write() as conn:
            SiteRepository(conn).update(
                replace(state.sites.get("default"), moderation_mode=ModerationMode.PRE)
            )
        state.sites.invalidate()
        ids = [
            client.post(
                "/api/v1/threads/a/comments", json={"text": f"Texte {i}", "author_name": "X"}
            ).json()["comment"]["id"]
            for i in range(3)
        ]
    listed = runner.invoke(app, ["queue", "list", "--as", "chef@example.org"])
    assert listed.exit_code == 0 and "pending: 3" in listed.output
    ok = runner.invoke(app, ["queue", "approve", str(ids[0]), "--as", "chef@example.org"])
    assert ok.exit_code == 0 and "1 changed" in ok.output
    no = runner.invoke(
        app, ["queue", "reject", str(ids[1]), str(ids[2]), "--spam", "--as", "chef@example.org"]
    )
    assert no.exit_code == 0 and "2 changed" in no.output
    assert "pending: 0" in runner.invoke(app, ["queue", "list", "--as", "chef@example.org"]).output
    token = runner.invoke(app, ["staff", "token", "chef@example.org"])
    assert token.output.strip().startswith("plb_")
    assert runner.invoke(app, ["queue", "list", "--as", "nobody@example.org"]).exit_code == 1
