"""Scoring rules of PRODUCT.md ("Scoring (exact rules)"), checked against hand-computed values.

The instrument is the tiny one of tests/factories.py: every dimension has items <dim>_1 and
<dim>_2; thresholds strength 4.0 / borderline 3.0; disagreement sd 1.0 with n >= 3.
"""

from __future__ import annotations

import json
import math

import pytest

from assessment.domain.instrument import FRAMEWORK
from assessment.domain.scoring import (
    Response,
    RoundResult,
    dont_know_counts,
    is_disagreement,
    item_distribution,
    item_results,
    participant_dimension_scores,
    score_participants,
    score_responses,
    verdict_reasons,
)
from tests.factories import ALL_DIMENSIONS, all_dimensions, tiny_instrument

INSTRUMENT = tiny_instrument()


def one_participant(scores: dict[str, float]) -> RoundResult:
    """The group result of a single participant with these dimension scores."""
    return score_participants(INSTRUMENT, {"p1": scores}, {})


def everyone(value: int, **overrides: int | None) -> dict[str, int | None]:
    """Answers to every short item (<dim>_1): ``value`` except the dimensions named."""
    return {f"{d}_1": overrides.get(d, value) for d in ALL_DIMENSIONS}


# ----- a participant's dimension score ---------------------------------------------------------


def test_a_participants_dimension_score_is_the_mean_of_their_answered_items():
    # champions: (2 + 5) / 2 = 3.5 ; urgency: only urgency_1 answered -> 4 / 1 = 4.0
    scores = participant_dimension_scores(INSTRUMENT, {"champions_1": 2, "champions_2": 5, "urgency_1": 4})
    assert scores == {"champions": 3.5, "urgency": 4.0}


def test_dont_know_is_left_out_of_a_participants_score_and_never_counted_as_three():
    # champions_1 = 5, champions_2 = don't know -> 5 / 1 = 5.0 (counting it as 3 would give 4.0)
    scores = participant_dimension_scores(INSTRUMENT, {"champions_1": 5, "champions_2": None})
    assert scores["champions"] == 5.0


def test_a_dimension_answered_only_with_dont_know_has_no_participant_score():
    scores = participant_dimension_scores(INSTRUMENT, {"champions_1": None, "champions_2": None, "urgency_1": 2})
    assert "champions" not in scores
    assert scores == {"urgency": 2.0}


def test_answers_to_items_outside_the_instrument_are_ignored():
    assert participant_dimension_scores(INSTRUMENT, {"no_such_item": 5, "urgency_1": 1}) == {"urgency": 1.0}


# ----- group dimension scores -----------------------------------------------------------------


def test_each_participant_weighs_the_same_in_the_group_score():
    responses = [
        Response("a", {"champions_1": 4, "champions_2": 2}),  # a: (4 + 2) / 2 = 3.0
        Response("b", {"champions_1": 5}),  # b: 5 / 1 = 5.0
    ]
    result = score_responses(INSTRUMENT, responses)
    champions = result.dimension("champions")
    # group = (3.0 + 5.0) / 2 = 4.0 ; an item-weighted mean would be (4 + 2 + 5) / 3 = 3.667
    assert champions.score == pytest.approx(4.0)
    assert champions.n == 2
    # sample sd of [3, 5]: mean 4, squared deviations 1 + 1 = 2, / (2 - 1) = 2 -> sqrt(2)
    assert champions.sd == pytest.approx(math.sqrt(2))
    assert champions.band == "strength"
    assert champions.dont_know == 0


def test_dont_know_answers_are_counted_apart_per_dimension():
    responses = [
        Response("a", {"champions_1": None, "champions_2": 4, "urgency_1": None}),
        Response("b", {"champions_1": None, "champions_2": None, "urgency_1": 2}),
        Response("c", {"champions_1": 1}),
    ]
    result = score_responses(INSTRUMENT, responses)
    champions = result.dimension("champions")
    # scores: a -> 4.0, b -> none (only don't know), c -> 1.0 ; group (4 + 1) / 2 = 2.5
    assert champions.score == pytest.approx(2.5)
    assert champions.n == 2
    assert champions.dont_know == 3  # a: 1, b: 2
    urgency = result.dimension("urgency")
    assert (urgency.score, urgency.n, urgency.dont_know, urgency.sd) == (2.0, 1, 1, None)
    assert dont_know_counts(INSTRUMENT, responses) == {"champions": 3, "urgency": 1}


