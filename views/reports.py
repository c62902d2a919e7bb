"""Coordinator: reports and exports: responses CSV, Excel workbook and standalone HTML report."""

from functools import partial

import streamlit as st

from assessment.present.files import XLSX_MIME, file_stem
from assessment.present.i18n import LANGS, LANGUAGE_NAMES
from views.ui import day, lang, pick_initiative, require_facilitator, services, tr

WHOLE = ""  # the scope option "whole initiative" (a round label is never empty)

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.reports"))
st.write(tr("exports.intro"))

initiative_id, initiative_name = pick_initiative(st, "reports_initiative_id", tr("exports.no_initiative"))
rounds = svc.list_rounds(initiative_id=initiative_id)
if not rounds:
    st.info(tr("exports.no_rounds"))
    st.stop()

scopes = {WHOLE: tr("exports.whole_initiative")} | {r.label: f"{r.label} ({day(r.date)})" for r in rounds}
if state.get("reports_scope") not in scopes:
    state.reports_scope = WHOLE
if state.get("reports_lang") not in LANGS:
    state.reports_lang = lang()
pick_scope, pick_lang = st.columns([2, 1])
pick_scope.selectbox(tr("exports.scope"), options=list(scopes), format_func=scopes.get, key="reports_scope")
pick_lang.segmented_control(
    tr("exports.language"), options=list(LANGS), format_func=LANGUAGE_NAMES.get, key="reports_lang", required=True
)
round_label = state.reports_scope or None
file_lang = state.reports_lang or lang()
stem = file_stem(initiative_name, round_label)

# Files are built when their button is clicked (a callable), not at every rerun of the page.
csv_column, xlsx_column, html_column = st.columns(3)
with csv_column.container(border=True):
    st.download_button(
        tr("exports.csv"),
        data=partial(svc.export_responses, initiative=initiative_name, label=round_label),
        file_name=f"{stem}.csv",
        mime="text/csv",
        icon=":material/table_view:",
        on_click="ignore",
        key="download_csv",
    )
    st.caption(tr("exports.csv_help"))
with xlsx_column.container(border=True):
    st.download_button(
        tr("exports.xlsx"),
        data=partial(svc.excel_workbook, initiative=initiative_name, lang=file_lang),
        file_name=f"{file_stem(initiative_name)}.xlsx",
        mime=XLSX_MIME,
        icon=":material/grid_on:",
        on_click="ignore",
        key="download_xlsx",
    )
    st.caption(tr("exports.xlsx_help"))
with html_column.container(border=True):
    st.download_button(
        tr("exports.html"),
        data=partial(svc.html_report, initiative=initiative_name, round_label=round_label, lang=file_lang),
        file_name=f"{stem}-{file_lang}.html",
        mime="text/html",
        icon=":material/description:",
        on_click="ignore",
        key="download_html",
    )
    st.caption(tr("exports.html_help"))
