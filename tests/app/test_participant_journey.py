"""A participant joins with a code, answers section by section, submits and sees their results.

Answers are saved as they are given: leaving the page, changing the language or coming back
later with the resume link loses nothing.
"""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import (
    DONT_KNOW,
    button,
    healthy,
    make_round,
    new_app,
    shown,
    submitted_participant,
    title,
    tr,
)

SECTIONS = ["fit", "preconditions", "conditions", "principles"]


def join(at, code: str, lang: str = "en"):
    """Type ``code`` on the join page and press Join."""
    at.text_input[0].input(code)
    return button(at, tr("join.submit", lang)).click().run()


def score_for(n: int) -> int:
    """1, 2, 3, 4, 5, don't know, 1, … for the n-th item."""
    return [1, 2, 3, 4, 5, DONT_KNOW][n % 6]


def answer_on_screen(at, start: int = 0) -> dict[str, int | None]:
    """Answer every radio on screen (score_for its position); what the database should then hold."""
    expected = {}
    for n, radio in enumerate(at.radio, start=start):
        value = score_for(n)
        radio.set_value(value)
        expected[radio.key.removeprefix("a_")] = None if value == DONT_KNOW else value
    return expected


def radio_values(at) -> dict[str, int | None]:
    return {r.key.removeprefix("a_"): r.value for r in at.radio}


def test_a_participant_joins_answers_every_section_submits_and_sees_their_results(svc: Services) -> None:
    r = make_round(svc, form="full")
    at = new_app("en").run()
    join(at, r.join_code.lower())  # codes are typed in any case
    assert healthy(at)
    assert title(at) == [tr("page.questionnaire", "en")]
    token = at.session_state["token"]
    assert at.query_params["token"] == token  # the address bar keeps the resume link

    # About you
    at.text_input(key="p_name").input("Zoé")
    at.selectbox(key="p_sector").set_value("youth")
    at.selectbox(key="p_role").set_value("partner")
    at.button(key="next").click().run()

    expected_answers: dict[str, int | None] = {}
    expected_comments: dict[str, str] = {}
    for section in SECTIONS:
        assert healthy(at)
        assert [h.value for h in at.header] == [svc.current_instrument().section(section).title.get("en")]
        expected_answers |= answer_on_screen(at, start=len(expected_answers))
        first_comment = at.text_area[0]
        first_comment.input(f"Comment on {first_comment.key}")
        expected_comments[first_comment.key.removeprefix("c_")] = f"Comment on {first_comment.key}"
        at.button(key="next").click().run()

    assert healthy(at)
    assert [h.value for h in at.header] == [tr("q.review", "en")]
    assert shown(at, tr("q.all_answered", "en"))
    at.button(key="submit").click().run()
    assert healthy(at)

    state = svc.participant_state(token=token)
    assert state.status == "submitted"
    assert (state.display_name, state.sector, state.role) == ("Zoé", "youth", "partner")
    assert state.answers == expected_answers
    assert len(state.answers) == 50
    assert state.comments == expected_comments
    assert svc.response_counts(round_id=r.id) == {"submitted": 1, "draft": 0}
    assert svc.round_result(round_id=r.id).participants == 1

    assert title(at) == [tr("page.my_results", "en")]  # see the next test
    assert shown(at, tr("my.group_not_revealed", "en"))


def test_submitting_takes_the_participant_to_their_results(svc: Services, open_round) -> None:
    at = new_app("en", token=svc.join(code=open_round.join_code))
    at.session_state["step"] = 5
    at.run().switch_page("views/questionnaire.py").run()
    assert [h.value for h in at.header] == [tr("q.review", "en")]

    at.button(key="submit").click().run()

    assert svc.participant_state(token=at.session_state["token"]).status == "submitted"
    assert title(at) == [tr("page.my_results", "en")]
    assert [m.value for m in at.success] == [tr("q.submitted", "en")]
    assert "just_submitted" not in at.session_state


