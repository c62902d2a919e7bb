"""Version 4 of the backup document: networks and their members (alias, the day each joined, consent and its
day) go into a backup and come back exactly; a replaced initiative keeps its memberships; a network already
in the database is merged into, nothing lost and nothing doubled; a hostile network part is refused in both
languages and writes nothing; a version 3 document still restores, as having no network."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from assessment.cli.main import main
from assessment.domain.errors import UserError
from assessment.formats.backup_document import VERSION, BackupRefused
from assessment.present.i18n import error_message
from assessment.store.models import Base
from assessment.usecases import Services
from tests.factories import csv_bytes, full_items


def stored_rows(services: Services) -> dict[str, int]:
    with services.reads() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}


def memberships(services: Services, network: str) -> list[tuple]:
    """Every member of ``network`` as the database holds it: name, label shown to others, consent."""
    return [(m.initiative, m.label, m.consented_at) for m in services.network_memberships(network=network)]


def without_generated_at(text: str) -> dict:
    return json.loads(text) | {"generated_at": 0}


def answered(services: Services, name: str) -> None:
    """An initiative with one round of two people, so there is something under it to replace."""
    rows = [{"participant": p, "item_id": i, "score": 3} for p in ("a", "b") for i in full_items()[:2]]
    services.import_file(data=csv_bytes(rows), initiative=name, label="R1", on=date(2026, 3, 1))


@pytest.fixture
def source(services: Services) -> Services:
    """Two networks (one empty), three initiatives: Alpha named in both, Bravo anonymous, Charlie outside."""
    for name in ("Alpha", "Bravo", "Charlie"):
        answered(services, name)
    services.create_network(name="Réseau « Est »")
    services.create_network(name="Vide")
    services.add_to_network(network="Réseau « Est »", initiative="Alpha", consent=True)
    services.add_to_network(network="Réseau « Est »", initiative="Bravo", consent=False)
    services.create_network(name="Ouest")
    services.add_to_network(network="Ouest", initiative="Alpha", consent=False)
    return services


@pytest.fixture
def target(databases) -> Services:
    return Services(url=databases.url("target"))


def test_a_whole_restore_gives_back_every_network_and_member_exactly(source, target):
    document = source.backup_json()

    summary = target.restore(document=document)

    assert without_generated_at(target.backup_json()) == without_generated_at(document)
    assert target.list_networks() == source.list_networks() == ["Ouest", "Réseau « Est »", "Vide"]
    for network in source.list_networks():
        assert memberships(target, network) == memberships(source, network)
    assert (summary.networks, summary.members) == (("Ouest", "Réseau « Est »", "Vide"), 3)
    assert (summary.merged_networks, summary.kept_members, summary.new_aliases) == ((), (), ())


def test_the_document_lists_networks_by_name_and_members_by_alias_with_consent_and_its_day(source):
    document = source.backup()
    assert document["version"] == VERSION == 4
    east = next(n for n in document["networks"] if n["name"] == "Réseau « Est »")
    assert set(east) == {"name", "created_at", "members"}
    assert [m["alias"] for m in east["members"]] == sorted(m["alias"] for m in east["members"])
    by_name = {m["initiative"]: m for m in east["members"]}
    assert set(by_name["Alpha"]) == {"initiative", "alias", "joined_at", "consented_at"}
    assert by_name["Alpha"]["consented_at"] is not None and by_name["Bravo"]["consented_at"] is None
    labels = {m.initiative: m.label for m in source.network_memberships(network="Réseau « Est »")}
    assert labels["Bravo"] == f"Initiative {by_name['Bravo']['alias']}"  # the label others see, from the alias
    assert next(n for n in document["networks"] if n["name"] == "Vide")["members"] == []


def test_a_backup_of_one_initiative_carries_its_own_memberships_only(source, target):
    document = json.loads(source.backup_json(initiative="Alpha"))
    assert [(n["name"], [m["initiative"] for m in n["members"]]) for n in document["networks"]] == [
        ("Ouest", ["Alpha"]),
        ("Réseau « Est »", ["Alpha"]),
    ]
    assert json.loads(source.backup_json(initiative="Charlie"))["networks"] == []

    summary = target.restore(document=json.dumps(document))

    assert target.list_networks() == ["Ouest", "Réseau « Est »"]  # created, as they were
    assert memberships(target, "Ouest") == memberships(source, "Ouest")
    assert memberships(target, "Réseau « Est »") == [
        m for m in memberships(source, "Réseau « Est »") if m[0] == "Alpha"
    ]
    assert (summary.networks, summary.members) == (("Ouest", "Réseau « Est »"), 2)


def test_replacing_an_initiative_keeps_the_memberships_it_has_now_with_alias_and_consent(source):
    document = source.backup_json(initiative="Bravo")  # before Bravo joins the network "Ouest"
    source.add_to_network(network="Ouest", initiative="Bravo", consent=False)
    source.add_to_network(network="Réseau « Est »", initiative="Bravo", consent=True)  # consents after the backup
    before = {n: memberships(source, n) for n in source.list_networks()}
    aliases = without_generated_at(source.backup_json())["networks"]

    summary = source.restore(document=document, replace=True)

    assert summary.replaced == ("Bravo",)
    assert {n: memberships(source, n) for n in source.list_networks()} == before
    assert without_generated_at(source.backup_json())["networks"] == aliases  # joined_at and aliases too
    assert sorted((m.network, m.initiative) for m in summary.kept_members) == [
        ("Ouest", "Bravo"),
        ("Réseau « Est »", "Bravo"),
    ]
    assert (summary.members, summary.merged_networks) == (0, ("Réseau « Est »",))


def test_a_whole_restore_over_itself_with_replace_changes_nothing_and_doubles_nothing(source):
    document = source.backup_json()
    rows = stored_rows(source)

    summary = source.restore(document=document, replace=True)

    assert without_generated_at(source.backup_json()) == without_generated_at(document)
    assert stored_rows(source) == rows
    assert len(summary.kept_members) == 3 and summary.members == 0 and summary.new_aliases == ()


def test_a_network_already_here_gets_the_backups_members_and_a_taken_alias_is_replaced_and_said(source, target):
    document = json.loads(source.backup_json(initiative="Bravo"))
    bravo = document["networks"][0]["members"][0]
    target.create_network(name="Réseau « Est »")
    answered(target, "Delta")
    delta = target.add_to_network(network="Réseau « Est »", initiative="Delta", consent=False)
    bravo["alias"] = delta.label.removeprefix("Initiative ")  # Delta here drew the alias Bravo had there

    summary = target.restore(document=json.dumps(document))

    assert summary.merged_networks == ("Réseau « Est »",) and summary.members == 1
    (changed,) = summary.new_aliases
    assert (changed.network, changed.initiative, changed.old_alias) == ("Réseau « Est »", "Bravo", bravo["alias"])
    assert changed.alias != bravo["alias"]
    after = {m.initiative: m for m in target.network_memberships(network="Réseau « Est »")}
    assert after["Delta"].label == delta.label  # the member already here keeps its label
    assert after["Bravo"].label == f"Initiative {changed.alias}" and after["Bravo"].consented_at is None
    again = next(n for n in target.backup()["networks"] if n["name"] == "Réseau « Est »")
    assert next(m for m in again["members"] if m["initiative"] == "Bravo")["joined_at"] == bravo["joined_at"]


def test_a_version_3_document_restores_as_having_no_network(source, target):
    document = json.loads(source.backup_json())
    document["version"] = 3
    del document["networks"]

    summary = target.restore(document=json.dumps(document))

    assert summary.initiatives == ("Alpha", "Bravo", "Charlie") and target.list_networks() == []
    assert (summary.networks, summary.members) == ((), 0)


def _east(document: dict) -> dict:
    return next(n for n in document["networks"] if n["name"] == "Réseau « Est »")


def _duplicate_alias(d: dict) -> None:
    members = _east(d)["members"]
    members[1]["alias"] = members[0]["alias"]


def _missing_initiative(d: dict) -> None:
    _east(d)["members"][0]["initiative"] = "Nobody"


def _long_name(d: dict) -> None:
    _east(d)["name"] = "x" * 10_000


def _twice(d: dict) -> None:
    d["networks"].append(dict(_east(d), members=[]))


HOSTILE = {
    "duplicate alias": (_duplicate_alias, "appears twice"),
    "member naming a missing initiative": (_missing_initiative, "no such initiative in the backup"),
    "10 000-character name": (_long_name, "10000 characters once cleaned; 1 to 200 allowed"),
    "network named twice": (_twice, "network 'Réseau « Est »' appears twice"),
    "a name of control characters only": (lambda d: _east(d).update(name=" \x00\x07 "), "0 characters once cleaned"),
    "alias of digits": (lambda d: _east(d)["members"][0].update(alias="12"), "pattern"),
    "alias as a number": (lambda d: _east(d)["members"][0].update(alias=1), "valid string"),
    "consent as a word": (lambda d: _east(d)["members"][0].update(consented_at="yes"), "datetime"),
    "members not a list": (lambda d: _east(d).update(members={}), "valid array"),
    "networks in version 3": (lambda d: d.update(version=3), "version 4 documents"),
    "unknown field": (lambda d: _east(d).update(colour="red"), "Extra inputs"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_network_part_is_refused_in_both_languages_and_nothing_is_written(source, case):
    document = json.loads(source.backup_json())
    break_it, detail = HOSTILE[case]
    break_it(document)
    rows, before = stored_rows(source), without_generated_at(source.backup_json())

    with pytest.raises(BackupRefused) as refused:
        source.restore(document=json.dumps(document), replace=True)

    assert refused.value.key == "restore_invalid" and detail in refused.value.params["detail"]
    assert "networks" in refused.value.params["where"] or refused.value.params["where"] == "(document)"
    assert error_message(refused.value, "en").startswith("The backup is not valid")
    assert error_message(refused.value, "fr").startswith("La sauvegarde n’est pas valide")
    assert stored_rows(source) == rows and without_generated_at(source.backup_json()) == before


def test_the_restore_command_says_what_it_did_to_networks_with_plurals_in_each_language(
    source, databases, tmp_path, capsys, monkeypatch
):
    path = tmp_path / "all.json"
    path.write_text(source.backup_json(), encoding="utf-8")
    monkeypatch.setenv("DATABASE_URL", databases.url("cli"))
    monkeypatch.delenv("IMPACT_LANG", raising=False)
    monkeypatch.setenv("LANG", "en_US.UTF-8")

    assert main(["restore", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Restored: 3 initiatives, 3 rounds, 6 participants, 12 answers, 0 actions, 3 networks, ")
    assert "3 network members added.\n" in out

    monkeypatch.setenv("LANG", "fr_CA.UTF-8")
    assert main(["restore", str(path), "--replace"]) == 0
    out = capsys.readouterr().out
    assert "3\u00a0réseaux, 0\u00a0membre de réseau ajouté." in out
    assert "Le réseau «\u00a0Ouest\u00a0» était déjà dans la base" in out
    assert "Alpha reste dans le réseau «\u00a0Ouest\u00a0» avec l’alias et le consentement" in out
    assert "Traceback" not in out


# ----- whatever networks the app stores restore identically -------------------------------------------------

NAMES = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)


@st.composite
def networks(draw) -> tuple[list[str], list[tuple[str, list[tuple[int, bool]]]]]:
    """Initiatives, and networks of any name each with some of them as members, named or anonymous."""
    initiatives = draw(st.lists(NAMES, min_size=1, max_size=4, unique=True))
    nets = draw(st.lists(NAMES, min_size=0, max_size=3, unique_by=str.strip))
    chosen = st.lists(
        st.tuples(st.integers(0, len(initiatives) - 1), st.booleans()), max_size=4, unique_by=lambda m: m[0]
    )
    return initiatives, [(name, draw(chosen)) for name in nets]


def test_whatever_networks_the_app_stores_back_up_and_restore_identically(services, databases):
    counter = iter(range(10**6))

    @settings(derandomize=True, max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(drawn=networks())
    def round_trip(drawn) -> None:
        n = next(counter)
        source, target = Services(url=databases.url(f"s{n}")), Services(url=databases.url(f"t{n}"))
        initiatives, nets = drawn
        try:
            names = [source.create_initiative(name=name).name for name in initiatives]
            for name, members in nets:
                network = source.create_network(name=name)
                for index, consent in members:
                    source.add_to_network(network=network, initiative=names[index], consent=consent)
        except UserError:
            assume(False)  # a name the app refuses (too long, blank, cleaned alike): tested elsewhere
        document = source.backup_json()

        target.restore(document=document)

        assert without_generated_at(target.backup_json()) == without_generated_at(document)
        for network in source.list_networks():
            assert memberships(target, network) == memberships(source, network)

    round_trip()
