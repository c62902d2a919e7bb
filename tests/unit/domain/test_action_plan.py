"""Action plan maths: weakest dimensions first, a dimension's score path, and the rounds around a due date."""

from datetime import date

import pytest

from assessment.domain.action_plan import around, dimensions_by_concern, latest_band, score_path
from assessment.domain.compare import ScoredRound, compare_rounds
from assessment.domain.scoring import score_participants
from tests.factories import all_dimensions, tiny_instrument

INSTRUMENT = tiny_instrument()
IDS = tuple(INSTRUMENT.dimensions)


def scored(rid: int, on: date, scores: dict[str, float], *, status="closed", ids=IDS) -> ScoredRound:
    # One participant: each group score is that participant's score.
    result = score_participants(INSTRUMENT, {"p": {d: v for d, v in scores.items() if d in ids}} if scores else {}, {})
    return ScoredRound(rid, f"R{rid}", on, status, "full", "1", result, ids)


R1 = scored(1, date(2025, 1, 10), all_dimensions(3.5, equity=2.0, urgency=2.5))
R2 = scored(2, date(2025, 6, 10), all_dimensions(3.5, equity=2.5, urgency=4.0))
R3 = scored(3, date(2026, 1, 10), {}, status="open")  # just opened: nobody has submitted yet


def test_concern_dimensions_come_first_weakest_first_then_the_rest_in_instrument_order():
    order = dimensions_by_concern(INSTRUMENT, R1.result)
    assert order[:2] == ["equity", "urgency"]  # 2.0 then 2.5; both below 3.0
    assert order[2:] == [d for d in IDS if d not in ("equity", "urgency")]


def test_without_a_result_the_dimensions_keep_the_instrument_order():
    assert dimensions_by_concern(INSTRUMENT, None) == list(IDS)


def test_a_score_path_gives_each_round_its_score_and_its_change_since_the_previous_round():
    path = score_path(compare_rounds("I", [R1, R2, R3]), "equity")
    assert [(p.round, p.score, p.band) for p in path] == [
        ("R1", 2.0, "concern"),
        ("R2", 2.5, "concern"),
        ("R3", None, None),
    ]
    assert path[0].delta_previous is None
    assert path[1].delta_previous == pytest.approx(0.5)  # 2.5 - 2.0
    assert path[2].delta_previous is None  # no score in the open round
    assert [p.in_progress for p in path] == [False, False, True]


def test_the_latest_band_is_that_of_the_newest_round_with_a_score():
    comparison = compare_rounds("I", [R1, R2, R3])
    assert latest_band(score_path(comparison, "equity")) == "concern"
    assert latest_band(score_path(comparison, "urgency")) == "strength"  # 4.0 in R2; R3 has no score
    assert latest_band(score_path(compare_rounds("I", [R3]), "urgency")) is None


def test_a_dimension_a_round_lacks_has_no_score_there():
    partial = scored(4, date(2026, 6, 1), all_dimensions(3.0), ids=IDS[:-1])
    path = score_path(compare_rounds("I", [R1, partial]), IDS[-1])
    assert [p.score for p in path] == [3.5, None]


def test_the_rounds_around_a_due_date_are_the_last_before_and_the_first_on_or_after_it():
    path = score_path(compare_rounds("I", [R1, R2, R3]), "urgency")
    before, after = around(path, date(2025, 3, 1))
    assert (before.round, before.score, after.round, after.score) == ("R1", 2.5, "R2", 4.0)
    before, after = around(path, date(2025, 6, 10))  # due on the day of R2: R2 shows the result
    assert (before.round, after.round) == ("R1", "R2")


def test_an_action_due_after_the_last_scored_round_waits_for_the_next_one():
    path = score_path(compare_rounds("I", [R1, R2, R3]), "urgency")
    before, after = around(path, date(2025, 12, 1))  # R3 is after the due date but has no score yet
    assert before.round == "R2" and after is None
    assert around(path, date(2024, 1, 1)) == (None, path[0])
    assert around(path, None) == (None, None)
