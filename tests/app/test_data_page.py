"""The data screen: import with a preview (CSV and Excel, through the file uploader), backup, restore."""

from __future__ import annotations

import io
import json

import pytest
from openpyxl import Workbook

from assessment.domain.errors import ImportRejected
from assessment.present.i18n import NBSP, fault_lines, plain
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE
from tests.app.conftest import button, healthy, raw_keys, sent_to_the_gate, shown, title, tr
from tests.app.test_pages_render import render
from tests.factories import csv_bytes

LANGS = ["fr", "en"]
PAPER = csv_bytes(
    [
        {"participant": "Amira", "item_id": "complexity_1", "score": 4, "sector": "youth"},
        {"participant": "Amira", "item_id": "urgency_1", "score": None},
        {"participant": "Benoît", "item_id": "complexity_1", "score": 2, "comment": "**gras** <b>non</b>"},
    ],
    ("participant", "item_id", "score", "sector", "comment"),
)


def data_page(lang: str = "en"):
    at = render("views/data.py", lang, facilitator=True)
    assert healthy(at), [e.value for e in at.exception] + [e.value for e in at.error]
    return at


def upload(at, key: str, name: str, content: bytes, mime: str = "text/csv"):
    at.file_uploader(key=key).set_value((name, content, mime))
    return at.run()


def into_new_round(at, initiative: str = "Papier", label: str = "Printemps 2026"):
    """Choose "new initiative" and "new round" and name them."""
    at.selectbox(key="import_initiative").set_value("").run()
    at.text_input(key="import_new_initiative").set_value(initiative)
    at.text_input(key="import_new_round").set_value(label)
    return at.run()


def errors(at) -> list[str]:
    return [e.value for e in at.error]


@pytest.mark.parametrize("lang", LANGS)
def test_the_data_page_renders_its_three_parts_in_each_language(lang: str, demo) -> None:
    at = data_page(lang)
    assert title(at) == [tr("page.data", lang)]
    assert [t.label for t in at.tabs] == [
        tr(k, lang) for k in ("data.import_header", "data.backup_header", "data.restore_header")
    ]
    for key in ("data.import_intro", "data.backup_intro", "data.restore_intro", "data.initiative", "data.round"):
        assert shown(at, tr(key, lang)), key
    assert [u.label for u in at.file_uploader] == [tr("data.import_file", lang), tr("data.restore_file", lang)]
    assert [b.label for b in at.get("download_button")] == [tr("data.backup_download", lang)]
    assert at.selectbox(key="backup_scope").options == [tr("data.whole_database", lang), DEMO_INITIATIVE]
    assert raw_keys(at) == []


@pytest.mark.parametrize("lang", LANGS)
def test_an_uploaded_csv_is_previewed_then_imported_when_asked(lang: str, svc: Services) -> None:
    at = data_page(lang)
    upload(at, "import_file_0", "paper.csv", PAPER)
    at = into_new_round(at)

    assert healthy(at) and not errors(at)
    assert shown(at, tr("data.preview", lang))
    assert shown(at, tr("data.new_initiative", lang, name="Papier"))
    summary = {
        "fr": f"2{NBSP}personnes participantes et 3{NBSP}réponses, dont 1 «{NBSP}Je ne sais pas{NBSP}».",
        "en": "2 participants and 3 answers, 1 of them “Don't know”.",
    }
    assert shown(at, summary[lang])
    preview = at.dataframe[0].value
    assert list(preview[tr("data.col_participant", lang)]) == ["Amira", "Benoît"]
    assert list(preview[tr("data.col_row", lang)]) == [2, 4]
    assert svc.list_initiatives() == []  # a preview writes nothing

    button(at, tr("data.import_button", lang)).click().run()

    assert healthy(at) and not errors(at)
    imported = {
        "fr": f"Import terminé{NBSP}: 2{NBSP}personnes participantes et 3{NBSP}réponses dans «{NBSP}Papier{NBSP}» / "
        f"«{NBSP}Printemps 2026{NBSP}».",
        "en": "Import done: 2 participants and 3 answers in “Papier” / “Printemps 2026”.",
    }[lang]
    assert [s.value for s in at.success] == [plain(imported)]
    assert "**gras** <b>non</b>" in svc.export_responses(initiative="Papier").decode("utf-8-sig")
    assert not at.file_uploader(key="import_file_1").value  # a fresh uploader: the file cannot be imported twice


