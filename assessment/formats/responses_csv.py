"""The responses CSV (PRODUCT.md, "Data and formats"): parsing with every fault listed, and writing.

Parsing is pure: bytes in, parsed participants out, or ImportRejected naming every bad row.
Row numbers count the header as row 1, as a spreadsheet shows them.

Spreadsheet safety: a text cell that a spreadsheet program would run as a formula (leading ``=``, ``+``,
``-``, ``@``, tab or carriage return) is written with a leading apostrophe, and so is a text cell that
already starts with one; reading removes that one apostrophe, so export -> import -> export gives the same
bytes. Numbers (the score) are never quoted.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from assessment.domain.errors import ImportRejected
from assessment.domain.instrument import ROLES, SECTORS, Instrument
from assessment.domain.text import clean_line, clean_text, naive_utc
from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_TEXT

REQUIRED_COLUMNS: tuple[str, ...] = ("participant", "item_id", "score")
EXPORT_COLUMNS: tuple[str, ...] = (
    "initiative",
    "round",
    "round_date",
    "participant",
    "sector",
    "role",
    "section",
    "dimension",
    "item_id",
    "score",
    "comment",
    "submitted_at",
)
# The separator is guessed from the start of the header line only: csv.Sniffer is quadratic in its sample
# (a 40 kB line of ,",",… took 18 s), and a header is a few dozen characters.
SNIFF_CHARS = 1000
NUMBER_COLUMNS: frozenset[str] = frozenset({"score"})  # written as numbers, never quoted

# A text cell starting with one of these is read as a formula by a spreadsheet program.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")
QUOTE = "'"


def neutralised(text: str) -> str:
    """A text cell as written: with a leading apostrophe when it starts like a formula or with an apostrophe."""
    return QUOTE + text if text.startswith((*FORMULA_STARTS, QUOTE)) else text


def unneutralised(text: str) -> str:
    """A cell as read: the apostrophe ``neutralised`` added is removed (and only that one)."""
    return text[1:] if text.startswith(QUOTE) and text[1:].startswith((*FORMULA_STARTS, QUOTE)) else text


@dataclass
class ParsedParticipant:
    """One participant of an imported file, with answers in file order."""

    name: str
    first_row: int
    sector: str | None = None
    role: str | None = None
    submitted_at: datetime | None = None
    answers: dict[str, int | None] = field(default_factory=dict)
    comments: dict[str, str] = field(default_factory=dict)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportRejected([(0, "encoding", {"position": error.start})]) from None


def _parse_score(raw: str) -> int | None | str:
    """The score, None for don't know, or the fault key."""
    text = raw.strip()
    if not text:
        return None
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        return "score_not_number"
    if not value.is_integer() or not 1 <= value <= 5:
        return "score_range"
    return int(value)


