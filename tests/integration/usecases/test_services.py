"""The services over a real SQLite file: rounds, the participant journey, results, import and export."""

from __future__ import annotations

import csv
import io
from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from assessment.domain import scoring
from assessment.domain.errors import AlreadySubmitted, ImportRejected, Invalid, RoundNotOpen, UnknownCode, UnknownToken
from assessment.formats.responses_csv import EXPORT_COLUMNS
from assessment.store.models import Answer, Comment, Initiative, ResponseSet, Round
from assessment.usecases import Services
from tests.factories import ALL_DIMENSIONS, csv_bytes, full_items, short_items

DAY = date(2024, 3, 1)


def approx_tree(expected):
    """``expected`` with every float wrapped in pytest.approx, through nested dicts and lists."""
    if isinstance(expected, float):
        return pytest.approx(expected)
    if isinstance(expected, dict):
        return {k: approx_tree(v) for k, v in expected.items()}
    if isinstance(expected, list | tuple):
        return [approx_tree(v) for v in expected]
    return expected


def new_round(
    services: Services,
    instrument,
    *,
    status: str = "open",
    form: str = "full",
    label: str = "R1",
    initiative: str = "Mentorat Canada",
):
    try:
        init = services.initiative(name=initiative)
    except Exception:
        init = services.create_initiative(name=initiative)
    r = services.create_round(initiative_id=init.id, label=label, on=DAY, form=form, instrument=instrument)
    if status != "draft":
        r = services.set_round_status(round_id=r.id, status=status)
    return r


def count(services: Services, model) -> int:
    with services.sessions() as session:
        return session.scalar(select(func.count()).select_from(model))


def answer_and_submit(
    services: Services,
    code: str,
    answers: dict,
    comments: dict | None = None,
    sector: str | None = None,
    role: str | None = None,
) -> str:
    token = services.join(code=code)
    if sector or role:
        services.update_profile(token=token, display_name=None, sector=sector, role=role)
    services.save_answers(token=token, answers=answers, comments=comments)
    services.submit(token=token)
    return token


# ----- rounds and joining ----------------------------------------------------------------------


def test_a_new_round_is_a_draft_with_a_join_code_and_the_instrument_version(services, instrument):
    r = new_round(services, instrument, status="draft")
    assert r.status == "draft"
    assert r.form == "full"
    assert not r.results_revealed
    assert r.instrument_version == "test-1"
    assert len(r.join_code) == 6 and r.join_code.isalnum() and r.join_code.isupper()
    assert services.list_rounds(initiative_id=r.initiative_id) == [r]


def test_joining_a_draft_round_fails(services, instrument):
    r = new_round(services, instrument, status="draft")
    with pytest.raises(RoundNotOpen) as caught:
        services.join(code=r.join_code)
    assert caught.value.key == "round_not_open"
    assert count(services, ResponseSet) == 0


def test_joining_with_a_wrong_code_fails(services, instrument):
    r = new_round(services, instrument)
    wrong = "ZZZZZZ" if r.join_code != "ZZZZZZ" else "YYYYYY"
    for code in (wrong, "", "  ", "!!"):
        with pytest.raises(UnknownCode):
            services.join(code=code)
    assert count(services, ResponseSet) == 0


def test_joining_an_open_round_works_with_a_lower_case_code_with_spaces(services, instrument):
    r = new_round(services, instrument, status="draft")
    r = services.set_round_status(round_id=r.id, status="open")
    typed = " " + " ".join(r.join_code.lower()) + " "
    token = services.join(code=typed)
    state = services.participant_state(token=token)
    assert state.round.id == r.id
    assert state.status == "draft"
    assert state.answers == {}
    assert state.unanswered == full_items()


