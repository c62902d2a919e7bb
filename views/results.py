"""Facilitator: a round's results: verdict and why, index, fit, charts, disagreements, next steps, comments, and the
equity lens (gaps of community members and youth, who answered, questions for the debrief)."""

import pandas as pd
import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.guide import guide_query
from assessment.present import chart_text, charts, equity_charts, sentences, tables
from views.ui import (
    lang,
    pick_initiative,
    pick_round,
    plain,
    require_facilitator,
    score,
    services,
    show_chart,
    show_user_error,
    tr,
)

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.results"))

pick_initiative_column, pick_round_column = st.columns(2)
initiative_id, _ = pick_initiative(pick_initiative_column, "results_initiative_id", tr("results.no_rounds"))
chosen_round = pick_round(pick_round_column, initiative_id, "results_round_id", tr("results.no_rounds"))

try:
    report = svc.round_report(round_id=chosen_round.id)
except UserError as error:
    show_user_error(error)
    st.stop()

instrument, result = report.instrument, report.result
L = lang()

metrics = st.columns(4)
metrics[0].metric(tr("results.participants"), result.participants)
metrics[1].metric(tr("results.drafts"), report.drafts)
metrics[2].metric(tr("results.index"), score(result.index, 0), help=tr("results.index_help"))
metrics[3].metric(tr("results.fit"), score(result.section("fit").score))
if result.participants == 0:
    st.info(tr("results.empty"), icon=":material/hourglass_empty:")
    st.stop()

# ---- verdict and its reason in words ---------------------------------------------------------------
verdict = sentences.verdict(instrument, result, L)
box = {"ready": st.success, "emerging": st.warning, "not_ready": st.error}.get(verdict.code, st.info)
box(tr("results.verdict_line", verdict=verdict.name, help=verdict.help))
st.markdown(f"**{tr('results.why')}**\n" + "\n".join(f"- {reason}" for reason in verdict.reasons))
if verdict.fit_concern:
    st.warning(verdict.fit, icon=":material/warning:")
else:
    st.caption(verdict.fit)

# ---- charts -----------------------------------------------------------------------------------------
st.header(tr("results.radar"))
scores_text = chart_text.round_scores(instrument, L, result)
show_chart(charts.round_radar(instrument, L, result, report.round.label), scores_text, "radar")
st.header(tr("results.bars"))
st.caption(tr("results.bars_caption"))
show_chart(charts.dimension_bars(instrument, L, result), scores_text, "bars")

# ---- disagreements ----------------------------------------------------------------------------------
st.header(tr("results.disagreements"))
flagged = tables.disagreement_table(instrument, report.disagreements, report.items, L)
if not flagged.rows:
    st.success(tr("results.no_disagreements"), icon=":material/handshake:")
else:
    st.write(sentences.disagreement_intro(instrument, L))
    st.dataframe(pd.DataFrame(flagged.rows, columns=flagged.headers), hide_index=True)

# ---- next steps for dimensions of concern -----------------------------------------------------------
st.header(tr("results.next_steps"))
if not report.concerns:
    st.success(tr("results.no_concerns"), icon=":material/check:")
else:
    st.caption(tr("results.next_steps_intro"))
    for step in sentences.next_steps(instrument, report.concerns, L):
        with st.container(border=True):
            st.markdown(f"**{step.title}** — {step.score} ({tr('band.concern')})")
            st.write(step.text)
            st.page_link(
                "views/guide.py",
                label=tr("guide.read_about", dimension=step.title),
                icon=":material/menu_book:",
                query_params=guide_query(step.dimension_id),
            )

# ---- distribution of answers per item ---------------------------------------------------------------
st.header(tr("results.items"))
tabs = st.tabs([s.title.get(L) for s in instrument.sections])
for tab, section in zip(tabs, instrument.sections, strict=True):
    section_items = [i for i in report.items if instrument.section_of_dimension[i.dimension_id] == section.id]
    with tab:
        show_chart(
            charts.item_distribution(instrument, L, section_items),
            chart_text.item_answers(instrument, L, section_items),
            f"items_{section.id}",
        )

# ---- comments, shown as plain text ------------------------------------------------------------------
st.header(tr("results.comments"))
groups = sentences.comments_by_dimension(instrument, report.comments, L)
if not groups:
    st.caption(tr("results.no_comments"))
for group in groups:
    with st.expander(group.heading):
        for text in group.texts:
            st.markdown(f"> {plain(text)}")

# ---- equity lens: gaps of community members and youth, who answered, questions for the debrief ------------
st.header(tr("equity.title"))
try:
    equity = svc.round_equity(round_id=chosen_round.id)
except UserError as error:
    show_user_error(error)
    st.stop()
lens = equity.lens
st.write(tr("equity.intro"))
st.caption(tr("equity.rule", n=lens.min_group_size))
st.markdown("\n".join(f"- {plain(equity_charts.group_count(lens, g, L))}" for g in lens.groups))
st.subheader(tr("equity.gaps"))
show_chart(equity_charts.gap_figure(instrument, L, lens), equity_charts.gap_text(instrument, L, lens), "equity_gaps")
st.subheader(tr("equity.who"))
by_sector, by_role = equity_charts.who_answered(lens, L)
sector_column, role_column = st.columns(2)
who = ((sector_column, "equity.by_sector", by_sector), (role_column, "equity.by_role", by_role))
for column, heading, table in who:
    column.markdown(f"**{tr(heading)}**")
    column.dataframe(pd.DataFrame(table.rows, columns=table.headers), hide_index=True)
if absent := equity_charts.absent_sentence(lens, L):
    st.caption(absent)
st.subheader(tr("equity.structures"))
structures = equity_charts.structures_table(lens, L)
st.dataframe(pd.DataFrame(structures.rows, columns=structures.headers), hide_index=True)
st.caption(tr("equity.structures_note"))
st.subheader(tr("equity.prompts"))
st.caption(tr("equity.prompts_intro"))
st.markdown("\n".join(f"- {plain(prompt)}" for prompt in equity_charts.prompts(instrument, lens, L)))
