"""The questionnaire: about you, one screen per section, review and submit. Every answer is saved as given."""

import streamlit as st

from assessment.domain.errors import AlreadySubmitted, RoundNotOpen, UserError
from assessment.domain.instrument import LEVELS, ROLES, SECTORS
from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_TEXT
from assessment.present.i18n import error_message, plain
from views.ui import labeller, lang, link, require_participant, services, tr

DONT_KNOW = 0  # the radio's value for "don't know" (stored as no score)
OPTIONS = [1, 2, 3, 4, 5, DONT_KNOW]

state = st.session_state
st.title(tr("page.questionnaire"))

participant = require_participant()
token = participant.token

# Just submitted (the callback ran before this rerun): straight to the results, with thanks.
if state.pop("just_submitted", False):
    state.show_thanks = True
    st.switch_page("views/my_results.py", query_params={"token": token})

if participant.status == "submitted":
    when = participant.submitted_at.strftime("%Y-%m-%d %H:%M") if participant.submitted_at else ""
    st.success(tr("q.already_submitted", when=when), icon=":material/task_alt:")
    st.page_link("views/my_results.py", label=tr("join.see_results"), icon=":material/person:")
    st.stop()
if participant.round.status != "open":
    st.warning(tr("q.round_not_open"), icon=":material/lock:")
    st.stop()

instrument = participant.instrument
form = participant.round.form
steps = ["profile", *[s.id for s in instrument.sections], "review"]
if "step" not in state:
    # A new browser session (a resume link, a refresh): go on where the participant left off.
    state.step = participant.resume_step
step = min(max(int(state.step), 0), len(steps) - 1)
state.step = step


def step_title(name: str) -> str:
    if name == "profile":
        return tr("q.profile")
    if name == "review":
        return tr("q.review")
    return instrument.section(name).title.get(lang())


def report(error: UserError) -> None:
    state.save_error = error_message(error, lang())


def save_answer(item_id: str) -> None:
    value = state.get(f"a_{item_id}")
    if value is None:
        return
    try:
        services().save_answers(token=token, answers={item_id: None if value == DONT_KNOW else int(value)})
    except UserError as error:
        report(error)


def save_comment(dimension_id: str) -> None:
    try:
        services().save_answers(token=token, comments={dimension_id: state.get(f"c_{dimension_id}") or ""})
    except UserError as error:
        report(error)


def save_profile() -> None:
    try:
        services().update_profile(
            token=token,
            display_name=state.get("p_name"),
            sector=state.get("p_sector"),
            role=state.get("p_role"),
        )
    except UserError as error:
        report(error)


def save_current_step() -> None:
    """Save what is on screen (the callbacks already did; this catches a value still in flight)."""
    name = steps[state.step]
    if name == "profile":
        save_profile()
    elif name != "review":
        section = instrument.section(name)
        answers, comments = {}, {}
        for dimension in section.dimensions:
            for item in dimension.items_for(form):
                value = state.get(f"a_{item.id}")
                if value is not None:
                    answers[item.id] = None if value == DONT_KNOW else int(value)
            if f"c_{dimension.id}" in state:
                comments[dimension.id] = state.get(f"c_{dimension.id}") or ""
        try:
            services().save_answers(token=token, answers=answers, comments=comments)
        except UserError as error:
            report(error)


def go_to(target: int) -> None:
    save_current_step()
    state.step = target
    state.scroll_top = True


def submit() -> None:
    try:
        services().submit(token=token)
        state.just_submitted = True
    except (RoundNotOpen, AlreadySubmitted, UserError) as error:
        report(error)


# ---- header: round, progress, saving status --------------------------------------------------------
item_ids = participant.item_ids
answered = sum(1 for i in item_ids if i in participant.answers)
st.caption(plain(f"{participant.round.initiative} — {participant.round.label}"))
st.progress(
    step / (len(steps) - 1),
    text=tr("q.step", n=step + 1, total=len(steps), title=step_title(steps[step])),
)
st.caption(f"{tr('q.answered', done=answered, total=len(item_ids))} · {tr('q.saved')}")
if error_text := state.pop("save_error", None):
    st.error(error_text, icon=":material/error:")

