"""Fixtures shared by every tier.

PostgreSQL tests use the server named by PALABRE_TEST_POSTGRES_URL (default: the local
one at 127.0.0.1:5432, database ``test``). Each test session works in a schema of its
own, so parallel runs never see each other's rows. When the server cannot be reached the
tests skip with the reason, except when PALABRE_REQUIRE_SERVICES=1 (CI), where they fail.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from palabre.settings import Settings
from palabre.storage.migrate import ensure_default_site, upgrade
from palabre.storage.sql.database import Database
from palabre.storage.sql.engines import make_engine
from palabre.storage.sql.tables import metadata

DEFAULT_PG = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
REQUIRED = os.environ.get("PALABRE_REQUIRE_SERVICES") == "1"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def unavailable(reason: str) -> None:
    """Skip, or fail when CI requires every service."""
    if REQUIRED:
        pytest.fail(f"required service unavailable: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_base_url() -> str:
    url = os.environ.get("PALABRE_TEST_POSTGRES_URL", DEFAULT_PG)
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        unavailable(f"PostgreSQL not reachable at {url}: {exc.__class__.__name__}")
    return url


@pytest.fixture(scope="session")
def pg_schema_url(pg_base_url: str) -> Iterator[str]:
    """A fresh schema for this session, migrated to head."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(pg_base_url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in pg_base_url else "?"
    url = f"{pg_base_url}{sep}options=-csearch_path%3D{schema}"
    engine = make_engine(url, pooled=False)
    upgrade(engine)
    engine.dispose()
    yield url
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def _truncate_pg(url: str) -> None:
    engine = make_engine(url, pooled=False)
    names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    engine.dispose()


def _settings(tmp_path: Path, url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "data_dir": tmp_path,
        "database_url": url,
        "secret_key": "test-secret-key-not-for-production",
        "min_submit_seconds": 0,
        # Core tests check the service, not the classifiers' judgement of sample sentences;
        # tests/functional/test_moderation_flow.py runs the whole engine.
        "moderation_engine": False,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated, empty database with the default site: SQLite, then PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'palabre.db'}"
        engine = make_engine(url, pooled=False)
        upgrade(engine)
    else:
        url = request.getfixturevalue("pg_schema_url")
        _truncate_pg(url)
        engine = make_engine(url, pooled=False)
    ensure_default_site(engine, site_id="default", name="Test", language="fr", origins=[])
    engine.dispose()
    return url


@pytest.fixture
def settings(tmp_path: Path, database_url: str) -> Settings:
    return _settings(tmp_path, database_url)


@pytest.fixture
def make_settings(tmp_path: Path, database_url: str):  # type: ignore[no-untyped-def]
    def make(**overrides: object) -> Settings:
        return _settings(tmp_path, database_url, **overrides)

    return make


@pytest.fixture
def db(database_url: str) -> Iterator[Database]:
    database = Database(database_url)
    yield database
    database.dispose()
