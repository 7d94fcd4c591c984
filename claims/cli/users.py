"""`flask users`: account administration."""

from __future__ import annotations

import sys

import click
from flask.cli import AppGroup
from sqlalchemy import select

from claims.errors import ValidationError
from claims.extensions import db
from claims.models import Role, User
from claims.services.users import create_api_token, create_user

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


@users_group.command("token")
@click.argument("name")
@click.option("--label", help="What the token is for (shown in audits).")
def token_command(name: str, label: str | None) -> None:
    """Create an API token for a user; it is printed once and only its hash is kept."""
    user = db.session.scalar(select(User).where(User.username == name))
    if user is None:
        raise click.ClickException(f"no user named {name!r}")
    try:
        _, token = create_api_token(user, label)
    except ValidationError as exc:
        raise click.ClickException(exc.reason) from None
    db.session.commit()
    click.echo(token)
