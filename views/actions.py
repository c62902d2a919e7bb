"""Coordinator: the action plan: for a dimension (weakest first), its actions: add, edit, delete."""

import textwrap

import streamlit as st

from assessment.domain import action_plan
from assessment.domain.errors import UserError
from assessment.domain.guide import guide_query
from assessment.domain.vocabulary import MAX_NAME, MAX_TEXT
from assessment.present.i18n import tn
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
    show_user_error,
    tr,
)

require_facilitator()
state = st.session_state
svc = services()
st.title(tr("page.actions"))
st.caption(tr("actions.intro"))

initiative_id, _ = pick_initiative(st, "actions_initiative_id", tr("actions.no_initiative"))
latest = svc.latest_scores(initiative_id=initiative_id)
instrument, result = latest.instrument, latest.result
actions = svc.list_actions(initiative_id=initiative_id)
band = labeller("band")
status_label = labeller("action_status")

# ---- which dimension: concerns of the latest round first ---------------------------------------------
options = {}
for d in action_plan.dimensions_by_concern(instrument, result):
    label = dimension_title(instrument, d)
    value = result.dimension(d) if result else None
    if value is not None and value.score is not None:
        label = tr("actions.option", dimension=label, score=score(value.score, 2), band=band(value.band))
    count = sum(a.dimension_id == d for a in actions)
    options[d] = f"{label} · {tn('actions.count', lang(), count)}" if count else label
if state.get("actions_dimension") not in options:
    state.actions_dimension = next(iter(options))
dimension_id = st.selectbox(
    tr("actions.dimension"),
    options=list(options),
    format_func=options.get,
    key="actions_dimension",
    help=tr("actions.dimension_help"),
)
if latest.round is None:
    st.caption(tr("actions.no_scores"))
else:
    value = result.dimension(dimension_id)
    st.caption(
        tr("actions.latest", score=score(value.score, 2), band=band(value.band or "none"))
        + " · "
        + tr("actions.latest_round", round=plain(latest.round.label))
    )
st.page_link(
    "views/guide.py",
    label=tr("guide.read_about", dimension=dimension_title(instrument, dimension_id)),
    icon=":material/menu_book:",
    query_params=guide_query(dimension_id),
)


# ---- changes happen in callbacks, before the page is drawn again with fresh data ---------------------
def _done(message_key: str) -> None:
    state.actions_flash = message_key


def add(dimension: str) -> None:
    try:
        svc.add_action(
            initiative_id=initiative_id,
            dimension_id=dimension,
            what=state.new_action_what,
            owner=state.new_action_owner,
            due=state.new_action_due,
            status=state.new_action_status,
            note=state.new_action_note,
        )
    except UserError as error:
        state.actions_error = error  # the typed text stays in the form
        return
    for key, empty in (("what", ""), ("owner", ""), ("due", None), ("status", "planned"), ("note", "")):
        state[f"new_action_{key}"] = empty
    _done("actions.added")


def save(action_id: int) -> None:
    try:
        svc.update_action(
            action_id=action_id,
            what=state[f"action_{action_id}_what"],
            owner=state[f"action_{action_id}_owner"],
            due=state[f"action_{action_id}_due"],
            status=state[f"action_{action_id}_status"],
            note=state[f"action_{action_id}_note"],
        )
    except UserError as error:
        state.actions_error = error
        return
    _done("actions.saved")


def delete(action_id: int) -> None:
    try:
        svc.delete_action(action_id=action_id)
    except UserError as error:
        state.actions_error = error
        return
    for field in ("what", "owner", "due", "status", "note"):
        state.pop(f"action_{action_id}_{field}", None)
    _done("actions.deleted")


if message := state.pop("actions_flash", None):
    st.success(tr(message), icon=":material/check:")
if error := state.pop("actions_error", None):
    show_user_error(error)


def action_fields(prefix: str) -> None:
    """The five fields of an action, bound to session state keys ``<prefix>_<field>``."""
    st.text_area(tr("actions.what"), key=f"{prefix}_what", max_chars=MAX_TEXT, height=80)
    owner, due, status = st.columns(3)
    owner.text_input(tr("actions.owner"), key=f"{prefix}_owner", max_chars=MAX_NAME)
    due.date_input(tr("actions.due"), key=f"{prefix}_due", format="YYYY-MM-DD")
    status.selectbox(
        tr("actions.status"), options=action_plan.STATUSES, format_func=status_label, key=f"{prefix}_status"
    )
    st.text_area(tr("actions.note"), key=f"{prefix}_note", max_chars=MAX_TEXT, height=68)


# ---- the dimension's actions, each editable in place -------------------------------------------------
st.header(tr("actions.list"))
mine = [a for a in actions if a.dimension_id == dimension_id]
if not mine:
    st.caption(tr("actions.none"))
for a in mine:
    prefix = f"action_{a.id}"
    for field, value in (("what", a.what), ("owner", a.owner), ("due", a.due), ("status", a.status), ("note", a.note)):
        state.setdefault(f"{prefix}_{field}", value)
    due_text = tr("actions.due_on", date=day(a.due)) if a.due else tr("actions.no_due")
    summary = textwrap.shorten(" ".join(a.what.split()), width=90, placeholder="…")
    with st.expander(f"{status_label(a.status)} · {plain(summary)} · {due_text}"):
        with st.form(f"{prefix}_form", border=False):
            action_fields(prefix)
            st.form_submit_button(tr("actions.save"), key=f"{prefix}_save", on_click=save, args=(a.id,))
        st.button(tr("actions.delete"), key=f"{prefix}_delete", icon=":material/delete:", on_click=delete, args=(a.id,))

# ---- a new action ------------------------------------------------------------------------------------
st.header(tr("actions.new"))
for field, empty in (("what", ""), ("owner", ""), ("due", None), ("status", "planned"), ("note", "")):
    state.setdefault(f"new_action_{field}", empty)
with st.form("new_action_form"):
    action_fields("new_action")
    st.form_submit_button(tr("actions.add"), key="new_action_add", on_click=add, args=(dimension_id,))
