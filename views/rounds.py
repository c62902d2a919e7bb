"""Facilitator: initiatives and their rounds: create, open, close, share the code, reveal results."""

import datetime as dt

import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.vocabulary import MAX_NAME
from views.ui import labeller, link, plain, qr_png, require_facilitator, services, show_user_error, tr

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.rounds"))

initiatives = svc.list_initiatives()
names = {i.id: i.name for i in initiatives}
if initiatives:
    if state.get("initiative_id") not in names:
        state.initiative_id = initiatives[0].id
    st.selectbox(tr("rounds.initiative"), options=list(names), format_func=names.get, key="initiative_id")
else:
    st.info(tr("rounds.no_initiative"))

with st.expander(tr("rounds.new_initiative"), icon=":material/add:", expanded=not initiatives):
    with st.form("new_initiative", clear_on_submit=True):
        name = st.text_input(tr("rounds.name"), max_chars=MAX_NAME)
        description = st.text_area(tr("rounds.description"), height=80)
        if st.form_submit_button(tr("rounds.create_initiative")):
            try:
                created = svc.create_initiative(name=name, description=description)
                state.initiative_id = created.id
                state.flash = tr("rounds.initiative_created", name=created.name)
                st.rerun()
            except UserError as error:
                show_user_error(error)

if flash := state.pop("flash", None):
    st.success(flash, icon=":material/check:")

if not initiatives:
    st.stop()
initiative_id = state.initiative_id

with st.expander(tr("rounds.new_round"), icon=":material/add:"):
    with st.form("new_round", clear_on_submit=True):
        label = st.text_input(tr("rounds.label"), max_chars=MAX_NAME, help=tr("rounds.label_help"))
        on = st.date_input(tr("rounds.date"), value=dt.date.today(), format="YYYY-MM-DD")
        form = st.radio(tr("rounds.form"), ["full", "short"], format_func=labeller("form"))
        if st.form_submit_button(tr("rounds.create_round")):
            try:
                created = svc.create_round(initiative_id=initiative_id, label=label, on=on, form=form)
                state.flash = tr("rounds.round_created", label=created.label)
                st.rerun()
            except UserError as error:
                show_user_error(error)


def set_status(round_id: int, status: str) -> None:
    services().set_round_status(round_id=round_id, status=status)


def toggle_reveal(round_id: int) -> None:
    services().set_results_revealed(round_id=round_id, revealed=bool(state.get(f"reveal_{round_id}")))


def open_results(round_id: int) -> None:
    state.results_round_id = round_id
    state.results_initiative_id = initiative_id


@st.fragment(run_every="5s")
def live_counts(round_id: int) -> None:
    """Submissions arriving, refreshed every few seconds while the facilitator watches."""
    counts = services().response_counts(round_id=round_id)
    st.markdown(f":material/group: {tr('rounds.counts', submitted=counts['submitted'], drafts=counts['draft'])}")


rounds = svc.list_rounds(initiative_id=initiative_id)
if not rounds:
    st.info(tr("rounds.none"))
for r in reversed(rounds):
    with st.container(border=True):
        st.subheader(plain(f"{r.label} — {r.date.isoformat()}"))
        st.caption(f"{tr(f'status.{r.status}')} · {tr(f'form.{r.form}')}")
        info, qr = st.columns([3, 1])
        with info:
            live_counts(r.id)
            st.markdown(f"### {tr('rounds.code', code=r.join_code)}")
            st.caption(tr("rounds.link"))
            st.code(link("join", code=r.join_code), language=None)
            buttons = st.columns(3)
            if r.status == "draft":
                buttons[0].button(
                    tr("rounds.open"), key=f"open_{r.id}", type="primary", on_click=set_status, args=(r.id, "open")
                )
            elif r.status == "open":
                buttons[0].button(tr("rounds.close"), key=f"close_{r.id}", on_click=set_status, args=(r.id, "closed"))
            else:
                buttons[0].button(tr("rounds.reopen"), key=f"reopen_{r.id}", on_click=set_status, args=(r.id, "open"))
            buttons[1].toggle(
                tr("rounds.revealed"),
                help=tr("rounds.revealed_help", n=svc.current_instrument().min_group_size),
                value=r.results_revealed,
                key=f"reveal_{r.id}",
                on_change=toggle_reveal,
                args=(r.id,),
            )
            if buttons[2].button(tr("rounds.see_results"), key=f"results_{r.id}", on_click=open_results, args=(r.id,)):
                st.switch_page("views/results.py")
        with qr:
            st.image(qr_png(link("join", code=r.join_code)), caption=tr("rounds.qr"), width=160)
