"""Importing an Excel sheet gives what importing the same CSV gives: the same answers, the same faults."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from assessment.domain.errors import ImportRejected, Invalid
from assessment.formats.sheet import cell_text, read_responses, read_sheet
from assessment.present.i18n import fault_lines
from assessment.store.models import Answer, Initiative, ResponseSet, Round
from assessment.usecases import Services
from tests.factories import csv_bytes

COLUMNS = ["participant", "item_id", "score", "sector", "role", "comment", "submitted_at"]


def xlsx(rows: list[list[object]], *, before: list[tuple[str, list[list[object]]]] = ()) -> bytes:
    """An .xlsx file whose sheet "Responses" holds ``rows`` from A1, after the sheets ``before``."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, other in before:
        sheet = workbook.create_sheet(title)
        for row in other:
            sheet.append(row)
    sheet = workbook.create_sheet("Responses")
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rows_count(services: Services) -> tuple[int, int, int, int]:
    with services.reads() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m)) for m in (Initiative, Round, ResponseSet, Answer)
        )


# The same answers twice: as a spreadsheet program types them (numbers, real dates, empty cells), and as text.
SHEET = [
    COLUMNS,
    ["Amira", "complexity_1", 4, "youth", "action_team", "Clair, « net »", datetime(2026, 3, 14, 10, 30)],
    ["Amira", "complexity_2", 5.0, None, None, None, None],
    ["Amira", "urgency_1", None, None, None, "Je ne sais pas\nvraiment", None],
    ["Benoît", "complexity_1", 2, "funder", "funder", None, "2026-03-15T08:00:00"],
    ["Benoît", "resources_2", "3", None, None, None, None],
]
CSV_ROWS = [
    {"participant": "Amira", "item_id": "complexity_1", "score": "4", "sector": "youth", "role": "action_team",
     "comment": "Clair, « net »", "submitted_at": "2026-03-14T10:30:00"},
    {"participant": "Amira", "item_id": "complexity_2", "score": "5"},
    {"participant": "Amira", "item_id": "urgency_1", "score": "", "comment": "Je ne sais pas\nvraiment"},
    {"participant": "Benoît", "item_id": "complexity_1", "score": "2", "sector": "funder", "role": "funder",
     "submitted_at": "2026-03-15T08:00:00"},
    {"participant": "Benoît", "item_id": "resources_2", "score": "3"},
]  # fmt: skip


def test_cells_read_as_the_text_a_csv_would_hold():
    assert [cell_text(v) for v in (None, 4, 4.0, 4.5, "4", True, datetime(2026, 3, 14, 10, 30), date(2026, 3, 1))] == [
        "",
        "4",
        "4",
        "4.5",
        "4",
        "TRUE",
        "2026-03-14T10:30:00",
        "2026-03-01",
    ]


def test_an_excel_sheet_imports_exactly_what_the_same_csv_imports(services, databases):
    other = Services(url=databases.url("other"))

    from_csv = services.import_file(
        data=csv_bytes(CSV_ROWS, COLUMNS), initiative="Papier", label="R1", on=date(2026, 3, 1)
    )
    from_xlsx = other.import_file(
        data=xlsx(SHEET), initiative="Papier", label="R1", on=date(2026, 3, 1), filename="r.xlsx"
    )

    assert from_xlsx == from_csv
    assert (from_csv.participants, from_csv.answers) == (2, 5)
    exported = other.export_responses(initiative="Papier")
    assert exported == services.export_responses(initiative="Papier")
    assert "Je ne sais pas\nvraiment" in exported.decode("utf-8-sig")


def test_the_preview_says_what_will_be_created_and_writes_nothing(services):
    preview = services.preview_import(data=xlsx(SHEET), initiative=" Papier ", label="R1")

    assert (preview.kind, preview.initiative, preview.new_initiative, preview.round, preview.new_round) == (
        "xlsx",
        "Papier",
        True,
        "R1",
        True,
    )
    assert [
        (p.name, p.sector, p.role, p.answers, p.dont_know, p.comments, p.first_row) for p in preview.participants
    ] == [
        ("Amira", "youth", "action_team", 3, 1, 2, 2),
        ("Benoît", "funder", "funder", 2, 0, 0, 5),
    ]
    assert (preview.answers, preview.dont_know) == (5, 1)
    assert rows_count(services) == (0, 0, 0, 0)

    services.import_file(data=csv_bytes(CSV_ROWS[:1], COLUMNS), initiative="Papier", label="R1")
    again = services.preview_import(data=csv_bytes(CSV_ROWS[3:], COLUMNS), initiative="Papier", label="R1")
    assert (again.kind, again.new_initiative, again.new_round, again.form) == ("csv", False, False, "full")


