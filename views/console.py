"""Facilitation console: run one round live: presenter link, live counts, pacing, what the projector shows,
and the closing reflections."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import streamlit as st

from assessment.domain.vocabulary import PRESENTER_ACTIVITIES
from assessment.present.i18n import format_when, tn
from views.ui import (
    lang,
    link,
    pick_initiative,
    pick_round,
    plain,
    reporting,
    require_facilitator,
    services,
    show_reported,
    tr,
)

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.console"))
st.write(tr("console.intro"))

pick_initiative_column, pick_round_column = st.columns(2)
initiative_id, _ = pick_initiative(pick_initiative_column, "console_initiative_id", tr("results.no_rounds"))
chosen = pick_round(pick_round_column, initiative_id, "console_round_id", tr("results.no_rounds"))
round_id = chosen.id
instrument = svc.instrument_of_round(round_id=round_id)


def local(moment: datetime) -> str:
    """A stored UTC time in the browser's time zone, in words."""
    try:
        zone = ZoneInfo(st.context.timezone) if st.context.timezone else UTC
    except ZoneInfoNotFoundError:
        zone = UTC
    return format_when(moment.replace(tzinfo=UTC).astimezone(zone), lang())


def run(action, *args, **kwargs) -> None:
    """A control's callback: the use case, its user error kept for the page."""
    with reporting("console_error"):
        action(*args, **kwargs)


def new_link() -> None:
    token = services().create_presenter_link(round_id=round_id)
    state[f"presenter_link_{round_id}"] = link("presenter", token=token)


def revoke() -> None:
    services().revoke_presenter_links(round_id=round_id)
    state.pop(f"presenter_link_{round_id}", None)
    state.console_flash = tr("console.revoked")


def clear_empty() -> None:
    state.console_flash = tr("console.cleared", n=services().clear_empty_drafts(round_id=round_id))


def add_paper() -> None:
    texts = (state.get("paper_text") or "").splitlines()
    added = services().add_paper_reflections(round_id=round_id, texts=texts)
    quoted = [f"«\u00a0{plain(text)}\u00a0»" if lang() == "fr" else f"“{plain(text)}”" for text in added]
    state.console_flash = tr("console.paper_added", entries=", ".join(quoted))


show_reported("console_error")
if flash := state.pop("console_flash", None):
    st.success(flash, icon=":material/check:")  # user text in it is already escaped

# ---- presenter link -----------------------------------------------------------------------------------
with st.container(border=True):
    st.header(tr("console.presenter"))
    st.caption(tr("console.presenter_help"))
    expiry = svc.presenter_link_expiry(round_id=round_id)
    st.write(tr("console.link_valid_until", when=local(expiry)) if expiry else tr("console.no_link"))
    if url := state.get(f"presenter_link_{round_id}"):
        st.code(url, language=None)
        st.link_button(tr("console.open_presenter"), url, icon=":material/co_present:", type="primary")
    buttons = st.columns(2)
    buttons[0].button(tr("console.create_link"), on_click=run, args=(new_link,), icon=":material/add_link:")
    buttons[1].button(
        tr("console.revoke"), on_click=run, args=(revoke,), icon=":material/link_off:", disabled=not expiry
    )


# ---- live counts ----------------------------------------------------------------------------------------
@st.fragment(run_every="3s")
def counts() -> None:
    live = services().live_counts(round_id=round_id)
    st.header(tr("console.counts"))
    cells = st.columns(4)
    cells[0].metric(tr("presenter.joined"), live.joined)
    cells[1].metric(tr("presenter.in_progress"), live.in_progress)
    cells[2].metric(tr("presenter.submitted"), live.submitted)
    cells[3].metric(tr("console.empty"), live.empty, help=tr("console.empty_help"))
    if live.empty:
        st.button(tr("console.clear_empty"), on_click=run, args=(clear_empty,), icon=":material/delete_sweep:")


counts()

# ---- pace and projector -----------------------------------------------------------------------------------
parts = svc.round_parts(round_id=round_id)
pace, projector = st.columns(2)
with pace.container(border=True):
    st.header(tr("console.pacing"))
    st.toggle(
        tr("console.paced"),
        value=parts.paced,
        help=tr("console.paced_help"),
        key=f"paced_{round_id}",
        on_change=lambda: run(services().set_paced, round_id=round_id, paced=bool(state[f"paced_{round_id}"])),
    )
    for section in instrument.sections:
        key = f"open_{round_id}_{section.id}"
        st.checkbox(
            plain(section.title.get(lang())),
            value=section.id in parts.opened,
            key=key,
            disabled=not parts.paced,
            on_change=lambda s=section.id, k=key: run(
                services().open_section, round_id=round_id, section_id=s, opened=bool(state[k])
            ),
        )
with projector.container(border=True):
    st.header(tr("console.projector"))
    st.caption(tr("console.projector_help"))
    shown_parts = [(s.id, plain(s.title.get(lang()))) for s in instrument.sections]
    shown_parts += [(a, tr(f"console.activity.{a}")) for a in PRESENTER_ACTIVITIES]
    for part, label in shown_parts:
        key = f"shown_{round_id}_{part}"
        st.toggle(
            label,
            value=part in parts.shown,
            key=key,
            on_change=lambda p=part, k=key: run(services().show_part, round_id=round_id, part=p, shown=bool(state[k])),
        )

# ---- closing reflections ------------------------------------------------------------------------------------
with st.container(border=True):
    st.header(tr("console.reflections"))
    summary = svc.reflection_summary(round_id=round_id)
    if not summary.contributors:
        st.caption(tr("console.reflections_none"))
    elif not summary.shown:
        st.caption(tn("console.reflections_below", lang(), summary.contributors, n=instrument.min_group_size))
    for entry in summary.entries:
        text, hide = st.columns([4, 1], vertical_alignment="center")
        hidden = f" ({tr('console.hidden')})" if entry.hidden else ""
        text.markdown(plain(tr("presenter.entry_count", text=entry.text, count=entry.count)) + hidden)
        hide.button(
            tr("console.show") if entry.hidden else tr("console.hide"),
            key=f"hide_{round_id}_{entry.key}",
            on_click=run,
            args=(services().hide_reflection,),
            kwargs=dict(round_id=round_id, text=entry.text, hidden=not entry.hidden),
        )
    with st.form("paper", clear_on_submit=True):
        st.text_area(tr("console.paper"), help=tr("console.paper_help"), key="paper_text", height=90)
        st.form_submit_button(tr("console.paper_add"), on_click=run, args=(add_paper,))
