"""The questionnaire: about you, one screen per section, review and submit. Every answer is saved as given.

A tap on an answer reruns only its dimension's radios and comment (a fragment), not the page; that
fragment also rewrites the count of answers above the questions. Back and Next rerun the page (a step
drawn by a fragment of its own was tried: Streamlit's front end broke, blank, on a quick double tap of
Next, with nested fragments). Nothing hidden is drawn: the level descriptions and the resume link are
drawn only once opened. The page's run reads the participant's state once; a tap's rerun reads nothing.
"""

import streamlit as st

from assessment.domain.errors import AlreadySubmitted, RoundNotOpen, UserError
from assessment.domain.instrument import LEVELS, ROLES, SECTORS
from assessment.domain.vocabulary import MAX_DISPLAY_NAME, MAX_TEXT
from assessment.present.i18n import plain, tn
from views.style import SCALE_CSS, inject, scroll_to_step
from views.ui import error_text, labeller, lang, link, require_participant, services, tr

DONT_KNOW = 0  # the radio's value for "don't know" (stored as no score)
OPTIONS = [1, 2, 3, 4, 5, DONT_KNOW]

state = st.session_state


def score_of(value: int) -> int | None:
    return None if value == DONT_KNOW else int(value)


def option_labels(instrument) -> dict[int, str]:
    """The radio's option labels, e.g. "3 · En partie"; "don't know" last."""
    labels = {v: f"{v} · {instrument.scale_label(v, lang())}" for v in OPTIONS if v != DONT_KNOW}
    labels[DONT_KNOW] = instrument.dont_know.get(lang())
    return labels


def section_items(section, form: str) -> list:
    return [item for dimension in section.dimensions for item in dimension.items_for(form)]


def report(error: UserError) -> None:
    state.save_error = error_text(error)


def show_save_error() -> None:
    if message := state.pop("save_error", None):
        st.error(message, icon=":material/error:")


def remember_saved(token: str, answers: dict) -> None:
    """Note answers just stored, so that a fragment's rerun compares the widgets with them without a read."""
    known = state.get("saved_answers")
    if known is not None and known[0] == token:
        known[1].update(answers)


def saved_answers(participant) -> dict:
    """The answers as stored: the page run's read, plus what this session saved since."""
    known = state.get("saved_answers")
    return known[1] if known is not None and known[0] == participant.token else dict(participant.answers)


# ---- saving (widget callbacks) ---------------------------------------------------------------------
def save_answer(token: str, item_id: str) -> None:
    value = state.get(f"a_{item_id}")
    if value is None:
        return
    try:
        services().save_answers(token=token, answers={item_id: score_of(value)})
        remember_saved(token, {item_id: score_of(value)})
    except UserError as error:
        report(error)


def save_comment(token: str, dimension_id: str) -> None:
    try:
        services().save_answers(token=token, comments={dimension_id: state.get(f"c_{dimension_id}") or ""})
    except UserError as error:
        report(error)


def save_profile(token: str) -> None:
    try:
        services().update_profile(
            token=token,
            display_name=state.get("p_name"),
            sector=state.get("p_sector"),
            role=state.get("p_role"),
        )
    except UserError as error:
        report(error)


def save_step(participant, name: str) -> None:
    """Save what is on screen (the callbacks already did; this catches a value still in flight)."""
    if name == "profile":
        save_profile(participant.token)
        return
    if name == "review":
        return
    answers, comments = {}, {}
    for dimension in participant.instrument.section(name).dimensions:
        for item in dimension.items_for(participant.round.form):
            if (value := state.get(f"a_{item.id}")) is not None:
                answers[item.id] = score_of(value)
        if f"c_{dimension.id}" in state:
            comments[dimension.id] = state.get(f"c_{dimension.id}") or ""
    try:
        services().save_answers(token=participant.token, answers=answers, comments=comments)
        remember_saved(participant.token, answers)
    except UserError as error:
        report(error)


def go_to(participant, name: str, target: int) -> None:
    save_step(participant, name)
    state.step = target
    state.scroll_top = True


def submit(token: str) -> None:
    try:
        services().submit(token=token)
        state.just_submitted = True
    except (RoundNotOpen, AlreadySubmitted, UserError) as error:
        report(error)


# ---- the steps -------------------------------------------------------------------------------------
def step_names(instrument) -> list[str]:
    return ["profile", *[s.id for s in instrument.sections], "review"]


def step_title(instrument, name: str) -> str:
    if name in ("profile", "review"):
        return tr(f"q.{name}")
    return instrument.section(name).title.get(lang())


def step_heading(instrument, name: str) -> None:
    """The step's heading; its id lets a step change move the focus to it."""
    st.header(step_title(instrument, name), anchor=f"step-{name}")