def test_the_sd_is_the_sample_standard_deviation_and_none_below_two_participants():
    # [2, 3, 4, 5]: mean 3.5, squared deviations 2.25 + 0.25 + 0.25 + 2.25 = 5, / 3 -> sqrt(5/3) = 1.291
    responses = [Response(i, {"equity_1": v}) for i, v in enumerate([2, 3, 4, 5])]
    result = score_responses(INSTRUMENT, responses)
    assert result.dimension("equity").sd == pytest.approx(math.sqrt(5 / 3))
    alone = score_responses(INSTRUMENT, [Response("a", {"equity_1": 2})])
    assert alone.dimension("equity").sd is None
    assert alone.dimension("equity").n == 1


def test_a_dimension_nobody_answered_has_no_score_no_band_and_n_zero():
    result = score_responses(INSTRUMENT, [Response("a", {"champions_1": 4})])
    local = result.dimension("local_context")
    assert (local.score, local.band, local.n, local.sd) == (None, None, 0, None)
    assert (local.dont_know, local.discuss) == (0, False)


def test_when_everyone_answers_dont_know_there_are_no_scores_and_no_index():
    responses = [Response(p, everyone(0, **{d: None for d in ALL_DIMENSIONS})) for p in ("a", "b", "c")]
    result = score_responses(INSTRUMENT, responses)
    assert result.participants == 3
    assert result.index is None
    assert result.flags == ()
    for d in result.dimensions:
        assert (d.score, d.band, d.n, d.dont_know, d.discuss) == (None, None, 0, 3, False)
    for s in result.sections:
        assert (s.score, s.band) == (None, None)
    # Nothing to judge on: not "not ready" (nothing is low) and not "ready" (nothing is met).
    assert result.verdict == "emerging"
    assert ("no_score", "champions") in verdict_reasons(INSTRUMENT, result)


def test_one_participant_gives_their_own_scores_without_sd():
    result = score_responses(INSTRUMENT, [Response("a", everyone(4, champions=2))])
    assert result.participants == 1
    assert result.dimension("champions").score == 2.0
    assert result.dimension("urgency").score == 4.0
    assert all(d.sd is None and d.n == 1 and not d.discuss for d in result.dimensions)
    assert result.verdict == "not_ready"


def test_with_no_participants_there_is_no_verdict_and_no_index():
    for result in (score_responses(INSTRUMENT, []), score_participants(INSTRUMENT, {}, {})):
        assert result.participants == 0
        assert result.index is None
        assert result.verdict is None
        assert result.flags == ()
        assert all(d.score is None and d.n == 0 for d in result.dimensions)


def test_drafts_never_count():
    responses = [
        Response("a", {"champions_1": 2}),
        Response("draft", {"champions_1": 5, "champions_2": None}, submitted=False),
    ]
    result = score_responses(INSTRUMENT, responses)
    assert result.participants == 1
    champions = result.dimension("champions")
    assert (champions.score, champions.n, champions.dont_know) == (2.0, 1, 0)
    assert dont_know_counts(INSTRUMENT, responses) == {}
    assert item_distribution(responses) == {"champions_1": {2: 1}}


def test_participants_counts_submitted_people_including_those_with_only_dont_know():
    responses = [Response("a", {"champions_1": 4}), Response("b", {"champions_1": None})]
    result = score_responses(INSTRUMENT, responses)
    assert result.participants == 2
    assert result.dimension("champions").n == 1


# ----- sections and readiness index -----------------------------------------------------------


def test_a_section_score_is_the_mean_of_its_dimension_group_scores():
    # preconditions: champions (2 + 4) / 2 = 3.0 from two people, urgency 5.0 from one, resources 1.0
    # section = (3.0 + 5.0 + 1.0) / 3 = 3.0 (each dimension weighs the same, whatever its n)
    responses = [
        Response("a", {"champions_1": 2, "urgency_1": 5, "resources_1": 1}),
        Response("b", {"champions_1": 4}),
    ]
    result = score_responses(INSTRUMENT, responses)
    assert result.section("preconditions").score == pytest.approx(3.0)
    assert result.section("preconditions").band == "borderline"


def test_a_section_score_skips_dimensions_with_no_score():
    # conditions: only common_agenda = 2 scored -> section 2.0
    result = score_responses(INSTRUMENT, [Response("a", {"common_agenda_1": 2})])
    assert result.section("conditions").score == 2.0
    assert result.section("conditions").band == "concern"
    assert result.section("fit").score is None