def test_answers_and_comments_are_saved_and_found_again_to_resume(services, instrument, db_url):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    services.update_profile(token=token, display_name="  Ana ", sector="youth", role="partner")
    services.save_answers(token=token, answers={"champions_1": 4, "champions_2": None}, comments={"champions": "Bien"})
    services.save_answers(token=token, answers={"champions_1": 5, "urgency_1": 2})  # change one, add one
    services.save_answers(token=token, comments={"urgency": "  À revoir  "})

    resumed = Services(url=db_url).participant_state(token=token)  # as after a restart of the app
    assert resumed.answers == {"champions_1": 5, "champions_2": None, "urgency_1": 2}
    assert resumed.comments == {"champions": "Bien", "urgency": "À revoir"}
    assert (resumed.display_name, resumed.sector, resumed.role) == ("Ana", "youth", "partner")
    assert "champions_2" not in resumed.unanswered  # don't know is an answer
    assert "urgency_2" in resumed.unanswered

    services.save_answers(token=token, comments={"champions": ""})  # empty text removes a comment
    assert services.participant_state(token=token).comments == {"urgency": "À revoir"}


def test_an_unknown_token_is_refused(services):
    with pytest.raises(UnknownToken):
        services.participant_state(token="nope")
    with pytest.raises(UnknownToken):
        services.save_answers(token="nope", answers={"champions_1": 3})


def test_submitting_twice_keeps_the_first_time_and_counts_one_submission(services, instrument):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    services.save_answers(token=token, answers={"champions_1": 4})
    first = services.submit(token=token)
    second = services.submit(token=token)
    assert first is not None
    assert second == first
    assert services.participant_state(token=token).submitted_at == first
    assert services.response_counts(round_id=r.id) == {"draft": 0, "submitted": 1}
    assert services.round_result(round_id=r.id).participants == 1


def test_saving_after_submitting_is_refused(services, instrument):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    services.save_answers(token=token, answers={"champions_1": 4})
    services.submit(token=token)
    with pytest.raises(AlreadySubmitted):
        services.save_answers(token=token, answers={"champions_1": 1})
    with pytest.raises(AlreadySubmitted):
        services.update_profile(token=token, display_name="x", sector=None, role=None)
    assert services.participant_state(token=token).answers == {"champions_1": 4}


def test_a_closed_round_refuses_joining_saving_and_submitting(services, instrument):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    services.save_answers(token=token, answers={"champions_1": 4})
    services.set_round_status(round_id=r.id, status="closed")
    with pytest.raises(RoundNotOpen) as caught:
        services.join(code=r.join_code)
    assert caught.value.key == "round_closed"
    with pytest.raises(RoundNotOpen):
        services.save_answers(token=token, answers={"champions_1": 1})
    with pytest.raises(RoundNotOpen):
        services.submit(token=token)
    assert services.participant_state(token=token).answers == {"champions_1": 4}
    assert services.response_counts(round_id=r.id) == {"draft": 1, "submitted": 0}


@pytest.mark.parametrize(
    ("answers", "key"),
    [
        ({"champions_1": 4, "no_such_item": 3}, "invalid_item"),
        ({"champions_1": 4, "champions_2": 7}, "invalid_score"),
        ({"champions_1": 4, "champions_2": 0}, "invalid_score"),
        ({"champions_1": 4, "champions_2": "3"}, "invalid_score"),
        ({"champions_1": 4, "champions_2": True}, "invalid_score"),
        ({"champions_1": 4, "champions_2": 3.0}, "invalid_score"),
    ],
)
def test_an_invalid_answer_is_refused_and_nothing_is_written(services, instrument, answers, key):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    with pytest.raises(Invalid) as caught:
        services.save_answers(token=token, answers=answers, comments={"champions": "kept?"})
    assert caught.value.key == key
    state = services.participant_state(token=token)
    assert state.answers == {}
    assert state.comments == {}
    assert count(services, Answer) == 0


def test_an_item_outside_the_rounds_form_is_refused(services, instrument):
    r = new_round(services, instrument, form="short")
    token = services.join(code=r.join_code)
    with pytest.raises(Invalid):
        services.save_answers(token=token, answers={"champions_2": 3})
    services.save_answers(token=token, answers={"champions_1": 3})
    assert services.participant_state(token=token).unanswered == [i for i in short_items() if i != "champions_1"]


def test_a_comment_on_an_unknown_dimension_or_a_bad_profile_is_refused(services, instrument):
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    with pytest.raises(Invalid):
        services.save_answers(token=token, comments={"nowhere": "x"})
    with pytest.raises(Invalid):
        services.update_profile(token=token, display_name=None, sector="police", role=None)
    with pytest.raises(Invalid):
        services.update_profile(token=token, display_name=None, sector=None, role="boss")
    assert count(services, Comment) == 0


