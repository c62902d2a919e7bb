"""A PostgreSQL DATABASE_URL that cannot be used is one line on the terminal and status 1, never a traceback."""

from __future__ import annotations

import pytest

from assessment.cli.main import main


@pytest.mark.parametrize(
    "url",
    [
        "postgresql+psycopg://impact@127.0.0.1:1/impact",  # nothing listens on port 1
        "postgresql+psycopg://impact@no-such-host.invalid/impact",  # a name that never resolves (RFC 2606)
    ],
)
def test_a_postgresql_server_out_of_reach_is_one_line_and_status_1(url, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    assert main(["demo"]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("Database error (postgresql+psycopg): ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err + captured.out
