"""User text is text in reports and exports too (issue 8, points 7 and 8): the HTML reports escape it, the
Excel workbook stores it as text (never a formula or a link), the responses CSV neutralises formulas."""

from __future__ import annotations

import io
from datetime import date
from html import escape

import pytest

from assessment.usecases import Services

NAME = "Zq1 <b>b</b> [x](https://evil.example) =1+1"
LABEL = '=HYPERLINK("https://evil.example","Zq2") <i>i</i> %{x}'
COMMENT = "-2+3 Zq3 <script>alert(1)</script>\n@SUM(A1)"
ACTION = "+Zq4 <a href='https://evil.example'>a</a>"


@pytest.fixture
def hostile(services: Services) -> Services:
    initiative = services.create_initiative(name=NAME)
    r = services.create_round(initiative_id=initiative.id, label=LABEL, on=date(2026, 3, 1), form="short")
    services.set_round_status(round_id=r.id, status="open")
    for n in range(3):
        token = services.join(code=r.join_code)
        items = services.participant_state(token=token).item_ids
        services.update_profile(token=token, display_name=f"=Zq5 {n}", sector="youth", role=None)
        services.save_answers(token=token, answers=dict.fromkeys(items, n + 2), comments={"equity": COMMENT})
        services.submit(token=token)
    services.add_action(initiative_id=initiative.id, dimension_id="equity", what=ACTION, owner=NAME, note=COMMENT)
    return services


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("one_round", [True, False])
def test_html_reports_escape_every_user_text(hostile: Services, lang: str, one_round: bool) -> None:
    page = hostile.html_report(initiative=NAME, round_label=LABEL if one_round else None, lang=lang)
    for raw in ("<b>b</b>", "<i>i</i>", "<script>alert(1)</script>", "<a href='https://evil.example'>"):
        assert raw not in page
    assert escape(NAME, quote=False) in page or escape(NAME) in page


def test_the_workbook_holds_user_text_as_text_never_as_formulas(hostile: Services) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(hostile.excel_workbook(initiative=NAME, lang="en")))
    texts = []
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                assert cell.hyperlink is None, (sheet.title, cell.coordinate)
                if isinstance(cell.value, str) and "Zq" in cell.value:
                    texts.append(cell.value)
    assert {NAME, LABEL, COMMENT, ACTION} <= set(texts)
    assert "=Zq5 0" in texts


def test_the_responses_csv_neutralises_every_text_cell_that_starts_like_a_formula(hostile: Services) -> None:
    text = hostile.export_responses(initiative=NAME).decode("utf-8-sig")
    quoted_label = LABEL.replace('"', '""')
    assert f'"\'{quoted_label}"' in text
    assert "'=Zq5 0" in text and "\"'-2+3 Zq3" in text
    assert ",=" not in text and ",+" not in text and ",-" not in text and ",@" not in text
