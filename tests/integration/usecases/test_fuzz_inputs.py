"""No traceback for any input (issue 8, point 6): a deterministic fuzz of the import and the restore.

Hypothesis builds 1,000 responses files (CSV text from hostile cells, shuffled and broken columns,
raw bytes) and 300 backup documents (a real backup, networks included, with one part replaced, removed
or broken, or broken JSON text). Each goes through the services the screens and the command line call.
Nothing but the product's user errors may come out, and a refused file leaves every table as it was.
"""

from __future__ import annotations

import csv
import io
import json
import random
import sqlite3
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assessment.domain.errors import UserError
from assessment.store.models import Base
from assessment.usecases import Services
from tests.factories import full_items

FUZZ = settings(
    derandomize=True, deadline=None, database=None, suppress_health_check=list(HealthCheck), print_blob=True
)

COLUMNS = ["participant", "item_id", "score", "sector", "role", "comment", "submitted_at", "round", "initiative"]
HOSTILE_CELLS = [
    "", " ", "1", "5", "0", "6", "4.0", "4,5", "-1", "1e400", "nan", "inf", "٣", "x" * 101, "y" * 2001,
    "\x00", "Ana\x00", "\x1b[31m", "\r\n", "\t", "'=1+1", "=HYPERLINK(\"http://x\")", "+1", "@A1", "'", "''",
    "youth", "funder", "nobody", "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-02-30",
    "2026-03-01T10:00:00Z", "1899-12-31", "9" * 5000, "\"", "a\"b", ";", ",", "\ufeff", "\u202e", "😀",
    "[x](http://evil)", "<b>", "$x$", ":red[x]",
]  # fmt: skip
ITEMS = full_items()[:6] + ["nope", ""]


class RowCounts:
    """Rows per table, read with sqlite3 itself (a tenth of a millisecond, where a session takes ten): a
    refused file must leave every table as it was."""

    def __init__(self, url: str) -> None:
        self.connection = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
        tables = [t.name for t in Base.metadata.sorted_tables]
        self.query = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)

    def __call__(self) -> tuple[int, ...]:
        return self.connection.execute(self.query).fetchone()


def csv_bytes_text(rows: list[dict[str, str]], columns: list[str], *, delimiter: str, bom: bool) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=columns, delimiter=delimiter, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({c: row.get(c, "") for c in columns} for row in rows)
    return ("\ufeff" if bom else "") + buffer.getvalue()


def hostile_text(rng: random.Random) -> str:
    """One cell: a hostile value, a few random characters (any plane, controls and surrogates too), or both."""
    choice = rng.random()
    if choice < 0.6:
        return rng.choice(HOSTILE_CELLS)
    noise = "".join(chr(rng.choice((rng.randrange(0x20), rng.randrange(0x110000)))) for _ in range(rng.randrange(8)))
    return noise if choice < 0.8 else rng.choice(HOSTILE_CELLS) + noise


@st.composite
def responses_files(draw) -> bytes:
    """A responses file: a good file with some cells made hostile, a file of hostile cells under a drawn
    header, raw bytes, each possibly cut anywhere. Hypothesis draws the shape and a seed; the cells come
    from the seed (drawing each cell through Hypothesis costs ~10 ms a file, too slow for 1,000 files)."""
    kind = draw(st.sampled_from(["good", "good", "hostile", "hostile", "bytes"]))
    rng = random.Random(draw(st.integers(0, 2**32 - 1)))
    if kind == "bytes":
        return rng.randbytes(rng.randrange(200))
    if kind == "good":
        columns = ["participant", "item_id", "score", *rng.sample(COLUMNS[3:7], rng.randrange(5))]
        names = [hostile_text(rng) if rng.random() < 0.3 else f"P{n}" for n in range(rng.randrange(1, 4))]
        rows = [
            {"participant": name, "item_id": item, "score": str(rng.randrange(1, 6)), "sector": "youth"}
            for name in names
            for item in rng.sample(ITEMS[:6], rng.randrange(1, 4))
        ]
        for row in rng.sample(rows, min(len(rows), draw(st.integers(0, 2)))):
            row[rng.choice(columns)] = hostile_text(rng)
    else:
        columns = draw(st.lists(st.sampled_from(COLUMNS), min_size=1, max_size=len(COLUMNS)))
        rows = [
            {c: rng.choice(ITEMS) if c == "item_id" and rng.random() < 0.7 else hostile_text(rng) for c in columns}
            for _ in range(rng.randrange(7))
        ]
    text = csv_bytes_text(rows, columns, delimiter=rng.choice([",", ";", "\t"]), bom=rng.random() < 0.3)
    data = text.encode("utf-8", "surrogatepass")  # a surrogate becomes bytes that are not UTF-8
    return data[: rng.randrange(len(data) + 1)] if draw(st.booleans()) and rng.random() < 0.3 else data


