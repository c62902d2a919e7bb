"""Importing responses from the data screen: a responses CSV, or an Excel sheet in the same columns.

A file is first previewed (what would be created, or every fault by row number) without writing
anything, then imported all or nothing through ``Services.import_responses``. An Excel sheet is
turned into the same rows a CSV gives (every cell as text, empty cells empty, 4.0 as "4"), so both
give the same faults; row numbers are the sheet's own, as the spreadsheet shows them.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from sqlalchemy import select

from assessment.domain.errors import ImportRejected, Invalid
from assessment.domain.instrument import Instrument
from assessment.domain.vocabulary import MAX_NAME
from assessment.formats.responses_csv import REQUIRED_COLUMNS, ParsedParticipant, parse_csv, parse_rows
from assessment.store import repository as repo
from assessment.store.models import ResponseSet
from assessment.usecases.services import ImportSummary, Services

XLSX_MAGIC = b"PK\x03\x04"  # a zip archive: .xlsx (a CSV never starts with these bytes)
XLS_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format, which openpyxl does not read


# ----- Excel sheets as rows ----------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A cell as the text a CSV export of the sheet would hold: "" when empty, 4.0 as "4", dates in ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if math.isfinite(value) and value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


@dataclass(frozen=True)
class Sheet:
    """The rows of one worksheet under its header row; blank rows are left out, numbers are the sheet's."""

    name: str
    columns: list[str]
    rows: list[dict[str, str]]
    row_numbers: list[int]  # the sheet row of each entry of ``rows``
    header_row: int  # 0 when the sheet is empty

    def renumber(self, error: ImportRejected) -> ImportRejected:
        """The same faults, with the sheet's row numbers instead of the positions among non-blank rows."""

        def row(number: int) -> int:
            if number <= 0:
                return number
            if number == 1:
                return self.header_row
            return self.row_numbers[number - 2] if number - 2 < len(self.row_numbers) else number

        return ImportRejected([(row(number), key, params) for number, key, params in error.faults])

    def to_csv(self) -> bytes:
        """The sheet as a responses CSV (UTF-8), row for row."""
        buffer = io.StringIO(newline="")
        columns = [c for c in dict.fromkeys(self.columns) if c]
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(columns)
        for row in self.rows:
            writer.writerow([row.get(c, "") for c in columns])
        return buffer.getvalue().encode("utf-8")


def _read_worksheet(ws, *, header_only: bool) -> Sheet:
    columns: list[str] | None = None
    header_row = 0
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    for number, values in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True), start=1):
        cells = [cell_text(v) for v in values]
        if not any(c.strip() for c in cells):
            continue  # a blank row: nothing to import, and no fault to report
        if columns is None:
            columns, header_row = [c.strip() for c in cells], number
            if header_only:
                break
            continue
        rows.append({column: cells[k] if k < len(cells) else "" for k, column in enumerate(columns) if column})
        numbers.append(number)
    return Sheet(ws.title, columns or [], rows, numbers, header_row)


def read_sheet(data: bytes) -> Sheet:
    """The first worksheet whose header row has the required columns (else the first worksheet) of an .xlsx file."""
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as error:
        raise ImportRejected([(0, "xlsx_unreadable", {"detail": str(error) or type(error).__name__})]) from None
    try:
        worksheets = workbook.worksheets
        if not worksheets:
            raise ImportRejected([(0, "empty_file", {})])
        chosen = worksheets[0]
        for ws in worksheets:
            header = _read_worksheet(ws, header_only=True)
            if all(c in header.columns for c in REQUIRED_COLUMNS):
                chosen = ws
                break
        return _read_worksheet(chosen, header_only=False)
    finally:
        workbook.close()


# ----- one entry point for both kinds of file ------------------------------------------------------------


def file_kind(data: bytes, filename: str = "") -> str:
    """'xlsx' or 'csv', from the file's first bytes (its name only breaks no tie: a CSV is any other text)."""
    if data.startswith(XLSX_MAGIC):
        return "xlsx"
    if data.startswith(XLS_MAGIC) or filename.lower().endswith(".xls"):
        raise ImportRejected([(0, "xls_format", {})])
    return "csv"


