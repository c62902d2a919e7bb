"""A paced round: participants answer only the sections the facilitator opened, and wait for the next."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import healthy, shown, tr
from tests.app.test_questionnaire_page import questionnaire


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_unopened_section_waits_for_the_facilitator_and_shows_no_question(svc: Services, open_round, lang):
    sections = svc.instrument_of_round(round_id=open_round.id).sections
    svc.set_paced(round_id=open_round.id, paced=True)
    svc.open_section(round_id=open_round.id, section_id=sections[0].id, opened=True)
    token = svc.join(code=open_round.join_code)

    first = questionnaire(token, lang, step=1)
    assert healthy(first) and not shown(first, tr("q.waiting", lang))
    assert len(first.radio) > 0  # the opened section's questions

    second = questionnaire(token, lang, step=2)
    assert healthy(second)
    assert shown(second, tr("q.waiting", lang))
    assert len(second.radio) == 0  # nothing of a section that is not open

    review = questionnaire(token, lang, step=len(sections) + 1)
    assert shown(review, tr("q.waiting", lang))  # no submitting before every section is open
    assert not any(b.label == tr("q.submit", lang) for b in review.button)


def test_once_opened_the_section_is_answered_as_usual(svc: Services, open_round):
    sections = svc.instrument_of_round(round_id=open_round.id).sections
    svc.set_paced(round_id=open_round.id, paced=True)
    token = svc.join(code=open_round.join_code)
    assert shown(questionnaire(token, "en", step=1), tr("q.waiting", "en"))
    svc.open_section(round_id=open_round.id, section_id=sections[0].id, opened=True)
    at = questionnaire(token, "en", step=1)
    assert not shown(at, tr("q.waiting", "en")) and len(at.radio) > 0


def test_a_self_paced_round_never_waits(svc: Services, open_round):
    token = svc.join(code=open_round.join_code)
    sections = svc.instrument_of_round(round_id=open_round.id).sections
    for step in range(1, len(sections) + 2):
        assert not shown(questionnaire(token, "en", step=step), tr("q.waiting", "en"))
