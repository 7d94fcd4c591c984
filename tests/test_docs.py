"""The README documents every CLI command and option, and the set-up commands."""

from __future__ import annotations

from pathlib import Path

import click

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _commands(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
    found = []
    for name, command in group.commands.items():
        if isinstance(command, click.Group):
            found += _commands(command, f"{prefix} {name}")
        else:
            found.append((f"{prefix} {name}", command))
    return found


def test_setup_commands_are_documented() -> None:
    assert "make run" in README and "make test" in README


def test_every_cli_command_and_option_is_in_the_readme() -> None:
    from claims.cli import claims_group, users_group

    for path, command in _commands(claims_group, "flask claims") + _commands(users_group, "flask users"):
        assert path in README, f"{path} is not documented"
        for param in command.params:
            for opt in getattr(param, "opts", []):
                if opt.startswith("--"):
                    assert opt in README, f"{path} {opt} is not documented"
        assert command.help, f"{path} has no help text"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{path} {param.opts[0]} has no help text"


def test_every_configuration_variable_is_documented() -> None:
    for name in (
        "DATABASE_URL",
        "SECRET_KEY",
        "CLAIMS_ENV",
        "TEST_DATABASE_URL",
        "TEST_POSTGRES_URL",
        "CLAIMS_REQUIRE_POSTGRES",
    ):
        assert name in README
