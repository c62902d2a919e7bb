"""`python -m assessment scores …` (one round) and `compare …` (an initiative's rounds), as JSON or a table."""

from __future__ import annotations

import argparse
import json

from assessment.cli.common import Subparsers, add_command
from assessment.present.i18n import format_score
from assessment.usecases import Services

DIMENSION_HEADER = f"{'dimension':<34}{'score':>7}{'n':>5}{'sd':>7}{'?':>5}  {'band':<11}discuss"


def cmd_scores(services: Services, args: argparse.Namespace) -> int:
    document = services.scores(initiative=args.initiative, label=args.round)
    if args.format == "json":
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    print(f"{document['initiative']} / {document['round']}")
    print(
        f"participants: {document['participants']}   index: {format_score(document['index'], 'en')}   "
        f"verdict: {document['verdict'] or '—'}   flags: {', '.join(document['flags']) or '—'}"
    )
    for section in document["sections"]:
        print()
        print(f"{section['id']:<34}{format_score(section['score'], 'en', 2):>7}  {section['band'] or '—'}")
        print(DIMENSION_HEADER)
        for d in section["dimensions"]:
            print(
                f"  {d['id']:<32}{format_score(d['score'], 'en', 2):>7}{d['n']:>5}"
                f"{format_score(d['sd'], 'en', 2):>7}{d['dont_know']:>5}  {(d['band'] or '—'):<11}"
                f"{'yes' if d['discuss'] else ''}"
            )
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
        print(f"  {dimension_id:<32}" + "".join(f"{_compared(comparison, c, dimension_id):>{width}}" for c in rounds))
    if any(c.in_progress for c in rounds):
        print("* in progress: the round is still open")
    if comparison.mixed_forms:
        print("note: rounds used different forms (full / short); dimensions are compared by id")
    if comparison.not_comparable:
        print(f"not comparable (missing in some round): {', '.join(comparison.not_comparable)}")
    return 0


def _compared(comparison, compared, dimension_id: str) -> str:
    """A round's score on a dimension, with its change against the baseline (not on the baseline itself)."""
    shown = format_score(compared.round.result.dimension(dimension_id).score, "en", 2)
    delta = compared.delta_baseline[dimension_id]
    if delta is not None and compared.round.id != comparison.baseline.id:
        shown += f" ({delta:+.2f})"
    return shown


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "scores", "a round's scores", cmd_scores)
    p.add_argument("--initiative", required=True)
    p.add_argument("--round", required=True)
    p.add_argument("--format", choices=["json", "table"], default="table")

    p = add_command(subparsers, "compare", "compare an initiative's rounds", cmd_compare)
    p.add_argument("--initiative", required=True)
    p.add_argument("--baseline", help="label of the baseline round (default: the earliest)")
    p.add_argument("--format", choices=["json", "table"], default="table")
