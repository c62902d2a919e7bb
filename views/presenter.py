"""Presenter view for the projector: how to join, live counts, then what the facilitator reveals, part by part.

Opened by a presenter link (``/presenter?token=…``) scoped to one round: read-only, expiring, revocable, so
no passcode is typed in front of the room. It refreshes itself every few seconds.
"""

from html import escape

import streamlit as st

from assessment.domain.errors import UserError
from assessment.present import chart_text, charts, tables
from assessment.present.reflections import cloud
from views.ui import lang, link, markdown_table, plain, qr_png, services, show_chart, show_user_error, tr

REFRESH_SECONDS = 2  # a submission shows within this, plus one run

state = st.session_state
token = st.query_params.get("token") or state.get("presenter_token")
if not token:
    st.title(tr("page.presenter"))
    st.info(tr("presenter.no_link"), icon=":material/co_present:")
    st.stop()
try:
    presented = services().presenter_round(token=token)
except UserError as error:
    st.title(tr("page.presenter"))
    show_user_error(error)
    st.stop()
state.presenter_token = token  # the address bar may lose it (language switch): the session keeps it

st.html(
    """<style>
    .ir-code { font-size: clamp(3rem, 11vw, 9rem); font-weight: 800; letter-spacing: .12em; line-height: 1.1;
               font-family: ui-monospace, monospace; color: #102a43; margin: 0; }
    .ir-cloud { list-style: none; padding: 0 !important; margin: 0; font-size: 1.8rem;
                display: flex; flex-wrap: wrap; gap: .2em .8em; align-items: baseline; }
    .ir-cloud li { color: #102a43; font-weight: 600; line-height: 1.15; }
    .ir-cloud .ir-n, .ir-phrases .ir-n { font-size: .55em; font-weight: 400; color: #334e68; }
    .ir-phrases { font-size: 1.8rem; color: #102a43; }
    </style>"""
)


def join_panel() -> None:
    """The round, the code in type readable from the back of the room, the link and its QR code."""
    join_link = link("join", code=presented.join_code)
    words, qr = st.columns([3, 2], vertical_alignment="center")
    with words:
        st.title(plain(f"{presented.initiative} — {presented.label}"))
        st.header(tr("presenter.join_title"))
        st.markdown(plain(tr("presenter.join_how", link=join_link)))
        st.html(
            f'<p class="ir-code" aria-label="{escape(" ".join(presented.join_code))}">{escape(presented.join_code)}</p>'
        )
    with qr:
        words_of_qr = tr("presenter.qr_alt", link=join_link)
        st.image(qr_png(join_link), caption=words_of_qr, width=360, alt=words_of_qr)


def counts_row(round_id: int) -> None:
    counts = services().live_counts(round_id=round_id)
    joined, in_progress, submitted = st.columns(3)
    joined.metric(tr("presenter.joined"), counts.joined)
    in_progress.metric(tr("presenter.in_progress"), counts.in_progress)
    submitted.metric(tr("presenter.submitted"), counts.submitted)


def section_results(report, section_id: str) -> None:
    instrument = report.instrument
    title = instrument.section(section_id).title.get(lang())
    st.header(title)
    figure = charts.dimension_bars(instrument, lang(), report.result, section_id=section_id)
    figure.update_layout(font_size=20, height=80 + 56 * len(instrument.section(section_id).dimensions))  # the back row
    words = chart_text.round_scores(instrument, lang(), report.result, section_id=section_id)
    show_chart(figure, words, f"presenter_section_{section_id}")


def disagreements(report) -> None:
    st.header(tr("presenter.disagreements"))
    table = tables.disagreement_table(report.instrument, report.disagreements, report.items, lang())
    if not table.rows:
        st.info(tr("presenter.no_disagreement"))
        return
    markdown_table(table.headers, table.rows)


def comparison(report) -> None:
    st.header(tr("presenter.comparison"))
    rounds = services().comparison(initiative=presented.initiative)
    ids = [c.round.id for c in rounds.rounds]
    position = ids.index(presented.id) if presented.id in ids else 0
    if position == 0:
        st.info(tr("presenter.no_previous"))
        return
    labels = [rounds.rounds[position - 1].round.label, presented.label]
    figure = charts.overlay_radar(report.instrument, lang(), rounds, labels)
    figure.update_layout(font_size=18)
    show_chart(figure, chart_text.overlay_text(report.instrument, lang(), rounds, labels), "presenter_comparison")


def reflections(min_group_size: int) -> None:
    st.header(tr("presenter.reflections"))
    summary = services().reflection_summary(round_id=presented.id)
    if not summary.shown:
        st.info(tr("presenter.reflections_waiting", n=min_group_size, count=summary.contributors))
        return
    words, phrases = cloud(summary)
    st.caption(tr("presenter.contributors", n=summary.contributors))
    if words:
        items = "".join(
            f'<li style="font-size:{w.size_em}em">{escape(w.text)} <span class="ir-n">({w.count})</span></li>'
            for w in words
        )
        st.html(f'<ul class="ir-cloud" aria-label="{escape(tr("presenter.words"))}">{items}</ul>')
    if phrases:
        items = "".join(f'<li>{escape(p.text)} <span class="ir-n">({p.count})</span></li>' for p in phrases)
        st.html(
            f'<p class="ir-phrases"><strong>{escape(tr("presenter.phrases"))}</strong></p>'
            f'<ul class="ir-phrases">{items}</ul>'
        )


@st.fragment(run_every=REFRESH_SECONDS)
def live() -> None:
    """Everything that changes during the workshop, redrawn every few seconds without anyone touching it."""
    counts_row(presented.id)
    parts = services().round_parts(round_id=presented.id)
    if not parts.shown:
        st.info(tr("presenter.nothing_shown"), icon=":material/visibility_off:")
        return
    instrument = services().instrument_of_round(round_id=presented.id)  # parsed once per process
    sections = [s.id for s in instrument.sections if s.id in parts.shown]
    if sections or {"disagreements", "comparison"} & parts.shown:  # only then is the round scored
        group_results(sections, parts.shown, instrument.min_group_size)
    if "reflections" in parts.shown:
        reflections(instrument.min_group_size)


def group_results(sections: list[str], shown: frozenset[str], min_group: int) -> None:
    report = services().round_report(round_id=presented.id)
    if report.result.participants < min_group:
        st.info(tr("presenter.waiting_group", n=min_group), icon=":material/group:")
        return
    for section_id in sections:
        section_results(report, section_id)
    if "disagreements" in shown:
        disagreements(report)
    if "comparison" in shown:
        comparison(report)


join_panel()
live()
