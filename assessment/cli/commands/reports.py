"""`report` (standalone HTML report of a round or of the whole initiative) and `export-workbook` (Excel)."""

from __future__ import annotations

import argparse
import sys

from assessment.cli.common import Subparsers, add_command, cli_lang, write_output
from assessment.present.i18n import LANGS, format_score, t
from assessment.usecases import Services


def _write(path: str, data: bytes, lang: str) -> None:
    """Write ``data`` to ``path``; a path that cannot be written is the user's fault, said in one line."""
    write_output(path, data)
    print(t("exports.wrote", lang, name=path, size=_size(len(data), lang)), file=sys.stderr)


def _size(n: int, lang: str) -> str:
    """A file size in words: 4.9 MB / 4,9 Mo, 180 kB / 180 ko."""
    if n >= 1_000_000:
        return t("exports.megabytes", lang, size=format_score(n / 1_000_000, lang, 1))
    return t("exports.kilobytes", lang, size=format_score(n / 1000, lang, 0))


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    report = services.html_report(initiative=args.initiative, round_label=args.round, lang=lang)
    _write(args.output, report.encode("utf-8"), lang)
    return 0


def cmd_export_workbook(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    _write(args.output, services.excel_workbook(initiative=args.initiative, lang=lang), lang)
    return 0


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "report", "a standalone HTML report of a round or of the whole initiative", cmd_report)
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", help="label of one round (default: the whole initiative)")
    p.add_argument("-o", "--output", required=True, help="the .html file to write")
    p.add_argument("--lang", choices=LANGS, help="fr or en (default: from IMPACT_LANG or LANG)")

    summary = "an Excel workbook: round summaries, comparison, actions, answers"
    p = add_command(subparsers, "export-workbook", summary, cmd_export_workbook)
    p.add_argument("--initiative", required=True)
    p.add_argument("-o", "--output", required=True, help="the .xlsx file to write")
    p.add_argument("--lang", choices=LANGS, help="fr or en (default: from IMPACT_LANG or LANG)")
