"""What the command modules share: the language of messages, dates typed on the command line, files read
and written (a file that cannot be is the user's fault, said in one line), and commands declared with a
one-line summary (shown in `python -m assessment --help` and in the command's own --help)."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from assessment.domain.errors import Invalid, UserError
from assessment.domain.text import in_date_range
from assessment.domain.vocabulary import check_file_size
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
    """A YYYY-MM-DD date within the dates the app accepts; Invalid (a user error) otherwise."""
    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise Invalid("date", text) from None
    if not in_date_range(day):
        raise Invalid("date", text)
    return day


def read_input(name: str) -> bytes:
    """The bytes of the file ``name`` (an import or a restore): file_not_found, file_too_large or
    cannot_read, never a traceback."""
    path = Path(name)
    try:
        if not path.is_file():
            raise UserError("file_not_found", name=name)
        check_file_size(path.stat().st_size)  # before reading it all
        return path.read_bytes()
    except OSError as error:
        raise UserError("cannot_read", name=name, detail=error.strerror or type(error).__name__) from None


def write_output(name: str, data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to the file ``name``; ``private`` (a backup, which holds participants' resume tokens):
    created readable by its owner only, with no moment when it is readable by others."""
    try:
        if private:
            fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as handle:
                os.fchmod(handle.fileno(), 0o600)  # an existing file keeps its mode through O_CREAT: tighten it
                handle.write(data)
        else:
            Path(name).write_bytes(data)
    except OSError as error:
        raise UserError("cannot_write", name=name, detail=error.strerror or type(error).__name__) from None


def add_command(subparsers: Subparsers, name: str, summary: str, func: Command) -> argparse.ArgumentParser:
    """A sub-command whose --help starts with ``summary``; ``func(services, args)`` returns the exit status."""
    parser = subparsers.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    parser.set_defaults(func=func)
    return parser
