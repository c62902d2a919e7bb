"""`round create|open|close|reveal|hide` and `reflections add|hide|show`: the JSON shapes of PRODUCT.md, one line
and exit 2 on bad input, in French when LANG says so."""

from __future__ import annotations

import json

import pytest

from assessment.cli.main import main
from assessment.usecases import Services


def run_json(capsys, *argv: str) -> dict:
    capsys.readouterr()
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def create(capsys, *extra: str) -> dict:
    args = ["round", "create", "--initiative", "Atelier", "--label", "W1", "--format", "json", *extra]
    return run_json(capsys, *args)


def test_round_create_json_gives_the_join_and_presenter_links(cli_db, capsys):
    document = create(capsys, "--date", "2026-05-01", "--form", "short", "--open", "--base-url", "https://x.org/")
    assert set(document) == {"initiative", "round", "status", "form", "join_code", "join_link", "presenter_link"}
    code = document["join_code"]
    assert (document["initiative"], document["round"], document["status"], document["form"]) == (
        "Atelier",
        "W1",
        "open",
        "short",
    )
    assert document["join_link"] == f"https://x.org/join?code={code}"
    prefix = "https://x.org/presenter?token="
    assert document["presenter_link"].startswith(prefix)
    services = Services(url=cli_db)
    r = services.presenter_round(token=document["presenter_link"].removeprefix(prefix))
    assert (r.label, r.date.isoformat(), r.join_code) == ("W1", "2026-05-01", code)
    services.join(code=code)  # open: a phone can join


def test_round_create_defaults_to_a_draft_full_round_on_localhost(cli_db, capsys):
    document = create(capsys)
    assert (document["status"], document["form"]) == ("draft", "full")
    assert document["join_link"].startswith("http://localhost:8501/join?code=")
    assert main(["round", "create", "--initiative", "Atelier", "--label", "W2"]) == 0
    assert "join_code" in capsys.readouterr().out


def test_round_open_close_reveal_hide_change_the_round(cli_db, capsys):
    create(capsys)
    services = Services(url=cli_db)
    where = ["--initiative", "Atelier", "--round", "W1"]
    steps = [("open", "open", False), ("reveal", "open", True), ("close", "closed", True), ("hide", "closed", False)]
    for action, status, revealed in steps:
        assert main(["round", action, *where]) == 0
        r = services.find_round(initiative="Atelier", label="W1")
        assert (r.status, r.results_revealed) == (status, revealed)
    assert "Atelier / W1: closed, results hidden" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en_US.UTF-8", "This initiative already has a round “W1”."), ("fr_CA.UTF-8", "déjà un cycle «\u00a0W1\u00a0»")],
)
def test_user_errors_are_one_line_exit_2_in_the_users_language(cli_db, capsys, monkeypatch, lang, expected):
    create(capsys)
    monkeypatch.setenv("LANG", lang)
    assert main(["round", "create", "--initiative", "Atelier", "--label", "W1"]) == 2
    err = capsys.readouterr().err
    assert expected in err and err.count("\n") == 1
    assert main(["round", "open", "--initiative", "Atelier", "--round", "nope"]) == 2
    assert main(["reflections", "add", "--initiative", "Atelier", "--round", "W1", "a", "b", "c", "d"]) == 2
    assert main(["reflections", "hide", "--initiative", "Atelier", "--round", "W1", "nobody"]) == 2
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 3
    if lang.startswith("fr"):
        assert err == ["Aucun cycle «\u00a0nope\u00a0».", "3 mots ou expressions au plus.", err[2]]
        assert err[2].startswith("Aucune réflexion de ce cycle")


def test_reflections_show_nothing_below_the_group_size_then_merged_most_frequent_first(cli_db, capsys):
    create(capsys)
    where = ["--initiative", "Atelier", "--round", "W1"]
    show = ["reflections", "show", *where, "--format", "json"]
    assert main(["reflections", "add", *where, "La confiance", "du temps"]) == 0
    assert main(["reflections", "add", *where, "confiance"]) == 0
    assert run_json(capsys, *show) == {
        "initiative": "Atelier",
        "round": "W1",
        "contributors": 2,
        "shown": False,
        "entries": [],
    }
    assert main(["reflections", "add", *where, "Confiance !", "élan"]) == 0
    assert main(["reflections", "hide", *where, "ELAN"]) == 0
    document = run_json(capsys, *show)
    assert (document["contributors"], document["shown"]) == (3, True)
    assert document["entries"] == [
        {"text": "La confiance", "count": 3, "hidden": False},
        {"text": "du temps", "count": 1, "hidden": False},
        {"text": "élan", "count": 1, "hidden": True},
    ]
    assert main(["reflections", "hide", *where, "élan", "--show"]) == 0
    assert not any(e["hidden"] for e in run_json(capsys, *show)["entries"])
    assert main(["reflections", "show", *where]) == 0
    assert "3  La confiance" in capsys.readouterr().out
