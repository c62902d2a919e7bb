"""`python -m assessment plan-on-a-page` and `progress-report` on the demo: files written, bad input one line and
exit status 2."""

from __future__ import annotations

import re

import pytest

from assessment.cli.main import main
from assessment.present.i18n import t
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE


@pytest.fixture
def cli_db(databases, monkeypatch) -> str:
    """The CLI's database (DATABASE_URL) holding the demo, with English messages by default."""
    url = databases.url("plans")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("IMPACT_LANG", raising=False)
    Services(url=url).load_demo()
    return url


def test_plan_on_a_page_writes_the_chosen_sections_in_french(cli_db, tmp_path, capsys):
    out = tmp_path / "plan.html"
    args = ["plan-on-a-page", "--initiative", DEMO_INITIATIVE, "--sections", "results,key_data,research,partners"]
    assert main([*args, "--lang", "fr", "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and t("plan.document_title", "fr") in html
    assert re.findall(r'<section id="(\w+)">', html) == ["key_data", "research", "partners", "results"]
    assert capsys.readouterr().err.startswith(f"Fichier écrit : {out}".replace(" :", "\u00a0:"))


def test_plan_on_a_page_of_a_named_round(cli_db, tmp_path):
    out = tmp_path / "plan.html"
    label = "2025-02 référence / baseline"
    assert main(["plan-on-a-page", "--initiative", DEMO_INITIATIVE, "--round", label, "-o", str(out)]) == 0
    assert label in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--sections", "results,key_data"], "Choose exactly four different sections (you chose 2)."),
        (["--sections", "results,key_data,research,budget"], "Unknown section of the plan: budget."),
        (["--round", "2099"], "2099"),
    ],
)
def test_a_bad_plan_request_is_one_line_and_status_2(cli_db, tmp_path, capsys, args, message):
    out = tmp_path / "plan.html"
    assert main(["plan-on-a-page", "--initiative", DEMO_INITIATIVE, *args, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not out.exists()


def test_progress_report_writes_the_period(cli_db, tmp_path, capsys):
    out = tmp_path / "progress.html"
    args = ["progress-report", "--initiative", DEMO_INITIATIVE, "--from", "2025-01-01", "--to", "2026-12-31"]
    assert main([*args, "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert t("progress.title", "en") in html and '<svg class="map"' in html
    assert "from Jan 1, 2025 to Dec 31, 2026" in html
    assert capsys.readouterr().err.startswith(f"Wrote {out} (")


@pytest.mark.parametrize(
    ("start", "end", "initiative", "message"),
    [
        ("2026-02-01", "2026-01-01", DEMO_INITIATIVE, "The period ends before it starts: 2026-02-01 → 2026-01-01."),
        ("2026-13-01", "2026-12-31", DEMO_INITIATIVE, "2026-13-01"),
        ("2026-01-01", "2026-12-31", "Nobody", "Nobody"),
    ],
)
def test_a_bad_period_or_initiative_is_one_line_and_status_2(cli_db, tmp_path, capsys, start, end, initiative, message):
    out = tmp_path / "progress.html"
    args = ["progress-report", "--initiative", initiative, "--from", start, "--to", end, "-o", str(out)]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
