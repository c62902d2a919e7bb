"""`python -m assessment`: the same services as the app, one clear line and exit 2 on bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from assessment.cli.main import main
from assessment.domain.instrument import load_instrument
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo import ROUNDS as DEMO_ROUNDS

DEMO_LABELS = [r.label for r in DEMO_ROUNDS]

ROOT = Path(__file__).resolve().parents[3]


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_instrument_json_lists_sections_dimensions_and_items_in_participant_order(cli_db, capsys):
    assert main(["instrument", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    instrument = load_instrument()
    assert [s["id"] for s in document["sections"]] == ["fit", "preconditions", "conditions", "principles"]
    items = [i for s in document["sections"] for d in s["dimensions"] for i in d["items"]]
    assert [i["id"] for i in items] == instrument.item_ids("full")
    assert sum(i["short"] for i in items) == 19
    assert all(i["text"]["fr"] and i["text"]["en"] for i in items)
    assert set(document["sections"][0]["title"]) == {"fr", "en"}


def test_demo_is_idempotent(cli_db, capsys):
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "Loaded" in out and "Already present" in out
    assert (
        len(Services(url=cli_db).list_rounds(initiative_id=Services(url=cli_db).initiative(name=DEMO_INITIATIVE).id))
        == 3
    )


def test_scores_json_has_the_documented_shape(cli_db, capsys):
    main(["demo"])
    capsys.readouterr()
    assert main(["scores", "--initiative", DEMO_INITIATIVE, "--round", DEMO_LABELS[0], "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert set(document) == {"initiative", "round", "participants", "index", "verdict", "flags", "sections"}
    assert document["participants"] == 18
    dimension = document["sections"][1]["dimensions"][0]
    assert set(dimension) == {"id", "score", "n", "sd", "dont_know", "band", "discuss"}
    assert 0 <= document["index"] <= 100


def test_scores_table_prints_every_dimension(cli_db, capsys):
    main(["demo"])
    capsys.readouterr()
    assert main(["scores", "--initiative", DEMO_INITIATIVE, "--round", "2025-02 référence / baseline"]) == 0
    out = capsys.readouterr().out
    assert all(d in out for d in load_instrument().dimensions)


def test_import_then_export_round_trips_the_answers(cli_db, tmp_path, capsys):
    source = write_csv(
        tmp_path / "in.csv",
        [
            "participant,item_id,score,sector,role,comment,submitted_at",
            "Ana,champions_1,4,youth,partner,Élan réel,2026-03-01T10:00:00",
            "Ana,urgency_1,,youth,partner,,2026-03-01T10:00:00",
            "Bo,champions_1,2,,,,",
        ],
    )
    assert (
        main(["import-responses", str(source), "--initiative", "Coalition", "--round", "R1", "--date", "2026-03-01"])
        == 0
    )
    assert "Imported 2 participants and 3 answers" in capsys.readouterr().out
    out_file = tmp_path / "out.csv"
    assert main(["export-responses", "--initiative", "Coalition", "-o", str(out_file)]) == 0
    data = out_file.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert (
        lines[0]
        == "initiative,round,round_date,participant,sector,role,section,dimension,item_id,score,comment,submitted_at"
    )
    assert (
        lines[1]
        == "Coalition,R1,2026-03-01,Ana,youth,partner,preconditions,champions,champions_1,4,Élan réel,2026-03-01T10:00:00"  # noqa: E501
    )
    assert lines[2].split(",")[9] == ""  # don't know stays empty, never 3
    assert len(lines) == 4


def test_a_bad_file_lists_every_bad_row_exits_2_and_writes_nothing(cli_db, tmp_path, capsys):
    source = write_csv(
        tmp_path / "bad.csv",
        ["participant,item_id,score", "Ana,champions_1,7", "Ana,no_such_item,3", "Bo,urgency_1,4", "Bo,urgency_1,5"],
    )
    assert main(["import-responses", str(source), "--initiative", "Coalition", "--round", "R1"]) == 2
    err = capsys.readouterr().err
    assert "File refused: 3 faults. Nothing was saved." in err
    assert "row 2: score 7 is off the scale" in err
    assert "row 3: unknown item “no_such_item”" in err
    assert "row 5: second answer of “Bo” to “urgency_1”" in err
    assert Services(url=cli_db).list_initiatives() == []


def test_a_file_with_a_missing_column_or_broken_encoding_is_refused(cli_db, tmp_path, capsys):
    missing = write_csv(tmp_path / "m.csv", ["participant,score", "Ana,3"])
    assert main(["import-responses", str(missing), "--initiative", "C", "--round", "R"]) == 2
    assert "row 1: missing column: item_id" in capsys.readouterr().err
    broken = tmp_path / "b.csv"
    broken.write_bytes("participant,item_id,score\nAndré,champions_1,3\n".encode("latin-1"))
    assert main(["import-responses", str(broken), "--initiative", "C", "--round", "R"]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    assert Services(url=cli_db).list_initiatives() == []


def test_unknown_names_get_one_line_in_french_when_the_locale_is_french(cli_db, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert main(["scores", "--initiative", "Nope", "--round", "R"]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Aucune initiative ne s’appelle «\u00a0Nope\u00a0»."


def test_the_module_runs_as_a_program_without_a_traceback(cli_db, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "assessment", "export-responses", "--initiative", "Nope"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == "No initiative is called “Nope”."
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "assessment",
            "import-responses",
            str(tmp_path / "nope.csv"),
            "--initiative",
            "C",
            "--round",
            "R",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 2 and "File not found" in missing.stderr and "Traceback" not in missing.stderr


def test_setup_loads_the_demo_once_and_prints_the_passcode(cli_db, capsys, monkeypatch):
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", "from-env")
    assert main(["setup"]) == 0
    out = capsys.readouterr().out
    assert "demonstration initiative" in out and "from-env" in out
    assert main(["setup"]) == 0
    assert "demonstration" not in capsys.readouterr().out


def test_compare_prints_the_demo_rounds_against_the_baseline(cli_db, capsys):
    main(["demo"])
    capsys.readouterr()
    assert main(["compare", "--initiative", DEMO_INITIATIVE, "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["baseline"] == "2025-02 référence / baseline"
    assert [r["round"] for r in document["rounds"]] == DEMO_LABELS
    last = document["rounds"][-1]
    assert last["status"] == "open" and set(last["delta_baseline"]) == set(load_instrument().dimensions)
    champions = [d for s in last["sections"] for d in s["dimensions"] if d["id"] == "champions"][0]
    first = [d for s in document["rounds"][0]["sections"] for d in s["dimensions"] if d["id"] == "champions"][0]
    assert last["delta_baseline"]["champions"] == pytest.approx(champions["score"] - first["score"])
    assert main(["compare", "--initiative", DEMO_INITIATIVE, "--baseline", "2025-09 suivi / follow-up"]) == 0
    out = capsys.readouterr().out
    assert "baseline: 2025-09 suivi / follow-up" in out and "in progress" in out
    assert main(["compare", "--initiative", DEMO_INITIATIVE, "--baseline", "nope"]) == 2


def test_an_excel_sheet_imports_like_a_csv(cli_db, tmp_path, capsys):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    for row in (["participant", "item_id", "score"], ["Ana", "champions_1", 4], ["Ana", "urgency_1", None]):
        sheet.append(row)
    path = tmp_path / "paper.xlsx"
    book.save(path)
    assert main(["import-responses", str(path), "--initiative", "Coalition", "--round", "R1"]) == 0
    assert "Imported 1 participants and 2 answers" in capsys.readouterr().out


UNUSABLE_URLS = [
    "sqlite:///:memory:",
    "sqlite:////proc/no-such-folder/x.sqlite3",
    "postgresql+psycopg://u:p@127.0.0.1:1/x",  # nothing listening
    "postgresql+psycopg://u:p@no-such-host.invalid/x",  # a host name that never resolves (RFC 2606)
    "nonsense",
]


@pytest.mark.parametrize("url", UNUSABLE_URLS)
def test_a_database_url_that_cannot_work_is_one_line_and_exit_1(url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["demo"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Database error (") and err.count("\n") == 1 and "Traceback" not in err
