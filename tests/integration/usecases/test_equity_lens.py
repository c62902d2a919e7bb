"""The equity lens through the services on a real database: submitted answers only, the breakdowns' anonymity,
who answered in each structure, and the lens in the round's HTML report."""

from __future__ import annotations

import pytest

from assessment.domain.anonymity import COMPLEMENTARY, TOO_FEW
from assessment.domain.equity import CANNOT_TELL
from assessment.domain.errors import NotFound
from assessment.usecases import Services
from tests.integration.usecases.test_results_breakdown import everything, new_round, take_part


@pytest.fixture
def mixed_round(services: Services, instrument):
    """Community members 3 at 1 (action team), youth 2 at 2 (leadership table), nonprofit 10 at 4
    (leadership table), government 3 at 5 (backbone staff); a youth draft that never counts."""
    r = new_round(services, instrument)
    for _ in range(3):
        take_part(services, r, everything(1), sector="community_member", role="action_team")
    for _ in range(2):
        take_part(services, r, everything(2), sector="youth", role="leadership_table")
    for _ in range(10):
        take_part(services, r, everything(4), sector="nonprofit", role="leadership_table")
    for _ in range(3):
        take_part(services, r, everything(5), sector="government", role="backbone_staff")
    take_part(services, r, everything(1), sector="youth", role="leadership_table", submit=False)
    return r


def test_the_gap_of_community_members_is_against_everyone_else_who_submitted(services: Services, mixed_round):
    equity = services.round_equity(round_id=mixed_round.id)
    assert (equity.round.label, equity.round.initiative) == ("R1", "Quartier Vivant")
    lens = equity.lens
    assert lens.participants == 18  # the draft is not counted
    gap = lens.group("community_member").gap("equity")
    assert (gap.group.score, gap.group.n) == (1.0, 3)
    assert (gap.rest_score, gap.rest_n) == (pytest.approx((2 * 2 + 40 + 15) / 15), 15)
    assert gap.gap == pytest.approx(1 - 59 / 15) and gap.notable


def test_two_youth_are_hidden_with_no_number_anywhere(services: Services, mixed_round):
    lens = services.round_equity(round_id=mixed_round.id).lens
    youth = lens.group("youth")
    assert (youth.participants, youth.hidden) == (None, TOO_FEW)
    assert all(g.rest_score is None and g.gap is None for g in youth.gaps)
    assert lens.sectors.group("youth").participants is None


def test_who_answered_is_set_against_the_structures_of_the_seeds(services: Services, mixed_round):
    table, teams, staff = services.round_equity(round_id=mixed_round.id).lens.structures
    # Leadership table minus nonprofit would be the two youth: the table's count (12) is hidden, so its size
    # is only known to be 3 to 18, which straddles the seeds' 10 to 15.
    assert (table.count, table.hidden, table.size, table.includes) == (None, COMPLEMENTARY, CANNOT_TELL, True)
    assert (teams.count, teams.includes) == (3, True)
    # Government (3) goes with the two youth; the backbone staff are exactly the government: hidden as well.
    assert (staff.count, staff.hidden, staff.size) == (None, COMPLEMENTARY, CANNOT_TELL)


def test_the_round_report_carries_the_equity_lens_in_each_language(services: Services, mixed_round):
    english = services.html_report(initiative="Quartier Vivant", round_label="R1", lang="en")
    french = services.html_report(initiative="Quartier Vivant", round_label="R1", lang="fr")
    assert "<h2>Equity lens</h2>" in english and "<li>Youth: fewer than 3</li>" in english
    assert "<h2>Sous l’angle de l’équité</h2>" in french and "<li>Jeunes\u00a0: moins de 3</li>" in french


def test_an_unknown_round_is_a_user_error(services: Services, mixed_round):
    with pytest.raises(NotFound) as missing:
        services.round_equity(round_id=mixed_round.id + 99)
    assert missing.value.key == "round_not_found"
