"""Helpers shared by the CLI commands.

The ``palabre`` command registers every subcommand, so the modules under ``cli/`` import
only what their command signatures need; each command imports its own layers when it
runs. ``palabre classify`` then loads the engine and nothing of the web or storage
layers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.console import Console

if TYPE_CHECKING:
    from palabre.settings import Settings

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
    from palabre.settings import Settings

    clean = {k: v for k, v in overrides.items() if v is not None}
    for key, value in clean.items():
        os.environ[f"PALABRE_{key.upper()}"] = str(value)
    return Settings(**clean)  # type: ignore[arg-type]


def migrate(settings: Settings) -> None:
    from palabre.storage.migrate import ensure_default_site, upgrade
    from palabre.storage.sql.engines import make_throwaway_engine

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
