"""Exports through the services and `python -m assessment report | export-workbook`, on a real SQLite file."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from assessment.cli.main import main
from assessment.present.i18n import t
from assessment.reports.workbook import sheet_name
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo import ROUNDS as DEMO_ROUNDS

DEMO_LABELS = [r.label for r in DEMO_ROUNDS]

SCRIPT = "<script>alert(1)</script>"
PLOTLY_BUNDLE_HEADER = "* plotly.js v"


@pytest.fixture
def cli_db(databases, monkeypatch) -> str:
    """The CLI's database (DATABASE_URL) holding the demo, with English messages by default."""
    url = databases.url("exports")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("IMPACT_LANG", raising=False)
    Services(url=url).load_demo()
    return url


def test_report_writes_the_whole_initiative_in_one_offline_file(cli_db, tmp_path, capsys):
    out = tmp_path / "report.html"
    assert main(["report", "--initiative", DEMO_INITIATIVE, "-o", str(out)]) == 0
    html = out.read_text(encoding="utf-8")
    assert html.count(PLOTLY_BUNDLE_HEADER) == 1
    assert '<html lang="en">' in html and t("exports.scope_all", "en", count=3) in html
    assert all(label in html for label in DEMO_LABELS)
    assert capsys.readouterr().err.startswith(f"Wrote {out} (")


def test_report_of_one_round_in_french(cli_db, tmp_path):
    out = tmp_path / "baseline.html"
    assert (
        main(
            ["report", "--initiative", DEMO_INITIATIVE, "--round", "2025-02 référence / baseline", "-o", str(out)]
            + ["--lang", "fr"]
        )
        == 0
    )
    html = out.read_text(encoding="utf-8")
    assert '<html lang="fr">' in html
    assert t(
        "exports.scope_round", "fr", round="2025-02 référence / baseline", date="12 févr. 2025"
    )  # the day as French readers write it in html
    assert t("exports.report_title", "fr") in html


