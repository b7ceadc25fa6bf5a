"""Every command explains itself, with an example, and the README shows it."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from newsdb.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def commands(group: click.Group, prefix: str = "newsdb"):
    for name, command in group.commands.items():
        path = f"{prefix} {name}"
        if isinstance(command, click.Group):
            yield from commands(command, path)
        else:
            yield path, command


@pytest.mark.parametrize(("path", "command"), list(commands(main)), ids=lambda v: str(v))
def test_command_has_help_with_an_example_and_is_in_the_readme(path, command):
    result = CliRunner().invoke(main, [*path.split()[1:], "--help"])
    assert result.exit_code == 0
    assert command.help and "Example:" in command.help
    assert f"\n  {path.split()[0]} " in result.output or "Example:" in result.output
    assert path in README, f"{path} is not in README.md"


def test_version_and_short_help():
    runner = CliRunner()
    assert runner.invoke(main, ["--version"]).output.startswith("newsdb, version ")
    assert runner.invoke(main, ["-h"]).exit_code == 0


def test_unknown_command_is_a_usage_error():
    result = CliRunner().invoke(main, ["imprt", "seeds"])
    assert result.exit_code == 2
    assert "No such command 'imprt'" in result.output
