"""The responses CSV (PRODUCT.md, "Data and formats"): parsing with every fault listed by row number
(the header is row 1, as a spreadsheet shows it), and writing with a BOM."""

from __future__ import annotations

import csv
import io
from datetime import datetime

import pytest

from assessment.domain.errors import ImportRejected
from assessment.formats.responses_csv import EXPORT_COLUMNS, parse_csv, write_csv
from tests.factories import csv_bytes, tiny_instrument

INSTRUMENT = tiny_instrument()
ALL_COLUMNS = ("participant", "sector", "role", "item_id", "score", "comment", "submitted_at")

GOOD_ROWS = [
    {
        "participant": "Ana",
        "sector": "youth",
        "role": "partner",
        "item_id": "champions_1",
        "score": "4",
        "comment": "Élan réel",
        "submitted_at": "2024-03-01T10:00:00",
    },
    {"participant": "Ana", "item_id": "champions_2", "score": ""},
    {
        "participant": "Ben",
        "sector": "funder",
        "item_id": "champions_1",
        "score": "2",
        "submitted_at": "2024-03-01T12:30:00+02:00",
    },
]


def faults_of(data: bytes, form: str = "full") -> list[tuple[int, str, dict]]:
    with pytest.raises(ImportRejected) as caught:
        parse_csv(data, INSTRUMENT, form)
    assert caught.value.params["count"] == len(caught.value.faults)
    return caught.value.faults


def rows_and_keys(faults: list[tuple[int, str, dict]]) -> list[tuple[int, str]]:
    return [(row, key) for row, key, _ in faults]


def check_good_rows(parsed) -> None:
    ana, ben = parsed
    assert (ana.name, ana.first_row, ana.sector, ana.role) == ("Ana", 2, "youth", "partner")
    assert ana.answers == {"champions_1": 4, "champions_2": None}  # empty score = don't know
    assert ana.comments == {"champions_1": "Élan réel"}
    assert ana.submitted_at == datetime(2024, 3, 1, 10, 0)
    assert (ben.name, ben.first_row, ben.sector, ben.role) == ("Ben", 4, "funder", None)
    assert ben.answers == {"champions_1": 2}
    assert ben.submitted_at == datetime(2024, 3, 1, 10, 30)  # +02:00 stored as naive UTC


# ----- valid files -----------------------------------------------------------------------------


def test_a_valid_file_without_bom_is_parsed_per_participant():
    check_good_rows(parse_csv(csv_bytes(GOOD_ROWS, ALL_COLUMNS), INSTRUMENT))


def test_a_valid_file_with_bom_is_parsed_the_same():
    data = csv_bytes(GOOD_ROWS, ALL_COLUMNS, bom=True)
    assert data.startswith(b"\xef\xbb\xbf")
    check_good_rows(parse_csv(data, INSTRUMENT))


def test_a_semicolon_separated_file_is_parsed():
    data = csv_bytes(GOOD_ROWS, ALL_COLUMNS, delimiter=";", bom=True)
    assert data.splitlines()[0].decode("utf-8-sig").count(";") == len(ALL_COLUMNS) - 1
    check_good_rows(parse_csv(data, INSTRUMENT))


def test_only_the_three_required_columns_are_needed_and_columns_can_come_in_any_order():
    data = b"score,item_id,participant\r\n5,equity_1,Zoe\r\n,equity_2,Zoe\r\n"
    (zoe,) = parse_csv(data, INSTRUMENT)
    assert zoe.answers == {"equity_1": 5, "equity_2": None}
    assert (zoe.sector, zoe.role, zoe.submitted_at, zoe.comments) == (None, None, None, {})


def test_a_score_written_with_a_decimal_zero_is_accepted():
    (zoe,) = parse_csv(b"participant;item_id;score\nZoe;equity_1;3,0\nZoe;equity_2;4.0\n", INSTRUMENT)
    assert zoe.answers == {"equity_1": 3, "equity_2": 4}


def test_extra_columns_of_an_export_are_ignored():
    data = csv_bytes(
        [
            {
                "initiative": "X",
                "round": "R1",
                "participant": "Ana",
                "section": "principles",
                "dimension": "equity",
                "item_id": "equity_1",
                "score": 2,
            }
        ],
        EXPORT_COLUMNS,
    )
    (ana,) = parse_csv(data, INSTRUMENT)
    assert ana.answers == {"equity_1": 2}


# ----- faults, by row number -------------------------------------------------------------------