@pytest.fixture
def fuzz_services(tmp_path, monkeypatch, instrument) -> Services:
    from assessment.usecases import base

    monkeypatch.setattr(base, "load_current_instrument", lambda: instrument)
    services = Services(url=f"sqlite:///{tmp_path}/fuzz.sqlite3")
    services.create_round_in(initiative="Open", label="Live", on=date(2026, 3, 1), status="open")
    return services


def tally(seen: dict[str, int], accepted: str, row_counts, call) -> None:
    """Run ``call``: a user error (counted "refused") must leave every table as it was; anything else that
    escapes fails the test; success counts as ``accepted``."""
    before = row_counts()
    try:
        call()
    except UserError:
        seen["refused"] += 1
        assert row_counts() == before
    else:
        seen[accepted] += 1


@pytest.fixture
def row_counts(fuzz_services, tmp_path) -> RowCounts:
    counts = RowCounts(f"sqlite:///{tmp_path}/fuzz.sqlite3")
    yield counts
    counts.connection.close()


def test_a_thousand_fuzzed_responses_files_give_user_errors_and_write_nothing_when_refused(fuzz_services, row_counts):
    seen = {"refused": 0, "imported": 0}

    @settings(FUZZ, max_examples=1000)
    @given(data=responses_files(), into_open_round=st.booleans())
    def import_one(data: bytes, into_open_round: bool) -> None:
        """Into the open round (adding participants), or into a new round of a new or existing initiative."""
        initiative, label = ("Open", "Live") if into_open_round else ("New", f"R{seen['imported']}")
        tally(
            seen,
            "imported",
            row_counts,
            lambda: fuzz_services.import_file(data=data, initiative=initiative, label=label),
        )

    import_one()
    assert seen["refused"] + seen["imported"] >= 1000
    assert seen["imported"] > 0 and seen["refused"] > seen["imported"]


HOSTILE_VALUES: list[object] = [
    None, True, 0, -1, 2**63, 1.5, 1e308, "", " ", "x" * 300, "\x00", "a\x00b", "=1+1", "[x](http://e)",
    "0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "2026-02-30", "1899-12-31", "2026-03-01",
    "2026-03-01T10:00:00", "draft", "submitted", "open", "youth", "full", "short", [], {}, [None], {"x": 1},
]  # fmt: skip


def source_document(services: Services) -> dict:
    """A backup of every kind of row: an open paced round, a draft, submitted participants with item and
    dimension comments, reflections (one hidden), a part shown, an action, and memberships of two networks
    (one named, one anonymous)."""
    r = services.create_round_in(initiative="Source", label="R1", on=date(2026, 3, 1), status="open")
    items = full_items()
    for n in range(3):
        token = services.join(code=r.join_code)
        services.update_profile(token=token, display_name=f"P{n}", sector="youth", role="partner")
        services.save_answers(token=token, answers={i: (n + k) % 5 + 1 for k, i in enumerate(items[:4])},
                              comments={"complexity": "À suivre « ici »"})  # fmt: skip
        services.submit(token=token)
        services.save_reflections(token=token, texts=["confiance", f"mot {n}"])
    services.join(code=r.join_code)  # a draft with nothing in it
    services.hide_reflection(round_id=r.id, text="mot 1")
    services.set_paced(round_id=r.id, paced=True)
    services.open_section(round_id=r.id, section_id="fit", opened=True)
    services.show_part(round_id=r.id, part="reflections", shown=True)
    initiative = services.initiative(name="Source")
    services.add_action(initiative_id=initiative.id, dimension_id="equity", what="Inviter", due=date(2026, 5, 1))
    for network, consent in (("Réseau « Est »", True), ("Ouest", False)):
        services.create_network(name=network)
        services.add_to_network(network=network, initiative="Source", consent=consent)
    return json.loads(services.backup_json(initiative="Source"))