def test_an_excel_sheet_with_bad_rows_lists_every_fault_and_offers_no_import(svc: Services) -> None:
    workbook = Workbook()
    for row in (["participant", "item_id", "score"], ["Amira", "complexity_1", 4.0], [], ["Benoît", "nope", 7]):
        workbook.active.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    at = data_page("fr")
    upload(at, "import_file_0", "papier.xlsx", buffer.getvalue(), xlsx)
    at = into_new_round(at)

    assert healthy(at)
    expected = ImportRejected([(4, "unknown_item", {"item": "nope"}), (4, "score_range", {"value": "7"})])
    assert f"Fichier refusé{NBSP}: 2{NBSP}erreurs. Rien n’a été enregistré." in errors(at)
    listed = "\n".join(f"- {plain(line)}" for line in fault_lines(expected, "fr"))
    assert listed in [m.value for m in at.markdown]
    assert tr("data.import_button", "fr") not in [b.label for b in at.button]
    assert svc.list_initiatives() == []


def test_importing_into_an_existing_round_adds_to_it(svc: Services, demo) -> None:
    at = data_page("en")
    upload(at, "import_file_0", "paper.csv", PAPER)
    at.selectbox(key="import_initiative").set_value(DEMO_INITIATIVE).run()
    at.selectbox(key=f"import_round_{DEMO_INITIATIVE}").set_value(demo[0].label).run()

    assert shown(at, tr("data.existing_round", "en", label=plain(demo[0].label), form=tr("form.full", "en")))
    button(at, tr("data.import_button", "en")).click().run()

    assert healthy(at) and not errors(at)
    assert svc.response_counts(round_id=demo[0].id)["submitted"] == 18 + 2


@pytest.mark.parametrize("lang", LANGS)
def test_restoring_shows_what_the_file_holds_refuses_an_existing_initiative_then_replaces_it(lang, svc, demo) -> None:
    document = svc.backup_json().encode("utf-8")
    before = svc.export_responses(initiative=DEMO_INITIATIVE)
    at = data_page(lang)
    upload(at, "restore_file_0", "backup.json", document, "application/json")

    contents = at.dataframe[0].value
    assert list(contents[tr("data.col_initiative", lang)]) == [DEMO_INITIATIVE]
    assert list(contents[tr("data.col_participants", lang)]) == [65]
    assert list(contents[tr("data.col_exists", lang)]) == [tr("data.yes", lang)]
    warning = tr("data.restore_exists_warning", lang, names=plain(DEMO_INITIATIVE))
    assert [w.value for w in at.warning] == [warning]

    button(at, tr("data.restore_button", lang)).click().run()
    # The name is what a user typed: escaped in the markdown so it shows literally.
    assert errors(at) == [tr("error.restore_exists", lang, names=plain(DEMO_INITIATIVE), count=1)]

    upload(at, "restore_file_0", "backup.json", document, "application/json")
    at.checkbox(key="restore_replace").check().run()
    button(at, tr("data.restore_button", lang)).click().run()

    assert healthy(at) and not errors(at)
    counts = {
        "fr": f"1{NBSP}initiative, 3{NBSP}cycles, 65{NBSP}personnes participantes, 3{NBSP}250{NBSP}réponses, "
        f"4{NBSP}actions",
        "en": "1 initiative, 3 rounds, 65 participants, 3,250 answers, 4 actions",
    }[lang]
    restored = tr("backup.restored", lang, counts=counts)
    replaced = tr("backup.replaced", lang, name=DEMO_INITIATIVE)
    assert [s.value for s in at.success] == [plain(restored), plain(replaced)]
    assert svc.export_responses(initiative=DEMO_INITIATIVE) == before


