"""Command line: `python -m assessment …`, a thin layer over the use cases (PRODUCT.md, "Command line").

This module builds the parser from the command groups (cli/commands/), runs one command, and turns what
goes wrong into words: bad input prints one clear line (every fault for a refused import) and exits 2; a
database that cannot be reached or upgraded prints one line and exits 1. Never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from assessment.cli.commands import register_all
from assessment.cli.common import cli_lang
from assessment.domain.errors import ImportRejected, UserError
from assessment.domain.instrument import InstrumentError
from assessment.present.i18n import error_message, fault_lines
from assessment.settings import SettingsError, get_settings
from assessment.usecases import Services
from assessment.usecases.database import DATABASE_ERRORS

EXIT_USAGE = 2
EXIT_DATABASE = 1


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: one sub-command per use, each with its own --help."""
    parser = argparse.ArgumentParser(prog="python -m assessment", description="Impact Readiness command line.")
    register_all(parser.add_subparsers(dest="command", required=True, metavar="COMMAND"))
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; the process's exit status."""
    args = build_parser().parse_args(argv)
    try:
        get_settings()
    except SettingsError as error:  # a variable of the environment the app cannot use: one line
        print(f"Settings error: {error}", file=sys.stderr)
        return EXIT_USAGE
    lang = getattr(args, "lang", None) or cli_lang()
    try:
        return args.func(Services(), args)
    except UserError as error:
        _say_user_error(error, lang)
        return EXIT_USAGE
    except InstrumentError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except DATABASE_ERRORS as error:  # not the user's input: say what failed, in one line
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(f"Database error ({get_settings().database_url.split('://')[0]}): {detail}", file=sys.stderr)
        return EXIT_DATABASE


def _say_user_error(error: UserError, lang: str) -> None:
    """The error in one line; for a refused import, then every fault by row, indented."""
    print(error_message(error, lang), file=sys.stderr)
    if isinstance(error, ImportRejected):
        for line in fault_lines(error, lang):
            print(f"  {line}", file=sys.stderr)