def one_bad_row(**bad: str) -> bytes:
    """A file whose row 3 (the second data row) carries the given values."""
    rows = [
        {"participant": "Ana", "item_id": "champions_1", "score": "4"},
        {"participant": "Ana", "item_id": "champions_2", "score": "3"} | bad,
        {"participant": "Ben", "item_id": "champions_1", "score": "5"},
    ]
    return csv_bytes(rows, ALL_COLUMNS)


def test_an_unknown_item_is_listed_with_its_row():
    assert faults_of(one_bad_row(item_id="champions_9")) == [(3, "unknown_item", {"item": "champions_9"})]


def test_a_score_of_7_is_listed_with_its_row():
    assert faults_of(one_bad_row(score="7")) == [(3, "score_range", {"value": "7"})]


@pytest.mark.parametrize("score", ["0", "3.5", "-1"])
def test_a_score_off_the_scale_is_listed(score):
    assert rows_and_keys(faults_of(one_bad_row(score=score))) == [(3, "score_range")]


def test_a_score_that_is_not_a_number_is_listed_with_its_row():
    assert faults_of(one_bad_row(score="abc")) == [(3, "score_not_number", {"value": "abc"})]


def test_a_duplicate_participant_and_item_is_listed_with_its_row():
    faults = faults_of(one_bad_row(item_id="champions_1"))
    assert faults == [(3, "duplicate_answer", {"participant": "Ana", "item": "champions_1"})]


def test_a_bad_sector_is_listed_with_its_row():
    assert faults_of(one_bad_row(sector="police")) == [(3, "sector", {"value": "police"})]


def test_a_bad_role_is_listed_with_its_row():
    assert faults_of(one_bad_row(role="boss")) == [(3, "role", {"value": "boss"})]


def test_a_bad_submitted_at_is_listed_with_its_row():
    assert faults_of(one_bad_row(submitted_at="yesterday")) == [(3, "submitted_at", {"value": "yesterday"})]


def test_an_empty_participant_is_listed_with_its_row():
    assert rows_and_keys(faults_of(one_bad_row(participant=" "))) == [(3, "participant_empty")]


def test_a_name_or_comment_past_the_apps_own_limits_is_listed_with_its_row():
    """The import keeps the limits of the questionnaire and of a restore, so what it stores backs up."""
    from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_TEXT

    long_name = "N" * (MAX_DISPLAY_NAME + 1)
    assert faults_of(one_bad_row(participant=long_name)) == [
        (3, "participant_too_long", {"length": MAX_DISPLAY_NAME + 1, "max": MAX_DISPLAY_NAME})
    ]
    assert faults_of(one_bad_row(comment="c" * (MAX_TEXT + 1))) == [
        (3, "comment_too_long", {"length": MAX_TEXT + 1, "max": MAX_TEXT})
    ]
    at_limit = parse_csv(one_bad_row(participant="N" * MAX_DISPLAY_NAME, comment="c" * MAX_TEXT), INSTRUMENT, "full")
    assert "N" * MAX_DISPLAY_NAME in [p.name for p in at_limit]


def test_an_item_outside_the_rounds_form_is_listed():
    data = csv_bytes([{"participant": "Ana", "item_id": "champions_2", "score": "3"}])
    assert faults_of(data, form="short") == [(2, "item_not_in_form", {"item": "champions_2"})]


@pytest.mark.parametrize("missing", ["participant", "item_id", "score"])
def test_a_missing_column_is_a_fault_of_row_1(missing):
    columns = [c for c in ("participant", "item_id", "score") if c != missing]
    data = csv_bytes([{"participant": "Ana", "item_id": "equity_1", "score": "3"}], columns)
    assert faults_of(data) == [(1, "missing_column", {"columns": missing, "count": 1})]


def test_broken_encoding_is_refused():
    data = "participant,item_id,score\nHélène,equity_1,3\n".encode("latin-1")
    faults = faults_of(data)
    assert rows_and_keys(faults) == [(0, "encoding")]
    assert faults[0][2]["position"] == data.index(b"\xe9")


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"  \r\n", b"participant,item_id,score\r\n"])
def test_an_empty_file_is_refused(data):
    assert rows_and_keys(faults_of(data)) == [(0, "empty_file")]