def test_each_answer_is_saved_as_soon_as_it_is_given(svc: Services, open_round) -> None:
    at = new_app("en").run()
    join(at, open_round.join_code)
    at.button(key="next").click().run()
    at.radio(key="a_complexity_1").set_value(4).run()
    at.text_area(key="c_complexity").input("Too big for one organisation").run()
    state = svc.participant_state(token=at.session_state["token"])
    assert state.answers == {"complexity_1": 4}
    assert state.comments == {"complexity": "Too big for one organisation"}


def test_a_join_link_prefills_the_code(svc: Services, open_round) -> None:
    at = new_app("fr", code=open_round.join_code).run()
    assert healthy(at)
    assert at.text_input[0].value == open_round.join_code
    button(at, tr("join.submit", "fr")).click().run()
    assert title(at) == [tr("page.questionnaire", "fr")]
    assert svc.participant_state(token=at.session_state["token"]).round.id == open_round.id


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_wrong_code_says_so_and_shows_no_questionnaire(lang: str, open_round) -> None:
    at = new_app(lang).run()
    join(at, "ZZZ999", lang)
    assert healthy(at)
    assert [e.value for e in at.error] == [tr("error.unknown_code", lang, code="ZZZ999")]
    assert title(at) == [tr("page.join", lang)]
    assert not at.radio
    assert "token" not in at.session_state


def test_a_closed_round_cannot_be_joined(svc: Services) -> None:
    closed = make_round(svc, status="closed", label="Hiver")
    at = new_app("en").run()
    join(at, closed.join_code)
    assert [e.value for e in at.error] == [tr("error.round_closed", "en", round="Hiver")]
    assert "token" not in at.session_state


def test_a_round_closed_while_answering_shows_the_closed_message_and_keeps_answers(svc: Services, open_round) -> None:
    at = new_app("en").run()
    join(at, open_round.join_code)
    at.button(key="next").click().run()
    at.radio(key="a_complexity_1").set_value(5).run()
    svc.set_round_status(round_id=open_round.id, status="closed")
    at.run()
    assert [w.value for w in at.warning] == [tr("q.round_not_open", "en")]
    assert not at.radio
    assert svc.participant_state(token=at.session_state["token"]).answers == {"complexity_1": 5}


def test_leaving_the_questionnaire_and_coming_back_loses_nothing(svc: Services, open_round) -> None:
    at = new_app("en").run()
    join(at, open_round.join_code)
    at.button(key="next").click().run()
    expected = answer_on_screen(at)
    at.text_area(key="c_commitment").input("Three years at least")
    at.run()  # the radios' and the comment's on_change save them

    at.switch_page("views/join.py").run()
    assert shown(at, tr("join.in_progress", "en", round=open_round.label))
    assert not at.radio
    at.switch_page("views/questionnaire.py").run()

    assert healthy(at)
    assert [h.value for h in at.header] == [svc.current_instrument().section("fit").title.get("en")]
    assert radio_values(at) == {k: DONT_KNOW if v is None else v for k, v in expected.items()}
    assert at.text_area(key="c_commitment").value == "Three years at least"


def test_switching_language_mid_questionnaire_keeps_the_answers(svc: Services, open_round) -> None:
    at = new_app("en").run()
    join(at, open_round.join_code)
    at.button(key="next").click().run()
    expected = answer_on_screen(at)
    at.run()
    before = radio_values(at)

    at.segmented_control(key="lang").set_value("fr").run()

    assert healthy(at)
    assert [h.value for h in at.header] == [svc.current_instrument().section("fit").title.get("fr")]
    assert at.radio[0].options[0].endswith("Pas du tout")
    assert radio_values(at) == before
    at.button(key="next").click().run()  # and moving on saves the same answers, not reset ones
    assert svc.participant_state(token=at.session_state["token"]).answers == expected