def _parse(
    data: bytes, instrument: Instrument, form: str, filename: str
) -> tuple[list[ParsedParticipant], Sheet | None]:
    if file_kind(data, filename) == "csv":
        return parse_csv(data, instrument, form), None
    sheet = read_sheet(data)
    if not sheet.header_row:
        raise ImportRejected([(0, "empty_file", {})])
    try:
        parsed = parse_rows(sheet.rows, sheet.columns, instrument, form)
    except ImportRejected as error:
        raise sheet.renumber(error) from None
    for p in parsed:
        p.first_row = sheet.row_numbers[p.first_row - 2]
    return parsed, sheet


def parse_file(data: bytes, instrument: Instrument, form: str = "full", filename: str = "") -> list[ParsedParticipant]:
    """Parse a responses CSV or Excel sheet against a round's instrument and form, as the import will;
    ``first_row`` of each participant is the file's (or the sheet's) row number."""
    return _parse(data, instrument, form, filename)[0]


@dataclass(frozen=True)
class ParticipantPreview:
    name: str
    sector: str | None
    role: str | None
    answers: int
    dont_know: int
    comments: int
    first_row: int


@dataclass(frozen=True)
class ImportPreview:
    """What an import would create; nothing is written to compute it."""

    kind: str  # 'csv' | 'xlsx'
    initiative: str
    new_initiative: bool
    round: str
    new_round: bool
    form: str
    participants: tuple[ParticipantPreview, ...]

    @property
    def answers(self) -> int:
        return sum(p.answers for p in self.participants)

    @property
    def dont_know(self) -> int:
        return sum(p.dont_know for p in self.participants)


def preview_import(
    *, services: Services, data: bytes, initiative: str, label: str, filename: str = ""
) -> ImportPreview:
    """What importing ``data`` into ``initiative`` / ``label`` would create (both created when missing);
    raises ImportRejected with every fault by row number, or Invalid for a bad name, as the import would."""
    initiative, label = initiative.strip(), label.strip()
    if not initiative or len(initiative) > MAX_NAME:
        raise Invalid("initiative_name", initiative)
    if not label or len(label) > MAX_NAME:
        raise Invalid("round_label", label)
    with services.reads() as session:
        i = repo.initiative_by_name(session, name=initiative)
        r = repo.round_by_label(session, initiative_id=i.id, label=label) if i else None
        instrument = services.instrument_of(r) if r else services.current_instrument()
        form = r.form if r else "full"
        taken = (
            set(session.scalars(select(ResponseSet.display_name).where(ResponseSet.round_id == r.id))) if r else set()
        )
    parsed, sheet = _parse(data, instrument, form, filename)
    clashes = [(p.first_row, "participant_exists", {"participant": p.name}) for p in parsed if p.name in taken]
    if clashes:
        raise ImportRejected(clashes)
    return ImportPreview(
        kind="csv" if sheet is None else "xlsx",
        initiative=initiative,
        new_initiative=i is None,
        round=label,
        new_round=r is None,
        form=form,
        participants=tuple(
            ParticipantPreview(
                p.name,
                p.sector,
                p.role,
                len(p.answers),
                sum(score is None for score in p.answers.values()),
                len(p.comments),
                p.first_row,
            )
            for p in parsed
        ),
    )


def import_file(
    *, services: Services, data: bytes, initiative: str, label: str, on: date | None = None, filename: str = ""
) -> ImportSummary:
    """Import a responses CSV or Excel sheet, all or nothing (Services.import_responses does the writing)."""
    if file_kind(data, filename) == "csv":
        return services.import_responses(data=data, initiative=initiative, label=label, on=on)
    sheet = read_sheet(data)
    if not sheet.header_row:
        raise ImportRejected([(0, "empty_file", {})])
    try:
        return services.import_responses(data=sheet.to_csv(), initiative=initiative, label=label, on=on)
    except ImportRejected as error:
        raise sheet.renumber(error) from None