def test_every_bad_row_of_a_file_is_listed():
    rows = [
        {"participant": "Ana", "item_id": "champions_1", "score": "4"},  # row 2: fine
        {"participant": "Ana", "item_id": "nope", "score": "4"},  # row 3
        {"participant": "Ana", "item_id": "champions_2", "score": "7"},  # row 4
        {"participant": "Ben", "item_id": "champions_1", "score": "abc", "sector": "x"},  # row 5: two faults
        {"participant": "Ben", "item_id": "urgency_1", "score": "2"},  # row 6: fine
        {"participant": "Ana", "item_id": "champions_1", "score": "1"},  # row 7: duplicate of row 2
        {"participant": "Ben", "item_id": "urgency_2", "score": "", "role": "boss"},  # row 8
        {"participant": "Ben", "item_id": "resources_1", "score": "3", "submitted_at": "13/02/2024"},  # row 9
    ]
    assert rows_and_keys(faults_of(csv_bytes(rows, ALL_COLUMNS))) == [
        (3, "unknown_item"),
        (4, "score_range"),
        (5, "score_not_number"),
        (5, "sector"),
        (7, "duplicate_answer"),
        (8, "role"),
        (9, "submitted_at"),
    ]


def test_a_participant_given_two_sectors_is_listed():
    rows = [
        {"participant": "Ana", "item_id": "champions_1", "score": "4", "sector": "youth"},
        {"participant": "Ana", "item_id": "champions_2", "score": "4", "sector": "health"},
    ]
    assert faults_of(csv_bytes(rows, ALL_COLUMNS)) == [
        (3, "conflicting_profile", {"participant": "Ana", "field": "sector"})
    ]


# ----- writing ---------------------------------------------------------------------------------


def test_the_export_starts_with_a_bom_and_the_export_header():
    data = write_csv(
        [
            {
                "initiative": "Réseau",
                "round": "R1",
                "round_date": "2024-03-01",
                "participant": "Hélène",
                "sector": None,
                "role": "partner",
                "section": "principles",
                "dimension": "equity",
                "item_id": "equity_1",
                "score": None,
                "comment": 'déjà, "oui"\nnon',
                "submitted_at": None,
            }
        ]
    )
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")[1:]
    assert text.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    (row,) = list(csv.DictReader(io.StringIO(text, newline="")))
    assert row["participant"] == "Hélène"
    assert row["score"] == "" and row["sector"] == ""
    assert row["comment"] == 'déjà, "oui"\nnon'


def test_an_export_with_no_rows_is_only_the_header():
    assert write_csv([]) == ("\ufeff" + ",".join(EXPORT_COLUMNS) + "\r\n").encode("utf-8")


def test_an_exported_file_parses_back():
    rows = [
        {
            "participant": "Ana",
            "sector": "youth",
            "item_id": "equity_1",
            "score": 4,
            "comment": "a; b",
            "submitted_at": "2024-03-01T10:00:00",
        },
        {"participant": "Ana", "sector": "youth", "item_id": "equity_2", "score": None},
    ]
    (ana,) = parse_csv(write_csv(rows), INSTRUMENT)
    assert ana.answers == {"equity_1": 4, "equity_2": None}
    assert ana.comments == {"equity_1": "a; b"}
    assert ana.sector == "youth"


def test_rows_below_a_blank_line_keep_their_spreadsheet_numbers(instrument):
    data = b"participant,item_id,score\nAna,champions_1,4\n\nAna,champions_2,9\n"
    with pytest.raises(ImportRejected) as error:
        parse_csv(data, instrument)
    assert [(row, key) for row, key, _ in error.value.faults] == [(4, "score_range")]


def test_a_file_of_several_rounds_is_refused_whole(instrument):
    data = b"round,participant,item_id,score\nR1,Ana,champions_1,4\nR2,Ana,champions_1,3\n"
    with pytest.raises(ImportRejected) as error:
        parse_csv(data, instrument)
    assert error.value.faults == [(1, "several_rounds", {"rounds": "R1, R2"})]


def test_the_separator_is_guessed_from_the_start_of_the_header_only(monkeypatch):
    """csv.Sniffer is quadratic in its sample: a 40 kB first line of ,",",… took 18 s to sniff."""
    seen: list[int] = []
    real = csv.Sniffer.sniff
    monkeypatch.setattr(
        csv.Sniffer, "sniff", lambda self, sample, **kw: seen.append(len(sample)) or real(self, sample, **kw)
    )
    with pytest.raises(ImportRejected):
        parse_csv((',"' * 20_000 + "\n").encode(), INSTRUMENT)
    assert seen and max(seen) <= 1000
    assert parse_csv(csv_bytes(GOOD_ROWS, ALL_COLUMNS, delimiter=";"), INSTRUMENT)[0].name == "Ana"
