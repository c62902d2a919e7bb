"""`python -m assessment instrument --format json`: the instrument, in the order participants see it."""

from __future__ import annotations

import argparse
import json

from assessment.cli.common import Subparsers, add_command
from assessment.domain.instrument import Instrument
from assessment.usecases import Services


def instrument_document(instrument: Instrument) -> dict:
    """Sections, dimensions and items with their fr/en titles and texts (PRODUCT.md, "Command line")."""
    return {
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


def cmd_instrument(services: Services, args: argparse.Namespace) -> int:
    print(json.dumps(instrument_document(services.current_instrument()), ensure_ascii=False, indent=2))
    return 0


def register(subparsers: Subparsers) -> None:
    p = add_command(subparsers, "instrument", "print the instrument", cmd_instrument)
    p.add_argument("--format", choices=["json"], default="json")
