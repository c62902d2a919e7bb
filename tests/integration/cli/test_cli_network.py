"""`network create|add|remove|show|report|workbook`: the JSON shape of PRODUCT.md, anonymous labels, one line
and exit 2 on bad input, in French when LANG says so."""

from __future__ import annotations

import json

import pytest

from assessment.cli.main import main
from assessment.usecases.demo_network import DEMO_NETWORK, MEMBERS


def run(capsys, *argv: str) -> str:
    capsys.readouterr()
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_network_show_json_has_the_product_shape_and_names_only_members_that_consented(cli_db, capsys):
    run(capsys, "demo")
    document = json.loads(run(capsys, "network", "show", "--network", DEMO_NETWORK, "--format", "json"))
    assert set(document) == {"network", "shown", "initiatives", "dimensions"}
    assert document["shown"] is True
    rows = document["initiatives"]
    assert all(set(r) == {"label", "named", "round", "date", "participants", "index", "verdict"} for r in rows)
    hidden = [m.name for m in MEMBERS if not m.consented]
    assert not any(name in json.dumps(document, ensure_ascii=False) for name in hidden)
    assert sorted(r["label"] for r in rows if r["named"]) == sorted(m.name for m in MEMBERS if m.consented)
    assert len(document["dimensions"]) == 19
    assert all(set(d) == {"id", "initiatives", "median", "q1", "q3"} for d in document["dimensions"])
    table = run(capsys, "network", "show", "--network", DEMO_NETWORK, "--format", "table")
    assert "Initiative " in table and "1 round left out" in table and not any(name in table for name in hidden)


def test_create_add_with_and_without_consent_then_show(cli_db, capsys):
    for name in ("Nord", "Sud Secret"):
        run(capsys, "round", "create", "--initiative", name, "--label", "R1")
    assert "created" in run(capsys, "network", "create", "--name", "Côte")
    assert "Nord added, as “Nord”" in run(
        capsys, "network", "add", "--network", "Côte", "--initiative", "Nord", "--consent"
    )
    out = run(capsys, "network", "add", "--network", "Côte", "--initiative", "Sud Secret")
    assert "as “Initiative " in out
    document = json.loads(run(capsys, "network", "show", "--network", "Côte", "--format", "json"))
    assert document["shown"] is False and document["dimensions"] == []
    assert [r["named"] for r in document["initiatives"]] == [True, False]
    assert all(r["index"] is None for r in document["initiatives"])  # no answers yet


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["network", "show", "--network", "Nowhere"], "Réseau introuvable\u00a0: Nowhere."),
        (["network", "add", "--network", "Nowhere", "--initiative", "X"], "Réseau introuvable"),
        (["network", "create", "--name", " "], "Nom de réseau invalide"),
    ],
)
def test_bad_input_is_one_french_line_and_exit_2(cli_db, capsys, monkeypatch, argv, message):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    capsys.readouterr()
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1


def test_a_duplicate_network_is_refused(cli_db, capsys):
    run(capsys, "network", "create", "--name", "Côte")
    assert main(["network", "create", "--name", "Côte"]) == 2
    assert "already exists" in capsys.readouterr().err


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_report_and_workbook_are_written(cli_db, capsys, tmp_path, lang):
    run(capsys, "demo")
    html, xlsx = tmp_path / "n.html", tmp_path / "n.xlsx"
    run(capsys, "network", "report", "--network", DEMO_NETWORK, "-o", str(html), "--lang", lang)
    run(capsys, "network", "workbook", "--network", DEMO_NETWORK, "-o", str(xlsx), "--lang", lang)
    assert f'lang="{lang}"' in html.read_text(encoding="utf-8") and xlsx.read_bytes()[:2] == b"PK"
