"""``palabre serve``, ``palabre demo`` and ``palabre settings``."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer
from rich.table import Table

from palabre.cli.common import ConfigOption, console, load_settings, migrate

if TYPE_CHECKING:
    from palabre.settings import Settings


def _workers(settings: Settings) -> int:
    return settings.workers or os.cpu_count() or 1


def _run(settings: Settings, workers: int) -> None:
    import uvicorn

    uvicorn.run(
        "palabre.web.app:app_from_environment",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=workers,
        log_level="warning",
        access_log=False,
        proxy_headers=settings.trust_forwarded_for,
        server_header=False,
    )


def serve(
    host: str | None = typer.Option(None, help="Address to listen on [PALABRE_HOST]."),
    port: int | None = typer.Option(None, help="Port [PALABRE_PORT]."),
    workers: int | None = typer.Option(None, help="Worker processes; 0 = one per core."),
    config: Path | None = ConfigOption,
) -> None:
    """Run the comment server."""
    settings = load_settings(config, host=host, port=port, workers=workers)
    if settings.migrate_on_start:
        migrate(settings)
    n = _workers(settings)
    console.print(f"Palabre listening on http://{settings.host}:{settings.port} ({n} workers)")
    _run(settings, n)


def demo(
    port: int = typer.Option(8000, help="Port to serve the demo on."),
    data_dir: Path = typer.Option(Path("data/demo"), help="Where the demo SQLite file lives."),
) -> None:
    """Start the demo: a French news article with its comment section, on SQLite."""
    from palabre.cli.demo_data import seed_demo
    from palabre.services.staff import seed_demo_staff

    os.environ.setdefault("PALABRE_DATA_DIR", str(data_dir))
    base = f"http://127.0.0.1:{port}"
    settings = load_settings(
        None,
        port=port,
        host="127.0.0.1",
        default_site_name="Le Quotidien du Littoral",
        admin_secure_cookies=False,  # the demo runs on http://127.0.0.1
    )
    migrate(settings)
    seed_demo(settings)
    email, password = seed_demo_staff(settings)
    # soft_wrap: a URL or a password cut in two by the terminal width cannot be copied.
    console.print(f"\n  Demo article:  [bold]{base}/demo[/bold]", soft_wrap=True)
    console.print(
        f"  Dashboard:     [bold]{base}/admin[/bold]  (sign in as {email}, password "
        f"{password}; demo only)",
        soft_wrap=True,
    )
    console.print(f"  API docs:      {base}/api/docs\n", soft_wrap=True)
    _run(settings, 1)


def settings_command(config: Path | None = ConfigOption) -> None:
    """List every setting with its environment variable, default, current value and help."""
    from palabre.settings import describe_settings

    current = load_settings(config)
    table = Table("setting", "env", "default", "current", "help", show_lines=False)
    for row in describe_settings():
        value = getattr(current, row["name"])
        shown = "***" if row["name"] == "secret_key" and value else str(value)
        table.add_row(row["name"], row["env"], str(row["default"]), shown, row["help"])
    console.print(table)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.command("demo")(demo)
    app.command("settings")(settings_command)