def test_the_readiness_index_is_25_times_the_mean_of_three_sections_minus_one_with_fit_outside():
    scores = {d: 4.0 for d in FRAMEWORK["preconditions"]}  # preconditions 4.0
    scores |= {d: 3.0 for d in FRAMEWORK["conditions"]}  # conditions 3.0
    scores |= {d: 2.0 for d in FRAMEWORK["principles"]}  # principles 2.0
    scores |= {d: 1.0 for d in FRAMEWORK["fit"]}  # fit 1.0, reported beside the index
    result = one_participant(scores)
    # index = 25 * ((4 + 3 + 2) / 3 - 1) = 25 * 2 = 50 ; with fit inside it would be 25 * 1.5 = 37.5
    assert result.index == pytest.approx(50.0)
    assert result.section("fit").score == 1.0


def test_the_index_runs_from_0_to_100():
    assert one_participant(all_dimensions(1.0)).index == pytest.approx(0.0)
    assert one_participant(all_dimensions(5.0)).index == pytest.approx(100.0)


def test_the_index_is_unrounded():
    # principles: one dimension 4.5, seven 4.0 -> (4.5 + 7 * 4) / 8 = 4.0625 ; others 4.0
    # index = 25 * ((4 + 4 + 4.0625) / 3 - 1) = 25 * (12.0625 / 3 - 1) = 75.520833...
    result = one_participant(all_dimensions(4.0, equity=4.5))
    assert result.index == pytest.approx(25 * (12.0625 / 3 - 1))
    assert result.index != round(result.index, 1)


def test_the_index_is_none_when_a_section_of_the_index_has_no_score():
    scores = {d: 4.0 for d in FRAMEWORK["preconditions"] + FRAMEWORK["conditions"] + FRAMEWORK["fit"]}
    assert one_participant(scores).index is None


# ----- bands ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (5.0, "strength"),
        (4.0, "strength"),
        (3.999, "borderline"),
        (3.0, "borderline"),
        (2.999, "concern"),
        (1.0, "concern"),
        (None, None),
    ],
)
def test_bands_follow_the_thresholds(score, band):
    assert INSTRUMENT.band(score) == band


def test_bands_are_given_on_unrounded_group_scores():
    # 24 participants at 4 and one at 3: (24 * 4 + 3) / 25 = 99 / 25 = 3.96, shown "4.0" but borderline
    participants = {p: {"champions": 4.0} for p in range(24)} | {"low": {"champions": 3.0}}
    champions = score_participants(INSTRUMENT, participants, {}).dimension("champions")
    assert champions.score == pytest.approx(3.96)
    assert round(champions.score, 1) == 4.0
    assert champions.band == "borderline"


def test_scores_of_exactly_3_and_4_fall_in_the_higher_band():
    # [2, 4] -> 3.0 exactly ; [3.5, 4.5] -> 4.0 exactly ; [2.998, 3.0] -> 2.999
    result = score_participants(
        INSTRUMENT,
        {
            "a": {"champions": 2.0, "urgency": 3.5, "resources": 2.998},
            "b": {"champions": 4.0, "urgency": 4.5, "resources": 3.0},
        },
        {},
    )
    assert result.dimension("champions").score == 3.0
    assert result.dimension("champions").band == "borderline"
    assert result.dimension("urgency").score == 4.0
    assert result.dimension("urgency").band == "strength"
    assert result.dimension("resources").score == pytest.approx(2.999)
    assert result.dimension("resources").band == "concern"


def test_bands_use_the_thresholds_of_the_instrument_file():
    strict = tiny_instrument(thresholds={"strength": 4.5, "borderline": 3.5})
    assert [strict.band(v) for v in (4.5, 4.4, 3.5, 3.4)] == ["strength", "borderline", "borderline", "concern"]


# ----- verdict and flags ------------------------------------------------------------------------


def test_a_precondition_below_3_makes_the_verdict_not_ready():
    result = one_participant(all_dimensions(5.0, urgency=2.999))
    assert result.verdict == "not_ready"
    assert verdict_reasons(INSTRUMENT, result) == [("precondition_low", "urgency")]


def test_not_ready_lists_every_low_precondition():
    result = one_participant(all_dimensions(5.0, champions=1.0, resources=2.0))
    assert result.verdict == "not_ready"
    assert verdict_reasons(INSTRUMENT, result) == [("precondition_low", "champions"), ("precondition_low", "resources")]