def test_a_cut_off_backup_is_refused_with_a_clear_message(svc: Services, demo) -> None:
    document = svc.backup_json().encode("utf-8")
    at = data_page("en")
    upload(at, "restore_file_0", "backup.json", document[: len(document) // 3], "application/json")

    assert healthy(at)
    assert errors(at) == [tr("error.restore_truncated", "en")]
    assert tr("data.restore_button", "en") not in [b.label for b in at.button]


def test_a_timestamp_out_of_range_is_a_fault_of_its_row_not_an_unexpected_error(svc: Services) -> None:
    """Issue 8: a time zone at the edge of Python's dates made the screen say "unexpected error"."""
    rows = [{"participant": "Amira", "item_id": "complexity_1", "score": 4, "submitted_at": "0001-01-01T00:00+05:00"}]
    at = data_page("en")
    upload(at, "import_file_0", "paper.csv", csv_bytes(rows, ("participant", "item_id", "score", "submitted_at")))
    at = into_new_round(at)

    assert healthy(at)
    expected = ImportRejected([(2, "submitted_at", {"value": "0001-01-01T00:00+05:00"})])
    assert "File refused: 1 fault. Nothing was saved." in errors(at)
    assert "\n".join(f"- {plain(line)}" for line in fault_lines(expected, "en")) in [m.value for m in at.markdown]
    assert svc.list_initiatives() == []


@pytest.mark.parametrize(
    "document", [b"[" * 100_000, b'{"format":"impact-readiness-backup","version":' + b"9" * 5000 + b"}"]
)
def test_a_backup_too_deep_or_with_a_huge_number_is_refused_with_a_clear_message(document: bytes) -> None:
    at = data_page("en")
    upload(at, "restore_file_0", "backup.json", document, "application/json")

    assert healthy(at)
    assert len(errors(at)) == 1 and errors(at)[0].startswith(
        tr("error.restore_not_json", "en", line=1, column=1, detail="")[:12]
    )
    assert tr("data.restore_button", "en") not in [b.label for b in at.button]


def test_a_participant_session_cannot_reach_the_data_page(demo) -> None:
    at = render("views/join.py", "en")
    assert sent_to_the_gate(at, "views/data.py")  # a bookmark asks for the passcode first
    assert not shown(at, demo[-1].join_code)


def _demo_network_state(services: Services) -> list[tuple]:
    from assessment.usecases.demo_network import DEMO_NETWORK

    view = services.network_view(network=DEMO_NETWORK)
    members = [(m.initiative, m.label, m.consented_at) for m in services.network_memberships(network=DEMO_NETWORK)]
    return [members, [(row.label, row.named, row.index) for row in view.members]]


def test_the_demo_network_restored_into_an_empty_database_comes_back_whole(svc: Services, databases) -> None:
    from assessment.usecases.demo_network import DEMO_NETWORK

    source = Services(url=databases.url("source"))
    source.load_demo()
    source.load_demo_network()
    document = source.backup_json().encode("utf-8")
    at = data_page("fr")
    upload(at, "restore_file_0", "backup.json", document, "application/json")
    assert tr("data.restore_networks.one", "fr", count=1, names=plain(DEMO_NETWORK)) in [m.value for m in at.markdown]

    button(at, tr("data.restore_button", "fr")).click().run()

    assert healthy(at) and not errors(at)
    assert at.success[0].value.endswith(plain(f"1{NBSP}réseau, 5{NBSP}membres de réseau ajoutés."))
    assert _demo_network_state(svc) == _demo_network_state(source)
    assert json.loads(svc.backup_json())["networks"] == json.loads(document)["networks"]


def test_restoring_the_demo_network_over_itself_keeps_every_membership_and_says_so(svc: Services) -> None:
    from assessment.usecases.demo_network import DEMO_NETWORK, MEMBERS

    svc.load_demo()
    svc.load_demo_network()
    document = svc.backup_json().encode("utf-8")
    before = _demo_network_state(svc)
    at = data_page("en")
    upload(at, "restore_file_0", "backup.json", document, "application/json")
    at.checkbox(key="restore_replace").check().run()
    button(at, tr("data.restore_button", "en")).click().run()

    assert healthy(at) and not errors(at)
    shown = [s.value for s in at.success]
    assert plain(tr("backup.network_merged", "en", name=DEMO_NETWORK)) in shown
    for member in MEMBERS:
        assert plain(tr("backup.member_kept", "en", initiative=member.name, network=DEMO_NETWORK)) in shown
    assert _demo_network_state(svc) == before
    assert json.loads(svc.backup_json())["networks"] == json.loads(document)["networks"]
