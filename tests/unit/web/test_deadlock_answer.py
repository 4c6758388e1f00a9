"""A use case that PostgreSQL keeps choosing as a deadlock's victim: it is run again, and
if it still loses, the reader gets a 503 saying nothing was saved, never a 500."""

from __future__ import annotations

import pytest
from fastapi import FastAPI
from fastapi.templating import Jinja2Templates
from fastapi.testclient import TestClient
from sqlalchemy.exc import OperationalError

from palabre.storage.sql.database import DEADLOCK_ATTEMPTS, retry_on_deadlock
from palabre.web.errors import install_error_handlers


class _Orig(Exception):
    sqlstate = "40P01"


def _deadlock() -> OperationalError:
    return OperationalError("UPDATE threads ...", {}, _Orig("deadlock detected"))


def test_a_victim_runs_again_until_it_succeeds() -> None:
    calls: list[int] = []

    @retry_on_deadlock
    def use_case(n: int) -> int:
        calls.append(n)
        if len(calls) < DEADLOCK_ATTEMPTS:
            raise _deadlock()
        return n * 2

    assert use_case(21) == 42
    assert len(calls) == DEADLOCK_ATTEMPTS


def test_other_database_errors_are_not_retried() -> None:
    calls: list[int] = []

    @retry_on_deadlock
    def use_case() -> None:
        calls.append(1)
        raise OperationalError("SELECT 1", {}, Exception("disk I/O error"))

    with pytest.raises(OperationalError):
        use_case()
    assert calls == [1]


def test_a_lasting_deadlock_is_answered_503_in_the_readers_language() -> None:
    app = FastAPI()
    app.state.templates = Jinja2Templates(directory="/nonexistent")
    install_error_handlers(app)

    @app.post("/api/v1/threads/t/comments")
    def post() -> None:
        raise _deadlock()

    client = TestClient(app, raise_server_exceptions=False)
    r = client.post("/api/v1/threads/t/comments", headers={"Accept-Language": "fr"})
    assert r.status_code == 503
    assert r.headers["retry-after"] == "1"
    assert r.json()["error"]["code"] == "busy"
    assert "Rien n’a été enregistré" in r.json()["error"]["message"]
