"""Command line: `python -m assessment …`, a thin layer over the services (PRODUCT.md, "Data and formats").

Bad input prints one clear line (every fault for a refused import) and exits 2; never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from assessment.cli.commands import register_all
from assessment.domain.errors import ImportRejected, Invalid, UserError
from assessment.domain.instrument import InstrumentError
from assessment.present.i18n import detect_language, error_message, fault_lines, format_score
from assessment.store.engine import database_url
from assessment.usecases import Services
from assessment.usecases.access import ensure_passcode

EXIT_USAGE = 2


def _lang() -> str:
    return detect_language(os.environ.get("IMPACT_LANG") or os.environ.get("LANG"))


def _parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Invalid("date", text) from None


def cmd_instrument(services: Services, args: argparse.Namespace) -> int:
    instrument = services.current_instrument()
    document = {
        "version": instrument.version,
        "sections": [
            {
                "id": s.id,
                "title": s.title.model_dump(),
                "dimensions": [
                    {
                        "id": d.id,
                        "title": d.title.model_dump(),
                        "items": [{"id": i.id, "short": i.short, "text": i.text.model_dump()} for i in d.items],
                    }
                    for d in s.dimensions
                ],
            }
            for s in instrument.sections
        ],
    }
    print(json.dumps(document, ensure_ascii=False, indent=2))
    return 0


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    from assessment.usecases.demo import DEMO_INITIATIVE

    created = services.load_demo()
    print(f"{'Loaded' if created else 'Already present'}: {DEMO_INITIATIVE}")
    return 0


def cmd_import(services: Services, args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise UserError("file_not_found", name=str(path))
    summary = services.import_file(
        data=path.read_bytes(),
        initiative=args.initiative,
        label=args.round,
        on=_parse_date(args.date) if args.date else None,
        filename=path.name,
    )
    print(
        f"Imported {summary.participants} participants and {summary.answers} answers into "
        f"{summary.initiative} / {summary.round}{' (new round)' if summary.created_round else ''}."
    )
    return 0


def cmd_export(services: Services, args: argparse.Namespace) -> int:
    data = services.export_responses(initiative=args.initiative, label=args.round)
    if args.output:
        Path(args.output).write_bytes(data)
        print(f"Wrote {args.output}", file=sys.stderr)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def cmd_scores(services: Services, args: argparse.Namespace) -> int:
    document = services.scores(initiative=args.initiative, label=args.round)
    if args.format == "json":
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    lang = _lang()
    print(f"{document['initiative']} / {document['round']}")
    print(
        f"participants: {document['participants']}   index: {format_score(document['index'], 'en')}   "
        f"verdict: {document['verdict'] or '—'}   flags: {', '.join(document['flags']) or '—'}"
    )
    header = f"{'dimension':<34}{'score':>7}{'n':>5}{'sd':>7}{'?':>5}  {'band':<11}discuss"
    for section in document["sections"]:
        print()
        print(f"{section['id']:<34}{format_score(section['score'], 'en', 2):>7}  {section['band'] or '—'}")
        print(header)
        for d in section["dimensions"]:
            print(
                f"  {d['id']:<32}{format_score(d['score'], 'en', 2):>7}{d['n']:>5}"
                f"{format_score(d['sd'], 'en', 2):>7}{d['dont_know']:>5}  {(d['band'] or '—'):<11}"
                f"{'yes' if d['discuss'] else ''}"
            )
    del lang
    return 0


def cmd_compare(services: Services, args: argparse.Namespace) -> int:
    comparison = services.comparison(initiative=args.initiative, baseline=args.baseline)
    if args.format == "json":
        print(json.dumps(comparison.to_dict(), ensure_ascii=False, indent=2))
        return 0
    rounds = comparison.rounds
    print(f"{comparison.initiative}   baseline: {comparison.baseline.label}")
    width = max(12, *(len(c.round.label) for c in rounds)) + 2
    print(f"{'':<34}" + "".join(f"{c.round.label:>{width}}" for c in rounds))
    print(f"{'index':<34}" + "".join(f"{format_score(c.round.result.index, 'en'):>{width}}" for c in rounds))
    print(f"{'verdict':<34}" + "".join(f"{(c.round.result.verdict or '—'):>{width}}" for c in rounds))
    print(f"{'status':<34}" + "".join(f"{c.round.status + (' *' if c.in_progress else ''):>{width}}" for c in rounds))
    for dimension_id in comparison.shared_dimensions:
        cells = []
        for c in rounds:
            value = c.round.result.dimension(dimension_id).score
            delta = c.delta_baseline[dimension_id]
            shown = format_score(value, "en", 2)
            if delta is not None and c.round.id != comparison.baseline.id:
                shown += f" ({delta:+.2f})"
            cells.append(f"{shown:>{width}}")
        print(f"  {dimension_id:<32}" + "".join(cells))
    if any(c.in_progress for c in rounds):
        print("* in progress: the round is still open")
    if comparison.mixed_forms:
        print("note: rounds used different forms (full / short); dimensions are compared by id")
    if comparison.not_comparable:
        print(f"not comparable (missing in some round): {', '.join(comparison.not_comparable)}")
    return 0


def cmd_setup(services: Services, args: argparse.Namespace) -> int:
    """First start: database and demo data when the database is empty; the facilitator passcode."""
    if not services.list_initiatives():
        services.load_demo()
        print("Created the database with the demonstration initiative.")
    passcode, source = ensure_passcode()
    where = {
        "env": "from IMPACT_FACILITATOR_PASSCODE",
        "secrets": "from .streamlit/secrets.toml",
        "generated": "new, stored in .streamlit/secrets.toml (not in git)",
    }[source]
    print(f"Facilitator passcode: {passcode}   ({where})")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m assessment", description="Impact Readiness command line.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("instrument", help="print the instrument")
    p.add_argument("--format", choices=["json"], default="json")
    p.set_defaults(func=cmd_instrument)

    p = sub.add_parser("demo", help="load the demonstration data (idempotent)")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("import-responses", help="import a responses CSV or Excel sheet (all or nothing)")
    p.add_argument("file")
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", required=True)
    p.add_argument("--date", help="YYYY-MM-DD, for a new round (default: today)")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("export-responses", help="export responses as CSV (UTF-8 with BOM)")
    p.add_argument("--initiative", required=True)
    p.add_argument("--round")
    p.add_argument("-o", "--output")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("scores", help="a round's scores")
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", required=True)
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.set_defaults(func=cmd_scores)

    p = sub.add_parser("compare", help="compare an initiative's rounds")
    p.add_argument("--initiative", required=True)
    p.add_argument("--baseline", help="label of the baseline round (default: the earliest)")
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.set_defaults(func=cmd_compare)

    register_all(sub)

    p = sub.add_parser("setup", help="first start: database, demo data, facilitator passcode (used by make run)")
    p.set_defaults(func=cmd_setup)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = getattr(args, "lang", None) or _lang()
    try:
        return args.func(Services(), args)
    except ImportRejected as error:
        print(error_message(error, lang), file=sys.stderr)
        for line in fault_lines(error, lang):
            print(f"  {line}", file=sys.stderr)
        return EXIT_USAGE
    except UserError as error:
        print(error_message(error, lang), file=sys.stderr)
        return EXIT_USAGE
    except InstrumentError as error:
        print(str(error), file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except SQLAlchemyError as error:  # not the user's input: say what failed, in one line
        detail = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(f"Database error ({database_url().split('://')[0]}): {detail}", file=sys.stderr)
        return 1
