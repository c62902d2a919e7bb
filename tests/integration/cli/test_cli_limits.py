"""The command line keeps the app's limits (dates, file sizes, files it cannot read) and says each in one
line with exit status 2, never a traceback."""

from __future__ import annotations

import pytest

from assessment.cli.main import main
from assessment.domain import vocabulary
from tests.factories import csv_bytes, full_items


def paper_csv(tmp_path):
    path = tmp_path / "paper.csv"
    path.write_bytes(csv_bytes([{"participant": "Ana", "item_id": full_items()[0], "score": "4"}]))
    return path


def test_the_command_line_says_the_same_limits_in_one_line_with_status_2(cli_db, tmp_path, capsys, monkeypatch):
    paper = paper_csv(tmp_path)
    assert main(["import-responses", str(paper), "--initiative", "I", "--round", "R", "--date", "1899-01-01"]) == 2
    assert "1900" in capsys.readouterr().err
    assert main(["import-responses", str(tmp_path), "--initiative", "I", "--round", "R"]) == 2  # a folder
    monkeypatch.setattr(vocabulary, "MAX_FILE_BYTES", 10)
    assert main(["import-responses", str(paper), "--initiative", "I", "--round", "R"]) == 2
    assert main(["restore", str(paper)]) == 2
    err = capsys.readouterr().err
    assert err.count("File too large") == 2 and "Traceback" not in err


@pytest.mark.parametrize(
    ("command", "content"),
    [
        ("import-responses", b"participant,item_id,score,submitted_at\nAna,x,1,0001-01-01T00:00+05:00\n"),
        ("import-responses", b"PK\x03\x04" + bytes(range(256)) * 4),  # a damaged .xlsx
        ("import-responses", b"\xff\xfe\x00garbage"),
        ("restore", b"[" * 100_000),
        ("restore", b'{"format":"impact-readiness-backup","version":' + b"9" * 5000 + b"}"),
        ("restore", b'{"format":"impact-readiness-backup","version":2,"generated_at":"0001-01-01T00:00+05:00"}'),
    ],
)
def test_malformed_files_get_one_clear_message_and_status_2(cli_db, tmp_path, capsys, command, content):
    path = tmp_path / "input.bin"
    path.write_bytes(content)
    extra = ["--initiative", "I", "--round", "R"] if command == "import-responses" else []
    assert main([command, str(path), *extra]) == 2
    captured = capsys.readouterr()
    assert captured.err.strip() and "Traceback" not in captured.err + captured.out
