"""The command line keeps the app's limits (dates, file sizes, files it cannot read) and says each in one
line with exit status 2, never a traceback."""

from __future__ import annotations

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