SHEET_FAULTS = [
    COLUMNS,
    ["Amira", "complexity_1", 4],
    ["Amira", "nope_9", 6],
    ["", "urgency_1", 2.5],
    ["Amira", "complexity_1", 3, "martian"],
]


def test_bad_rows_give_the_same_faults_from_an_excel_sheet_as_from_the_csv(services):
    csv_data = csv_bytes(
        [dict(zip(COLUMNS, (cell_text(c) for c in row), strict=False)) for row in SHEET_FAULTS[1:]], COLUMNS
    )

    with pytest.raises(ImportRejected) as from_csv:
        services.import_file(data=csv_data, initiative="Papier", label="R1")
    with pytest.raises(ImportRejected) as from_xlsx:
        services.import_file(data=xlsx(SHEET_FAULTS), initiative="Papier", label="R1")
    with pytest.raises(ImportRejected) as previewed:
        services.preview_import(data=xlsx(SHEET_FAULTS), initiative="Papier", label="R1")

    assert from_xlsx.value.faults == from_csv.value.faults == previewed.value.faults
    assert fault_lines(from_xlsx.value, "en") == [
        "row 3: unknown item “nope_9”",
        "row 3: score 6 is off the scale (1 to 5, or empty for “Don't know”)",
        "row 4: the participant column is empty",
        "row 4: score 2.5 is off the scale (1 to 5, or empty for “Don't know”)",
        "row 5: unknown sector “martian”",
        "row 5: second answer of “Amira” to “complexity_1”",
    ]
    assert rows_count(services) == (0, 0, 0, 0)


def test_faults_name_the_sheet_rows_even_below_blank_rows(services):
    sheet = [[], COLUMNS[:3], ["Amira", "complexity_1", 4], [], [None, None, None], ["Benoît", "complexity_1", 9]]
    with pytest.raises(ImportRejected) as refused:
        services.import_file(data=xlsx(sheet), initiative="Papier", label="R1")
    assert refused.value.faults == [(6, "score_range", {"value": "9"})]

    with pytest.raises(ImportRejected) as missing:
        read_responses(xlsx([[], ["participant", "score"], ["Amira", 4]]), services.current_instrument())
    assert missing.value.faults == [(2, "missing_column", {"columns": "item_id", "count": 1})]


def test_a_participant_already_in_the_round_is_refused_at_their_sheet_row(services):
    services.import_file(data=csv_bytes(CSV_ROWS[:1], COLUMNS), initiative="Papier", label="R1")
    sheet = [COLUMNS[:3], [], ["Zoé", "complexity_1", 4], ["Amira", "complexity_2", 3]]
    for call in (services.preview_import, services.import_file):
        with pytest.raises(ImportRejected) as refused:
            call(data=xlsx(sheet), initiative="Papier", label="R1")
        assert refused.value.faults == [(4, "participant_exists", {"participant": "Amira"})]
    assert rows_count(services)[2:] == (1, 1)


def test_the_first_sheet_with_the_required_columns_is_read():
    data = xlsx([COLUMNS[:3], ["Amira", "complexity_1", 4]], before=[("Summary", [["index", 42]])])
    sheet = read_sheet(data)
    assert (sheet.name, sheet.rows, sheet.row_numbers) == (
        "Responses",
        [{"participant": "Amira", "item_id": "complexity_1", "score": "4"}],
        [2],
    )


@pytest.mark.parametrize(
    ("data", "key"),
    [
        (b"PK\x03\x04 not really a zip file", "xlsx_unreadable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 an old .xls", "xls_format"),
        (xlsx([]), "empty_file"),
    ],
)
def test_a_spreadsheet_that_cannot_be_read_is_refused_with_one_clear_fault(services, data, key):
    with pytest.raises(ImportRejected) as refused:
        services.import_file(data=data, initiative="Papier", label="R1")
    assert [fault[1] for fault in refused.value.faults] == [key]
    assert rows_count(services) == (0, 0, 0, 0)


def test_a_bad_initiative_or_round_name_is_refused_before_the_file_is_read(services):
    with pytest.raises(Invalid):
        services.preview_import(data=b"", initiative="  ", label="R1")
    with pytest.raises(Invalid):
        services.preview_import(data=b"", initiative="Papier", label="x" * 201)