# ----- results ---------------------------------------------------------------------------------


def test_drafts_are_left_out_of_the_round_result(services, instrument):
    r = new_round(services, instrument)
    answer_and_submit(services, r.join_code, {"champions_1": 2})
    draft = services.join(code=r.join_code)
    services.save_answers(token=draft, answers={"champions_1": 5, "champions_2": None})
    result = services.round_result(round_id=r.id)
    assert result.participants == 1
    champions = result.dimension("champions")
    assert (champions.score, champions.n, champions.dont_know) == (2.0, 1, 0)
    report = services.round_report(round_id=r.id)
    assert report.drafts == 1
    assert report.items[0].id == "complexity_1"
    by_id = {i.id: i for i in report.items}
    assert by_id["champions_1"].counts == (0, 1, 0, 0, 0)
    assert by_id["champions_2"].dont_know == 0


PEOPLE = [
    # answers to the full form; None = don't know; some dimensions left out
    {"champions_1": 4, "champions_2": 2, "urgency_1": None, "urgency_2": 5, "equity_1": 1, "complexity_1": 2},
    {"champions_1": 5, "urgency_1": 3, "urgency_2": 3, "equity_1": 3, "equity_2": None, "complexity_1": 1},
    {"champions_1": 1, "champions_2": 1, "urgency_1": None, "equity_1": 5, "resources_1": 4, "complexity_2": 2},
    {"champions_1": None, "champions_2": None, "common_agenda_1": 4, "local_context_2": 2},
] + [{f"{d}_1": 1 + (n + i) % 5 for i, d in enumerate(ALL_DIMENSIONS)} for n in range(4)]


def test_the_round_result_equals_the_pure_scoring_of_the_same_answers(services, instrument):
    r = new_round(services, instrument)
    for answers in PEOPLE:
        answer_and_submit(services, r.join_code, answers)
    draft = services.join(code=r.join_code)
    services.save_answers(token=draft, answers={"champions_1": 5})

    expected = scoring.score_responses(
        instrument,
        [scoring.Response(n, answers) for n, answers in enumerate(PEOPLE)]
        + [scoring.Response("draft", {"champions_1": 5}, submitted=False)],
    )
    actual = services.round_result(round_id=r.id)
    assert actual.to_dict() == approx_tree(expected.to_dict())
    assert actual.participants == len(PEOPLE)

    scores = services.scores(initiative="Mentorat Canada", label="R1")
    assert scores["initiative"] == "Mentorat Canada"
    assert scores["round"] == "R1"
    assert {k: v for k, v in scores.items() if k not in ("initiative", "round")} == approx_tree(expected.to_dict())

    report = services.round_report(round_id=r.id)
    distribution = scoring.item_distribution([scoring.Response(n, a) for n, a in enumerate(PEOPLE)])
    expected_items = scoring.item_results(instrument, distribution, instrument.item_ids("full"))
    assert [(i.id, i.counts, i.dont_know, i.n) for i in report.items] == [
        (i.id, i.counts, i.dont_know, i.n) for i in expected_items
    ]


def test_the_round_report_lists_comments_of_submitted_responses_only(services, instrument):
    r = new_round(services, instrument)
    answer_and_submit(services, r.join_code, {"equity_1": 3}, {"equity": "Submitted words"})
    draft = services.join(code=r.join_code)
    services.save_answers(token=draft, answers={"equity_1": 1}, comments={"equity": "Draft words"})
    assert services.round_report(round_id=r.id).comments == [("equity", "Submitted words", None)]


