"""Facilitator: a round's results: verdict and why, index, fit, charts, disagreements, next steps, comments."""

import pandas as pd
import streamlit as st

from assessment.domain import scoring
from assessment.domain.errors import UserError
from assessment.domain.guide import guide_query
from assessment.present import charts
from views.ui import (
    dimension_title,
    lang,
    pick_initiative,
    pick_round,
    plain,
    require_facilitator,
    score,
    services,
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
verdict = result.verdict or "none"
box = {"ready": st.success, "emerging": st.warning, "not_ready": st.error}.get(verdict, st.info)
reasons = [
    tr(
        f"reason.{code}",
        dimension=dimension_title(instrument, d) if d else "",
        score=score(result.dimension(d).score, 2) if d else "",
    )
    for code, d in scoring.verdict_reasons(instrument, result)
]
box(tr("results.verdict_line", verdict=tr(f"verdict.{verdict}"), help=tr(f"verdict.{verdict}.help")))
st.markdown(f"**{tr('results.why')}**\n" + "\n".join(f"- {reason}" for reason in reasons))
if "fit_concern" in result.flags:
    st.warning(tr("flag.fit_concern"), icon=":material/warning:")
else:
    st.caption(tr("flag.fit_ok"))

# ---- charts -----------------------------------------------------------------------------------------
st.subheader(tr("results.radar"))
st.plotly_chart(
    charts.round_radar(instrument, L, result, report.round.label), config={"displayModeBar": False}, key="radar"
)
st.subheader(tr("results.bars"))
st.caption(tr("results.bars_caption"))
st.plotly_chart(charts.dimension_bars(instrument, L, result), config={"displayModeBar": False}, key="bars")

# ---- disagreements ----------------------------------------------------------------------------------
st.subheader(tr("results.disagreements"))
flagged_items = [i for i in report.items if i.discuss]
if not report.disagreements and not flagged_items:
    st.success(tr("results.no_disagreements"), icon=":material/handshake:")
else:
    st.write(tr("results.disagreements_intro", sd=score(instrument.disagreement.sd)))
    rows = [
        {
            tr("col.dimension"): dimension_title(instrument, d.id),
            tr("col.item"): "",
            tr("col.score"): score(d.score, 2),
            tr("col.sd"): score(d.sd, 2),
            tr("col.n"): d.n,
        }
        for d in report.disagreements
    ] + [
        {
            tr("col.dimension"): dimension_title(instrument, i.dimension_id),
            tr("col.item"): instrument.items[i.id].text.get(L),
            tr("col.score"): score(i.mean, 2),
            tr("col.sd"): score(i.sd, 2),
            tr("col.n"): i.n,
        }
        for i in flagged_items
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True)

# ---- next steps for dimensions of concern -----------------------------------------------------------
st.subheader(tr("results.next_steps"))
if not report.concerns:
    st.success(tr("results.no_concerns"), icon=":material/check:")
else:
    st.caption(tr("results.next_steps_intro"))
    for d in report.concerns:
        with st.container(border=True):
            st.markdown(f"**{dimension_title(instrument, d.id)}** — {score(d.score, 2)} ({tr('band.concern')})")
            st.write(instrument.dimensions[d.id].next_step.get(L))
            st.page_link(
                "views/guide.py",
                label=tr("guide.read_about", dimension=dimension_title(instrument, d.id)),
                icon=":material/menu_book:",
                query_params=guide_query(d.id),
            )

# ---- distribution of answers per item ---------------------------------------------------------------
st.subheader(tr("results.items"))
tabs = st.tabs([s.title.get(L) for s in instrument.sections])
for tab, section in zip(tabs, instrument.sections, strict=True):
    section_items = [i for i in report.items if instrument.section_of_dimension[i.dimension_id] == section.id]
    with tab:
        st.plotly_chart(
            charts.item_distribution(instrument, L, section_items),
            config={"displayModeBar": False},
            key=f"items_{section.id}",
        )

# ---- comments, shown as plain text ------------------------------------------------------------------
st.subheader(tr("results.comments"))
if not report.comments:
    st.caption(tr("results.no_comments"))
else:
    by_dimension: dict[str, list[str]] = {}
    for dimension_id, text, _item in report.comments:
        by_dimension.setdefault(dimension_id, []).append(text)
    for dimension_id in instrument.dimensions:
        if dimension_id in by_dimension:
            with st.expander(f"{dimension_title(instrument, dimension_id)} ({len(by_dimension[dimension_id])})"):
                for text in by_dimension[dimension_id]:
                    st.markdown(f"> {plain(text)}")
