"""Closing reflections in the Excel workbook ("Reflections" sheet) and in the HTML reports (each round's side by
side; a round report, its own): merged entries with counts, hidden ones and small groups left out."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from assessment.usecases import Services


@pytest.fixture
def initiative(services: Services, instrument) -> str:
    """Round "Avant" with three contributors (one entry hidden), round "Après" with two (below the group size)."""
    i = services.create_initiative(name="Atelier")
    before = services.create_round(initiative_id=i.id, label="Avant", on=date(2024, 1, 1), instrument=instrument)
    after = services.create_round(initiative_id=i.id, label="Après", on=date(2024, 6, 1), instrument=instrument)
    for texts in (["La confiance", "secret-word"], ["confiance"], ["Élan", "Confiance"]):
        services.add_paper_reflections(round_id=before.id, texts=texts)
    services.hide_reflection(round_id=before.id, text="secret-word")
    for texts in (["momentum"], ["momentum"]):
        services.add_paper_reflections(round_id=after.id, texts=texts)
    return "Atelier"


@pytest.mark.parametrize(("lang", "sheet", "headers"), [("en", "Reflections", ("Round", "Word or phrase", "People"))])
def test_the_workbook_has_a_reflections_sheet_of_shown_entries(services, initiative, lang, sheet, headers):
    book = load_workbook(io.BytesIO(services.excel_workbook(initiative=initiative, lang=lang)))
    rows = list(book[sheet].iter_rows(values_only=True))
    assert rows == [headers, ("Avant", "La confiance", 3), ("Avant", "Élan", 1)]


def test_the_workbook_sheet_is_named_in_french(services, initiative):
    book = load_workbook(io.BytesIO(services.excel_workbook(initiative=initiative, lang="fr")))
    assert "Mots de la fin" in book.sheetnames
    assert next(book["Mots de la fin"].iter_rows(values_only=True)) == ("Cycle", "Mot ou expression", "Personnes")


def test_the_initiative_report_sets_rounds_reflections_side_by_side(services, initiative):
    html = services.html_report(initiative=initiative, lang="en")
    section = html.split("Closing reflections", 1)[1]
    assert "La confiance (3)" in section and "Élan (1)" in section
    assert "Not shown: too few contributors (2)." in section
    assert section.index("Avant") < section.index("Après")
    assert "secret-word" not in html and "momentum" not in html


def test_a_round_report_shows_that_rounds_reflections_in_french(services, initiative):
    html = services.html_report(initiative=initiative, round_label="Avant", lang="fr")
    section = html.split("Mots de la fin", 1)[1]
    assert "La confiance (3)" in section and "secret-word" not in html
    other = services.html_report(initiative=initiative, round_label="Après", lang="fr")
    assert "trop peu de contributions (2)" in other and "momentum" not in other


def test_a_report_without_reflections_says_so(services, instrument):
    i = services.create_initiative(name="Vide")
    services.create_round(initiative_id=i.id, label="R1", on=date(2024, 1, 1), instrument=instrument)
    assert "No closing reflection." in services.html_report(initiative="Vide", lang="en")
