"""`python -m assessment round create|open|close|reveal|hide …`: rounds for scripts and workshops."""

from __future__ import annotations

import argparse
import json
from datetime import date

from assessment.cli.common import Subparsers, add_command, parse_date
from assessment.present.links import DEFAULT_BASE_URL, join_link, presenter_link
from assessment.usecases import Services
from assessment.usecases.records import RoundInfo


def cmd_create(services: Services, args: argparse.Namespace) -> int:
    on = parse_date(args.date) if args.date else date.today()
    status = "open" if args.open else "draft"
    r = services.create_round_in(initiative=args.initiative, label=args.label, on=on, form=args.form, status=status)
    base_url = args.base_url.rstrip("/")
    document = {
        "initiative": r.initiative,
        "round": r.label,
        "status": r.status,
        "form": r.form,
        "join_code": r.join_code,
        "join_link": join_link(base_url, r.join_code),
        "presenter_link": presenter_link(base_url, services.create_presenter_link(round_id=r.id)),
    }
    if args.format == "json":
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        width = max(len(key) for key in document) + 2
        for key, value in document.items():
            print(f"{key:<{width}}{value}")
    return 0


def _round(services: Services, args: argparse.Namespace) -> RoundInfo:
    return services.find_round(initiative=args.initiative, label=args.round)


def _say(r: RoundInfo) -> None:
    revealed = "results revealed" if r.results_revealed else "results hidden"
    print(f"{r.initiative} / {r.label}: {r.status}, {revealed}")


def cmd_status(status: str):
    def run(services: Services, args: argparse.Namespace) -> int:
        _say(services.set_round_status(round_id=_round(services, args).id, status=status))
        return 0

    return run


def cmd_reveal(revealed: bool):
    def run(services: Services, args: argparse.Namespace) -> int:
        _say(services.set_results_revealed(round_id=_round(services, args).id, revealed=revealed))
        return 0

    return run


ACTIONS = {
    "open": ("open a round to participants", cmd_status("open")),
    "close": ("close a round: no more answers", cmd_status("closed")),
    "reveal": ("reveal a round's group results to participants", cmd_reveal(True)),
    "hide": ("hide a round's group results from participants", cmd_reveal(False)),
}


def cmd_round(services: Services, args: argparse.Namespace) -> int:
    return args.run(services, args)


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "round", "create, open, close, reveal or hide a round", cmd_round)
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")

    p = actions.add_parser("create", help="create a round (and its initiative when missing)")
    p.set_defaults(run=cmd_create)
    p.add_argument("--initiative", required=True)
    p.add_argument("--label", required=True)
    p.add_argument("--date", help="YYYY-MM-DD (default: today)")
    p.add_argument("--form", choices=["full", "short"], default="full")
    p.add_argument("--open", action="store_true", help="open it to participants at once")
    p.add_argument("--base-url", default=DEFAULT_BASE_URL, help=f"the app's address (default: {DEFAULT_BASE_URL})")
    p.add_argument("--format", choices=["json", "table"], default="table")

    for name, (summary, run) in ACTIONS.items():
        p = actions.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
        p.set_defaults(run=run)
        p.add_argument("--initiative", required=True)
        p.add_argument("--round", required=True)
