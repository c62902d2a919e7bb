"""`python -m assessment backup [--initiative NAME] -o FILE.json` and `restore FILE.json [--replace]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from assessment.domain.errors import UserError
from assessment.present.i18n import detect_language, t
from assessment.usecases import Services


def _lang() -> str:
    return detect_language(os.environ.get("IMPACT_LANG") or os.environ.get("LANG"))


def cmd_backup(services: Services, args: argparse.Namespace) -> int:
    text = services.backup_json(initiative=args.initiative)
    if args.output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    Path(args.output).write_text(text, encoding="utf-8")
    print(t("backup.cli_wrote", _lang(), path=args.output), file=sys.stderr)
    return 0


def cmd_restore(services: Services, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserError("file_not_found", name=str(path))
    summary = services.restore(document=path.read_bytes(), replace=args.replace)
    lang = _lang()
    print(
        t(
            "backup.restored",
            lang,
            initiatives=len(summary.initiatives),
            rounds=summary.rounds,
            participants=summary.participants,
            answers=summary.answers,
            actions=summary.actions,
        )
    )
    for name in summary.replaced:
        print(t("backup.replaced", lang, name=name))
    for code in summary.new_codes:
        print(t("backup.new_code", lang, initiative=code.initiative, round=code.round, old=code.old, new=code.new))
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser("backup", help="write one initiative or the whole database as one JSON document")
    p.add_argument("--initiative", help="the initiative's name (default: the whole database)")
    p.add_argument("-o", "--output", required=True, help="FILE.json, or - for standard output")
    p.set_defaults(func=cmd_backup)

    p = subparsers.add_parser("restore", help="restore a backup document (all or nothing)")
    p.add_argument("file")
    p.add_argument("--replace", action="store_true", help="replace initiatives of the same name already present")
    p.set_defaults(func=cmd_restore)