def test_preconditions_of_exactly_4_and_conditions_of_exactly_3_make_the_verdict_ready():
    scores = all_dimensions(1.0)  # fit and principles do not enter the verdict
    scores |= {d: 4.0 for d in FRAMEWORK["preconditions"]}
    scores |= {d: 3.0 for d in FRAMEWORK["conditions"]}
    result = one_participant(scores)
    assert result.verdict == "ready"
    assert verdict_reasons(INSTRUMENT, result) == [("all_met", None)]


def test_a_precondition_of_exactly_3_is_emerging_not_ready():
    result = one_participant(all_dimensions(5.0, champions=3.0))
    assert result.verdict == "emerging"
    assert verdict_reasons(INSTRUMENT, result) == [("precondition_not_strong", "champions")]


def test_a_precondition_just_below_4_is_emerging():
    result = one_participant(all_dimensions(5.0, resources=3.999))
    assert result.verdict == "emerging"
    assert verdict_reasons(INSTRUMENT, result) == [("precondition_not_strong", "resources")]


def test_a_condition_below_3_with_strong_preconditions_is_emerging():
    result = one_participant(all_dimensions(4.0, backbone_support=2.999))
    assert result.verdict == "emerging"
    assert verdict_reasons(INSTRUMENT, result) == [("condition_low", "backbone_support")]


def test_a_precondition_or_condition_nobody_scored_keeps_the_verdict_emerging():
    scores = all_dimensions(5.0)
    del scores["urgency"], scores["shared_measurement"]
    result = one_participant(scores)
    assert result.verdict == "emerging"
    assert verdict_reasons(INSTRUMENT, result) == [("no_score", "urgency"), ("no_score", "shared_measurement")]


def test_a_fit_score_below_3_adds_the_fit_concern_flag_without_changing_the_verdict():
    # fit = (2 + 3 + 3.9) / 3 = 2.9667 < 3.0
    result = one_participant(all_dimensions(5.0, complexity=2.0, systems_change=3.0, commitment=3.9))
    assert result.section("fit").score == pytest.approx(8.9 / 3)
    assert result.flags == ("fit_concern",)
    assert result.verdict == "ready"


def test_a_fit_score_of_exactly_3_raises_no_flag():
    # fit = (2 + 3 + 4) / 3 = 3.0
    result = one_participant(all_dimensions(5.0, complexity=2.0, systems_change=3.0, commitment=4.0))
    assert result.section("fit").score == pytest.approx(3.0)
    assert result.flags == ()


def test_no_fit_score_raises_no_flag():
    scores = all_dimensions(5.0)
    for d in FRAMEWORK["fit"]:
        del scores[d]
    assert one_participant(scores).flags == ()


# ----- disagreement -----------------------------------------------------------------------------


def test_three_participants_with_an_sd_of_exactly_1_are_flagged_for_discussion():
    # [1, 2, 3]: mean 2, squared deviations 1 + 0 + 1 = 2, / 2 = 1 -> sd 1.0 exactly
    responses = [Response(p, {"equity_1": v}) for p, v in (("a", 1), ("b", 2), ("c", 3))]
    equity = score_responses(INSTRUMENT, responses).dimension("equity")
    assert equity.sd == 1.0
    assert equity.n == 3
    assert equity.discuss is True


def test_two_participants_are_never_flagged_however_far_apart():
    responses = [Response("a", {"equity_1": 1}), Response("b", {"equity_1": 5})]
    equity = score_responses(INSTRUMENT, responses).dimension("equity")
    assert equity.sd == pytest.approx(math.sqrt(8))  # [1, 5]: (4 + 4) / 1 = 8
    assert equity.discuss is False


def test_three_participants_with_an_sd_below_1_are_not_flagged():
    # [2, 3, 3]: mean 8/3, squared deviations 4/9 + 1/9 + 1/9 = 6/9, / 2 = 1/3 -> sd 0.577
    responses = [Response(p, {"equity_1": v}) for p, v in (("a", 2), ("b", 3), ("c", 3))]
    equity = score_responses(INSTRUMENT, responses).dimension("equity")
    assert equity.sd == pytest.approx(math.sqrt(1 / 3))
    assert equity.discuss is False


def test_the_disagreement_rule_uses_the_instrument_settings():
    assert is_disagreement(INSTRUMENT, 3, 1.0) is True
    assert is_disagreement(INSTRUMENT, 3, 0.999) is False
    assert is_disagreement(INSTRUMENT, 2, 3.0) is False
    assert is_disagreement(INSTRUMENT, 5, None) is False
    relaxed = tiny_instrument(disagreement={"sd": 0.5, "min_n": 2})
    assert is_disagreement(relaxed, 2, 0.5) is True


# ----- item results -----------------------------------------------------------------------------


