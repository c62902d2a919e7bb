"""Files that hold participants' data, tokens or the passcode are readable by their owner only from the
moment they exist (issue 8, point 9): the SQLite database with its -wal and -shm files, secrets.toml, and a
backup written by the command line. Each test runs under a umask that would leave files readable by all
(0o000) and with chmod turned into a no-op, so only a file created private from its first byte passes."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from sqlalchemy import text

from assessment.cli.main import main
from assessment.settings import PASSCODE_ENV
from assessment.store.engine import make_engine
from assessment.usecases.access import ensure_passcode


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask(monkeypatch):
    """umask 0 and no chmod after the fact: what a file is created with is what it keeps."""
    previous = os.umask(0)
    monkeypatch.setattr(os, "chmod", lambda *a, **k: None)
    monkeypatch.setattr(Path, "chmod", lambda *a, **k: None)
    monkeypatch.setattr(os, "fchmod", lambda *a, **k: None)
    yield
    os.umask(previous)


def test_a_new_sqlite_database_and_its_wal_and_shm_files_are_private(tmp_path, open_umask):
    path = tmp_path / "data" / "new.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE t (x INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES (1)"))
    with engine.connect() as reader:  # a second connection keeps the -wal and -shm files in place
        assert reader.execute(text("SELECT count(*) FROM t")).scalar() == 1
        files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
        assert all(f.exists() for f in files)
        assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    engine.dispose()


def test_an_existing_database_is_opened_as_it_is(tmp_path):
    path = tmp_path / "shared.sqlite3"
    path.touch(mode=0o640)
    os.chmod(path, 0o640)
    make_engine(f"sqlite:///{path}").dispose()
    assert mode(path) == 0o640  # its owner chose: left alone


def test_a_generated_passcode_goes_into_a_secrets_file_private_from_its_first_byte(tmp_path, open_umask, monkeypatch):
    monkeypatch.delenv(PASSCODE_ENV, raising=False)
    path = tmp_path / ".streamlit" / "secrets.toml"
    ensure_passcode(path)
    assert mode(path) == 0o600


def test_a_backup_written_by_the_command_line_is_private(tmp_path, open_umask, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/cli.sqlite3")
    assert main(["demo"]) == 0
    out = tmp_path / "all.json"
    assert main(["backup", "-o", str(out)]) == 0
    assert mode(out) == 0o600 and out.stat().st_size > 1000


def test_a_backup_over_an_existing_readable_file_tightens_it(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}/cli.sqlite3")
    out = tmp_path / "all.json"
    out.write_text("old")
    os.chmod(out, 0o644)
    assert main(["backup", "-o", str(out)]) == 0
    assert mode(out) == 0o600
