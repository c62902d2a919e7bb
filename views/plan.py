"""Coordinator: the plan on a page of a round (four of the seven sections, edited and kept per round), the
initiative's decisions log, and the progress report of a period with its strategy map; both to download."""

import datetime as dt
from functools import partial

import streamlit as st

from assessment.domain import plan as rules
from assessment.present.files import file_stem
from assessment.present.i18n import LANGS, LANGUAGE_NAMES
from assessment.present.plan import filled_text, section_title
from views.ui import (
    day,
    lang,
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
st.title(tr("page.plan"))
st.caption(tr("plan.intro"))

initiative_id, initiative_name = pick_initiative(st, "plan_initiative_id", tr("plan.no_initiative"))
chosen_round = pick_round(st, initiative_id, "plan_round_id", tr("plan.no_rounds"))
draft = svc.plan_of_round(round_id=chosen_round.id)
prefix = f"plan_{chosen_round.id}"
if state.get("plan_lang") not in LANGS:
    state.plan_lang = lang()
st.segmented_control(
    tr("exports.language"), options=list(LANGS), format_func=LANGUAGE_NAMES.get, key="plan_lang", required=True
)
file_lang = state.plan_lang or lang()


def _filled(section: str) -> set[str]:
    """What the app writes in ``section``, in either language: such a text was not written by hand."""
    return {filled_text(section, draft.facts, language) for language in LANGS} - {""}


def _fill_fields() -> None:
    """The editor's fields from the round's plan (the app's words where nothing was written)."""
    state.setdefault(f"{prefix}_agenda", draft.texts.agenda)
    state.setdefault(f"{prefix}_sections", list(draft.texts.sections))
    state.setdefault(f"{prefix}_contact", draft.texts.contact)
    for s in rules.PLAN_SECTIONS:
        state.setdefault(f"{prefix}_text_{s}", draft.texts.texts.get(s) or filled_text(s, draft.facts, lang()))


def save_plan() -> None:
    # A section not on the page this run has no field (Streamlit drops it): its saved text is kept.
    texts = {s: state.get(f"{prefix}_text_{s}", draft.texts.texts.get(s, "")) for s in rules.PLAN_SECTIONS}
    texts = {s: text for s, text in texts.items() if text.strip() not in _filled(s)}
    with reporting("plan_error"):
        svc.save_plan(
            round_id=chosen_round.id,
            agenda=state[f"{prefix}_agenda"],
            sections=state[f"{prefix}_sections"],
            texts=texts,
            contact=state[f"{prefix}_contact"],
        )
        for key in [k for k in state if str(k).startswith(f"{prefix}_")]:
            del state[key]  # filled again from what was saved
        state.plan_flash = "plan.saved"


# ---- the plan on a page ------------------------------------------------------------------------------
st.header(tr("plan.heading"))
st.caption(tr("plan.saved_for_round" if draft.saved else "plan.not_saved", round=plain(chosen_round.label)))
if message := state.pop("plan_flash", None):
    st.success(tr(message), icon=":material/check:")
show_reported("plan_error")
_fill_fields()
section_labels = {s: section_title(s, lang()) for s in rules.PLAN_SECTIONS}
st.text_area(tr("plan.agenda_field"), key=f"{prefix}_agenda", max_chars=rules.MAX_AGENDA, height=90)
st.multiselect(
    tr("plan.sections"),
    options=list(rules.PLAN_SECTIONS),
    format_func=section_labels.get,
    max_selections=rules.SECTIONS_ON_A_PAGE,
    key=f"{prefix}_sections",
    help=tr("plan.sections_help"),
)
st.caption(tr("plan.fill_help"))
shown = [s for s in rules.PLAN_SECTIONS if s in state[f"{prefix}_sections"]]
for left, right in zip(shown[::2], [*shown[1::2], None], strict=False):
    columns = st.columns(2)
    for column, section in zip(columns, (left, right), strict=False):
        if section is not None:
            column.text_area(
                section_title(section, lang()),
                key=f"{prefix}_text_{section}",
                max_chars=rules.MAX_SECTION_TEXT,
                height=200,
            )
st.text_area(tr("plan.contact_field"), key=f"{prefix}_contact", max_chars=rules.MAX_CONTACT, height=68)
save_column, download_column = st.columns(2)
save_column.button(tr("plan.save"), key="plan_save", on_click=save_plan, type="primary", icon=":material/save:")
download_column.download_button(
    tr("plan.download"),
    data=partial(svc.plan_on_a_page, initiative=initiative_name, round_label=chosen_round.label, lang=file_lang),
    file_name=f"{file_stem(initiative_name, chosen_round.label)}-plan-{file_lang}.html",
    mime="text/html",
    icon=":material/description:",
    on_click="ignore",
    key="plan_download",
)

# ---- the decisions log -------------------------------------------------------------------------------
st.header(tr("decisions.heading"))
st.caption(tr("decisions.intro"))


def add_decision() -> None:
    with reporting("decision_error"):
        svc.add_decision(
            initiative_id=initiative_id,
            day=state.decision_day or dt.date.today(),
            text=state.decision_text,
            decided_by=state.decision_who,
        )
        state.decision_text = state.decision_who = ""
        state.decision_flash = "decisions.added"


def delete_decision(decision_id: int) -> None:
    with reporting("decision_error"):
        svc.delete_decision(decision_id=decision_id)
        state.decision_flash = "decisions.deleted"


if message := state.pop("decision_flash", None):
    st.success(tr(message), icon=":material/check:")
show_reported("decision_error")
with st.form("decision_form"):
    when, who = st.columns([1, 2])
    when.date_input(tr("decisions.day"), key="decision_day", value=dt.date.today(), format="YYYY-MM-DD")
    who.text_input(tr("decisions.who"), key="decision_who", max_chars=rules.MAX_DECIDED_BY)
    st.text_area(tr("decisions.text"), key="decision_text", max_chars=rules.MAX_DECISION, height=80)
    st.form_submit_button(tr("decisions.add"), on_click=add_decision, icon=":material/add:")
decisions = svc.list_decisions(initiative_id=initiative_id)
if not decisions:
    st.caption(tr("decisions.none"))
for d in reversed(decisions):
    text, delete = st.columns([6, 1])
    who_text = tr("decisions.by", who=plain(d.decided_by)) if d.decided_by else ""
    text.markdown(f"**{day(d.day)}** · {plain(d.text)}{who_text}")
    delete.button(tr("decisions.delete"), key=f"decision_{d.id}_delete", on_click=delete_decision, args=(d.id,))

# ---- the progress report -----------------------------------------------------------------------------
st.header(tr("progress.heading"))
st.caption(tr("progress.intro"))
rounds = svc.list_rounds(initiative_id=initiative_id, include_archived=True)
start_column, end_column = st.columns(2)
start = start_column.date_input(tr("progress.from"), value=rounds[0].date, key="progress_from", format="YYYY-MM-DD")
end = end_column.date_input(tr("progress.to"), value=dt.date.today(), key="progress_to", format="YYYY-MM-DD")
if start and end and end < start:
    st.error(tr("error.invalid_period", value=f"{start.isoformat()} → {end.isoformat()}"), icon=":material/error:")
elif start and end:
    st.download_button(
        tr("progress.download"),
        data=partial(svc.progress_report, initiative=initiative_name, start=start, end=end, lang=file_lang),
        file_name=f"{file_stem(initiative_name)}-progress-{start.isoformat()}-{end.isoformat()}-{file_lang}.html",
        mime="text/html",
        icon=":material/description:",
        on_click="ignore",
        key="progress_download",
    )
