"""`python -m assessment reflections add|hide|show …`: closing reflections, including sticky notes on paper."""

from __future__ import annotations

import argparse
import json

from assessment.cli.common import Subparsers, add_command
from assessment.usecases import Services
from assessment.usecases.reflections import ReflectionSummary


def _round_id(services: Services, args: argparse.Namespace) -> int:
    return services.find_round(initiative=args.initiative, label=args.round).id


def cmd_add(services: Services, args: argparse.Namespace) -> int:
    added = services.add_paper_reflections(round_id=_round_id(services, args), texts=args.texts)
    print(f"Added {len(added)} {'entry' if len(added) == 1 else 'entries'}: {'; '.join(added) or '—'}")
    return 0


def cmd_hide(services: Services, args: argparse.Namespace) -> int:
    services.hide_reflection(round_id=_round_id(services, args), text=args.text, hidden=not args.show)
    print(f"{'Shown again' if args.show else 'Hidden'}: {args.text}")
    return 0


def show_document(initiative: str, label: str, summary: ReflectionSummary) -> dict:
    """The JSON of `reflections show` (PRODUCT.md): merged entries, most frequent first; none below the group size."""
    return {
        "initiative": initiative,
        "round": label,
        "contributors": summary.contributors,
        "shown": summary.shown,
        "entries": [{"text": e.text, "count": e.count, "hidden": e.hidden} for e in summary.entries],
    }


def cmd_show(services: Services, args: argparse.Namespace) -> int:
    r = services.find_round(initiative=args.initiative, label=args.round)
    document = show_document(r.initiative, r.label, services.reflection_summary(round_id=r.id))
    if args.format == "json":
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"{r.initiative} / {r.label}: {document['contributors']} contributors")
    if not document["shown"]:
        print("not shown: fewer contributors than the minimum group size")
    for e in document["entries"]:
        print(f"{e['count']:>5}  {e['text']}{'  (hidden)' if e['hidden'] else ''}")
    return 0


def cmd_reflections(services: Services, args: argparse.Namespace) -> int:
    return args.run(services, args)


def _subcommand(actions, name: str, summary: str, run) -> argparse.ArgumentParser:
    p = actions.add_parser(name, help=summary, description=summary[0].upper() + summary[1:] + ".")
    p.set_defaults(run=run)
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", required=True)
    return p


def register(subparsers: Subparsers) -> None:
    group = add_command(subparsers, "reflections", "add, hide or show a round's closing reflections", cmd_reflections)
    actions = group.add_subparsers(dest="action", required=True, metavar="ACTION")
    p = _subcommand(actions, "add", "add one contributor's entries (up to 3), e.g. sticky notes", cmd_add)
    p.add_argument("texts", nargs="+", metavar="TEXT")
    p = _subcommand(actions, "hide", "hide the merged entry TEXT belongs to", cmd_hide)
    p.add_argument("text", metavar="TEXT")
    p.add_argument("--show", action="store_true", help="show it again instead")
    p = _subcommand(actions, "show", "a round's reflections, merged, most frequent first", cmd_show)
    p.add_argument("--format", choices=["json", "table"], default="table")
