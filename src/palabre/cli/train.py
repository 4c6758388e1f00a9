"""``palabre train`` and ``palabre models``: retrain a site's models from its editors'
decisions, list the versions kept on disk, and roll back."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from rich.table import Table

from palabre.cli.common import ConfigOption, console, err, load_settings

if TYPE_CHECKING:
    from palabre.policies.model_store import ModelStore
    from palabre.settings import Settings

models_app = typer.Typer(help="A site's retrained moderation models.", no_args_is_help=True)

SiteOption = typer.Option(None, "--site", help="Site id (default: DEFAULT_SITE_ID).")


def _store(settings: Settings, site: str | None) -> ModelStore:
    from palabre.policies.model_store import ModelStore, ModelStoreError
    from palabre.services.training import model_root

    try:
        return ModelStore(model_root(settings), site or settings.default_site_id)
    except ModelStoreError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None


def _cell(m: dict[str, Any] | None) -> str:
    if not m:
        return "-"
    return f"{m['precision']:.3f} / {m['recall']:.3f} / {m['f1']:.3f}"


def _rollback(store: ModelStore, to: str | None) -> None:
    from palabre.policies.model_store import ModelStoreError

    try:
        now = store.rollback(to)
    except ModelStoreError as exc:
        err.print(f"[red]{exc}[/red]")
        raise typer.Exit(2) from None
    console.print(f"Site {store.site_id} now uses {now or 'the shipped models'}.")


def train(
    site: str | None = SiteOption,
    data: Path | None = typer.Option(
        None,
        "--data",
        help="Public data folder (../shared/data) to train on as well; optional.",
        exists=True,
        file_okay=False,
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Train and report; keep nothing."),
    rollback: bool = typer.Option(
        False, "--rollback", help="Go back to the previous version instead of training."
    ),
    config: Path | None = ConfigOption,
) -> None:
    """Retrain a site's toxicity and spam models from its editors' decisions."""
    settings = load_settings(config)
    store = _store(settings, site)
    if rollback:
        _rollback(store, None)
        return
    from palabre.services.training import train_site
    from palabre.storage.sql.database import Database

    db = Database(settings.resolved_database_url)
    command = "palabre train " + " ".join(shlex.quote(a) for a in sys.argv[2:])
    try:
        report = train_site(settings, db, store.site_id, data=data, dry_run=dry_run,
                            command=command.strip())  # fmt: skip
    finally:
        db.dispose()
    labels = ", ".join(f"{k}: {v}" for k, v in sorted(report.label_counts.items())) or "none"
    console.print(f"Site {store.site_id}: editors' labels ({labels})")
    table = Table(title="Model alone, threshold 0.5: precision / recall / F1")
    for column in ("data", "n", "before", "after"):
        table.add_column(column)
    by_name: dict[str, dict[str, dict[str, Any]]] = {}
    for name, when, m in report.rows:
        by_name.setdefault(name, {})[when] = m
    for name, cells in by_name.items():
        n = (cells.get("after") or cells.get("before") or {}).get("n", 0)
        table.add_row(name, str(n), _cell(cells.get("before")), _cell(cells.get("after")))
    console.print(table)
    if report.version:
        console.print(f"Saved and activated version {report.version} ({store.path}).")
    else:
        console.print("Dry run: nothing saved.")


@models_app.command("list")
def list_versions(site: str | None = SiteOption, config: Path | None = ConfigOption) -> None:
    """The versions kept for a site; the current one is marked."""
    store = _store(load_settings(config), site)
    table = Table(title=f"Models of site {store.site_id}")
    for column in ("", "version", "created", "labels", "models"):
        table.add_column(column)
    for v in store.info():
        labels = ", ".join(f"{k}: {n}" for k, n in sorted(v.metrics.get("labels", {}).items()))
        models = ", ".join(v.metrics.get("model_versions", {}).values())
        table.add_row("*" if v.current else "", v.version, v.created_at, labels, models)
    console.print(table)
    if store.current() is None:
        console.print("In use: the shipped models.")


@models_app.command("rollback")
def rollback_models(
    site: str | None = SiteOption,
    to: str | None = typer.Option(None, "--to", help="Version to use (default: the previous)."),
    config: Path | None = ConfigOption,
) -> None:
    """Use the previous version (or --to VERSION); before the first come the shipped models."""
    _rollback(_store(load_settings(config), site), to)


@models_app.command("shipped")
def use_shipped(site: str | None = SiteOption, config: Path | None = ConfigOption) -> None:
    """Use the shipped models for a site; its versions stay on disk."""
    store = _store(load_settings(config), site)
    store.activate(None)
    console.print(f"Site {store.site_id} now uses the shipped models.")


def register(app: typer.Typer) -> None:
    app.command("train")(train)
    app.add_typer(models_app, name="models")
