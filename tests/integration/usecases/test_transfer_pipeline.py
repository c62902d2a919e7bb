"""The preview runs the import's own checks: a file the import refuses, the preview refuses the same way,
and a file the preview accepts, the import stores as previewed."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import Workbook

from assessment.domain.errors import ImportRejected, Invalid, UserError
from assessment.domain.vocabulary import MAX_NAME
from assessment.usecases import Services
from tests.factories import csv_bytes

COLUMNS = ["participant", "item_id", "score"]
GOOD = csv_bytes(
    [
        {"participant": "Amira", "item_id": "complexity_1", "score": "4"},
        {"participant": "Benoît", "item_id": "complexity_1", "score": "2"},
    ],
    COLUMNS,
)


def sheet(rows: list[list[object]]) -> bytes:
    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def short_form_round(services: Services) -> None:
    initiative = services.create_initiative(name="Papier")
    services.create_round(initiative_id=initiative.id, label="R1", on=date(2026, 3, 1), form="short")


def round_with_amira(services: Services) -> None:
    services.import_file(data=GOOD[: GOOD.index(b"Beno")], initiative="Papier", label="R1")


REFUSED = {
    "an initiative name too long": (None, "x" * (MAX_NAME + 1), "R1", GOOD),
    "an empty initiative name": (None, "  ", "R1", GOOD),
    "a round label too long": (None, "Papier", "y" * (MAX_NAME + 1), GOOD),
    "a bad name and a bad file: the name is refused first": (None, "", "R1", b""),
    "an item outside the existing round's form": (
        short_form_round,
        "Papier",
        "R1",
        csv_bytes([{"participant": "Zoé", "item_id": "complexity_2", "score": "3"}], COLUMNS),
    ),
    "a participant already in the round": (round_with_amira, "Papier", "R1", GOOD),
    "rows with faults": (
        None,
        "Papier",
        "R1",
        csv_bytes([{"participant": "", "item_id": "nope", "score": "9"}], COLUMNS),
    ),
    "a sheet row with text only under no column": (
        None,
        "Papier",
        "R1",
        sheet([COLUMNS, ["Amira", "complexity_1", 4], [None, None, None, "stray note"]]),
    ),
    "an old .xls file": (None, "Papier", "R1", b"\xd0\xcf\x11\xe0 an old .xls"),
}


def refusal(call, **kwargs) -> tuple[type, object]:
    with pytest.raises((Invalid, ImportRejected)) as refused:
        call(**kwargs)
    error: UserError = refused.value
    return type(error), error.faults if isinstance(error, ImportRejected) else error.params


@pytest.mark.parametrize("case", list(REFUSED))
def test_a_file_the_import_refuses_the_preview_refuses_with_the_same_faults(services, case):
    setup, initiative, label, data = REFUSED[case]
    if setup:
        setup(services)
    before = services.export_rows(initiative="Papier") if setup else None

    imported = refusal(services.import_file, data=data, initiative=initiative, label=label)
    previewed = refusal(services.preview_import, data=data, initiative=initiative, label=label)

    assert imported == previewed
    if setup:
        assert services.export_rows(initiative="Papier") == before  # all or nothing
    else:
        assert services.list_initiatives() == []


def test_what_the_preview_accepts_the_import_stores_as_previewed(services):
    round_with_amira(services)
    data = csv_bytes([{"participant": "Zoé", "item_id": "complexity_2", "score": ""}], COLUMNS)

    preview = services.preview_import(data=data, initiative="Papier", label="R1")
    summary = services.import_file(data=data, initiative="Papier", label="R1")

    assert (summary.initiative, summary.round, summary.participants, summary.answers, summary.created_round) == (
        preview.initiative,
        preview.round,
        len(preview.participants),
        preview.answers,
        preview.new_round,
    )