def test_item_results_count_each_answer_and_give_mean_sd_and_flag():
    responses = [
        Response("a", {"equity_1": 1, "equity_2": 4}),
        Response("b", {"equity_1": 2, "equity_2": 4}),
        Response("c", {"equity_1": 3, "equity_2": None}),
        Response("d", {"equity_1": None}),
        Response("draft", {"equity_1": 5, "equity_2": 1}, submitted=False),
    ]
    distribution = item_distribution(responses)
    assert distribution == {"equity_1": {1: 1, 2: 1, 3: 1, None: 1}, "equity_2": {4: 2, None: 1}}
    first, second, nobody = item_results(INSTRUMENT, distribution, ["equity_1", "equity_2", "local_context_1"])

    # equity_1: scores [1, 2, 3] -> mean 2.0, sd 1.0 (as above), n 3 -> flagged; 1 don't know
    assert first.id == "equity_1"
    assert first.dimension_id == "equity"
    assert first.counts == (1, 1, 1, 0, 0)
    assert (first.n, first.dont_know) == (3, 1)
    assert first.mean == pytest.approx(2.0)
    assert first.sd == pytest.approx(1.0)
    assert first.discuss is True

    # equity_2: scores [4, 4] -> mean 4.0, sd 0.0, n 2 -> not flagged
    assert second.counts == (0, 0, 0, 2, 0)
    assert (second.n, second.dont_know, second.mean, second.sd, second.discuss) == (2, 1, 4.0, 0.0, False)

    # nobody answered: no mean, no sd
    assert nobody.counts == (0, 0, 0, 0, 0)
    assert (nobody.n, nobody.dont_know, nobody.mean, nobody.sd, nobody.discuss) == (0, 0, None, None, False)


def test_item_results_keep_the_order_asked_for():
    ids = ["local_context_2", "champions_1", "equity_2"]
    assert [r.id for r in item_results(INSTRUMENT, {}, ids)] == ids


def test_an_item_with_one_answer_has_no_sd():
    (only,) = item_results(INSTRUMENT, {"urgency_1": {5: 1}}, ["urgency_1"])
    assert (only.n, only.mean, only.sd) == (1, 5.0, None)


# ----- result shape -----------------------------------------------------------------------------


def test_round_results_list_sections_and_dimensions_in_framework_order():
    result = score_responses(INSTRUMENT, [Response("a", everyone(3))])
    assert [s.id for s in result.sections] == list(FRAMEWORK)
    for section in result.sections:
        assert tuple(d.id for d in section.dimensions) == FRAMEWORK[section.id]
    assert [d.id for d in result.dimensions] == list(ALL_DIMENSIONS)


def test_to_dict_has_the_keys_of_the_scores_json_of_the_spec():
    responses = [Response(p, everyone(v)) for p, v in (("a", 2), ("b", 4), ("c", 5))]
    data = score_responses(INSTRUMENT, responses).to_dict()
    assert set(data) == {"participants", "index", "verdict", "flags", "sections"}
    assert data["participants"] == 3
    assert isinstance(data["flags"], list)
    assert len(data["sections"]) == 4
    for section in data["sections"]:
        assert set(section) == {"id", "score", "band", "dimensions"}
        for dimension in section["dimensions"]:
            assert set(dimension) == {"id", "score", "n", "sd", "dont_know", "band", "discuss"}
    assert sum(len(s["dimensions"]) for s in data["sections"]) == 19
    # Every value is plain JSON; scores stay unrounded and missing values are null.
    assert json.loads(json.dumps(data)) == data
    champions = data["sections"][1]["dimensions"][0]
    # [2, 4, 5]: mean 11/3 = 3.6667 ; squared deviations 25/9 + 1/9 + 16/9 = 42/9, / 2 -> sqrt(7/3)
    assert champions == {
        "id": "champions",
        "score": pytest.approx(11 / 3),
        "n": 3,
        "sd": pytest.approx(math.sqrt(7 / 3)),
        "dont_know": 0,
        "band": "borderline",
        "discuss": True,
    }


def test_to_dict_writes_null_where_there_is_no_value():
    data = score_responses(INSTRUMENT, []).to_dict()
    assert data["index"] is None
    assert data["verdict"] is None
    assert data["flags"] == []
    first = data["sections"][0]
    assert (first["score"], first["band"]) == (None, None)
    assert first["dimensions"][0] == {
        "id": "complexity",
        "score": None,
        "n": 0,
        "sd": None,
        "dont_know": 0,
        "band": None,
        "discuss": False,
    }
