"""`flask users`: account administration."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Role
from claims.services.users import create_user

users_group = AppGroup("users", help="Manage accounts.")


@users_group.command("create")
@click.argument("name")
@click.option("--role", type=click.Choice([r.value for r in Role]), required=True, help="What the user may do.")
@click.option("--password-stdin", is_flag=True, help="Read the password from standard input instead of prompting.")
def create_command(name: str, role: str, password_stdin: bool) -> None:
    """Create an account."""
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user = create_user(name, role, password)
    except ValidationError as exc:
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"created {role} {user.username}")