def _parse_when(raw: str) -> datetime | None | str:
    """The submission time as stored (naive UTC, within the app's dates), None when empty, or the fault key."""
    text = raw.strip()
    if not text:
        return None
    try:
        return naive_utc(datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        return "submitted_at"


def _cell(row: dict[str, str], column: str) -> str:
    """A cell's text as the file meant it: the formula guard removed, control characters handled as
    everywhere (domain/text.py); a comment keeps its line breaks."""
    raw = unneutralised(row.get(column) or "")
    return clean_text(raw) if column == "comment" else clean_line(raw)


def _row_faults(
    row: dict[str, str], known: set[str], allowed: set[str], participant: ParsedParticipant | None
) -> tuple[list[tuple[str, dict]], tuple]:
    """The faults of one row, and its values (name, item id, score, sector, role, submitted at)."""
    name, item_id = _cell(row, "participant"), _cell(row, "item_id")
    faults: list[tuple[str, dict]] = []
    if not name:
        faults.append(("participant_empty", {}))
    elif len(name) > MAX_DISPLAY_NAME:  # the same limit as the questionnaire's name field and a restore
        faults.append(("participant_too_long", {"length": len(name), "max": MAX_DISPLAY_NAME}))
    comment = _cell(row, "comment")
    if len(comment) > MAX_TEXT:
        faults.append(("comment_too_long", {"length": len(comment), "max": MAX_TEXT}))
    if item_id not in known:
        faults.append(("unknown_item", {"item": item_id}))
    elif item_id not in allowed:
        faults.append(("item_not_in_form", {"item": item_id}))
    score = _parse_score(_cell(row, "score"))
    if isinstance(score, str):
        faults.append((score, {"value": _cell(row, "score")}))
    sector = _cell(row, "sector") or None
    if sector is not None and sector not in SECTORS:
        faults.append(("sector", {"value": sector}))
    role = _cell(row, "role") or None
    if role is not None and role not in ROLES:
        faults.append(("role", {"value": role}))
    when = _parse_when(_cell(row, "submitted_at"))
    if isinstance(when, str):
        faults.append(("submitted_at", {"value": _cell(row, "submitted_at")}))
    if participant is not None and item_id in participant.answers:
        faults.append(("duplicate_answer", {"participant": name, "item": item_id}))
    if participant is not None and not faults:
        for key, value, current in (("sector", sector, participant.sector), ("role", role, participant.role)):
            if value is not None and current is not None and value != current:
                faults.append(("conflicting_profile", {"participant": name, "field": key}))
    return faults, (name, item_id, score, sector, role, when)


def _check_columns(rows: list[dict[str, str]], columns: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in columns]
    if missing:
        raise ImportRejected([(1, "missing_column", {"columns": ", ".join(missing), "count": len(missing)})])
    if "round" in columns:  # an exported file of several rounds: one round is imported at a time
        labels = sorted({_cell(row, "round") for row in rows} - {""})
        if len(labels) > 1:
            raise ImportRejected([(1, "several_rounds", {"rounds": ", ".join(labels)})])


def parse_rows(
    rows: list[dict[str, str]],
    columns: list[str],
    instrument: Instrument,
    form: str,
    numbers: list[int] | None = None,
) -> list[ParsedParticipant]:
    """Validate rows (already split into columns) against the instrument and the round's form.

    ``numbers`` are the rows' numbers in the file (default: 2, 3, … after a header on row 1).
    """
    _check_columns(rows, columns)
    allowed = set(instrument.item_ids(form))
    known = set(instrument.items)
    faults: list[tuple[int, str, dict]] = []
    participants: dict[str, ParsedParticipant] = {}
    for number, row in zip(numbers or range(2, len(rows) + 2), rows, strict=True):
        name = _cell(row, "participant")
        participant = participants.get(name) if name else None
        row_faults, (name, item_id, score, sector, role, when) = _row_faults(row, known, allowed, participant)
        if row_faults:
            faults.extend((number, key, params) for key, params in row_faults)
            continue
        if participant is None:
            participant = participants[name] = ParsedParticipant(name=name, first_row=number)
        participant.sector = participant.sector or sector
        participant.role = participant.role or role
        participant.submitted_at = participant.submitted_at or when
        participant.answers[item_id] = score
        comment = _cell(row, "comment")
        if comment:
            participant.comments[item_id] = comment
    if faults:
        raise ImportRejected(faults)
    if not participants:
        raise ImportRejected([(0, "empty_file", {})])
    return list(participants.values())


def parse_csv(data: bytes, instrument: Instrument, form: str = "full") -> list[ParsedParticipant]:
    """Parse a responses CSV (UTF-8, with or without BOM; comma or semicolon separated)."""
    text = _decode(data)
    if not text.strip():
        raise ImportRejected([(0, "empty_file", {})])
    try:
        dialect = csv.Sniffer().sniff(text[:SNIFF_CHARS].split("\n", 1)[0], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportRejected([(0, "malformed_csv", {"detail": str(error)})]) from None
    columns = [c.strip() for c in records[0]] if records else []
    rows: list[dict[str, str]] = []
    numbers: list[int] = []
    # Record n is row n of a spreadsheet (the header is row 1); blank records are skipped but counted.
    for number, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        rows.append({column: record[k] if k < len(record) else "" for k, column in enumerate(columns) if column})
        numbers.append(number)
    return parse_rows(rows, columns, instrument, form, numbers)


def _export_cell(column: str, value: object) -> object:
    if value is None:
        return ""
    return value if column in NUMBER_COLUMNS else neutralised(str(value))


def write_csv(rows: list[dict[str, object]]) -> bytes:
    """The export file: UTF-8 with BOM so spreadsheet programs show accents; one row per participant and item."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _export_cell(k, row.get(k)) for k in EXPORT_COLUMNS})
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