def answered_text(participant, answers: dict) -> str:
    done = sum(1 for i in participant.item_ids if i in answers)
    return f"{tr('q.answered', done=done, total=len(participant.item_ids))} · {tr('q.saved')}"


def profile_step(participant) -> None:
    st.write(tr("q.profile_intro", n=participant.instrument.min_group_size))
    st.text_input(
        tr("q.display_name"),
        value=participant.display_name or "",
        max_chars=MAX_DISPLAY_NAME,
        key="p_name",
        on_change=save_profile,
        args=(participant.token,),
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
            args=(participant.token,),
        )


def review_step(participant) -> None:
    """Every section's answers (unanswered ones marked), a button back to each section, and Submit."""
    instrument, form = participant.instrument, participant.round.form
    st.write(tr("q.review_intro"))
    missing = participant.unanswered
    if not missing:
        st.success(tr("q.all_answered"), icon=":material/task_alt:")
    else:
        st.warning(tn("q.unanswered", lang(), len(missing)), icon=":material/help:")
    labels = option_labels(instrument)
    for number, section in enumerate(instrument.sections, start=1):
        title = section.title.get(lang())
        with st.container(border=True, key=f"review_{section.id}"):
            st.subheader(title)
            lines = []
            for item in section_items(section, form):
                text = plain(item.text.get(lang()))
                if item.id not in participant.answers:
                    lines.append(f"- {text}  \n  :material/help: **{tr('q.no_answer')}**")
                else:
                    saved = participant.answers[item.id]
                    lines.append(f"- {text}  \n  **{plain(labels[DONT_KNOW if saved is None else saved])}**")
            st.markdown("\n".join(lines))
            st.button(
                tr("q.change", section=title),
                key=f"goto_{section.id}",
                icon=":material/edit:",
                on_click=go_to,
                args=(participant, "review", number),
            )
    st.button(
        tr("q.submit"), type="primary", icon=":material/send:", on_click=submit, args=(participant.token,), key="submit"
    )


def dimension_header(participant, dimension) -> None:
    """A dimension's title, description and levels (drawn only when opened): drawn by the step, not by a tap."""
    st.subheader(dimension.title.get(lang()))
    st.caption(dimension.description.get(lang()))
    levels = st.expander(tr("q.levels"), icon=":material/help:", key=f"lv_{dimension.id}", on_change="rerun")
    if levels.open:
        with levels:
            for level in LEVELS:
                st.markdown(
                    f"**{participant.instrument.level_labels[level].get(lang())}** — "
                    f"{dimension.levels.get(level).get(lang())}"
                )


def dimension_answers(participant, dimension, answers: dict, labels: dict[int, str]) -> None:
    """A dimension's items as radios, then its comment box: what a tap redraws."""
    for item in dimension.items_for(participant.round.form):
        saved = answers.get(item.id, "missing")
        st.radio(
            item.text.get(lang()),
            OPTIONS,
            index=None if saved == "missing" else OPTIONS.index(DONT_KNOW if saved is None else saved),
            format_func=labels.get,
            key=f"a_{item.id}",
            on_change=save_answer,
            args=(participant.token, item.id),
        )
    st.text_area(
        tr("q.comment", dimension=dimension.title.get(lang())),
        value=participant.comments.get(dimension.id, ""),
        max_chars=MAX_TEXT,
        height=80,
        key=f"c_{dimension.id}",
        on_change=save_comment,
        args=(participant.token, dimension.id),
    )


def save_unsaved(participant, dimension, answers: dict) -> None:
    """Save any answer on screen that differs from ``answers`` (as stored).

    A tap whose save callback did not run (taps in quick succession can be merged into one rerun)
    is still in the widget's value."""
    unsaved = {}
    for item in dimension.items_for(participant.round.form):
        value = state.get(f"a_{item.id}")
        if value is not None and answers.get(item.id, "missing") != score_of(value):
            unsaved[item.id] = score_of(value)
    if unsaved:
        try:
            services().save_answers(token=participant.token, answers=unsaved)
            remember_saved(participant.token, unsaved)
        except UserError as error:
            report(error)


@st.fragment
def dimension_questions(handed: dict, dimension_id: str, count_slot) -> None:
    """A dimension's questions: a tap reruns only this (no database read: the callback saved the
    answer and noted it), and writes the new count of answers into ``count_slot`` (one ``st.empty``
    above the questions, shared by the section's dimensions: the last one written is shown).

    ``handed`` is the page run's participant state and option labels; a save that failed (the round
    closed, the answers already submitted) reruns the whole page, which reads the state again."""
    participant = handed["participant"]
    dimension = participant.instrument.dimensions[dimension_id]
    save_unsaved(participant, dimension, saved_answers(participant))
    if "save_error" in state and not handed.get("page_run"):
        st.rerun(scope="app")  # the page shows the error, or why there is nothing to answer any more
    answers = saved_answers(participant)
    count_slot.caption(answered_text(participant, answers))
    dimension_answers(participant, dimension, answers, handed["labels"])


