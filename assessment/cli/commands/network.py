"""`python -m assessment network create|add|remove|show|report|workbook …`: networks of initiatives."""

from __future__ import annotations

import argparse
import json

from assessment.cli.commands.reports import _write
from assessment.cli.common import Subparsers, add_command, cli_lang
from assessment.present import network_tables
from assessment.present.i18n import LANGS, t, tn
from assessment.usecases import Services


def cmd_create(services: Services, args: argparse.Namespace) -> int:
    name = services.create_network(name=args.name)
    print(t("network.created", cli_lang(), name=name))
    return 0


def cmd_add(services: Services, args: argparse.Namespace) -> int:
    m = services.add_to_network(network=args.network, initiative=args.initiative, consent=args.consent)
    key = "network.added" if m.added else "network.updated"
    print(t(key, cli_lang(), initiative=m.initiative, label=m.label))
    return 0


def cmd_remove(services: Services, args: argparse.Namespace) -> int:
    services.remove_from_network(network=args.network, initiative=args.initiative)
    print(t("network.removed", cli_lang(), initiative=args.initiative))
    return 0


def cmd_show(services: Services, args: argparse.Namespace) -> int:
    if args.format == "json":
        print(json.dumps(services.network_document(network=args.network), ensure_ascii=False, indent=2))
        return 0
    lang = cli_lang()
    view = services.network_view(network=args.network)
    print(f"{view.name}: {tn('network.contributing', lang, view.contributing, members=len(view.members))}")
    members = network_tables.members_table(view, lang)
    _print_table(members.headers, members.rows)
    if view.shown:
        spread = network_tables.spread_table((*view.sections, *view.dimensions), services.current_instrument(), lang)
        print()
        _print_table(spread.headers, spread.rows)
    for line in network_tables.notes(view.contributing, view.left_out, view.min_initiatives, lang):
        print(line)
    return 0


def _print_table(headers: list[str], rows: list[list[object]]) -> None:
    """Columns padded to their widest cell, separated by two spaces."""
    cells = [headers, *([str(c) for c in row] for row in rows)]
    widths = [max(len(str(row[n])) for row in cells) for n in range(len(headers))]
    for row in cells:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def cmd_report(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    _write(args.output, services.network_report_html(network=args.network, lang=lang).encode("utf-8"), lang)
    return 0


def cmd_workbook(services: Services, args: argparse.Namespace) -> int:
    lang = args.lang or cli_lang()
    _write(args.output, services.network_workbook(network=args.network, lang=lang), lang)
    return 0


def cmd_network(services: Services, args: argparse.Namespace) -> int:
    return args.run(services, args)


def _action(actions, name: str, summary: str, run) -> argparse.ArgumentParser:
    p = actions.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    p.set_defaults(run=run)
    return p


def register(subparsers: Subparsers) -> None:
    summary = "networks of initiatives on one shared measure: create, add, remove, show, report, workbook"
    group = add_command(subparsers, "network", summary, cmd_network)
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    _action(actions, "create", "create an empty network", cmd_create).add_argument("--name", required=True)
    p = _action(actions, "add", "add an initiative (or update its consent to be named)", cmd_add)
    p.add_argument("--network", required=True)
    p.add_argument("--initiative", required=True)
    p.add_argument("--consent", action="store_true", help="it consents to be named (else: an anonymous label)")
    p = _action(actions, "remove", "take an initiative out of a network", cmd_remove)
    p.add_argument("--network", required=True)
    p.add_argument("--initiative", required=True)
    p = _action(actions, "show", "members side by side and the network's spread per dimension", cmd_show)
    p.add_argument("--network", required=True)
    p.add_argument("--format", choices=["json", "table"], default="table")
    for name, summary, run, suffix in (
        ("report", "a standalone HTML report of the network", cmd_report, ".html"),
        ("workbook", "an Excel workbook of the network", cmd_workbook, ".xlsx"),
    ):
        p = _action(actions, name, summary, run)
        p.add_argument("--network", required=True)
        p.add_argument("-o", "--output", required=True, help=f"the {suffix} file to write")
        p.add_argument("--lang", choices=LANGS, help="fr or en (default: from IMPACT_LANG or LANG)")
