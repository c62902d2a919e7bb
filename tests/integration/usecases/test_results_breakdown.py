"""Breakdowns through the services on a real SQLite file: the database groups, drafts never count,
and small groups are hidden in both breakdowns."""

from __future__ import annotations

from datetime import date

import pytest

from assessment.domain import scoring
from assessment.domain.anonymity import COMPLEMENTARY, NOT_GIVEN, TOO_FEW
from assessment.domain.errors import Invalid, NotFound
from assessment.store import repository as repo
from assessment.usecases import Services
from tests.factories import ALL_DIMENSIONS, full_items, short_items


def new_round(services: Services, instrument, *, form: str = "full"):
    initiative = services.create_initiative(name="Quartier Vivant")
    r = services.create_round(
        initiative_id=initiative.id, label="R1", on=date(2026, 4, 1), form=form, instrument=instrument
    )
    return services.set_round_status(round_id=r.id, status="open")


def take_part(services: Services, r, answers: dict, *, sector=None, role=None, submit: bool = True) -> str:
    token = services.join(code=r.join_code)
    if sector or role:
        services.update_profile(token=token, display_name=None, sector=sector, role=role)
    services.save_answers(token=token, answers=answers)
    if submit:
        services.submit(token=token)
    return token


def everything(score: int | None, **overrides: int | None) -> dict[str, int | None]:
    """Every item of the full form at ``score``, except the items named."""
    return {item: overrides.get(item, score) for item in full_items()}


@pytest.fixture
def round_of_ten(services: Services, instrument):
    """Nonprofit 4 (partners), government 4 (partners), health 2 (no role), one health draft."""
    r = new_round(services, instrument)
    for score in (4, 4, 5, 3):
        take_part(services, r, everything(score), sector="nonprofit", role="partner")
    # Government: 2, 2, 3, and one who scores equity 2 and 4 on its two items, don't know elsewhere.
    for score in (2, 2, 3):
        take_part(services, r, everything(score), sector="government", role="partner")
    take_part(services, r, everything(None, equity_1=2, equity_2=4), sector="government", role="partner")
    take_part(services, r, everything(1), sector="health")
    take_part(services, r, everything(5), sector="health")
    take_part(services, r, everything(1), sector="health", submit=False)  # a draft: never counted
    return r


def test_the_breakdown_by_sector_scores_each_group_and_hides_the_small_one_and_its_complement(
    services: Services, round_of_ten
):
    report = services.round_breakdown(round_id=round_of_ten.id, by="sector")
    b = report.breakdown
    assert (report.initiative, report.label) == ("Quartier Vivant", "R1")
    assert b.total.participants == 10  # the draft is not counted
    # Equity: nonprofit 4 + 4 + 5 + 3, government 2 + 2 + 3 + 3 (mean of 2 and 4), health 1 + 5.
    assert b.total.dimensions["equity"].score == pytest.approx(32 / 10)
    assert b.total.dimensions["equity"].n == 10
    # Urgency: the fourth government participant answered only "don't know": 9 scores.
    assert b.total.dimensions["urgency"].n == 9
    assert b.total.dimensions["urgency"].score == pytest.approx((16 + 7 + 6) / 9)
    assert {g.id: g.hidden for g in b.groups} == {
        "nonprofit": None,
        "government": COMPLEMENTARY,  # with health alone hidden, total minus the rest would give health
        "health": TOO_FEW,
    }
    nonprofit = b.group("nonprofit")
    assert (nonprofit.participants, nonprofit.dimensions["equity"].score, nonprofit.dimensions["equity"].n) == (
        4,
        4.0,
        4,
    )
    assert nonprofit.sections["fit"].score == 4.0 and nonprofit.sections["fit"].band == "strength"


def test_the_breakdown_by_role_groups_the_people_who_gave_no_role_under_not_given(services: Services, round_of_ten):
    b = services.round_breakdown(round_id=round_of_ten.id, by="role").breakdown
    assert [g.id for g in b.groups] == ["partner", NOT_GIVEN]
    # Partners are 8 of 10: showing them would give away the two health participants, who gave no role.
    assert {g.id: g.hidden for g in b.groups} == {"partner": COMPLEMENTARY, NOT_GIVEN: TOO_FEW}
    assert b.total.participants == 10


def test_the_database_groups_as_the_pure_scoring_does(services: Services, round_of_ten, instrument):
    with services.reads() as session:
        by_profile = repo.dimension_stats_by_profile(session, round_id=round_of_ten.id)
        counts = repo.participants_by_profile(session, round_id=round_of_ten.id)
        whole, submitted = repo.dimension_stats(session, round_id=round_of_ten.id)
    assert counts == {("nonprofit", "partner"): 4, ("government", "partner"): 4, ("health", None): 2}
    assert submitted == 10
    government = by_profile[("government", "partner")]
    assert government["equity"] == scoring.DimensionStats(4, 2 + 2 + 3 + 3, 4 + 4 + 9 + 9, 0)
    assert government["urgency"].n == 3 and government["urgency"].dont_know == 2
    for d in ALL_DIMENSIONS:  # the groups add up to the round
        parts = [s[d] for s in by_profile.values() if d in s]
        assert sum(p.n for p in parts) == whole[d].n
        assert sum(p.total for p in parts) == pytest.approx(whole[d].total)
        assert sum(p.dont_know for p in parts) == whole[d].dont_know


def test_the_total_of_the_breakdown_is_the_round_result(services: Services, round_of_ten):
    b = services.round_breakdown(round_id=round_of_ten.id, by="sector").breakdown
    result = services.round_result(round_id=round_of_ten.id)
    for d in result.dimensions:
        assert b.total.dimensions[d.id].score == pytest.approx(d.score)
        assert b.total.dimensions[d.id].n == d.n
    for s in result.sections:
        assert b.total.sections[s.id].score == pytest.approx(s.score)


def test_a_short_form_round_breaks_down_on_its_one_item_per_dimension(services: Services, instrument):
    r = new_round(services, instrument, form="short")
    for score in (1, 2, 3):
        take_part(services, r, dict.fromkeys(short_items(), score), sector="youth", role="action_team")
    for score in (5, 5, 4):
        take_part(services, r, dict.fromkeys(short_items(), score), sector="funder", role="funder")
    b = services.round_breakdown(round_id=r.id, by="sector").breakdown
    assert b.group("youth").dimensions["champions"].score == 2.0
    assert b.group("funder").dimensions["champions"].score == pytest.approx(14 / 3)
    assert b.total.dimensions["champions"].score == pytest.approx(20 / 6)


def test_a_round_without_submissions_has_no_group(services: Services, instrument):
    r = new_round(services, instrument)
    take_part(services, r, everything(3), sector="youth", submit=False)
    b = services.round_breakdown(round_id=r.id, by="sector").breakdown
    assert b.groups == () and b.total.participants == 0
    assert all(c.score is None for c in b.total.dimensions.values())


def test_an_unknown_breakdown_or_round_is_a_user_error(services: Services, round_of_ten):
    with pytest.raises(Invalid) as caught:
        services.round_breakdown(round_id=round_of_ten.id, by="age")
    assert caught.value.key == "invalid_breakdown"
    with pytest.raises(NotFound) as missing:
        services.round_breakdown(round_id=round_of_ten.id + 99, by="sector")
    assert missing.value.key == "round_not_found"
