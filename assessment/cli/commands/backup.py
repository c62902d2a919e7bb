"""`python -m assessment backup [--initiative NAME] -o FILE.json` and `restore FILE.json [--replace]`."""

from __future__ import annotations

import argparse
import sys

from assessment.cli.common import Subparsers, add_command, cli_lang, read_input, write_output
from assessment.present.i18n import t
from assessment.present.restore_text import restore_lines
from assessment.usecases import Services


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    text = services.backup_json(initiative=args.initiative)
    if args.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    write_output(args.output, text.encode("utf-8"), private=True)
    print(t("backup.cli_wrote", cli_lang(), path=args.output), file=sys.stderr)
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    summary = services.restore(document=read_input(args.file), replace=args.replace)
    for line in restore_lines(summary, cli_lang()):
        print(line)
    return 0


def register(subparsers: Subparsers) -> None:
    summary = "write one initiative or the whole database as one JSON document"
    p = add_command(subparsers, "backup", summary, cmd_backup)
    p.add_argument("--initiative", help="the initiative's name (default: the whole database)")
    p.add_argument("-o", "--output", required=True, help="FILE.json, or - for standard output")

    p = add_command(subparsers, "restore", "restore a backup document (all or nothing)", cmd_restore)
    p.add_argument("file")
    p.add_argument(
        "--replace",
        action="store_true",
        help="replace initiatives of the same name already present (they stay in their networks, as they are)",
    )
