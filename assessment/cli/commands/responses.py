"""`python -m assessment import-responses FILE …` and `export-responses …`: the responses CSV (or Excel sheet)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from assessment.cli.common import Subparsers, add_command, parse_date, read_input, write_output
from assessment.usecases import Services


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else None
    data, name = read_input(args.file), Path(args.file).name
    summary = services.import_file(data=data, initiative=args.initiative, label=args.round, on=on, filename=name)
    print(
        f"Imported {summary.participants} participants and {summary.answers} answers into "
        f"{summary.initiative} / {summary.round}{' (new round)' if summary.created_round else ''}."
    )
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    data = services.export_responses(initiative=args.initiative, label=args.round)
    if args.output:
        write_output(args.output, data)
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def register(subparsers: Subparsers) -> None:
    summary = "import a responses CSV or Excel sheet (all or nothing)"
    p = add_command(subparsers, "import-responses", summary, cmd_import)
    p.add_argument("file")
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", required=True)
    p.add_argument("--date", help="YYYY-MM-DD, for a new round (default: today)")

    p = add_command(subparsers, "export-responses", "export responses as CSV (UTF-8 with BOM)", cmd_export)
    p.add_argument("--initiative", required=True)
    p.add_argument("--round")
    p.add_argument("-o", "--output")
