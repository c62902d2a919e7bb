"""A round run live: counts that leave empty drafts out, clearing them, pacing, the projector's parts,
presenter links and facilitator sessions (expiry and revocation with an injected clock)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from assessment.domain.errors import Invalid, RoundNotOpen, UserError
from assessment.domain.vocabulary import PRESENTER_ACTIVITIES
from assessment.store.models import AccessToken
from assessment.usecases import Services, links
from assessment.usecases.records import LiveCounts, RoundParts
from tests.factories import csv_bytes

DAY = date(2024, 3, 1)


@pytest.fixture
def live_round(services: Services, instrument):
    initiative = services.create_initiative(name="Atelier")
    r = services.create_round(initiative_id=initiative.id, label="R1", on=DAY, instrument=instrument)
    return services.set_round_status(round_id=r.id, status="open")


def test_live_counts_leave_empty_drafts_out_of_in_progress(services: Services, live_round):
    code = live_round.join_code
    services.join(code=code)  # joined, then nothing
    answered = services.join(code=code)
    services.save_answers(token=answered, answers={"complexity_1": 4})
    named = services.join(code=code)
    services.update_profile(token=named, display_name="Ana", sector=None, role=None)
    commented = services.join(code=code)
    services.save_answers(token=commented, comments={"complexity": "why"})
    submitted = services.join(code=code)
    services.save_answers(token=submitted, answers={"complexity_1": 2})
    services.submit(token=submitted)

    counts = services.live_counts(round_id=live_round.id)

    assert counts == LiveCounts(joined=5, in_progress=3, submitted=1, empty=1)
    assert services.response_counts(round_id=live_round.id) == {"draft": 4, "submitted": 1}


def test_clearing_empty_drafts_deletes_only_those_with_nothing_at_all(services: Services, live_round):
    empty = [services.join(code=live_round.join_code) for _ in range(2)]
    kept = services.join(code=live_round.join_code)
    services.save_answers(token=kept, answers={"complexity_1": None})  # don't know is an answer

    assert services.clear_empty_drafts(round_id=live_round.id) == 2
    assert services.clear_empty_drafts(round_id=live_round.id) == 0
    assert services.live_counts(round_id=live_round.id) == LiveCounts(1, 1, 0, 0)
    with pytest.raises(UserError, match="unknown_token"):
        services.participant_state(token=empty[0])


def test_a_paced_round_takes_answers_only_in_the_sections_opened(services: Services, live_round):
    services.set_paced(round_id=live_round.id, paced=True)
    token = services.join(code=live_round.join_code)
    assert services.participant_state(token=token).open_sections == ()
    with pytest.raises(UserError) as refused:
        services.save_answers(token=token, answers={"complexity_1": 3})
    assert refused.value.key == "section_not_open"

    services.open_section(round_id=live_round.id, section_id="conditions", opened=True)
    parts = services.open_section(round_id=live_round.id, section_id="fit", opened=True)
    services.save_answers(token=token, answers={"complexity_1": 3})
    with pytest.raises(UserError, match="section_not_open"):
        services.save_answers(token=token, comments={"champions": "not yet"})

    assert parts == RoundParts(paced=True, opened=frozenset({"fit", "conditions"}), shown=frozenset())
    assert services.participant_state(token=token).open_sections == ("fit", "conditions")  # instrument order
    assert services.participant_state(token=token).answers == {"complexity_1": 3}


def test_a_self_paced_round_opens_every_section(services: Services, live_round):
    token = services.join(code=live_round.join_code)
    services.save_answers(token=token, answers={"champions_1": 5})
    assert services.participant_state(token=token).open_sections is None
    paced = services.set_paced(round_id=live_round.id, paced=True)
    assert paced.paced and not services.set_paced(round_id=live_round.id, paced=False).paced


def test_closing_a_section_again_refuses_it_again(services: Services, live_round):
    services.set_paced(round_id=live_round.id, paced=True)
    services.open_section(round_id=live_round.id, section_id="fit", opened=True)
    parts = services.open_section(round_id=live_round.id, section_id="fit", opened=False)
    token = services.join(code=live_round.join_code)
    assert parts.opened == frozenset()
    with pytest.raises(UserError, match="section_not_open"):
        services.save_answers(token=token, answers={"complexity_1": 3})


def test_unknown_sections_and_parts_are_invalid(services: Services, live_round):
    with pytest.raises(Invalid, match="invalid_section"):
        services.open_section(round_id=live_round.id, section_id="disagreements", opened=True)
    with pytest.raises(Invalid, match="invalid_part"):
        services.show_part(round_id=live_round.id, part="nope", shown=True)


def test_the_projector_shows_sections_and_activities_one_by_one(services: Services, live_round):
    for part in ("fit", *PRESENTER_ACTIVITIES):
        services.show_part(round_id=live_round.id, part=part, shown=True)
    parts = services.show_part(round_id=live_round.id, part="comparison", shown=False)
    assert parts.shown == frozenset({"fit", "disagreements", "reflections"})
    assert services.round_parts(round_id=live_round.id) == parts
    assert parts.opened == frozenset() and not parts.paced


# ----- presenter links and facilitator sessions ---------------------------------------------------------


@pytest.fixture
def clock(monkeypatch):
    """The use cases' clock, moved forward by the test."""
    now = [datetime(2026, 5, 1, 9, 0)]
    monkeypatch.setattr(links, "utcnow", lambda: now[0])
    return now