def section_questions(participant, name: str) -> None:
    """The count of answers, then each dimension of the section: its header, and its questions as a fragment."""
    count_slot = st.empty()
    handed = {"participant": participant, "labels": option_labels(participant.instrument), "page_run": True}
    with st.container(key="questions"):
        for dimension in participant.instrument.section(name).dimensions:
            with st.container(border=True):
                dimension_header(participant, dimension)
                dimension_questions(handed, dimension.id, count_slot)
    handed["page_run"] = False  # later runs are the fragments' own


def navigation(participant, steps: list[str], step: int) -> None:
    back, forward = st.columns(2)
    if step > 0:
        back.button(
            tr("q.back"),
            icon=":material/arrow_back:",
            on_click=go_to,
            args=(participant, steps[step], step - 1),
            key="back",
        )
    if step < len(steps) - 1:
        forward.button(
            tr("q.next"),
            type="primary",
            icon=":material/arrow_forward:",
            on_click=go_to,
            args=(participant, steps[step], step + 1),
            key="next",
        )


def resume_link(token: str) -> None:
    """The resume link with a copy button, drawn only once its box is opened; it wraps, never scrolls."""
    with st.container(key="resume"):
        box = st.expander(tr("q.resume"), icon=":material/bookmark:", key="resume_open", on_change="rerun")
        if box.open:
            with box:
                st.caption(tr("q.resume_help"))
                st.code(link("questionnaire", token=token), language=None, wrap_lines=True)


WAIT_SECONDS = 4  # how often a participant waiting for the facilitator looks again


def is_open(participant, name: str) -> bool:
    """In a paced round, only the sections the facilitator opened (and the review once all are) can be
    answered; self-paced, every step."""
    opened = participant.open_sections
    if opened is None or name == "profile":
        return True
    if name == "review":
        return len(opened) == len(participant.instrument.sections)
    return name in opened


@st.fragment(run_every=WAIT_SECONDS)
def wait_for_facilitator(token: str, name: str) -> None:
    """Until the facilitator opens this step: a line, then the whole page again once it is open."""
    st.info(tr("q.waiting"), icon=":material/hourglass_top:")
    if is_open(services().participant_state(token=token), name):
        st.rerun(scope="app")


def closed_or_submitted(participant) -> bool:
    """Say so and return True when there is nothing to answer any more."""
    if participant.status == "submitted":
        when = participant.submitted_at.strftime("%Y-%m-%d %H:%M") if participant.submitted_at else ""
        st.success(tr("q.already_submitted", when=when), icon=":material/task_alt:")
        st.page_link("views/my_results.py", label=tr("join.see_results"), icon=":material/person:")
        return True
    if participant.round.status != "open":
        st.warning(tr("q.round_not_open"), icon=":material/lock:")
        return True
    return False


def page() -> None:
    st.title(tr("page.questionnaire"))
    participant = require_participant()  # the run's one read of the participant's state
    if state.pop("just_submitted", False):  # the submit callback ran before this run: results, with thanks
        state.show_thanks = True
        st.switch_page("views/my_results.py", query_params={"token": participant.token})
    if closed_or_submitted(participant):
        st.stop()
    instrument = participant.instrument
    steps = step_names(instrument)
    if "step" not in state:  # a new browser session (a resume link, a refresh): go on where they left off
        state.step = participant.resume_step
    step = state.step = min(max(int(state.step), 0), len(steps) - 1)
    name = steps[step]
    state.saved_answers = (participant.token, dict(participant.answers))  # kept up to date by the saves

    inject(SCALE_CSS)
    st.caption(plain(f"{participant.round.initiative} — {participant.round.label}"))
    st.progress(
        step / (len(steps) - 1), text=tr("q.step", n=step + 1, total=len(steps), title=step_title(instrument, name))
    )
    step_heading(instrument, name)
    show_save_error()
    if name == "profile":
        st.caption(answered_text(participant, participant.answers))
        profile_step(participant)
    elif not is_open(participant, name):
        wait_for_facilitator(participant.token, name)
    elif name == "review":
        review_step(participant)
    else:
        st.write(instrument.section(name).intro.get(lang()))
        section_questions(participant, name)
        show_save_error()  # a save made while drawing the questions
    navigation(participant, steps, step)
    resume_link(participant.token)
    if state.pop("scroll_top", False):
        scroll_to_step(f"step-{name}", tr("q.step", n=step + 1, total=len(steps), title=step_title(instrument, name)))


page()
