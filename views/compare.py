"""Coordinator: an initiative's rounds over time: changes, trends, overlay, heat maps, bands, disagreement."""

import pandas as pd
import streamlit as st

from assessment.domain import action_plan
from assessment.domain.errors import UserError
from assessment.domain.guide import guide_query
from assessment.present import chart_text, charts, sentences, tables
from assessment.present.reflections import side_by_side
from views.ui import (
    day,
    dimension_title,
    labeller,
    lang,
    pick_initiative,
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
L = lang()
st.title(tr("page.compare"))

pick_initiative_column, pick_baseline = st.columns(2)
initiative_id, initiative_name = pick_initiative(
    pick_initiative_column, "compare_initiative_id", tr("compare.no_rounds")
)
rounds = svc.list_rounds(initiative_id=initiative_id)
if not rounds:
    st.info(tr("compare.no_rounds"))
    st.stop()
labels = {r.label: f"{r.label} ({day(r.date)})" for r in rounds}
if state.get("compare_baseline") not in labels:
    state.compare_baseline = rounds[0].label
pick_baseline.selectbox(
    tr("compare.baseline"),
    options=list(labels),
    format_func=labels.get,
    key="compare_baseline",
    help=tr("compare.baseline_help"),
)

try:
    comparison = svc.comparison(initiative=initiative_name, baseline=state.compare_baseline)
except UserError as error:
    show_user_error(error)
    st.stop()

instrument = svc.instrument_of_round(round_id=comparison.rounds[-1].round.id)
names = sentences.round_names(comparison, L)

# ---- round by round --------------------------------------------------------------------------------
st.header(tr("compare.summary"))
summary = tables.rounds_summary(comparison, L)
st.dataframe(pd.DataFrame(summary.rows, columns=summary.headers), hide_index=True)
for note in sentences.comparison_notes(comparison, instrument, L):
    if note.kind == "in_progress":
        st.caption(note.text)
    else:
        st.info(note.text, icon=":material/info:")

# ---- bands gained and lost -------------------------------------------------------------------------
st.header(tr("compare.bands"))
for step in sentences.band_changes(comparison, instrument, L):
    with st.container(border=True):
        st.markdown(f"**{plain(step.heading)}**")
        if not step.lines:
            st.caption(tr("compare.no_band_change"))
        for line in step.lines:
            icon = ":material/trending_up:" if line.gained else ":material/trending_down:"
            st.markdown(f"{icon} {line.text}")
paths = {d: action_plan.score_path(comparison, d) for d in instrument.dimensions}
latest_concerns = [d for d, path in paths.items() if action_plan.latest_band(path) == "concern"]


def guide_link(dimension_id: str) -> None:
    title = dimension_title(instrument, dimension_id)
    st.page_link(
        "views/guide.py",
        label=tr("guide.read_about", dimension=title),
        icon=":material/menu_book:",
        query_params=guide_query(dimension_id),
    )


if latest_concerns:
    with st.container(border=True):
        st.markdown(f"**{tr('guide.latest_concerns')}**")
        for d in latest_concerns:
            guide_link(d)

# ---- trends ----------------------------------------------------------------------------------------
st.header(tr("compare.sections"))
show_chart(
    charts.section_trend(instrument, L, comparison),
    chart_text.section_trend_text(instrument, L, comparison),
    "sections",
)

st.header(tr("compare.dimensions"))
section_titles = {s.id: s.title.get(L) for s in instrument.sections}
section_id = st.segmented_control(
    tr("compare.pick_section"),
    options=list(section_titles),
    format_func=section_titles.get,
    key="compare_section",
    default="conditions",
    required=True,
)
show_chart(
    charts.dimension_trend(instrument, L, comparison, section_id or "conditions"),
    chart_text.dimension_trend_text(instrument, L, comparison, section_id or "conditions"),
    "dims",
)

# ---- beside each trend: the dimension's score round by round and its actions -----------------------
st.markdown(f"**{tr('actions.compare')}**")
st.caption(tr("actions.compare_intro"))
st.page_link("views/actions.py", label=tr("actions.plan_link"), icon=":material/task_alt:")
actions = svc.list_actions(initiative_id=initiative_id)
status_label = labeller("action_status")


def round_name(point: action_plan.ScorePoint) -> str:
    return plain(point.round) + (f" ({tr('compare.in_progress')})" if point.in_progress else "")


for d in instrument.section(section_id or "conditions").dimensions:
    path = paths[d.id]
    with st.container(border=True):
        st.markdown(f"**{dimension_title(instrument, d.id)}**")
        st.markdown(
            " · ".join(
                f"{round_name(p)} **{score(p.score)}**"
                + (f" ({sentences.signed(p.delta_previous, L, 1)})" if p.delta_previous is not None else "")
                for p in path
            )
        )
        lines = []
        for a in (a for a in actions if a.dimension_id == d.id):
            parts = [f"**{status_label(a.status)}**", plain(a.what), plain(a.owner) or tr("actions.no_owner")]
            parts.append(tr("actions.due_on", date=day(a.due)) if a.due else tr("actions.no_due"))
            before, after = action_plan.around(path, a.due)
            if a.due and after is None:
                parts.append(tr("actions.effect_pending"))
            elif before and after:
                parts.append(
                    tr(
                        "actions.effect",
                        before=score(before.score),
                        before_round=plain(before.round),
                        after=score(after.score),
                        after_round=plain(after.round),
                        delta=sentences.signed(after.score - before.score, L, 1),
                    )
                )
            lines.append("- " + " · ".join(parts))
        st.markdown("\n".join(lines) if lines else tr("actions.none"))
        if action_plan.latest_band(path) == "concern":
            guide_link(d.id)

# ---- two rounds overlaid ---------------------------------------------------------------------------
st.header(tr("compare.radar"))
by_label = {c.round.label: c for c in comparison.rounds}
first, second = st.columns(2)
a = first.selectbox(tr("compare.round_a"), options=list(by_label), index=0, key="compare_a")
b = second.selectbox(tr("compare.round_b"), options=list(by_label), index=len(by_label) - 1, key="compare_b")
show_chart(
    charts.overlay_radar(instrument, L, comparison, [a, b]),
    chart_text.overlay_text(instrument, L, comparison, [a, b]),
    "overlay",
)

# ---- heat map --------------------------------------------------------------------------------------
st.header(tr("compare.heat_map"))
rows_kind = st.segmented_control(
    tr("compare.heat_rows"),
    options=["dimensions", "items"],
    format_func=labeller("compare.rows"),
    key="compare_rows",
    default="dimensions",
    required=True,
)
if rows_kind == "items":
    try:  # only when asked for: it reads every answer of every round
        item_means = svc.item_means_by_round(initiative=initiative_name)
    except UserError as error:
        show_user_error(error)
        st.stop()
    item_ids = [i for i in instrument.items if any(i in item_means[c.round.id] for c in comparison.rounds)]
    row_labels = [f"{i} — {instrument.items[i].text.get(L)[:50]}" for i in item_ids]
    values = [[item_means[c.round.id].get(i) for c in comparison.rounds] for i in item_ids]
    heat_text = chart_text.heat_text(L, row_labels, names, values)
    heat = charts.heat_map(
        L,
        row_labels,
        names,
        values,
        zmin=1,
        zmax=5,
        colorscale=charts.score_scale(instrument),
        colorbar=charts.band_colorbar(instrument, L),
    )
else:
    heat_text = chart_text.heat_map_text(instrument, L, comparison, "score")
    heat = charts.score_heat_map(instrument, L, comparison)
show_chart(heat, heat_text, "heat")

# ---- disagreement over time ------------------------------------------------------------------------
st.header(tr("compare.disagreement"))
st.caption(sentences.disagreement_intro(instrument, L, over_time=True))
show_chart(
    charts.disagreement_heat_map(instrument, L, comparison),
    chart_text.heat_map_text(instrument, L, comparison, "sd"),
    "sd",
)

# ---- closing reflections ---------------------------------------------------------------------------
st.header(tr("reflections.title"))
by_round = svc.reflections_by_round(initiative=initiative_name)
name_of = {c.round.id: name for c, name in zip(comparison.rounds, names, strict=True)}
reflections = side_by_side([(name_of.get(r.id, r.label), summary) for r, summary in by_round], L)
if reflections is None:
    st.caption(tr("reflections.none"))
else:
    st.caption(tr("reflections.intro"))
    st.dataframe(pd.DataFrame(reflections.rows, columns=reflections.headers), hide_index=True)