def _nodes(node: object, path: tuple = ()) -> list[tuple]:
    """Every path into a JSON document (dict keys and list indexes)."""
    found = [path]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _nodes(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _nodes(value, (*path, index))
    return found


def mutated(document: dict, rng: random.Random, changes: int) -> dict:
    """The document with ``changes`` parts replaced by hostile values, removed, or duplicated."""
    document = json.loads(json.dumps(document))
    for _ in range(changes):
        path = rng.choice(_nodes(document)[1:])
        parent = document
        for step in path[:-1]:
            parent = parent[step]
        how = rng.random()
        if how < 0.6:
            parent[path[-1]] = rng.choice(HOSTILE_VALUES) if rng.random() < 0.8 else hostile_text(rng)
        elif how < 0.8:
            del parent[path[-1]]
        elif isinstance(parent, list):
            parent.append(parent[path[-1]])
        else:
            parent[hostile_text(rng)] = parent[path[-1]]
    return document


def broken_json(text: str, rng: random.Random) -> str | bytes:
    """JSON text broken as files break: cut, bytes flipped, nested deeper than anything, huge numbers."""
    how = rng.randrange(6)
    if how == 0:
        return text[: rng.randrange(len(text))]
    if how == 1:
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randrange(1, 5)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if how == 2:
        depth = rng.choice([50, 1000, 100_000])
        return '{"format":"impact-readiness-backup","version":2,"initiatives":' + "[" * depth + "]" * depth + "}"
    if how == 3:
        return text.replace('"version":2', '"version":' + "9" * rng.choice([20, 5000]), 1)
    if how == 4:
        return text.replace('"generated_at":"', '"generated_at":"0001-01-01T00:00:00+05:00', 1)
    return rng.choice(["", "\ufeff", "null", "[]", '"x"', "{}", "\x00" * 10, text + "garbage"])


def test_three_hundred_fuzzed_backup_documents_give_user_errors_and_write_nothing_when_refused(
    fuzz_services, row_counts, tmp_path
):
    document = source_document(Services(url=f"sqlite:///{tmp_path}/source.sqlite3"))
    assert len(document["networks"]) == 2  # mutations reach the networks' parts too
    text = json.dumps(document, ensure_ascii=False)
    seen = {"refused": 0, "restored": 0}

    @settings(FUZZ, max_examples=300)
    @given(seed=st.integers(0, 2**32 - 1), changes=st.integers(0, 3), raw=st.booleans())
    def restore_one(seed: int, changes: int, raw: bool) -> None:
        rng = random.Random(seed)
        candidate = broken_json(text, rng) if raw else json.dumps(mutated(document, rng, changes))
        tally(
            seen, "restored", row_counts, lambda: fuzz_services.restore(document=candidate, replace=rng.random() < 0.7)
        )

    restore_one()
    assert seen["refused"] + seen["restored"] >= 300
    assert seen["restored"] > 0 and seen["refused"] > seen["restored"]


def workbook_bytes(rng: random.Random) -> bytes:
    """A small .xlsx of hostile cells (numbers, dates and formulas among them) under a responses header."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["participant", "item_id", "score", "comment", "submitted_at"])
    cells: list[object] = [4, 4.5, -1, 1e308, True, date(2026, 3, 1), "=1+1", "'=x", None]
    for n in range(rng.randrange(4)):
        row = [f"P{n}", rng.choice(ITEMS), rng.randrange(1, 6), hostile_text(rng), None]
        row[rng.randrange(5)] = rng.choice(cells) if rng.random() < 0.5 else hostile_text(rng)
        sheet.append([c if not isinstance(c, str) else clean_for_openpyxl(c) for c in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def clean_for_openpyxl(text: str) -> str:
    """openpyxl refuses to write control characters and surrogates, which no .xlsx holds anyway."""
    return "".join(c for c in text if c in "\t\n\r" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF))


def test_two_hundred_fuzzed_excel_files_give_user_errors_and_write_nothing_when_refused(fuzz_services, row_counts):
    seen = {"refused": 0, "imported": 0}

    @settings(FUZZ, max_examples=200)
    @given(seed=st.integers(0, 2**32 - 1), damage=st.sampled_from(["none", "cut", "flip", "flip", "zip"]))
    def import_one(seed: int, damage: str) -> None:
        rng = random.Random(seed)
        data = bytearray(workbook_bytes(rng))
        if damage == "cut":
            data = data[: rng.randrange(len(data))]
        elif damage == "flip":
            for _ in range(rng.randrange(1, 8)):
                data[rng.randrange(len(data))] = rng.randrange(256)
        elif damage == "zip":
            data = bytearray(b"PK\x03\x04" + rng.randbytes(rng.randrange(300)))
        tally(
            seen,
            "imported",
            row_counts,
            lambda: fuzz_services.import_file(data=bytes(data), initiative="Excel", label=f"R{seen['imported']}"),
        )

    import_one()
    assert seen["imported"] > 0 and seen["refused"] > 0
