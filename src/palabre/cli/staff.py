"""``palabre staff add|list|token`` and ``palabre queue list|approve|reject``.

The queue commands act as a staff member (``--as EMAIL``) and are recorded in the audit
log like the dashboard's actions.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table

from palabre.cli.common import ConfigOption, console, err, load_settings, migrate
from palabre.domain.errors import PalabreError
from palabre.domain.staff import Role, StaffMember

if TYPE_CHECKING:
    from palabre.services.staff import StaffService
    from palabre.settings import Settings
    from palabre.storage.sql.database import Database

staff_app = typer.Typer(help="Staff accounts of the editors' dashboard.", no_args_is_help=True)
queue_app = typer.Typer(help="The moderation queue, from the shell.", no_args_is_help=True)
AsOption = Annotated[str, typer.Option("--as", help="Email of the staff member acting.")]


def _db(config: Path | None) -> tuple[Settings, Database]:
    from palabre.storage.sql.database import Database

    settings = load_settings(config)
    migrate(settings)
    return settings, Database(settings.resolved_database_url)


def _staff(db: Database) -> StaffService:
    from palabre.services.staff import StaffService

    return StaffService(db)


@staff_app.command("add")
def add(
    email: str,
    name: Annotated[str, typer.Option(help="Name shown in the audit log.")] = "",
    role: Annotated[Role, typer.Option(help="admin or moderator.")] = Role.ADMIN,
    site: Annotated[
        list[str] | None, typer.Option(help="Site a moderator works on (repeat).")
    ] = None,
    password: Annotated[
        str | None, typer.Option(help="Password; asked for when left out (safer).")
    ] = None,
    config: Path | None = ConfigOption,
) -> None:
    """Create a staff account; the first one is usually the admin."""
    _, db = _db(config)
    try:
        secret = password or getpass.getpass("Password: ")
        member = _staff(db).add(email, name, secret, role, site or [])
    except PalabreError as exc:
        err.print(f"[red]{exc.code}[/red] {exc.params or ''}")
        raise typer.Exit(1) from exc
    finally:
        db.dispose()
    console.print(f"Created {member.role.value} {member.email} (id {member.id}).")


@staff_app.command("list")
def list_staff(config: Path | None = ConfigOption) -> None:
    """List staff accounts."""
    _, db = _db(config)
    try:
        table = Table("id", "email", "name", "role", "sites")
        for m in _staff(db).all():
            table.add_row(str(m.id), m.email, m.name, m.role.value, ", ".join(m.sites) or "all")
    finally:
        db.dispose()
    console.print(table)


@staff_app.command("token")
def token(email: str, config: Path | None = ConfigOption) -> None:
    """Issue a personal API token (Authorization: Bearer ...); replaces the previous one."""
    _, db = _db(config)
    try:
        console.print(_staff(db).new_api_token(email))
    except PalabreError as exc:
        err.print(f"[red]{exc.code}[/red]")
        raise typer.Exit(1) from exc
    finally:
        db.dispose()


def _member(db: Database, email: str) -> StaffMember:
    member = _staff(db).by_email(email)
    if member is None:
        err.print(f"[red]no staff member {email}[/red]")
        raise typer.Exit(1)
    return member


def _moderation(settings: Settings, db: Database):  # type: ignore[no-untyped-def]
    from palabre.services.identity import Hasher
    from palabre.services.moderating import ModerationService
    from palabre.services.pipelines import basic_pipeline_factory
    from palabre.services.posting import PostingService
    from palabre.services.sites import SiteDirectory

    sites = SiteDirectory(db, default_id=settings.default_site_id)
    posting = PostingService(
        db, basic_pipeline_factory(settings), Hasher(settings.resolved_secret_key())
    )
    return ModerationService(db, sites, posting, page_size=settings.admin_queue_page_size)


@queue_app.command("list")
def queue_list(
    actor: AsOption,
    status: Annotated[
        str, typer.Option(help="pending, reported, unmoderated, approved, ...")
    ] = "pending",
    site: Annotated[str | None, typer.Option(help="Only this site.")] = None,
    page: int = 1,
    config: Path | None = ConfigOption,
) -> None:
    """List a queue: id, site, article, author, the engine's categories, the text."""
    from palabre.storage.sql.queue import QueueFilter

    settings, db = _db(config)
    try:
        result = _moderation(settings, db).queue(
            _member(db, actor), QueueFilter(tab=status, site=site), page=page
        )
    except PalabreError as exc:
        err.print(f"[red]{exc.code}[/red]")
        raise typer.Exit(1) from exc
    finally:
        db.dispose()
    table = Table(
        "id", "site", "article", "author", "engine", "text", title=f"{status}: {result.total}"
    )
    for c in result.cards:
        r = c.row
        engine = f"{c.engine.action} {','.join(c.engine.categories)}" if c.engine else ""
        table.add_row(
            str(r.id), r.site_id, r.thread_key, r.author_name, engine, r.body_markdown[:80]
        )
    console.print(table)


def _decide(actor: str, ids: list[int], verb: str, note: str, config: Path | None) -> None:
    from palabre.services.moderating import Verb

    settings, db = _db(config)
    try:
        changed = _moderation(settings, db).act(_member(db, actor), ids, Verb(verb), note)
    except PalabreError as exc:
        err.print(f"[red]{exc.code}[/red]")
        raise typer.Exit(1) from exc
    finally:
        db.dispose()
    console.print(f"{verb}: {len(ids)} comment(s), {len(changed)} changed status.")


@queue_app.command("approve")
def approve(
    ids: list[int], actor: AsOption, note: str = "", config: Path | None = ConfigOption
) -> None:
    """Approve comments: they are published and readers are notified."""
    _decide(actor, ids, "approve", note, config)


@queue_app.command("reject")
def reject(
    ids: list[int],
    actor: AsOption,
    spam: Annotated[bool, typer.Option("--spam", help="Mark as spam rather than reject.")] = False,
    note: str = "",
    config: Path | None = ConfigOption,
) -> None:
    """Reject comments (or mark them as spam)."""
    _decide(actor, ids, "spam" if spam else "reject", note, config)


def register(app: typer.Typer) -> None:
    """Add this feature's commands to the main app."""
    app.add_typer(staff_app, name="staff")
    app.add_typer(queue_app, name="queue")
