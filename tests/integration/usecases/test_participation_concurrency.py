"""A whole webinar answering at once: 100 participants join, answer the short form and submit together."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from sqlalchemy import func, select

from assessment.store.models import Answer, ResponseSet
from tests.factories import short_items

PARTICIPANTS = 100


def test_a_hundred_participants_answering_at_once_lose_nothing(services, instrument):
    initiative = services.create_initiative(name="Webinar")
    r = services.create_round(
        initiative_id=initiative.id, label="Live", on=date(2024, 3, 1), form="short", instrument=instrument
    )
    services.set_round_status(round_id=r.id, status="open")
    items = short_items()
    start = threading.Barrier(PARTICIPANTS, timeout=30)

    def participant(n: int) -> tuple[str, object, object]:
        start.wait()  # everyone starts together
        token = services.join(code=r.join_code.lower())
        half = len(items) // 2
        answers = {item: (None if (n + k) % 7 == 0 else 1 + (n + k) % 5) for k, item in enumerate(items)}
        # saved in two steps, as the questionnaire saves at each section
        services.save_answers(token=token, answers=dict(list(answers.items())[:half]))
        services.save_answers(
            token=token, answers=dict(list(answers.items())[half:]), comments={"equity": f"comment {n}"}
        )
        first = services.submit(token=token)
        second = services.submit(token=token) if n % 3 == 0 else first  # some submit twice
        return token, first, second

    with ThreadPoolExecutor(max_workers=PARTICIPANTS) as pool:
        outcomes = list(pool.map(participant, range(PARTICIPANTS)))  # re-raises any exception of a thread

    assert len({token for token, _, _ in outcomes}) == PARTICIPANTS
    assert all(first is not None and first == second for _, first, second in outcomes)

    with services.sessions() as session:
        submitted = session.scalar(
            select(func.count())
            .select_from(ResponseSet)
            .where(ResponseSet.round_id == r.id, ResponseSet.status == "submitted")
        )
        total_sets = session.scalar(select(func.count()).select_from(ResponseSet))
        answers = session.scalar(select(func.count()).select_from(Answer))
        per_set = session.execute(select(Answer.response_set_id, func.count()).group_by(Answer.response_set_id)).all()
    assert submitted == PARTICIPANTS
    assert total_sets == PARTICIPANTS
    assert answers == PARTICIPANTS * len(items) == PARTICIPANTS * 19
    assert {n for _, n in per_set} == {19}

    assert services.response_counts(round_id=r.id) == {"draft": 0, "submitted": PARTICIPANTS}
    result = services.round_result(round_id=r.id)
    assert result.participants == PARTICIPANTS
    assert sum(d.n + d.dont_know for d in result.dimensions) == PARTICIPANTS * 19
    assert len(services.round_report(round_id=r.id).comments) == PARTICIPANTS
    for token, _, _ in outcomes[:5]:
        state = services.participant_state(token=token)
        assert state.status == "submitted"
        assert state.unanswered == []
