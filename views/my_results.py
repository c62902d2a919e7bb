"""After submitting: the participant's own profile, and the group's once revealed and large enough."""

import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.vocabulary import MAX_REFLECTION, MAX_REFLECTIONS
from assessment.present import chart_text, charts
from views.ui import (
    lang,
    plain,
    reporting,
    require_participant,
    score,
    services,
    show_chart,
    show_reported,
    show_user_error,
    tr,
)

state = st.session_state
st.title(tr("page.my_results"))

participant = require_participant()
if participant.status != "submitted":
    st.info(tr("my.not_submitted"))
    st.page_link("views/questionnaire.py", label=tr("join.continue"), icon=":material/checklist:")
    st.stop()
try:
    results = services().participant_results(token=participant.token)
except UserError as error:
    show_user_error(error)
    st.stop()

instrument = participant.instrument
if state.pop("show_thanks", False):
    st.success(tr("q.submitted"), icon=":material/task_alt:")
st.caption(plain(f"{participant.round.initiative} — {participant.round.label}"))


def save_reflection() -> None:
    texts = [state.get(f"reflection_{n}") or "" for n in range(MAX_REFLECTIONS)]
    with reporting("reflection_error"):
        services().save_reflections(token=participant.token, texts=texts)
        state.reflection_saved = True


with st.container(border=True):
    st.header(tr("my.reflection"))
    st.write(tr("my.reflection_prompt", n=MAX_REFLECTIONS, max=MAX_REFLECTION))
    given = services().reflections_of(token=participant.token)
    with st.form("reflection"):
        for n in range(MAX_REFLECTIONS):
            st.text_input(
                tr("my.reflection_entry", n=n + 1),
                value=given[n] if n < len(given) else "",
                max_chars=MAX_REFLECTION,
                key=f"reflection_{n}",
            )
        st.form_submit_button(tr("my.reflection_send"), on_click=save_reflection, icon=":material/send:")
    show_reported("reflection_error")
    if state.pop("reflection_saved", False):
        st.success(tr("my.reflection_saved"), icon=":material/favorite:")

st.write(tr("my.intro"))
if results.group_hidden_reason == "not_revealed":
    st.info(tr("my.group_not_revealed"), icon=":material/visibility_off:")
elif results.group_hidden_reason == "too_few":
    st.info(tr("my.group_too_few", n=instrument.min_group_size), icon=":material/group:")
if results.group_hidden_reason and st.button(tr("my.refresh"), icon=":material/refresh:"):
    st.rerun()

if results.group is not None:
    group = results.group
    col1, col2, col3 = st.columns(3)
    col1.metric(tr("results.participants"), group.participants)
    col2.metric(tr("results.index"), score(group.index, 0), help=tr("results.index_help"))
    col3.metric(tr("results.verdict"), tr(f"verdict.{group.verdict or 'none'}"))

series = {tr("my.you"): results.own}
if results.group is not None:
    series[tr("my.group")] = {d.id: d.score for d in results.group.dimensions}
# The data behind the chart as a Markdown table of escaped text: no data-frame library on a participant's page.
show_chart(
    charts.profile_bars(instrument, lang(), results.own, results.group),
    chart_text.series_scores(instrument, lang(), series),
    "profile",
    expanded=True,  # on a phone the table reads better than the chart
)
