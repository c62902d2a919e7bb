"""Comparison of rounds: changes against the baseline and the previous round, bands gained and lost."""

from datetime import date

import pytest

from assessment.domain.compare import ScoredRound, compare_rounds
from assessment.domain.scoring import score_participants
from tests.factories import all_dimensions, tiny_instrument

INSTRUMENT = tiny_instrument()
IDS = tuple(INSTRUMENT.dimensions)


def scored(rid: int, on: date, scores: dict[str, float], *, status="closed", form="full", ids=IDS, version="1"):
    # One participant per round: the group score of each dimension is that participant's score.
    result = score_participants(INSTRUMENT, {"p": {d: v for d, v in scores.items() if d in ids}}, {})
    return ScoredRound(rid, f"R{rid}", on, status, form, version, result, ids)


R1 = scored(1, date(2025, 1, 1), all_dimensions(2.0, common_agenda=2.5))
R2 = scored(2, date(2025, 6, 1), all_dimensions(3.0, common_agenda=2.0))
R3 = scored(3, date(2026, 1, 1), all_dimensions(4.5, common_agenda=3.5), status="open")


def test_changes_are_taken_against_the_earliest_round_and_the_previous_one():
    comparison = compare_rounds("I", [R1, R2, R3])
    assert comparison.baseline is R1
    first, second, third = comparison.rounds
    assert first.delta_baseline["champions"] == 0.0 and first.delta_previous["champions"] is None
    assert second.delta_baseline["champions"] == pytest.approx(1.0)  # 3.0 - 2.0
    assert second.delta_baseline["common_agenda"] == pytest.approx(-0.5)  # 2.0 - 2.5
    assert third.delta_baseline["common_agenda"] == pytest.approx(1.0)  # 3.5 - 2.5
    assert third.delta_previous["common_agenda"] == pytest.approx(1.5)  # 3.5 - 2.0
    # index = 25 x (mean of preconditions, conditions, principles - 1)
    # R1: conditions = (2.5 + 4 x 2.0) / 5 = 2.1; sections 2.0, 2.1, 2.0 -> 25 x (6.1/3 - 1) = 25.8333
    # R2: conditions = (2.0 + 4 x 3.0) / 5 = 2.8; sections 3.0, 2.8, 3.0 -> 25 x (8.8/3 - 1) = 48.3333
    assert second.index_delta_baseline == pytest.approx(48.3333333 - 25.8333333)
    assert second.section_delta_previous["conditions"] == pytest.approx(0.7)  # 2.8 - 2.1


def test_another_baseline_can_be_picked():
    comparison = compare_rounds("I", [R1, R2, R3], baseline_id=2)
    assert comparison.baseline is R2
    assert comparison.rounds[0].delta_baseline["champions"] == pytest.approx(-1.0)  # 2.0 - 3.0


def test_bands_gained_and_lost_are_listed_against_the_previous_round():
    changes = compare_rounds("I", [R1, R2, R3]).rounds
    second = {c.dimension_id: c for c in changes[1].bands_vs_previous}
    assert ("concern", "borderline") == (second["champions"].before, second["champions"].after)
    assert second["champions"].gained
    assert "common_agenda" not in second  # 2.5 -> 2.0: still a concern
    third = {c.dimension_id: c for c in changes[2].bands_vs_previous}
    assert (third["champions"].before, third["champions"].after) == ("borderline", "strength")
    assert (third["common_agenda"].before, third["common_agenda"].after) == ("concern", "borderline")
    lost = compare_rounds("I", [R3, R1]).rounds[1].bands_vs_previous
    assert all(not c.gained for c in lost) and lost


def test_open_rounds_are_marked_in_progress():
    assert [c.in_progress for c in compare_rounds("I", [R1, R2, R3]).rounds] == [False, False, True]


def test_rounds_are_compared_on_the_dimensions_they_share():
    partial = scored(4, date(2026, 6, 1), all_dimensions(3.0), ids=IDS[:-1], form="short", version="2")
    comparison = compare_rounds("I", [R1, partial])
    assert IDS[-1] not in comparison.shared_dimensions
    assert comparison.not_comparable == (IDS[-1],)
    assert comparison.mixed_forms and comparison.mixed_versions
    assert IDS[-1] not in comparison.rounds[1].delta_baseline


def test_a_dimension_nobody_scored_has_no_change():
    empty = scored(5, date(2026, 6, 1), {d: v for d, v in all_dimensions(3.0).items() if d != "champions"})
    change = compare_rounds("I", [R1, empty]).rounds[1]
    assert change.delta_baseline["champions"] is None


def test_the_json_document_has_the_documented_shape():
    document = compare_rounds("I", [R1, R2]).to_dict()
    assert set(document) == {"initiative", "baseline", "rounds"}
    assert document["baseline"] == "R1"
    entry = document["rounds"][1]
    assert {
        "round",
        "date",
        "status",
        "participants",
        "index",
        "verdict",
        "sections",
        "delta_baseline",
        "delta_previous",
    } <= set(entry)
    assert entry["delta_baseline"]["champions"] == pytest.approx(1.0)


def test_no_rounds_is_refused():
    with pytest.raises(ValueError):
        compare_rounds("I", [])
