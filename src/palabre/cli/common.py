"""Helpers shared by the CLI commands."""

from __future__ import annotations

import os
from pathlib import Path

import typer
from rich.console import Console

from palabre.settings import Settings
from palabre.storage.migrate import ensure_default_site, upgrade
from palabre.storage.sql.engines import make_throwaway_engine

console = Console()
err = Console(stderr=True)

ConfigOption = typer.Option(
    None,
    "--config",
    "-c",
    help="TOML settings file (same as PALABRE_CONFIG).",
    exists=True,
    dir_okay=False,
)


def load_settings(config: Path | None = None, **overrides: object) -> Settings:
    """Settings from the environment and config file, with CLI options on top. Options are
    also exported to the environment, so that server worker processes see them."""
    if config is not None:
        os.environ["PALABRE_CONFIG"] = str(config.resolve())
    clean = {k: v for k, v in overrides.items() if v is not None}
    for key, value in clean.items():
        os.environ[f"PALABRE_{key.upper()}"] = str(value)
    return Settings(**clean)  # type: ignore[arg-type]


def migrate(settings: Settings) -> None:
    engine = make_throwaway_engine(settings.resolved_database_url)
    try:
        upgrade(engine)
        ensure_default_site(
            engine,
            site_id=settings.default_site_id,
            name=settings.default_site_name,
            language=settings.default_site_language,
            origins=settings.default_site_origins,
        )
    finally:
        engine.dispose()