def test_the_resume_link_finds_the_participant_and_their_answers_in_a_new_session(svc: Services, open_round) -> None:
    first = new_app("en").run()
    join(first, open_round.join_code)
    first.text_input(key="p_name").input("Ana")
    first.button(key="next").click().run()
    expected = answer_on_screen(first)
    first.run()
    token = first.session_state["token"]

    later = new_app("en", token=token).run()
    assert healthy(later)
    assert later.session_state["token"] == token
    assert shown(later, tr("join.in_progress", "en", round=open_round.label))
    later.switch_page("views/questionnaire.py").run()
    # The first section is answered in full: the new session resumes at the second one.
    assert later.session_state["step"] == 2
    later.button(key="back").click().run()
    assert radio_values(later) == {k: DONT_KNOW if v is None else v for k, v in expected.items()}
    later.button(key="back").click().run()
    assert later.text_input(key="p_name").value == "Ana"


def test_an_unknown_resume_link_says_so(open_round) -> None:
    at = new_app("en", token="not-a-token").run()
    assert [e.value for e in at.error] == [tr("error.unknown_token", "en")]
    assert "token" not in at.session_state


def test_submitting_twice_records_one_submission(svc: Services, open_round) -> None:
    token = svc.join(code=open_round.join_code)
    svc.save_answers(token=token, answers={"complexity_1": 4})
    tabs = []
    for _ in range(2):  # the same resume link open in two tabs, both on the review step
        at = new_app("en", token=token)
        at.session_state["step"] = 5
        at.run().switch_page("views/questionnaire.py").run()
        assert [h.value for h in at.header] == [tr("q.review", "en")]
        tabs.append(at)

    tabs[0].button(key="submit").click().run()
    first_time = svc.participant_state(token=token).submitted_at
    tabs[1].button(key="submit").click().run()

    assert healthy(tabs[1])
    assert not tabs[1].error
    assert svc.response_counts(round_id=open_round.id) == {"submitted": 1, "draft": 0}
    assert svc.participant_state(token=token).submitted_at == first_time
    tabs[0].switch_page("views/questionnaire.py").run()
    assert shown(tabs[0], tr("q.already_submitted", "en", when=first_time.strftime("%Y-%m-%d %H:%M")))
    assert not tabs[0].button  # no submit button any more
    assert not tabs[0].radio


def table_headers(at) -> list[str]:
    """The column headings of the page's table (the data behind the chart, a Markdown table)."""
    [table] = [m.value for m in at.markdown if m.value.startswith("| ")]
    return [cell.strip().replace("\\", "") for cell in table.splitlines()[0].strip("|").split("|")]


def my_results(token: str):
    at = new_app("en", token=token).run()
    return at.switch_page("views/my_results.py").run()


def test_group_results_appear_only_once_revealed_and_with_three_submissions(svc: Services, open_round) -> None:
    me = submitted_participant(svc, open_round, score=2)
    submitted_participant(svc, open_round, score=4)

    at = my_results(me)
    assert shown(at, tr("my.group_not_revealed", "en"))
    assert not at.metric

    svc.set_results_revealed(round_id=open_round.id, revealed=True)
    at = my_results(me)
    assert shown(at, tr("my.group_too_few", "en", n=3))
    assert not at.metric

    submitted_participant(svc, open_round, score=5)
    svc.join(code=open_round.join_code)  # a draft does not count
    at = my_results(me)
    assert healthy(at)
    assert not shown(at, tr("my.group_too_few", "en", n=3))
    assert [m.value for m in at.metric][0] == "3"
    assert table_headers(at) == [tr("col.dimension", "en"), tr("my.you", "en"), tr("my.group", "en")]

    svc.set_results_revealed(round_id=open_round.id, revealed=False)
    at = my_results(me)
    assert shown(at, tr("my.group_not_revealed", "en"))
    assert not at.metric


def test_a_tap_whose_save_did_not_run_is_saved_on_the_next_rerun(svc: Services, open_round) -> None:
    at = new_app("en").run()
    join(at, open_round.join_code)
    at.button(key="next").click().run()
    token = at.session_state["token"]
    # As when two quick taps are merged into one rerun: the widget holds a value its callback never saved.
    at.session_state["a_complexity_1"] = 4
    at.run()
    assert svc.participant_state(token=token).answers.get("complexity_1") == 4
