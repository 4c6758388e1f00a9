from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from palabre.settings import Settings
from palabre.web.app import create_app


@pytest.fixture
def make_client(make_settings: Callable[..., Settings]) -> Iterator[Callable[..., TestClient]]:
    clients: list[TestClient] = []

    def make(**overrides: Any) -> TestClient:
        app = create_app(make_settings(**overrides))
        client = TestClient(app, raise_server_exceptions=False)
        client.__enter__()
        clients.append(client)
        return client

    yield make
    for c in clients:
        c.__exit__(None, None, None)
        c.app.state.palabre.db.dispose()  # type: ignore[attr-defined]


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()


def post(client: TestClient, thread: str = "article-1", **body: Any) -> Any:
    payload = {"text": "Un commentaire.", "author_name": "Léa", **body}
    return client.post(f"/api/v1/threads/{thread}/comments", json=payload)
