"""A command line a script author can trust: every command is in the README, every README command exists,
and each one's --help exits 0 with its usage and a one-line description."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

import pytest

from assessment.cli.main import build_parser, main

ROOT = Path(__file__).resolve().parents[3]
README_COMMAND = re.compile(r"^\.venv/bin/python -m assessment ([a-z][a-z-]*)", re.MULTILINE)


def readme_commands() -> set[str]:
    """The commands shown in the README's "Command line" section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## Command line\n", 1)[1].split("\n## ", 1)[0]
    return set(README_COMMAND.findall(section))


def parser_commands() -> dict[str, argparse.ArgumentParser]:
    (subparsers,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    return dict(subparsers.choices)


def test_every_command_is_in_the_readme_and_every_readme_command_exists():
    documented, actual = readme_commands(), set(parser_commands())
    assert documented, "no command found in the README's Command line section"
    assert actual - documented == set(), "commands missing from the README"
    assert documented - actual == set(), "README commands the command line does not have"


@pytest.mark.parametrize("command", sorted(parser_commands()))
def test_each_command_has_a_help_with_its_usage_and_a_one_line_description(command, capsys):
    with pytest.raises(SystemExit) as exit_:
        main([command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"usage: python -m assessment {command} ")
    description = out.split("\n\n")[1]
    assert description.endswith(".") and len(description) > 10


def test_the_program_lists_every_command_in_its_help():
    result = subprocess.run(
        [sys.executable, "-m", "assessment", "--help"], cwd=ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout.startswith("usage: python -m assessment")
    assert all(re.search(rf"^\s+{command}\b", result.stdout, re.MULTILINE) for command in parser_commands())
