"""One module per command group. Each defines ``register(subparsers)``, adding its commands with
cli.common.add_command; a command's func takes (services, args) and returns an exit status. User errors
are raised as assessment.domain.errors.UserError and turned into one line by cli/main.py.
"""

from __future__ import annotations

from assessment.cli.commands import (
    backup,
    demo_setup,
    instrument,
    network,
    plans,
    reflections,
    reports,
    responses,
    results,
    rounds,
)
from assessment.cli.common import Subparsers

GROUPS = (
    instrument,
    demo_setup,
    rounds,
    reflections,
    responses,
    results,
    reports,
    network,
    plans,
    backup,
)  # the order of `--help`


def register_all(subparsers: Subparsers) -> None:
    """Let every command group add its commands."""
    for group in GROUPS:
        group.register(subparsers)
