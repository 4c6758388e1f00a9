"""``palabre db``: schema migrations."""

from __future__ import annotations

from pathlib import Path

import typer

from palabre.cli.common import ConfigOption, console, load_settings, migrate

app = typer.Typer(help="Database schema.", no_args_is_help=True)


@app.command("upgrade")
def upgrade_command(config: Path | None = ConfigOption) -> None:
    """Create or migrate the schema to the latest version, and the default site."""
    from palabre.storage.migrate import head_revisions

    settings = load_settings(config)
    migrate(settings)
    revisions = ", ".join(sorted(head_revisions()))
    console.print(f"Database at revision {revisions}: {_safe(settings.resolved_database_url)}")


@app.command("current")
def current_command(config: Path | None = ConfigOption) -> None:
    """Show the schema revision of the database."""
    from palabre.storage.migrate import current_revisions, head_revisions
    from palabre.storage.sql.engines import make_throwaway_engine

    settings = load_settings(config)
    engine = make_throwaway_engine(settings.resolved_database_url)
    console.print(
        f"current: {sorted(current_revisions(engine))}  heads: {sorted(head_revisions())}"
    )
    engine.dispose()


@app.command("downgrade")
def downgrade_command(
    revision: str = typer.Argument(..., help="Target revision, e.g. base."),
    config: Path | None = ConfigOption,
) -> None:
    """Migrate the schema down to REVISION."""
    from palabre.storage.migrate import downgrade
    from palabre.storage.sql.engines import make_throwaway_engine

    settings = load_settings(config)
    engine = make_throwaway_engine(settings.resolved_database_url)
    downgrade(engine, revision)
    engine.dispose()
    console.print(f"Database at revision {revision}")


def _safe(url: str) -> str:
    """The URL without its password, for printing."""
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        creds, host = rest.rsplit("@", 1)
        return f"{scheme}://{creds.split(':')[0]}:***@{host}" if ":" in creds else url
    return url