def test_the_language_defaults_to_the_environment(cli_db, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("IMPACT_LANG", "fr_CA")
    out = tmp_path / "rapport.html"
    assert main(["report", "--initiative", DEMO_INITIATIVE, "-o", str(out)]) == 0
    assert '<html lang="fr">' in out.read_text(encoding="utf-8")
    assert capsys.readouterr().err.startswith("Fichier écrit")


def test_export_workbook_writes_scores_equal_to_the_scores_command(cli_db, tmp_path):
    out = tmp_path / "demo.xlsx"
    assert main(["export-workbook", "--initiative", DEMO_INITIATIVE, "-o", str(out)]) == 0
    book = load_workbook(out)
    labels = DEMO_LABELS
    assert book.sheetnames == [
        *(sheet_name(label, set()) for label in labels),
        "Comparison",
        "Actions",
        "Reflections",
        "Responses",
    ]
    services = Services(url=cli_db)
    for label in labels:
        document = services.scores(initiative=DEMO_INITIATIVE, label=label)
        expected = {d["id"]: d for s in document["sections"] for d in s["dimensions"]}
        values = list(book[sheet_name(label, set())].iter_rows(values_only=True))
        start = next(n for n, row in enumerate(values) if row[2] == "Id")
        table = {row[2]: row for row in values[start + 1 :] if row[2]}
        assert list(table) == list(expected)
        for dimension_id, row in table.items():
            d = expected[dimension_id]
            assert row[3:7] == (pytest.approx(d["score"]), d["n"], pytest.approx(d["sd"]), d["dont_know"])
    responses = list(book["Responses"].iter_rows(values_only=True))
    assert len(responses) - 1 == len(services.export_rows(initiative=DEMO_INITIATIVE))
    assert len(list(book["Actions"].iter_rows(values_only=True))) - 1 == len(
        services.list_actions(initiative_id=services.initiative(name=DEMO_INITIATIVE).id)
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--initiative", "Nobody Here", "-o", "{out}"],
        ["export-workbook", "--initiative", "Nobody Here", "-o", "{out}"],
        ["report", "--initiative", DEMO_INITIATIVE, "--round", "1999 never", "-o", "{out}"],
    ],
)
def test_an_unknown_initiative_or_round_exits_2_with_one_line_and_writes_nothing(cli_db, tmp_path, capsys, argv):
    out = tmp_path / "nothing.out"
    assert main([a.replace("{out}", str(out)) for a in argv]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and ("Nobody Here" in err or "1999 never" in err)
    assert "Traceback" not in err and not out.exists()


def test_an_initiative_without_rounds_exits_2_with_one_line(cli_db, tmp_path, capsys):
    Services(url=cli_db).create_initiative(name="Empty Coalition")
    assert main(["export-workbook", "--initiative", "Empty Coalition", "-o", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err.strip() == t("error.no_rounds_to_export", "en", name="Empty Coalition")


def test_an_unwritable_output_exits_2_with_one_line(cli_db, tmp_path, capsys):
    target = tmp_path / "missing-folder" / "report.html"
    assert main(["report", "--initiative", DEMO_INITIATIVE, "-o", str(target)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith(f"Cannot write “{target}”")


# ---- through the services, on the tiny test instrument ---------------------------------------------------------
def test_a_participant_comment_with_markup_is_escaped_in_the_round_report(services: Services):
    initiative = services.create_initiative(name="Quartier <Vivant>")
    r = services.create_round(initiative_id=initiative.id, label="Printemps <b>", on=date(2026, 4, 1), form="short")
    services.set_round_status(round_id=r.id, status="open")
    for n, score in enumerate((2, 3, 4)):
        token = services.join(code=r.join_code)
        items = services.participant_state(token=token).item_ids
        comments = {"equity": SCRIPT} if n == 0 else {}
        services.save_answers(token=token, answers=dict.fromkeys(items, score), comments=comments)
        services.submit(token=token)
    html = services.html_report(initiative="Quartier <Vivant>", round_label="Printemps <b>", lang="en")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and SCRIPT not in html
    assert "Quartier &lt;Vivant&gt;" in html and "Printemps &lt;b&gt;" in html
    # The group scores 3.0 everywhere, as the results screen says: index 25 x (3 - 1) = 50.
    assert '<div class="value">50</div>' in html


def test_the_workbook_keeps_a_formula_like_comment_as_text(services: Services):
    initiative = services.create_initiative(name="Formula Coalition")
    r = services.create_round(initiative_id=initiative.id, label="R1", on=date(2026, 4, 1), form="short")
    services.set_round_status(round_id=r.id, status="open")
    token = services.join(code=r.join_code)
    items = services.participant_state(token=token).item_ids
    services.save_answers(token=token, answers=dict.fromkeys(items, 4), comments={"equity": "=1+1"})
    services.submit(token=token)
    book = load_workbook(io.BytesIO(services.excel_workbook(initiative="Formula Coalition", lang="fr")))
    rows = list(book["Réponses"].iter_rows())
    header = [c.value for c in rows[0]]
    comments = [row[header.index("comment")] for row in rows[1:] if row[header.index("comment")].value]
    assert [(c.value, c.data_type) for c in comments] == [("=1+1", "s")]


def test_a_report_written_to_disk_is_the_same_as_the_one_built(cli_db, tmp_path):
    out = Path(tmp_path / "same.html")
    main(["report", "--initiative", DEMO_INITIATIVE, "--round", "2025-09 suivi / follow-up", "-o", str(out)])
    built = Services(url=cli_db).html_report(initiative=DEMO_INITIATIVE, round_label=DEMO_LABELS[1], lang="en")
    strip = lambda text: text.split("Generated on", 1)[1].split("</p>", 1)[1]  # noqa: E731 (the time differs)
    assert strip(out.read_text(encoding="utf-8")) == strip(built)
