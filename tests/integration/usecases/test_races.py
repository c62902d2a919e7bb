"""Races between two people (or two processes) acting at the same moment, reproduced with two threads on the
run's backend (SQLite by default, PostgreSQL when DATABASE_URL names it: `.ci/run` runs both).

Each race is made to happen every time, not by luck: the first call is paused just before its first write
(after every check it makes) until the second call has finished, or for PAUSE_S when the second call waits
for it (a lock). Whatever the order the database imposes, the outcome must be one the two calls could have
had one after the other, with the same user message, never a raw database error.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from sqlalchemy import event, func, select

from assessment.domain.errors import AlreadySubmitted, Duplicate, UserError
from assessment.store.models import Answer, Initiative, ResponseSet, Round, RoundPart
from assessment.usecases import Services
from tests.factories import csv_bytes, short_items

PAUSE_S = 1.0  # how long the first call waits for the second when the second is waiting for it (a lock)


@dataclass
class Outcome:
    value: Any = None
    error: BaseException | None = None


def _call(action: Callable[[], Any]) -> Outcome:
    try:
        return Outcome(value=action())
    except Exception as error:  # the test looks at what each call ended with
        return Outcome(error=error)


@contextmanager
def paused_before_first_write(
    services: Services, thread_name: str, resume: threading.Event
) -> Iterator[threading.Event]:
    """Pause the thread ``thread_name`` at its first INSERT, UPDATE or DELETE until ``resume`` (or PAUSE_S);
    yields the event set when it pauses."""
    engine = services.sessions.kw["bind"]
    paused = threading.Event()

    def before(conn, cursor, statement: str, *args: Any) -> None:
        writing = statement.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE")
        if writing and threading.current_thread().name == thread_name and not paused.is_set():
            paused.set()
            resume.wait(PAUSE_S)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield paused
    finally:
        event.remove(engine, "before_cursor_execute", before)


def race(services: Services, first: Callable[[], Any], second: Callable[[], Any]) -> tuple[Outcome, Outcome]:
    """Run ``first`` in a thread paused before its first write while ``second`` runs in another thread."""
    second_done = threading.Event()
    outcomes: dict[str, Outcome] = {}

    def run_first() -> None:
        outcomes["first"] = _call(first)

    def run_second() -> None:
        try:
            outcomes["second"] = _call(second)
        finally:
            second_done.set()

    with paused_before_first_write(services, "race-first", second_done) as first_paused:
        threads = [threading.Thread(target=run_first, name="race-first")]
        threads[0].start()
        # the second call starts once the first has made its checks and is about to write
        assert first_paused.wait(30), "the first call never wrote"
        threads.append(threading.Thread(target=run_second, name="race-second"))
        threads[1].start()
        for thread in threads:
            thread.join(timeout=60)
    assert set(outcomes) == {"first", "second"}, "a racing call did not finish"
    return outcomes["first"], outcomes["second"]


def count(services: Services, model: Any, *where: Any) -> int:
    with services.reads() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


@pytest.fixture
def open_round(services: Services, instrument):
    initiative = services.create_initiative(name="Quartier")
    r = services.create_round(
        initiative_id=initiative.id, label="Atelier", on=date(2026, 4, 1), form="short", instrument=instrument
    )
    return services.set_round_status(round_id=r.id, status="open")


def answers_of(services: Services, token: str) -> dict[str, int | None]:
    return services.participant_state(token=token).answers


# ---- one participant ---------------------------------------------------------------------------------------
def test_a_save_racing_the_submission_either_counts_in_it_or_is_refused_never_changes_it_after(services, open_round):
    item = short_items()[0]
    token = services.join(code=open_round.join_code)
    services.save_answers(token=token, answers={short_items()[1]: 4})
    seen_at_submission: dict[str, dict] = {}

    def submit_then_look() -> None:
        services.submit(token=token)
        seen_at_submission["answers"] = answers_of(services, token)  # read right after the submission

    save, submit = race(services, lambda: services.save_answers(token=token, answers={item: 5}), submit_then_look)

    assert submit.error is None
    final = answers_of(services, token)
    assert final == seen_at_submission["answers"], "an answer was saved after the submission"
    if save.error is None:
        assert final[item] == 5
    else:
        assert isinstance(save.error, AlreadySubmitted) and item not in final
    assert services.participant_state(token=token).status == "submitted"


def test_two_saves_of_the_same_new_answer_at_once_both_succeed_and_leave_one_answer(services, open_round):
    item = short_items()[0]
    token = services.join(code=open_round.join_code)

    first, second = race(
        services,
        lambda: services.save_answers(token=token, answers={item: 2}, comments={"equity": "d'abord"}),
        lambda: services.save_answers(token=token, answers={item: 4}, comments={"equity": "ensuite"}),
    )

    assert (first.error, second.error) == (None, None)
    with services.reads() as session:
        rs = session.scalars(select(ResponseSet).where(ResponseSet.token == token)).one()
        rows = session.scalars(select(Answer).where(Answer.response_set_id == rs.id, Answer.item_id == item)).all()
    assert len(rows) == 1 and rows[0].score in (2, 4)
    state = services.participant_state(token=token)
    assert state.comments["equity"] in ("d'abord", "ensuite")


# ---- facilitators -----------------------------------------------------------------------------------------
def test_two_creations_of_the_same_initiative_end_as_one_initiative_and_the_duplicate_message(services):
    first, second = race(
        services,
        lambda: services.create_initiative(name="Table ronde"),
        lambda: services.create_initiative(name="Table ronde"),
    )

    errors = [o.error for o in (first, second) if o.error is not None]
    assert len(errors) == 1, errors
    assert isinstance(errors[0], Duplicate) and errors[0].key == "duplicate_initiative"
    assert count(services, Initiative, Initiative.name == "Table ronde") == 1


def test_eight_creations_of_the_same_initiative_at_once_make_one_and_seven_duplicate_messages(services):
    start = threading.Barrier(8, timeout=30)

    def create(_: int) -> Outcome:
        start.wait()
        return _call(lambda: services.create_initiative(name="Coalition"))

    with ThreadPoolExecutor(max_workers=8) as pool:
        outcomes = list(pool.map(create, range(8)))

    assert sum(o.error is None for o in outcomes) == 1
    assert all(isinstance(o.error, Duplicate) for o in outcomes if o.error is not None)
    assert count(services, Initiative) == 1


def test_two_creations_of_the_same_round_end_as_one_round_and_the_duplicate_message(services, instrument):
    initiative = services.create_initiative(name="Quartier")

    def create() -> Any:
        return services.create_round(
            initiative_id=initiative.id, label="Bilan", on=date(2026, 5, 1), instrument=instrument
        )

    first, second = race(services, create, create)

    errors = [o.error for o in (first, second) if o.error is not None]
    assert len(errors) == 1 and isinstance(errors[0], Duplicate) and errors[0].key == "duplicate_round"
    assert count(services, Round, Round.label == "Bilan") == 1


def test_a_round_created_with_its_new_initiative_twice_at_once_is_one_of_each(services):
    def create() -> Any:
        return services.create_round_in(initiative="Nouveau", label="Premier", on=date(2026, 5, 1))

    first, second = race(services, create, create)

    errors = [o.error for o in (first, second) if o.error is not None]
    assert len(errors) == 1 and isinstance(errors[0], Duplicate) and errors[0].key == "duplicate_round"
    assert count(services, Initiative) == 1 and count(services, Round) == 1


def test_two_facilitators_opening_the_same_section_at_once_both_succeed(services, open_round):
    services.set_paced(round_id=open_round.id, paced=True)

    first, second = race(
        services,
        lambda: services.open_section(round_id=open_round.id, section_id="fit", opened=True),
        lambda: services.show_part(round_id=open_round.id, part="fit", shown=True),
    )

    assert (first.error, second.error) == (None, None)
    parts = services.round_parts(round_id=open_round.id)
    assert "fit" in parts.opened and "fit" in parts.shown
    assert count(services, RoundPart, RoundPart.round_id == open_round.id) == 1


def test_two_imports_of_the_same_file_into_a_new_round_at_once_import_it_once(services):
    data = csv_bytes([{"participant": "Zoé", "item_id": short_items()[0], "score": 4}])

    def import_it() -> Any:
        return services.import_file(data=data, initiative="Papier", label="R1", on=date(2026, 3, 1))

    first, second = race(services, import_it, import_it)

    errors = [o.error for o in (first, second) if o.error is not None]
    assert len(errors) == 1 and isinstance(errors[0], UserError), errors
    assert errors[0].key == "import_rejected"
    assert [fault[1] for fault in errors[0].faults] == ["participant_exists"]  # as when imported twice in a row
    assert count(services, ResponseSet) == 1 and count(services, Initiative) == 1


def test_a_participant_saving_their_reflections_twice_at_once_keeps_one_set(services, open_round):
    token = services.join(code=open_round.join_code)
    services.save_answers(token=token, answers=dict.fromkeys(short_items(), 3))
    services.submit(token=token)

    first, second = race(
        services,
        lambda: services.save_reflections(token=token, texts=["confiance", "temps"]),
        lambda: services.save_reflections(token=token, texts=["élan"]),
    )

    assert (first.error, second.error) == (None, None)
    assert services.reflections_of(token=token) in (["confiance", "temps"], ["élan"])
