"""Backup and restore: one JSON document, restored all or nothing, giving byte-identical exports."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from assessment.cli.main import main
from assessment.formats.backup_document import FORMAT, VERSION, BackupRefused
from assessment.store.models import Action, Answer, Comment, Initiative, ResponseSet, Round
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo import ROUNDS as DEMO_ROUNDS
from tests.databases import TestDatabases
from tests.factories import csv_bytes

DEMO_LABELS = [r.label for r in DEMO_ROUNDS]

TABLES = (Initiative, Round, ResponseSet, Answer, Comment, Action)


def new_services(databases: TestDatabases, name: str) -> Services:
    """Services over a new database, with the real instrument (data/instrument.yaml)."""
    return Services(url=databases.url(name))


def counts(services: Services) -> dict[str, int]:
    with services.reads() as session:
        return {m.__tablename__: session.scalar(select(func.count()).select_from(m)) for m in TABLES}


def without_generated_at(text: str) -> dict:
    document = json.loads(text)
    document.pop("generated_at")
    return document


@pytest.fixture
def source(databases: TestDatabases) -> Services:
    """The demo, plus what the demo lacks: a draft with dimension comments, and a submitted dimension comment."""
    services = new_services(databases, "source")
    services.load_demo()
    open_round = services.list_rounds(initiative_id=services.initiative(name=DEMO_INITIATIVE).id)[-1]
    draft = services.join(code=open_round.join_code)
    services.save_answers(token=draft, answers={"complexity_1": 2}, comments={"equity": "Pas encore « vu »"})
    submitted = services.join(code=open_round.join_code)
    items = services.participant_state(token=submitted).item_ids
    services.save_answers(token=submitted, answers=dict.fromkeys(items, 4), comments={"resources": "Merci; à suivre"})
    services.submit(token=submitted)
    _add_live_parts(services, open_round, submitted)
    return services


def _add_live_parts(services: Services, open_round, submitted: str) -> None:
    """Version 2: reflections (a participant's and paper ones, one hidden), parts, pacing, an archived round."""
    services.save_reflections(token=submitted, texts=["La confiance", "du temps"])
    services.add_paper_reflections(round_id=open_round.id, texts=["confiance"])
    services.add_paper_reflections(round_id=open_round.id, texts=["élan", "Temps"])
    services.hide_reflection(round_id=open_round.id, text="élan")
    services.set_paced(round_id=open_round.id, paced=True)
    services.open_section(round_id=open_round.id, section_id="fit", opened=True)
    services.show_part(round_id=open_round.id, part="reflections", shown=True)
    first = services.list_rounds(initiative_id=open_round.initiative_id)[0]
    services.archive_round(round_id=first.id, archived=True)
    services.create_presenter_link(round_id=open_round.id)  # never in a backup


@pytest.fixture
def target(databases: TestDatabases) -> Services:
    """An empty database."""
    return new_services(databases, "target")


def test_restoring_the_demo_into_an_empty_database_exports_byte_identical_responses_csv(source, target):
    before = source.export_responses(initiative=DEMO_INITIATIVE)
    document = source.backup_json(initiative=DEMO_INITIATIVE)

    summary = target.restore(document=document.encode("utf-8"))

    assert target.export_responses(initiative=DEMO_INITIATIVE) == before
    for r in source.list_rounds(initiative_id=source.initiative(name=DEMO_INITIATIVE).id):
        assert target.export_responses(initiative=DEMO_INITIATIVE, label=r.label) == source.export_responses(
            initiative=DEMO_INITIATIVE, label=r.label
        )
    assert summary.initiatives == (DEMO_INITIATIVE,) and summary.replaced == () and summary.new_codes == ()
    assert (summary.rounds, summary.participants) == (3, 18 + 22 + 25 + 2)
    assert summary.actions == 4
    assert counts(target) == counts(source)


def test_a_restored_database_backs_up_to_the_same_document_drafts_tokens_and_microseconds_included(source, target):
    document = source.backup_json()
    target.restore(document=document)

    assert without_generated_at(target.backup_json()) == without_generated_at(document)
    # What the CSV leaves out comes back too: a draft resumes by its token, with its answers and comment.
    draft = next(
        rs
        for rs in json.loads(document)["initiatives"][0]["rounds"][-1]["response_sets"]
        if rs["status"] == "draft" and rs["answers"]
    )
    state = target.participant_state(token=draft["token"])
    assert state.status == "draft" and state.answers == {"complexity_1": 2}
    assert state.comments == {"equity": "Pas encore « vu »"}
    rounds = target.list_rounds(initiative_id=target.initiative(name=DEMO_INITIATIVE).id)
    assert [(r.label, r.status, r.join_code) for r in rounds] == [
        (r.label, r.status, r.join_code)
        for r in source.list_rounds(initiative_id=source.initiative(name=DEMO_INITIATIVE).id)
    ]
    assert target.scores(initiative=DEMO_INITIATIVE, label=rounds[-1].label) == source.scores(
        initiative=DEMO_INITIATIVE, label=rounds[-1].label
    )
    target.join(code=rounds[-1].join_code)  # the open round's code still lets people in


def test_the_document_names_its_format_and_lists_everything_in_a_fixed_order(source):
    document = source.backup()
    assert (document["format"], document["version"]) == (FORMAT, VERSION)
    initiative = document["initiatives"][0]
    assert set(initiative) == {"name", "description", "created_at", "rounds", "actions", "decisions"}
    r = initiative["rounds"][0]
    assert set(r) == {
        "label",
        "date",
        "status",
        "form",
        "join_code",
        "results_revealed",
        "instrument_version",
        "instrument_snapshot",
        "created_at",
        "response_sets",
        "paced",
        "archived_at",
        "parts",
        "reflections",
        "hidden_reflections",
        "plan",
    }
    assert [x["label"] for x in initiative["rounds"]] == DEMO_LABELS
    rs = r["response_sets"][0]
    assert set(rs) == {
        "token",
        "display_name",
        "sector",
        "role",
        "status",
        "created_at",
        "updated_at",
        "submitted_at",
        "answers",
        "comments",
    }
    assert set(rs["answers"][0]) == {"item_id", "dimension_id", "score", "comment"}
    assert set(initiative["actions"][0]) == {
        "dimension_id",
        "what",
        "owner",
        "due",
        "status",
        "note",
        "created_at",
        "updated_at",
    }
    first, second = source.backup_json(), source.backup_json()
    assert without_generated_at(first) == without_generated_at(second)


def test_an_initiative_that_exists_is_refused_without_replace_and_nothing_changes(source):
    document = source.backup_json(initiative=DEMO_INITIATIVE)
    before, rows = source.export_responses(initiative=DEMO_INITIATIVE), counts(source)

    with pytest.raises(BackupRefused) as refused:
        source.restore(document=document)

    assert refused.value.key == "restore_exists"
    assert refused.value.params["names"] == DEMO_INITIATIVE
    assert source.export_responses(initiative=DEMO_INITIATIVE) == before
    assert counts(source) == rows
    assert [i.exists for i in source.inspect_backup(document=document).initiatives] == [True]


def test_replace_deletes_the_initiative_with_everything_under_it_and_restores_the_backup(source, tmp_path):
    other = source.create_initiative(name="Autre initiative")
    source.import_file(
        data=csv_bytes([{"participant": "Zoé", "item_id": "complexity_1", "score": 5}]),
        initiative="Autre initiative",
        label="R1",
    )
    source.add_action(initiative_id=other.id, dimension_id="equity", what="Inviter les jeunes")
    document = source.backup_json(initiative=DEMO_INITIATIVE)
    before, rows = source.export_responses(initiative=DEMO_INITIATIVE), counts(source)
    other_before = source.export_responses(initiative="Autre initiative")
    # After the backup the demo changes: a new round with answers, one more action.
    source.import_file(
        data=csv_bytes([{"participant": "Nouveau", "item_id": "urgency_1", "score": 1}]),
        initiative=DEMO_INITIATIVE,
        label="Later",
    )
    demo_id = source.initiative(name=DEMO_INITIATIVE).id
    source.add_action(initiative_id=demo_id, dimension_id="urgency", what="Later action")

    summary = source.restore(document=document, replace=True)

    assert summary.replaced == (DEMO_INITIATIVE,)
    assert source.export_responses(initiative=DEMO_INITIATIVE) == before
    assert "Later" not in [
        r.label for r in source.list_rounds(initiative_id=source.initiative(name=DEMO_INITIATIVE).id)
    ]
    assert counts(source) == rows  # no orphan answer, comment, response set or action is left behind
    assert source.export_responses(initiative="Autre initiative") == other_before
    assert [a.what for a in source.list_actions(initiative_id=other.id)] == ["Inviter les jeunes"]


BROKEN = {
    "truncated": ("restore_truncated", lambda doc: doc[: len(doc) // 2]),
    "cut at the last brace": ("restore_truncated", lambda doc: doc.rstrip()[:-1]),
    "corrupt": ("restore_not_json", lambda doc: doc.replace(',"rounds":[', ',"rounds":[}', 1)),
    "not UTF-8": ("restore_encoding", lambda doc: b"\xff\xfe" + doc.encode("utf-8")),
    "empty": ("restore_empty", lambda doc: "  \n"),
    "another JSON file": ("restore_wrong_format", lambda doc: json.dumps({"sections": []})),
    "a JSON list": ("restore_wrong_format", lambda doc: "[1, 2]"),
    "a newer version": (
        "restore_version",
        lambda doc: doc.replace(f'"version":{VERSION}', f'"version":{VERSION + 1}', 1),
    ),
    "a reflection too long": ("restore_invalid", lambda doc: doc.replace('"text":"élan"', f'"text":"{"é" * 61}"', 1)),
    "a reflection of nobody": (
        "restore_invalid",
        lambda doc: doc.replace('"response_set":"', '"response_set":"x', 1),
    ),
    "a score as text": ("restore_invalid", lambda doc: doc.replace('"score":4', '"score":"4"', 1)),
    "a score off the scale": ("restore_invalid", lambda doc: doc.replace('"score":4', '"score":7', 1)),
    "a missing field": ("restore_invalid", lambda doc: doc.replace('"results_revealed":true,', "", 1)),
    "an unknown round status": ("restore_invalid", lambda doc: doc.replace('"status":"closed"', '"status":"gone"', 1)),
    "an unknown item": ("restore_invalid", lambda doc: doc.replace('"item_id":"complexity_1"', '"item_id":"nope"', 1)),
    "a broken snapshot": (
        "restore_invalid",
        lambda doc: doc.replace('"instrument_snapshot":"{', '"instrument_snapshot":"{\\"x\\":1,', 1),
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_a_broken_file_is_refused_with_its_reason_and_nothing_is_written(case, source, target):
    key, breaking = BROKEN[case]
    document = breaking(source.backup_json(initiative=DEMO_INITIATIVE))
    before, rows = source.export_responses(initiative=DEMO_INITIATIVE), counts(source)

    for services, replace in ((target, False), (source, True)):  # even when asked to replace, nothing is deleted
        with pytest.raises(BackupRefused) as refused:
            services.restore(document=document, replace=replace)
        assert refused.value.key == key

    assert counts(target) == dict.fromkeys(counts(target), 0)
    assert source.export_responses(initiative=DEMO_INITIATIVE) == before
    assert counts(source) == rows


def test_an_invalid_document_says_where_the_first_fault_is(source, target):
    document = source.backup_json().replace('"score":4', '"score":9', 1)
    with pytest.raises(BackupRefused) as refused:
        target.restore(document=document)
    assert refused.value.params["where"].startswith("initiatives[0].rounds[0].response_sets[")
    assert refused.value.params["where"].endswith("].score")


def test_a_fault_found_while_writing_undoes_the_replacement_already_made(source, tmp_path):
    """The token of a participant of another initiative in the file: refused after the old initiative was
    deleted in the same transaction, which is rolled back."""
    source.import_file(
        data=csv_bytes([{"participant": "Zoé", "item_id": "complexity_1", "score": 5}]), initiative="Autre", label="R1"
    )
    other = json.loads(source.backup_json(initiative="Autre"))
    taken_token = other["initiatives"][0]["rounds"][0]["response_sets"][0]["token"]
    document = json.loads(source.backup_json(initiative=DEMO_INITIATIVE))
    document["initiatives"][0]["rounds"][0]["response_sets"][0]["token"] = taken_token
    before, rows = source.export_responses(initiative=DEMO_INITIATIVE), counts(source)

    with pytest.raises(BackupRefused) as refused:
        source.restore(document=json.dumps(document), replace=True)

    assert refused.value.key == "restore_token_taken"
    assert source.export_responses(initiative=DEMO_INITIATIVE) == before
    assert counts(source) == rows


def test_a_join_code_used_by_another_initiative_gets_a_new_code(source):
    document = json.loads(source.backup_json(initiative=DEMO_INITIATIVE))
    copy = document["initiatives"][0]
    copy["name"] = "Copie"
    for r in copy["rounds"]:
        for rs in r["response_sets"]:
            rs["token"] += "-copie"
        for e in r["reflections"]:
            e["response_set"] = e["response_set"] and e["response_set"] + "-copie"
    old_codes = [r["join_code"] for r in copy["rounds"]]

    summary = source.restore(document=json.dumps(document))

    assert [(c.initiative, c.old) for c in summary.new_codes] == [("Copie", code) for code in old_codes]
    demo = source.list_rounds(initiative_id=source.initiative(name=DEMO_INITIATIVE).id, include_archived=True)
    copy_rounds = source.list_rounds(initiative_id=source.initiative(name="Copie").id, include_archived=True)
    demo_codes, copy_codes = [r.join_code for r in demo], [r.join_code for r in copy_rounds]
    assert demo_codes == old_codes  # the rounds already here keep theirs
    assert copy_codes == [c.new for c in summary.new_codes]
    assert not set(copy_codes) & set(demo_codes)


def test_the_whole_database_goes_into_one_document_and_comes_back_whole(source, target):
    source.import_file(
        data=csv_bytes(
            [
                {"participant": "Zoé", "item_id": "complexity_1", "score": 5},
                {"participant": "Zoé", "item_id": "urgency_1", "score": None},
            ]
        ),
        initiative="Autre initiative",
        label="Printemps",
    )
    document = source.backup_json()
    assert [i["name"] for i in json.loads(document)["initiatives"]] == ["Autre initiative", DEMO_INITIATIVE]

    summary = target.restore(document=document)

    assert summary.initiatives == ("Autre initiative", DEMO_INITIATIVE)
    assert counts(target) == counts(source)
    for name in summary.initiatives:
        assert target.export_responses(initiative=name) == source.export_responses(initiative=name)
    demo_id = target.initiative(name=DEMO_INITIATIVE).id
    assert [
        (a.dimension_id, a.what, a.owner, a.due, a.status, a.note) for a in target.list_actions(initiative_id=demo_id)
    ] == [
        (a.dimension_id, a.what, a.owner, a.due, a.status, a.note)
        for a in source.list_actions(initiative_id=source.initiative(name=DEMO_INITIATIVE).id)
    ]


def test_a_backup_of_an_unknown_initiative_is_a_user_error(source):
    from assessment.domain.errors import NotFound

    with pytest.raises(NotFound):
        source.backup(initiative="Nobody")


# ----- command line ------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(databases, monkeypatch):
    url = databases.url("cli")
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("LANG", "en_US.UTF-8")
    monkeypatch.delenv("IMPACT_LANG", raising=False)
    return Services(url=url)


def test_the_backup_and_restore_commands_round_trip_and_refuse_an_existing_initiative(cli_db, tmp_path, capsys):
    cli_db.load_demo()
    before = cli_db.export_responses(initiative=DEMO_INITIATIVE)
    path = tmp_path / "backup.json"

    assert main(["backup", "--initiative", DEMO_INITIATIVE, "-o", str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["format"] == FORMAT

    assert main(["restore", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"Already in the database: {DEMO_INITIATIVE}. Nothing was restored" in err
    assert "Traceback" not in err

    assert main(["restore", str(path), "--replace"]) == 0
    out = capsys.readouterr().out
    assert "Restored: 1 initiative, 3 rounds, 65 participants, 3,250 answers, 4 actions.\n" in out
    assert f"Replaced: {DEMO_INITIATIVE}" in out
    assert cli_db.export_responses(initiative=DEMO_INITIATIVE) == before


def test_restoring_a_cut_off_file_prints_one_line_in_french_and_exits_2(cli_db, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    cli_db.load_demo()
    path = tmp_path / "backup.json"
    assert main(["backup", "-o", str(path)]) == 0
    path.write_bytes(path.read_bytes()[:5000])
    capsys.readouterr()

    assert main(["restore", str(path), "--replace"]) == 2

    err = capsys.readouterr().err.strip()
    assert err.startswith("Le fichier de sauvegarde est incomplet") and "\n" not in err
    assert main(["restore", str(tmp_path / "missing.json")]) == 2


def _live_state(services: Services) -> list:
    rounds = services.list_rounds(initiative_id=services.initiative(name=DEMO_INITIATIVE).id, include_archived=True)
    return [
        (r.label, r.paced, r.archived, services.round_parts(round_id=r.id), services.reflection_summary(round_id=r.id))
        for r in rounds
    ]


def test_reflections_parts_pacing_and_archiving_come_back_identical_but_no_access_token(source, target):
    document = source.backup_json(initiative=DEMO_INITIATIVE)
    assert json.loads(document)["version"] == VERSION
    target.restore(document=document)

    assert _live_state(target) == _live_state(source)
    last = _live_state(target)[-1]
    assert last[1] and last[3].opened == {"fit"} and last[3].shown == {"reflections"}
    ours = {"La confiance", "du temps", "élan"}  # beside the demo's own reflections
    assert [(e.text, e.count, e.hidden) for e in last[4].entries if e.text in ours] == [
        ("La confiance", 2, False),
        ("du temps", 2, False),
        ("élan", 1, True),
    ]
    assert _live_state(target)[0][2]  # the archived round
    assert '"presenter"' not in document and "access" not in document


def test_a_restored_participant_keeps_and_replaces_their_own_reflections(source, target):
    target.restore(document=source.backup_json(initiative=DEMO_INITIATIVE))
    (entry,) = [
        e
        for r in json.loads(source.backup_json())["initiatives"][0]["rounds"]
        for e in r["reflections"]
        if e["response_set"]
    ][:1]
    token = entry["response_set"]
    assert target.reflections_of(token=token) == ["La confiance", "du temps"]
    assert target.save_reflections(token=token, texts=["élan"]) == ["élan"]
    assert target.reflections_of(token=token) == ["élan"]


def test_a_version_1_document_still_restores_as_rounds_without_live_parts(source, target):
    document = json.loads(source.backup_json(initiative=DEMO_INITIATIVE))
    document["version"] = 1
    for r in document["initiatives"][0]["rounds"]:
        for key in ("paced", "archived_at", "parts", "reflections", "hidden_reflections"):
            del r[key]

    summary = target.restore(document=json.dumps(document))

    assert summary.rounds == 3
    assert target.export_responses(initiative=DEMO_INITIATIVE) == source.export_responses(initiative=DEMO_INITIATIVE)
    for _label, paced, archived, parts, reflections in _live_state(target):
        assert (paced, archived, parts.opened, parts.shown, reflections.contributors) == (False, False, set(), set(), 0)
    assert json.loads(target.backup_json())["version"] == VERSION
