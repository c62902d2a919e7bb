"""Responses files as records: a responses CSV, or an Excel sheet in the same columns.

An Excel sheet gives the rows a CSV gives (every cell as text, empty cells empty, 4.0 as "4"), so both
give the same faults; row numbers are the sheet's own, as the spreadsheet shows them.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from assessment.domain.errors import ImportRejected
from assessment.domain.instrument import Instrument
from assessment.domain.vocabulary import check_file_size
from assessment.formats.responses_csv import REQUIRED_COLUMNS, ParsedParticipant, parse_csv, parse_rows

XLSX_MAGIC = b"PK\x03\x04"  # a zip archive: .xlsx (a CSV never starts with these bytes)
XLS_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary .xls format, which openpyxl does not read


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

    def parse(self, instrument: Instrument, form: str) -> list[ParsedParticipant]:
        """The sheet's participants, as ``parse_rows`` gives them; faults and ``first_row`` are sheet rows."""
        if not self.header_row:
            raise ImportRejected([(0, "empty_file", {})])
        try:
            return parse_rows(self.rows, self.columns, instrument, form, self.row_numbers)
        except ImportRejected as error:  # faults of the header (row 1 of a CSV) are on the sheet's header row
            raise ImportRejected(
                [(self.header_row if row == 1 else row, key, params) for row, key, params in error.faults]
            ) from None


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
    """The first worksheet whose header row has the required columns (else the first worksheet) of an .xlsx file.

    An .xlsx file is a zip of XML parts read lazily as its rows are, so a damaged one can fail anywhere in
    openpyxl, zipfile, zlib or the XML parser, with any of their exceptions: each means the file cannot be
    read, and is said as such (``xlsx_unreadable``), never as a traceback."""
    from openpyxl import load_workbook  # only the data screen and the command line read spreadsheets

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _first_responses_sheet(workbook.worksheets)
        finally:
            workbook.close()
    except ImportRejected:
        raise
    except Exception as error:  # noqa: BLE001 - see the docstring: a damaged file, whatever failed reading it
        raise ImportRejected([(0, "xlsx_unreadable", {"detail": str(error) or type(error).__name__})]) from None


def _first_responses_sheet(worksheets: list) -> Sheet:
    if not worksheets:
        raise ImportRejected([(0, "empty_file", {})])
    chosen = worksheets[0]
    for ws in worksheets:
        header = _read_worksheet(ws, header_only=True)
        if all(c in header.columns for c in REQUIRED_COLUMNS):
            chosen = ws
            break
    return _read_worksheet(chosen, header_only=False)


def file_kind(data: bytes, filename: str = "") -> str:
    """'xlsx' or 'csv', from the file's first bytes (its name only breaks no tie: a CSV is any other text)."""
    if data.startswith(XLSX_MAGIC):
        return "xlsx"
    if data.startswith(XLS_MAGIC) or filename.lower().endswith(".xls"):
        raise ImportRejected([(0, "xls_format", {})])
    return "csv"


def read_responses(
    data: bytes, instrument: Instrument, form: str = "full", filename: str = ""
) -> tuple[str, list[ParsedParticipant]]:
    """The kind of file ('csv' or 'xlsx') and its participants, checked against a round's instrument and form;
    ``first_row`` of each participant and every fault's row are the file's (or the sheet's) row numbers."""
    check_file_size(len(data))
    kind = file_kind(data, filename)
    if kind == "csv":
        return kind, parse_csv(data, instrument, form)
    return kind, read_sheet(data).parse(instrument, form)
