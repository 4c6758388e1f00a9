"""Migrations build the same schema as the models, on SQLite and PostgreSQL."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from palabre.storage.migrate import current_revisions, downgrade, head_revisions, upgrade
from palabre.storage.sql.engines import make_engine
from palabre.storage.sql.tables import metadata


def test_database_is_at_head_and_matches_the_models(database_url: str) -> None:
    engine = make_engine(database_url, pooled=False)
    assert current_revisions(engine) == head_revisions()
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(database_url: str) -> None:
    engine = make_engine(database_url, pooled=False)
    downgrade(engine, "base")
    assert current_revisions(engine) == set()
    upgrade(engine)
    assert current_revisions(engine) == head_revisions()
    engine.dispose()
