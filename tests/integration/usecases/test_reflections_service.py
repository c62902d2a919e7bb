"""Closing reflections over a real database: after submitting only, one's own entries replaced, paper entries,
merging and hiding, nothing shown below the group size, round by round; never who wrote what."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.domain.errors import UnknownToken, UserError
from assessment.usecases import Services


@pytest.fixture
def round_(services: Services, instrument):
    i = services.create_initiative(name="Atelier")
    r = services.create_round(initiative_id=i.id, label="R1", on=date(2024, 3, 1), instrument=instrument)
    return services.set_round_status(round_id=r.id, status="open")


def submitted(services: Services, round_) -> str:
    token = services.join(code=round_.join_code)
    services.save_answers(token=token, answers={"complexity_1": 3})
    services.submit(token=token)
    return token


def entries(summary) -> list[tuple[str, int, bool]]:
    return [(e.text, e.count, e.hidden) for e in summary.entries]


def test_a_participant_reflects_only_after_submitting(services: Services, round_):
    token = services.join(code=round_.join_code)
    with pytest.raises(UserError) as refused:
        services.save_reflections(token=token, texts=["trust"])
    assert refused.value.key == "reflection_before_submit"
    services.submit(token=token)
    assert services.save_reflections(token=token, texts=["  trust ", "", "Trust!", "shared   goals"]) == [
        "trust",
        "shared goals",
    ]
    assert services.reflections_of(token=token) == ["trust", "shared goals"]
    with pytest.raises(UnknownToken):
        services.save_reflections(token="nope", texts=["x"])


def test_saving_again_replaces_ones_own_entries(services: Services, round_):
    token = submitted(services, round_)
    services.save_reflections(token=token, texts=["trust", "time"])
    assert services.save_reflections(token=token, texts=["momentum"]) == ["momentum"]
    assert services.reflections_of(token=token) == ["momentum"]
    assert services.save_reflections(token=token, texts=[]) == []
    assert services.reflections_of(token=token) == []


def test_entries_follow_the_domain_limits(services: Services, round_):
    token = submitted(services, round_)
    for texts, key in ((["x" * 61], "reflection_too_long"), (["a", "b", "c", "d"], "reflection_too_many")):
        with pytest.raises(UserError) as refused:
            services.save_reflections(token=token, texts=texts)
        assert refused.value.key == key
    assert services.reflections_of(token=token) == []


def test_nothing_is_shown_below_the_group_size_then_entries_merge_most_frequent_first(services: Services, round_):
    first, second = submitted(services, round_), submitted(services, round_)
    services.save_reflections(token=first, texts=["La confiance", "temps"])
    services.save_reflections(token=second, texts=["confiance"])
    below = services.reflection_summary(round_id=round_.id)
    assert (below.contributors, below.shown, below.entries) == (2, False, ())

    assert services.add_paper_reflections(round_id=round_.id, texts=["Confiance", "élan"]) == ["Confiance", "élan"]
    summary = services.reflection_summary(round_id=round_.id)
    assert (summary.contributors, summary.shown) == (3, True)
    assert entries(summary) == [("La confiance", 3, False), ("temps", 1, False), ("élan", 1, False)]


def test_each_paper_call_is_a_contributor_of_its_own(services: Services, round_):
    for _ in range(3):
        services.add_paper_reflections(round_id=round_.id, texts=["trust"])
    assert services.add_paper_reflections(round_id=round_.id, texts=[" "]) == []
    summary = services.reflection_summary(round_id=round_.id)
    assert summary.contributors == 3 and entries(summary) == [("trust", 3, False)]


def test_hiding_an_entry_hides_its_merged_group_and_showing_brings_it_back(services: Services, round_):
    services.add_paper_reflections(round_id=round_.id, texts=["The trust", "time"])
    services.add_paper_reflections(round_id=round_.id, texts=["trust"])
    services.add_paper_reflections(round_id=round_.id, texts=["time"])
    hidden = services.hide_reflection(round_id=round_.id, text="TRUST.")
    assert entries(hidden) == [("The trust", 2, True), ("time", 2, False)]
    assert [e.text for e in hidden.visible()] == ["time"]
    shown = services.hide_reflection(round_id=round_.id, text="trust", hidden=False)
    assert not any(e.hidden for e in shown.entries)
    with pytest.raises(UserError) as refused:
        services.hide_reflection(round_id=round_.id, text="nobody wrote this")
    assert refused.value.key == "reflection_not_found"


def test_reflections_by_round_lists_every_round_in_date_order(services: Services, round_, instrument):
    earlier = services.create_round(
        initiative_id=round_.initiative_id, label="R0", on=date(2023, 1, 1), instrument=instrument
    )
    for _ in range(3):
        services.add_paper_reflections(round_id=earlier.id, texts=["start"])
    by_round = services.reflections_by_round(initiative="Atelier")
    assert [(r.label, s.shown) for r, s in by_round] == [("R0", True), ("R1", False)]
    assert entries(by_round[0][1]) == [("start", 3, False)]


def test_a_summary_says_nothing_of_who_wrote_what(services: Services, round_):
    tokens = [submitted(services, round_) for _ in range(3)]
    for token in tokens:
        services.save_reflections(token=token, texts=["trust"])
    summary = services.reflection_summary(round_id=round_.id)
    assert not any(token in repr(summary) for token in tokens)
    assert "contributor" not in repr(summary.entries)
