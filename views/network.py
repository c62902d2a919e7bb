"""Facilitator: networks of initiatives on one shared measure: members side by side (anonymous unless they
consented), the network's spread per dimension, one member against the network, membership and consent."""

from functools import partial

import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.network import MIN_INITIATIVES
from assessment.present import network_charts, network_tables
from assessment.present.files import XLSX_MIME, file_stem
from assessment.present.i18n import format_score, plain, tn
from views.ui import (
    day,
    lang,
    markdown_table,
    require_facilitator,
    services,
    show_chart,
    show_user_error,
    tr,
)

require_facilitator()
svc = services()
L = lang()
instrument = svc.current_instrument()
st.title(tr("page.network"))
st.caption(tr("network.intro"))


def _create_form() -> None:
    with st.form("network_create"):
        name = st.text_input(tr("network.name"), max_chars=200)
        if st.form_submit_button(tr("network.create_button"), icon=":material/add:"):
            try:
                st.success(tr("network.created", name=plain(svc.create_network(name=name))))
            except UserError as error:
                show_user_error(error)


def _members_admin(network: str) -> None:
    """Who is in the network, by name, with their consent; add, update or remove a member."""
    st.caption(tr("network.members_admin_help"))
    members = svc.network_memberships(network=network)
    if members:
        rows = [
            [
                m.initiative,
                tr("network.consented_on", when=day(m.consented_at.date()))
                if m.consented_at
                else tr("network.anonymous"),
            ]
            for m in members
        ]
        markdown_table([tr("network.initiative"), tr("network.col_named")], rows)
    else:
        st.info(tr("network.no_members"))
    names = [i.name for i in svc.list_initiatives()]
    with st.form("network_add"):
        initiative = st.selectbox(tr("network.initiative"), names, key="network_add_initiative")
        consent = st.checkbox(tr("network.consent"), key="network_add_consent")
        add = st.form_submit_button(tr("network.add"), icon=":material/group_add:")
        remove = st.form_submit_button(tr("network.remove"), icon=":material/group_remove:")
    if not (add or remove) or initiative is None:
        return
    try:
        if remove:
            svc.remove_from_network(network=network, initiative=initiative)
            st.success(tr("network.removed", initiative=plain(initiative)))
        else:
            m = svc.add_to_network(network=network, initiative=initiative, consent=consent)
            key = "network.added" if m.added else "network.updated"
            st.success(tr(key, initiative=plain(m.initiative), label=plain(m.label)))
    except UserError as error:
        show_user_error(error)


def _notes(contributing: int, left_out, minimum: int) -> None:
    for line in network_tables.notes(contributing, left_out, minimum, L):
        st.info(line, icon=":material/info:")


def _next_step(sentence: str | None) -> None:
    """What to do next, as the chart above shows it (dimension titles come from the instrument, not the user)."""
    if sentence:
        st.info(plain(sentence), icon=":material/lightbulb:")


def _coordinator(network: str) -> None:
    view = svc.network_view(network=network)
    st.header(tr("network.side_by_side"))
    st.caption(tn("network.contributing", L, view.contributing, members=len(view.members)))
    _notes(view.contributing, view.left_out, view.min_initiatives)
    members = network_tables.members_table(view, L)
    markdown_table(members.headers, members.rows)
    if view.shown and view.index is not None:
        st.header(tr("network.spread"))
        if view.index.shown:
            figures = {k: format_score(getattr(view.index, k), L, 1) for k in ("median", "q1", "q3")}
            st.markdown(plain(tr("network.index_spread", **figures)))
        show_chart(
            network_charts.spread_figure(instrument, L, view),
            network_charts.spread_text(instrument, L, view),
            "network_spread_chart",
        )
        _next_step(network_charts.spread_next_step(instrument, L, view))
        spread = network_tables.spread_table((*view.sections, *view.dimensions), instrument, L)
        markdown_table(spread.headers, spread.rows)
        st.header(tr("network.dimension_scores"))
        scores = network_tables.dimension_scores_table(view, instrument, L)
        markdown_table(scores.headers, scores.rows)
    if view.members:
        st.header(tr("network.exports"))
        left, right = st.columns(2)
        left.download_button(
            tr("network.download_workbook"),
            data=partial(svc.network_workbook, network=network, lang=L),
            file_name=f"{file_stem(network)}.xlsx",
            mime=XLSX_MIME,
            icon=":material/grid_on:",
            on_click="ignore",
        )
        right.download_button(
            tr("network.download_report"),
            data=partial(svc.network_report_html, network=network, lang=L),
            file_name=f"{file_stem(network)}-{L}.html",
            mime="text/html",
            icon=":material/description:",
            on_click="ignore",
        )


def _member(network: str) -> None:
    names = [m.initiative for m in svc.network_memberships(network=network)]
    if not names:
        st.info(tr("network.no_members"))
        return
    initiative = st.selectbox(tr("network.initiative"), names, key="network_member")
    view = svc.network_member_view(network=network, initiative=initiative)
    st.header(tr("network.against"))
    own = view.own
    if own.contributes:
        index = format_score(own.index, L, 1)
        st.markdown(plain(tr("network.own_latest", round=own.round, when=day(own.date), index=index)))
    else:
        st.info(tr("network.own_none"))
    st.caption(tn("network.contributing", L, view.contributing, members=len(names)))
    _notes(view.contributing, own.left_out, view.min_initiatives)
    if view.shown:
        show_chart(
            network_charts.against_figure(instrument, L, view),
            network_charts.against_text(instrument, L, view),
            "network_against_chart",
        )
        _next_step(network_charts.against_next_step(instrument, L, view))
        against = network_tables.against_table(view, instrument, L)
        markdown_table(against.headers, against.rows)


networks = svc.list_networks()
if not networks:
    st.info(tr("network.none"))
    _create_form()
    st.stop()
network = st.selectbox(tr("network.pick"), networks, key="network_name")
st.caption(tr("network.rule", n=MIN_INITIATIVES, m=instrument.min_group_size))
who = st.segmented_control(
    tr("network.view"),
    options=["coordinator", "member"],
    format_func={"coordinator": tr("network.view_coordinator"), "member": tr("network.view_member")}.get,
    key="network_view",
    default="coordinator",
    required=True,
)
try:
    (_member if who == "member" else _coordinator)(network)
except UserError as error:
    show_user_error(error)
with st.expander(tr("network.members_admin"), icon=":material/admin_panel_settings:"):
    _members_admin(network)
with st.expander(tr("network.create"), icon=":material/add:"):
    _create_form()
