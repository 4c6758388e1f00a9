"""The ``palabre`` command."""

from __future__ import annotations

import typer

from palabre.cli import db, jobs, moderation, server, sites, staff, train

app = typer.Typer(
    name="palabre",
    help="Palabre: comments for news sites, moderated on the publisher's own server.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
)
server.register(app)
jobs.register(app)
moderation.register(app)
train.register(app)
staff.register(app)
app.add_typer(db.app, name="db")
app.add_typer(sites.app, name="sites")


def main() -> None:
    app()