def test_a_presenter_link_opens_its_round_until_it_expires(services: Services, live_round, clock):
    token = services.create_presenter_link(round_id=live_round.id, hours=2)
    assert services.presenter_round(token=token).id == live_round.id
    assert services.presenter_link_expiry(round_id=live_round.id) == datetime(2026, 5, 1, 11, 0)

    clock[0] += timedelta(hours=2, seconds=1)
    with pytest.raises(UserError) as refused:
        services.presenter_round(token=token)
    assert refused.value.key == "presenter_link_invalid"
    assert services.presenter_link_expiry(round_id=live_round.id) is None


def test_revoked_and_unknown_presenter_links_open_nothing(services: Services, live_round, clock):
    first = services.create_presenter_link(round_id=live_round.id)
    second = services.create_presenter_link(round_id=live_round.id, hours=24)
    assert services.presenter_link_expiry(round_id=live_round.id) == datetime(2026, 5, 2, 9, 0)

    assert services.revoke_presenter_links(round_id=live_round.id) == 2
    assert services.revoke_presenter_links(round_id=live_round.id) == 0
    for token in (first, second, "", "made-up"):
        with pytest.raises(UserError, match="presenter_link_invalid"):
            services.presenter_round(token=token)
    assert services.presenter_link_expiry(round_id=live_round.id) is None


def test_only_the_hash_of_a_token_is_stored(services: Services, live_round):
    token = services.create_presenter_link(round_id=live_round.id)
    with services.sessions() as session:
        stored = session.query(AccessToken).one()
    assert stored.token_hash == links.token_hash(token) != token and stored.kind == "presenter"


def test_a_facilitator_session_lasts_until_it_expires_or_ends(services: Services, clock):
    token = services.start_facilitator_session(hours=8)
    other = services.start_facilitator_session()
    assert services.facilitator_session_valid(token=token)
    assert not services.facilitator_session_valid(token="")
    assert not services.facilitator_session_valid(token="unknown")

    services.end_facilitator_session(token=other)
    services.end_facilitator_session(token="unknown")  # nothing to end: no error
    assert not services.facilitator_session_valid(token=other)

    clock[0] += timedelta(hours=8)
    assert not services.facilitator_session_valid(token=token)


def test_a_presenter_token_is_not_a_facilitator_session(services: Services, live_round):
    token = services.create_presenter_link(round_id=live_round.id)
    assert not services.facilitator_session_valid(token=token)
    with pytest.raises(UserError, match="presenter_link_invalid"):
        services.presenter_round(token=services.start_facilitator_session())


def test_expired_tokens_are_deleted_when_a_new_one_is_made(services: Services, live_round, clock):
    services.start_facilitator_session(hours=1)
    services.create_presenter_link(round_id=live_round.id, hours=1)
    clock[0] += timedelta(hours=1)
    services.start_facilitator_session()
    with services.sessions() as session:
        assert session.query(AccessToken).count() == 1


def test_a_duration_out_of_range_is_invalid(services: Services, live_round):
    with pytest.raises(Invalid, match="invalid_hours"):
        services.create_presenter_link(round_id=live_round.id, hours=0)
    with pytest.raises(Invalid, match="invalid_hours"):
        services.start_facilitator_session(hours=24 * 365)


# ----- importing into a live round ----------------------------------------------------------------------


def test_a_csv_imported_into_an_open_round_adds_submitted_participants_and_keeps_it_open(
    services: Services, live_round
):
    services.join(code=live_round.join_code)
    triples = [("paper-1", "complexity_1", 4), ("paper-1", "champions_1", 2), ("paper-2", "complexity_1", 5)]
    rows = [{"participant": p, "item_id": i, "score": s} for p, i, s in triples]
    summary = services.import_file(data=csv_bytes(rows), initiative="Atelier", label="R1")

    assert (summary.participants, summary.created_round) == (2, False)
    assert services.get_round(round_id=live_round.id).status == "open"
    assert services.live_counts(round_id=live_round.id) == LiveCounts(joined=3, in_progress=0, submitted=2, empty=1)
    services.join(code=live_round.join_code)  # still open to phones


def test_an_archived_round_refuses_joining_like_a_closed_round(services: Services, live_round):
    token = services.join(code=live_round.join_code)
    services.archive_round(round_id=live_round.id, archived=True)
    with pytest.raises(RoundNotOpen) as refused:
        services.join(code=live_round.join_code)
    assert refused.value.key == "round_closed"
    with pytest.raises(RoundNotOpen):
        services.save_answers(token=token, answers={"complexity_1": 3})
    with pytest.raises(RoundNotOpen):
        services.submit(token=token)
