"""Facilitator: initiatives and their rounds: create, open, close, share the code, reveal results."""

import datetime as dt

import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.vocabulary import MAX_NAME
from views.ui import (
    PICKED_INITIATIVE,
    PICKED_ROUND,
    day,
    labeller,
    link,
    pick_initiative,
    plain,
    qr_png,
    reporting,
    require_facilitator,
    services,
    show_reported,
    tr,
)

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.rounds"))


def create_initiative() -> None:
    """Form callback: runs before the page, so the new initiative can be picked before the picker exists."""
    with reporting("form_error"):
        created = services().create_initiative(
            name=state.get("new_initiative_name", ""), description=state.get("new_initiative_description", "")
        )
        state[PICKED_INITIATIVE] = created.id
        state.flash = tr("rounds.initiative_created", name=plain(created.name))


def create_round() -> None:
    with reporting("form_error"):
        created = services().create_round(
            initiative_id=state[PICKED_INITIATIVE],
            label=state.get("new_round_label", ""),
            on=state.get("new_round_date") or dt.date.today(),
            form=state.get("new_round_form", "full"),
        )
        state[PICKED_ROUND] = created.id
        state.flash = tr("rounds.round_created", label=plain(created.label))


show_reported("form_error")
if flash := state.pop("flash", None):
    st.success(flash, icon=":material/check:")

has_initiatives = bool(svc.list_initiatives())


def rename_initiative(initiative_id: int) -> None:
    with reporting("form_error"):
        renamed = services().rename_initiative(initiative_id=initiative_id, name=state.get("initiative_new_name", ""))
        state.flash = tr("rounds.initiative_renamed", name=plain(renamed.name))


if has_initiatives:
    initiative_id, initiative_name = pick_initiative(st, "rounds_initiative_id", tr("rounds.no_initiative"))
    with st.expander(tr("rounds.rename_initiative"), icon=":material/edit:"):
        st.text_input(tr("rounds.new_name"), value=initiative_name, max_chars=MAX_NAME, key="initiative_new_name")
        st.button(tr("rounds.rename"), key="rename_initiative", on_click=rename_initiative, args=(initiative_id,))
else:
    st.info(tr("rounds.no_initiative"))

with st.expander(tr("rounds.new_initiative"), icon=":material/add:", expanded=not has_initiatives):
    with st.form("new_initiative", clear_on_submit=True):
        st.text_input(tr("rounds.name"), max_chars=MAX_NAME, key="new_initiative_name")
        st.text_area(tr("rounds.description"), height=80, key="new_initiative_description")
        st.form_submit_button(tr("rounds.create_initiative"), on_click=create_initiative)

if not has_initiatives:
    st.stop()

with st.expander(tr("rounds.new_round"), icon=":material/add:"):
    with st.form("new_round", clear_on_submit=True):
        st.text_input(tr("rounds.label"), max_chars=MAX_NAME, help=tr("rounds.label_help"), key="new_round_label")
        st.date_input(tr("rounds.date"), value=dt.date.today(), format="YYYY-MM-DD", key="new_round_date")
        st.radio(tr("rounds.form"), ["full", "short"], format_func=labeller("form"), key="new_round_form")
        st.form_submit_button(tr("rounds.create_round"), on_click=create_round)


def set_status(round_id: int, status: str) -> None:
    services().set_round_status(round_id=round_id, status=status)


def toggle_reveal(round_id: int) -> None:
    services().set_results_revealed(round_id=round_id, revealed=bool(state.get(f"reveal_{round_id}")))


def open_results(round_id: int) -> None:
    state[PICKED_ROUND] = round_id


@st.fragment(run_every="5s")
def live_counts(round_id: int) -> None:
    """Participants arriving, refreshed every few seconds while the facilitator watches; joining without
    answering anything is not "in progress"."""
    c = services().live_counts(round_id=round_id)
    text = tr("rounds.live_counts", joined=c.joined, in_progress=c.in_progress, submitted=c.submitted)
    st.markdown(f":material/group: {text}")


def rename_round(round_id: int) -> None:
    with reporting("form_error"):
        services().rename_round(round_id=round_id, label=state.get(f"label_{round_id}", ""))


def change_form(round_id: int) -> None:
    with reporting("form_error"):
        services().set_round_form(round_id=round_id, form=state.get(f"form_{round_id}", "full"))


def archive_round(round_id: int, archived: bool) -> None:
    with reporting("form_error"):
        services().archive_round(round_id=round_id, archived=archived)


def delete_round(round_id: int, label: str) -> None:
    with reporting("form_error"):
        if state.get(f"confirm_delete_{round_id}", "").strip() != label:
            raise UserError("delete_name_mismatch", label=label)
        services().delete_round(round_id=round_id)
        state.flash = tr("rounds.deleted", label=plain(label))


def manage(r) -> None:
    """Rename, change the form while nothing is answered, archive, or delete after typing the name."""
    with st.expander(tr("rounds.manage"), icon=":material/edit:"):
        name, form = st.columns(2)
        name.text_input(tr("rounds.new_label"), value=r.label, max_chars=MAX_NAME, key=f"label_{r.id}")
        name.button(tr("rounds.rename"), key=f"rename_{r.id}", on_click=rename_round, args=(r.id,))
        choices = ["full", "short"]
        form.radio(
            tr("rounds.form"), choices, index=choices.index(r.form), format_func=labeller("form"), key=f"form_{r.id}"
        )
        form.button(
            tr("rounds.change_form"),
            key=f"change_form_{r.id}",
            on_click=change_form,
            args=(r.id,),
            help=tr("rounds.change_form_help"),
        )
        archive, delete = st.columns(2)
        archive.button(
            tr("rounds.unarchive") if r.archived else tr("rounds.archive"),
            key=f"archive_{r.id}",
            on_click=archive_round,
            args=(r.id, not r.archived),
            help=tr("rounds.archive_help"),
        )
        delete.text_input(tr("rounds.delete_confirm", label=plain(r.label)), key=f"confirm_delete_{r.id}")
        delete.button(
            tr("rounds.delete"),
            key=f"delete_{r.id}",
            on_click=delete_round,
            args=(r.id, r.label),
            icon=":material/delete_forever:",
        )


show_archived = st.toggle(tr("rounds.show_archived"), key="rounds_show_archived")
rounds = svc.list_rounds(initiative_id=initiative_id, include_archived=show_archived)
if not rounds:
    st.info(tr("rounds.none"))
for r in reversed(rounds):
    with st.container(border=True):
        st.header(plain(f"{r.label} — {day(r.date)}"))
        archived = f" · {tr('rounds.archived')}" if r.archived else ""
        st.caption(f"{tr(f'status.{r.status}')} · {tr(f'form.{r.form}')}{archived}")
        info, qr = st.columns([3, 1])
        with info:
            live_counts(r.id)
            st.markdown(f"### {tr('rounds.code', code=r.join_code)}")
            st.caption(tr("rounds.link"))
            st.code(link("join", code=r.join_code), language=None, wrap_lines=True)  # wraps: no scrolling region
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
            manage(r)
        with qr:
            join_link = link("join", code=r.join_code)
            words_of_qr = tr("presenter.qr_alt", link=join_link)
            st.image(qr_png(join_link), caption=words_of_qr, width=160, alt=words_of_qr)
