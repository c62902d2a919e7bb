"""Facilitator: a round's scores by sector or by role, small groups hidden so subtraction cannot reveal them."""

import pandas as pd
import streamlit as st

from assessment.domain.anonymity import BY
from assessment.domain.errors import UserError
from assessment.present import breakdown_charts
from views.ui import (
    labeller,
    lang,
    pick_initiative,
    pick_round,
    require_facilitator,
    services,
    show_chart,
    show_user_error,
    tr,
)

require_facilitator()
state = st.session_state
svc = services()
L = lang()
st.title(tr("page.breakdown"))

pick_initiative_column, pick_round_column = st.columns(2)
initiative_id, _ = pick_initiative(pick_initiative_column, "breakdown_initiative_id", tr("results.no_rounds"))
chosen_round = pick_round(pick_round_column, initiative_id, "breakdown_round_id", tr("results.no_rounds"))
by = st.segmented_control(
    tr("breakdown.by"),
    options=list(BY),
    format_func=labeller("breakdown.by"),
    key="breakdown_by",
    default="sector",
    required=True,
)

try:
    report = svc.round_breakdown(round_id=chosen_round.id, by=by or "sector")
except UserError as error:
    show_user_error(error)
    st.stop()

b, instrument = report.breakdown, report.instrument
st.caption(tr("breakdown.rule", n=b.min_group_size))
if not b.total.participants:
    st.info(tr("results.empty"), icon=":material/hourglass_empty:")
    st.stop()
if all(g.hidden for g in b.groups):
    st.info(tr("breakdown.all_hidden", n=b.min_group_size), icon=":material/visibility_off:")

st.header(tr("breakdown.people"))
st.dataframe(
    pd.DataFrame(
        {
            tr("breakdown.col_group"): [breakdown_charts.group_label(b.by, g.id, L) for g in (b.total, *b.groups)],
            tr("breakdown.col_people"): [breakdown_charts.people(b, g, L) for g in (b.total, *b.groups)],
        }
    ),
    hide_index=True,
)

st.header(tr("breakdown.sections"))
show_chart(
    breakdown_charts.section_heat_map(instrument, L, b),
    breakdown_charts.heat_map_text(instrument, L, b, "sections"),
    "breakdown_sections",
)
st.header(tr("breakdown.dimensions"))
st.caption(breakdown_charts.colour_legend(instrument, L))
show_chart(
    breakdown_charts.dimension_heat_map(instrument, L, b),
    breakdown_charts.heat_map_text(instrument, L, b, "dimensions"),
    "breakdown_dimensions",
)
