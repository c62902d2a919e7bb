"""`plan-on-a-page` (the printable one-page plan of a round) and `progress-report` (the report of a period with its
strategy map), both as standalone HTML."""

from __future__ import annotations

import argparse

from assessment.cli.commands.reports import _write
from assessment.cli.common import Subparsers, add_command, cli_lang, parse_date
from assessment.domain.plan import PLAN_SECTIONS, parse_sections
from assessment.present.i18n import LANGS
from assessment.usecases import Services


def cmd_plan_on_a_page(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    sections = parse_sections(args.sections) if args.sections is not None else None
    page = services.plan_on_a_page(initiative=args.initiative, round_label=args.round, sections=sections, lang=lang)
    _write(args.output, page.encode("utf-8"), lang)
    return 0


def cmd_progress_report(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    start, end = parse_date(args.start), parse_date(args.end)
    report = services.progress_report(initiative=args.initiative, start=start, end=end, lang=lang)
    _write(args.output, report.encode("utf-8"), lang)
    return 0


def register(subparsers: Subparsers) -> None:
    summary = "the printable plan on a page of a round (HTML, one A4 or Letter page)"
    p = add_command(subparsers, "plan-on-a-page", summary, cmd_plan_on_a_page)
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", help="label of the round (default: the latest with answers)")
    p.add_argument(
        "--sections",
        help="four of " + ",".join(PLAN_SECTIONS) + ", comma-separated (default: the round's saved plan)",
    )
    p.add_argument("-o", "--output", required=True, help="the .html file to write")
    p.add_argument("--lang", choices=LANGS, help="fr or en (default: from IMPACT_LANG or LANG)")

    summary = "the progress report of a period with its strategy map (HTML, two or three pages)"
    p = add_command(subparsers, "progress-report", summary, cmd_progress_report)
    p.add_argument("--initiative", required=True)
    p.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD", help="first day of the period")
    p.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD", help="last day of the period")
    p.add_argument("-o", "--output", required=True, help="the .html file to write")
    p.add_argument("--lang", choices=LANGS, help="fr or en (default: from IMPACT_LANG or LANG)")
