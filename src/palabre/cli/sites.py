"""``palabre sites``: the publisher sites this instance serves."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.table import Table

from palabre.cli.common import ConfigOption, console, err, load_settings
from palabre.domain.errors import PalabreError
from palabre.domain.sites import Language, ModerationMode, Site

app = typer.Typer(help="Publisher sites.", no_args_is_help=True)


@app.command("add")
def add(
    site_id: str = typer.Argument(..., help="Short id, e.g. quotidien-littoral."),
    name: str = typer.Option(..., "--name", help="Display name."),
    origin: list[str] = typer.Option([], "--origin", help="Origin allowed to embed (repeat)."),
    language: Language = typer.Option(Language.FR, "--language"),
    moderation: ModerationMode = typer.Option(ModerationMode.AUTO, "--moderation"),
    require_email: bool = typer.Option(False, "--require-email/--optional-email"),
    no_auto_threads: bool = typer.Option(False, "--no-auto-threads", help="Threads must exist."),
    max_depth: int = typer.Option(5, "--max-depth"),
    edit_window: int = typer.Option(900, "--edit-window", help="Seconds a guest may edit."),
    config: Path | None = ConfigOption,
) -> None:
    """Register a publisher site."""
    from palabre.services.sites import SiteDirectory
    from palabre.storage.sql.database import Database
    from palabre.web.messages import message

    settings = load_settings(config)
    db = Database(settings.resolved_database_url)
    site = Site(
        id=site_id,
        name=name,
        origins=tuple(origin),
        language=language,
        moderation_mode=moderation,
        require_email=require_email,
        auto_create_threads=not no_auto_threads,
        max_depth=max_depth,
        edit_window_seconds=edit_window,
    )
    try:
        SiteDirectory(db, default_id=settings.default_site_id).add(site)
    except PalabreError as exc:
        err.print(f"[red]{message(exc.code, 'en', **exc.params)}[/red]")
        raise typer.Exit(2) from None
    finally:
        db.dispose()
    console.print(f"Site {site_id} added.")


@app.command("list")
def list_sites(config: Path | None = ConfigOption) -> None:
    """List the sites."""
    from palabre.services.sites import SiteDirectory
    from palabre.storage.sql.database import Database

    settings = load_settings(config)
    db = Database(settings.resolved_database_url)
    table = Table("id", "name", "language", "moderation", "origins")
    for s in SiteDirectory(db, default_id=settings.default_site_id).all():
        table.add_row(s.id, s.name, s.language.value, s.moderation_mode.value, " ".join(s.origins))
    db.dispose()
    console.print(table)