def test_the_group_result_is_hidden_until_revealed_and_until_enough_people_submitted(services, instrument):
    r = new_round(services, instrument)
    tokens = [answer_and_submit(services, r.join_code, {"champions_1": v, "champions_2": 2}) for v in (4, 2)]

    hidden = services.participant_results(token=tokens[0])
    assert hidden.own == {"champions": 3.0}  # (4 + 2) / 2
    assert (hidden.group, hidden.group_hidden_reason) == (None, "not_revealed")

    services.set_results_revealed(round_id=r.id, revealed=True)
    too_few = services.participant_results(token=tokens[0])
    assert (too_few.group, too_few.group_hidden_reason) == (None, "too_few")  # 2 < min_group_size 3

    draft = services.join(code=r.join_code)  # a draft does not make the group large enough
    services.save_answers(token=draft, answers={"champions_1": 5})
    assert services.participant_results(token=tokens[0]).group_hidden_reason == "too_few"

    tokens.append(answer_and_submit(services, r.join_code, {"champions_1": 5}))
    shown = services.participant_results(token=tokens[0])
    assert shown.group_hidden_reason is None
    # champions: (3.0 + 2.0 + 5.0) / 3 = 3.333
    assert shown.group.dimension("champions").score == pytest.approx(10 / 3)
    assert shown.group.participants == 3

    services.set_results_revealed(round_id=r.id, revealed=False)
    assert services.participant_results(token=tokens[0]).group is None


# ----- import and export -----------------------------------------------------------------------

IMPORT_COLUMNS = ("participant", "sector", "role", "item_id", "score", "comment", "submitted_at")
IMPORT_ROWS = [
    {
        "participant": "Ana",
        "sector": "youth",
        "role": "partner",
        "item_id": "champions_1",
        "score": 4,
        "comment": "Élan",
        "submitted_at": "2024-03-01T10:00:00",
    },
    {"participant": "Ana", "item_id": "champions_2", "score": None},
    {"participant": "Ana", "item_id": "equity_1", "score": 2},
    {"participant": "Ben", "sector": "funder", "item_id": "champions_1", "score": 2},
    {"participant": "Ben", "item_id": "urgency_1", "score": 5},
    {"participant": "Chloé", "item_id": "champions_1", "score": 3},
]


def test_an_import_creates_the_initiative_and_a_closed_round_with_submitted_responses(services, instrument):
    summary = services.import_file(
        data=csv_bytes(IMPORT_ROWS, IMPORT_COLUMNS, bom=True), initiative="Paper", label="Baseline", on=DAY
    )
    assert (summary.initiative, summary.round, summary.participants, summary.answers, summary.created_round) == (
        "Paper",
        "Baseline",
        3,
        6,
        True,
    )
    r = services.find_round(initiative="Paper", label="Baseline")
    assert (r.status, r.date, r.form) == ("closed", DAY, "full")
    result = services.round_result(round_id=r.id)
    assert result.participants == 3
    # champions: Ana (4) / 1 = 4.0, Ben 2.0, Chloé 3.0 -> 3.0 ; one don't know
    champions = result.dimension("champions")
    assert (champions.score, champions.n, champions.dont_know) == (3.0, 3, 1)


def test_an_import_with_one_bad_row_writes_nothing(services):
    rows = IMPORT_ROWS + [{"participant": "Dan", "item_id": "champions_1", "score": 7}]  # row 8
    with pytest.raises(ImportRejected) as caught:
        services.import_file(data=csv_bytes(rows, IMPORT_COLUMNS), initiative="Paper", label="Baseline", on=DAY)
    assert [(row, key) for row, key, _ in caught.value.faults] == [(8, "score_range")]
    assert services.list_initiatives() == []
    for model in (Initiative, Round, ResponseSet, Answer):
        assert count(services, model) == 0


def test_an_import_into_an_existing_round_refuses_names_already_there(services, instrument):
    new_round(services, instrument, initiative="Paper", label="Baseline")
    first = services.import_file(data=csv_bytes(IMPORT_ROWS[:3], IMPORT_COLUMNS), initiative="Paper", label="Baseline")
    assert first.created_round is False
    answers_before = count(services, Answer)
    with pytest.raises(ImportRejected) as caught:
        services.import_file(data=csv_bytes(IMPORT_ROWS, IMPORT_COLUMNS), initiative="Paper", label="Baseline")
    assert [(row, key) for row, key, _ in caught.value.faults] == [(2, "participant_exists")]
    assert count(services, Answer) == answers_before