name = steps[step]
if name == "profile":
    st.header(tr("q.profile"))
    st.write(tr("q.profile_intro", n=instrument.min_group_size))
    st.text_input(
        tr("q.display_name"),
        value=participant.display_name or "",
        max_chars=MAX_DISPLAY_NAME,
        key="p_name",
        on_change=save_profile,
    )
    for field, options, current in (("sector", SECTORS, participant.sector), ("role", ROLES, participant.role)):
        st.selectbox(
            tr(f"q.{field}"),
            options=list(options),
            index=options.index(current) if current else None,
            format_func=labeller(field),
            placeholder=tr("q.not_given"),
            key=f"p_{field}",
            on_change=save_profile,
        )
elif name == "review":
    st.header(tr("q.review"))
    st.write(tr("q.review_intro"))
    missing = participant.unanswered
    if not missing:
        st.success(tr("q.all_answered"), icon=":material/task_alt:")
    else:
        st.warning(tr("q.unanswered", n=len(missing)), icon=":material/help:")
        for number, section in enumerate(instrument.sections, start=1):
            section_missing = [
                i for i in missing if instrument.section_of_dimension[instrument.dimension_of_item[i]] == section.id
            ]
            if not section_missing:
                continue
            with st.container(border=True):
                st.markdown(f"**{plain(section.title.get(lang()))}**")
                for item_id in section_missing:
                    st.markdown(f"- {plain(instrument.items[item_id].text.get(lang()))}")
                st.button(
                    tr("q.go_to", section=section.title.get(lang())),
                    key=f"goto_{section.id}",
                    on_click=go_to,
                    args=(number,),
                )
    st.button(tr("q.submit"), type="primary", icon=":material/send:", on_click=submit, key="submit")
else:
    section = instrument.section(name)
    st.header(section.title.get(lang()))
    st.write(section.intro.get(lang()))

    labels = {v: f"{v} · {instrument.scale_label(v, lang())}" for v in OPTIONS if v != DONT_KNOW}
    labels[DONT_KNOW] = instrument.dont_know.get(lang())

    for dimension in section.dimensions:
        with st.container(border=True):
            st.subheader(dimension.title.get(lang()))
            st.caption(dimension.description.get(lang()))
            with st.expander(tr("q.levels"), icon=":material/help:"):
                for level in LEVELS:
                    st.markdown(
                        f"**{instrument.level_labels[level].get(lang())}** — {dimension.levels.get(level).get(lang())}"
                    )
            for item in dimension.items_for(form):
                saved = participant.answers.get(item.id, "missing")
                index = None if saved == "missing" else OPTIONS.index(DONT_KNOW if saved is None else saved)
                st.radio(
                    item.text.get(lang()),
                    OPTIONS,
                    index=index,
                    format_func=labels.get,
                    horizontal=True,
                    key=f"a_{item.id}",
                    on_change=save_answer,
                    args=(item.id,),
                )
            st.text_area(
                tr("q.comment", dimension=dimension.title.get(lang())),
                value=participant.comments.get(dimension.id, ""),
                max_chars=MAX_TEXT,
                height=80,
                key=f"c_{dimension.id}",
                on_change=save_comment,
                args=(dimension.id,),
            )

    # A tap whose save callback did not run (taps in quick succession can be merged into one
    # rerun) is still in the widget's value: save whatever differs from the database.
    unsaved = {}
    for dimension in section.dimensions:
        for item in dimension.items_for(form):
            value = state.get(f"a_{item.id}")
            if value is not None:
                score = None if value == DONT_KNOW else int(value)
                if item.id not in participant.answers or participant.answers[item.id] != score:
                    unsaved[item.id] = score
    if unsaved:
        try:
            services().save_answers(token=token, answers=unsaved)
        except UserError as error:
            st.error(error_message(error, lang()), icon=":material/error:")

# ---- navigation -------------------------------------------------------------------------------------
back, forward = st.columns(2)
if step > 0:
    back.button(tr("q.back"), icon=":material/arrow_back:", on_click=go_to, args=(step - 1,), key="back")
if step < len(steps) - 1:
    forward.button(
        tr("q.next"), type="primary", icon=":material/arrow_forward:", on_click=go_to, args=(step + 1,), key="next"
    )

with st.expander(tr("q.resume"), icon=":material/bookmark:"):
    st.code(link("questionnaire", token=token), language=None)

if state.pop("scroll_top", False):
    # A new step starts at the top of the page (Streamlit keeps the scroll position between reruns).
    st.html(
        "<script>window.parent.document.querySelector('[data-testid=\"stMain\"]')?.scrollTo(0, 0);</script>",
        unsafe_allow_javascript=True,
    )
