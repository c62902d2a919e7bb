"""What the command modules share: the language of messages, dates typed on the command line, and commands
declared with a one-line summary (shown in `python -m assessment --help` and in the command's own --help)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from assessment.domain.errors import Invalid
from assessment.present.i18n import detect_language
from assessment.settings import get_settings

if TYPE_CHECKING:
    from assessment.usecases import Services

Command = Callable[["Services", argparse.Namespace], int]  # the exit status
Subparsers = argparse._SubParsersAction  # what add_subparsers() returns


def cli_lang() -> str:
    """'fr' when IMPACT_LANG (else LANG) starts with fr, else 'en'."""
    return detect_language(get_settings().cli_locale)


def parse_date(text: str) -> date:
    """A YYYY-MM-DD date; Invalid (a user error) otherwise."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid("date", text) from None


def add_command(subparsers: Subparsers, name: str, summary: str, func: Command) -> argparse.ArgumentParser:
    """A sub-command whose --help starts with ``summary``; ``func(services, args)`` returns the exit status."""
    parser = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    parser.set_defaults(func=func)
    return parser