def parse_export(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8")[1:]
    reader = csv.DictReader(io.StringIO(text, newline=""))
    assert tuple(reader.fieldnames) == EXPORT_COLUMNS
    return list(reader)


def test_export_then_import_into_a_new_round_then_export_gives_the_same_rows(services, instrument):
    r = new_round(services, instrument, form="short", label="Webinar")
    answer_and_submit(
        services,
        r.join_code,
        {i: 1 + n % 5 for n, i in enumerate(short_items())},
        {"champions": 'Des champions, "vraiment"', "equity": "Ligne 1\nLigne 2"},
        sector="community_member",
        role="leadership_table",
    )
    answer_and_submit(services, r.join_code, {i: None if n % 3 == 0 else 5 for n, i in enumerate(short_items())})
    answer_and_submit(services, r.join_code, {"champions_1": 2, "urgency_1": 3}, sector="health")
    services.save_answers(token=services.join(code=r.join_code), answers={"champions_1": 5})  # a draft: not exported

    first = parse_export(services.export_responses(initiative="Mentorat Canada", label="Webinar"))
    assert len(first) == 19 + 19 + 2
    assert {row["round"] for row in first} == {"Webinar"}
    assert first[0]["participant"] == "participant-1"
    assert first[0]["sector"] == "community_member"
    assert first[0]["section"] == "fit" and first[0]["dimension"] == "complexity"
    assert first[0]["round_date"] == DAY.isoformat()
    champions = next(row for row in first if row["item_id"] == "champions_1")
    assert champions["comment"] == 'Des champions, "vraiment"'

    summary = services.import_file(
        data=services.export_responses(initiative="Mentorat Canada", label="Webinar"),
        initiative="Mentorat Canada",
        label="Copy",
        on=DAY,
    )
    assert (summary.participants, summary.answers, summary.created_round) == (3, 40, True)

    second = parse_export(services.export_responses(initiative="Mentorat Canada", label="Copy"))
    assert {row["round"] for row in second} == {"Copy"}
    assert [{**row, "round": ""} for row in second] == [{**row, "round": ""} for row in first]

    original = services.round_result(round_id=r.id)
    copy = services.round_result(round_id=services.find_round(initiative="Mentorat Canada", label="Copy").id)
    assert copy.to_dict() == approx_tree(original.to_dict())

    both = parse_export(services.export_responses(initiative="Mentorat Canada"))
    assert len(both) == len(first) + len(second)


# ----- schema constraints ----------------------------------------------------------------------


def response_set_id(services: Services, instrument) -> int:
    r = new_round(services, instrument)
    token = services.join(code=r.join_code)
    with services.sessions() as session:
        return session.scalar(select(ResponseSet.id).where(ResponseSet.token == token))


def test_the_database_refuses_a_score_of_7(services, instrument):
    rs_id = response_set_id(services, instrument)
    with pytest.raises(IntegrityError):
        with services.sessions.begin() as session:
            session.add(Answer(response_set_id=rs_id, item_id="champions_1", dimension_id="champions", score=7))
    assert count(services, Answer) == 0


def test_the_database_refuses_two_answers_to_one_item_in_one_response_set(services, instrument):
    rs_id = response_set_id(services, instrument)
    with pytest.raises(IntegrityError):
        with services.sessions.begin() as session:
            session.add(Answer(response_set_id=rs_id, item_id="champions_1", dimension_id="champions", score=3))
            session.flush()
            session.add(Answer(response_set_id=rs_id, item_id="champions_1", dimension_id="champions", score=4))
    assert count(services, Answer) == 0


def test_the_database_refuses_an_answer_to_no_response_set(services, instrument):
    response_set_id(services, instrument)
    with pytest.raises(IntegrityError):
        with services.sessions.begin() as session:
            session.add(Answer(response_set_id=999_999, item_id="champions_1", dimension_id="champions", score=3))


def test_a_resumed_session_goes_on_at_the_first_section_with_an_unanswered_item(services, instrument):
    r = new_round(services, instrument, form="short", status="open")
    token = services.join(code=r.join_code)
    assert services.participant_state(token=token).resume_step == 0  # nothing done yet: the profile
    fit = [d for d in instrument.section("fit").dimensions]
    services.save_answers(token=token, answers={f"{d.id}_1": 3 for d in fit})
    assert services.participant_state(token=token).resume_step == 2  # fit done: the preconditions
    services.save_answers(token=token, answers={i: None for i in instrument.item_ids("short")})
    assert services.participant_state(token=token).resume_step == 5  # all answered: the review
