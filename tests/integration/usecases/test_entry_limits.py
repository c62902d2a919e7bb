"""One set of limits at every entry point (issue 8, point 5): the questionnaire and facilitator screens
(the services they call), the CSV and Excel import, a restore and the command line clean text the same
way (domain/text.py) and refuse the same lengths, dates and sizes."""

from __future__ import annotations

import json
from datetime import date

import pytest

from assessment.domain import vocabulary
from assessment.domain.errors import FileTooLarge, ImportRejected, Invalid
from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_NAME
from assessment.formats.backup_document import BackupRefused
from assessment.usecases import Services
from tests.factories import csv_bytes, full_items

HOSTILE_NAME = "\x00Ana\tBen\x1b\u2028Carl "  # NUL, a tab, escape, a line separator
SURROGATE = "\ud800"  # no UTF-8 file can hold it, but a screen or a JSON escape can give it
CLEANED_NAME = "Ana Ben Carl"


def names_of(services: Services, initiative: str) -> list[str]:
    """The participants' names as stored, through a backup (what a restore would write back)."""
    document = json.loads(services.backup_json(initiative=initiative))
    return [rs["display_name"] for r in document["initiatives"][0]["rounds"] for rs in r["response_sets"]]


def one_participant_csv(name: str, **extra: str) -> bytes:
    row = {"participant": name, "item_id": full_items()[0], "score": "4", **extra}
    return csv_bytes([row], ("participant", "item_id", "score", *extra))


def test_a_hostile_name_is_cleaned_alike_on_the_questionnaire_the_import_and_a_restore(services, tmp_path):
    r = services.create_round_in(initiative="Screens", label="R", on=date(2026, 3, 1), status="open")
    token = services.join(code=r.join_code)
    services.update_profile(token=token, display_name=HOSTILE_NAME + SURROGATE, sector=None, role=None)
    services.import_file(data=one_participant_csv(HOSTILE_NAME), initiative="Import", label="R")
    assert names_of(services, "Screens") == [CLEANED_NAME]
    assert names_of(services, "Import") == [CLEANED_NAME]

    document = json.loads(services.backup_json(initiative="Import"))
    document["initiatives"][0]["name"] = "Restored"
    document["initiatives"][0]["rounds"][0]["join_code"] = "RESTOR"
    rs = document["initiatives"][0]["rounds"][0]["response_sets"][0]
    rs["token"], rs["display_name"] = "restored-token", HOSTILE_NAME + SURROGATE
    with pytest.raises(BackupRefused):  # the JSON escape \ud800 alone is not valid JSON text: refused whole
        services.restore(document=json.dumps(document))
    rs["display_name"] = HOSTILE_NAME
    services.restore(document=json.dumps(document))
    assert names_of(services, "Restored") == [CLEANED_NAME]


def test_the_longest_name_allowed_is_the_same_everywhere_once_cleaned(services):
    longest, too_long = "x" * MAX_DISPLAY_NAME + "\x00", "x" * (MAX_DISPLAY_NAME + 1)
    r = services.create_round_in(initiative="Screens", label="R", on=date(2026, 3, 1), status="open")
    token = services.join(code=r.join_code)
    services.update_profile(token=token, display_name=longest, sector=None, role=None)
    with pytest.raises(Invalid):
        services.update_profile(token=token, display_name=too_long, sector=None, role=None)

    services.import_file(data=one_participant_csv(longest), initiative="Import", label="R")
    with pytest.raises(ImportRejected) as refused:
        services.import_file(data=one_participant_csv(too_long), initiative="Import", label="R2")
    assert [key for _, key, _ in refused.value.faults] == ["participant_too_long"]

    document = json.loads(services.backup_json(initiative="Import"))
    document["initiatives"][0]["rounds"][0]["response_sets"][0]["display_name"] = too_long
    with pytest.raises(BackupRefused) as refused_restore:
        services.restore(document=json.dumps(document), replace=True)
    assert refused_restore.value.key == "restore_invalid"
    assert "display_name" in refused_restore.value.params["where"]


def test_initiative_names_and_descriptions_are_cleaned_and_limited_like_everything_else(services):
    created = services.create_initiative(name="\x00 Coalition\x07 ", description="ligne 1\r\nligne\x00 2\t!")
    assert (created.name, created.description) == ("Coalition", "ligne 1\nligne 2 !")
    with pytest.raises(Invalid):
        services.create_initiative(name="y" * (MAX_NAME + 1))
    with pytest.raises(Invalid):
        services.create_initiative(name="Long", description="z" * 2001)
    with pytest.raises(Invalid):
        services.create_initiative(name="\x00\x01\t")  # nothing left once cleaned


@pytest.mark.parametrize("on", [date(1899, 12, 31), date(3000, 1, 1), date(1, 1, 1)])
def test_a_date_outside_the_apps_range_is_refused_for_rounds_and_actions(services, on):
    initiative = services.create_initiative(name="Dates")
    with pytest.raises(Invalid) as refused:
        services.create_round(initiative_id=initiative.id, label="R", on=on)
    assert refused.value.key == "invalid_date"
    with pytest.raises(Invalid):
        services.add_action(initiative_id=initiative.id, dimension_id="equity", what="x", due=on)


@pytest.mark.parametrize("when", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00", "1899-12-31T00:00:00"])
def test_an_import_refuses_a_submission_time_out_of_range_as_a_fault_of_its_row(services, when):
    with pytest.raises(ImportRejected) as refused:
        services.import_file(data=one_participant_csv("Ana", submitted_at=when), initiative="I", label="R")
    assert [(row, key) for row, key, _ in refused.value.faults] == [(2, "submitted_at")]


def test_a_restore_refuses_a_timestamp_out_of_range_with_its_path(services):
    services.import_file(data=one_participant_csv("Ana"), initiative="I", label="R")
    document = json.loads(services.backup_json(initiative="I"))
    document["initiatives"][0]["rounds"][0]["response_sets"][0]["created_at"] = "0001-01-01T00:00:00+05:00"
    with pytest.raises(BackupRefused) as refused:
        services.restore(document=json.dumps(document), replace=True)
    assert refused.value.params["where"] == "initiatives[0].rounds[0].response_sets[0].created_at"


def test_files_larger_than_the_limit_are_refused_by_the_import_and_the_restore(services, monkeypatch):
    monkeypatch.setattr(vocabulary, "MAX_FILE_BYTES", 50)
    with pytest.raises(FileTooLarge):
        services.import_file(data=one_participant_csv("Ana" * 20), initiative="I", label="R")
    with pytest.raises(FileTooLarge):
        services.restore(document=b"{" + b" " * 60 + b"}")
    assert services.list_initiatives() == []


def test_a_name_typed_with_the_same_control_characters_finds_what_was_stored(services):
    services.import_file(data=one_participant_csv("Ana"), initiative="Coalition\tdu\x00 Nord", label=" R\n1 ")
    assert services.initiative(name="Coalition du Nord").name == "Coalition du Nord"
    assert services.find_round(initiative="Coalition\tdu Nord ", label="R\t1").label == "R 1"
    assert services.export_responses(initiative="Coalition du Nord", label="R\n1")
