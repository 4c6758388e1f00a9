"""Schema migrations (Alembic), run by ``palabre db upgrade`` and at demo start-up."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, text

from palabre.domain.sites import Language, Site
from palabre.storage.sql.repositories import SiteRepository
from palabre.storage.sql.tables import metadata

MIGRATIONS = Path(__file__).parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revisions() -> set[str]:
    """Feature branches may each have a head until a merge revision joins them."""
    return set(ScriptDirectory.from_config(_config()).get_heads())


def current_revisions(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: Engine, revision: str = "heads") -> None:
    config = _config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            # Two processes migrating at once (several workers starting) take turns.
            conn.execute(text("SELECT pg_advisory_xact_lock(724201)"))
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


def downgrade(engine: Engine, revision: str) -> None:
    config = _config()
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, revision)


def ensure_default_site(
    engine: Engine, *, site_id: str, name: str, language: str, origins: list[str]
) -> None:
    with engine.begin() as conn:
        repo = SiteRepository(conn)
        if repo.get(site_id) is None:
            repo.add(
                Site(id=site_id, name=name, language=Language(language), origins=tuple(origins)),
                datetime.now(UTC),
            )


__all__ = [
    "current_revisions",
    "downgrade",
    "ensure_default_site",
    "head_revisions",
    "metadata",
    "upgrade",
]
