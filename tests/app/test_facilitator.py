"""Facilitators create initiatives and rounds, open them, share the code, reveal results and read them."""

from __future__ import annotations

import re

from assessment.usecases import Services
from tests.app.conftest import button, healthy, make_round, new_app, shown, submitted_participant, title, tr

XSS = "<img src=x onerror=alert(1)>"


def signed_in_app(page: str, lang: str = "en", **state):
    at = new_app(lang)
    at.session_state["facilitator"] = True
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    return at.switch_page(page).run()


def field(at, key: str, lang: str = "en"):
    """The text input labelled with catalog ``key``."""
    [found] = [w for w in at.text_input if w.label == tr(key, lang)]
    return found


def test_a_facilitator_creates_an_initiative_and_a_short_round_opens_it_and_sees_its_code(svc: Services) -> None:
    at = signed_in_app("views/rounds.py")
    assert shown(at, tr("rounds.no_initiative", "en"))

    field(at, "rounds.name").input("Quartier Vivant")
    at.text_area[0].input("Une table de quartier")
    button(at, tr("rounds.create_initiative", "en")).click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("rounds.initiative_created", "en", name="Quartier Vivant")]
    [initiative] = svc.list_initiatives()
    assert (initiative.name, initiative.description) == ("Quartier Vivant", "Une table de quartier")
    assert shown(at, tr("rounds.none", "en"))

    field(at, "rounds.label").input("Baseline")
    at.radio[0].set_value("short")
    button(at, tr("rounds.create_round", "en")).click().run()
    assert healthy(at)
    assert [s.value for s in at.success] == [tr("rounds.round_created", "en", label="Baseline")]
    [r] = svc.list_rounds(initiative_id=initiative.id)
    assert (r.label, r.form, r.status) == ("Baseline", "short", "draft")

    at.button(key=f"open_{r.id}").click().run()
    assert healthy(at)
    assert svc.get_round(round_id=r.id).status == "open"
    assert shown(at, tr("rounds.code", "en", code=r.join_code))
    assert any(code.value.endswith(f"/join?code={r.join_code}") for code in at.code)
    assert at.button(key=f"close_{r.id}")  # an open round can be closed
    assert svc.participant_state(token=svc.join(code=r.join_code)).round.id == r.id

    at.button(key=f"close_{r.id}").click().run()
    assert svc.get_round(round_id=r.id).status == "closed"


def test_a_duplicate_initiative_name_is_refused_with_a_message(svc: Services) -> None:
    svc.create_initiative(name="Quartier Vivant")
    at = signed_in_app("views/rounds.py", "fr")
    field(at, "rounds.name", "fr").input("Quartier Vivant")
    button(at, tr("rounds.create_initiative", "fr")).click().run()
    assert healthy(at)
    assert [e.value for e in at.error] == [tr("error.duplicate_initiative", "fr", name="Quartier Vivant")]
    assert len(svc.list_initiatives()) == 1


def test_a_name_in_an_error_message_is_shown_as_typed_not_as_markup(svc: Services) -> None:
    svc.create_initiative(name="**Bold** <i>x</i>")
    at = signed_in_app("views/rounds.py", "en")
    field(at, "rounds.name", "en").input("**Bold** <i>x</i>")
    button(at, tr("rounds.create_initiative", "en")).click().run()
    [message] = [e.value for e in at.error]
    assert "\\*\\*Bold\\*\\*" in message and "\\<i\\>" in message


def test_toggling_reveal_sets_and_clears_results_revealed(svc: Services, open_round) -> None:
    at = signed_in_app("views/rounds.py")
    assert at.toggle(key=f"reveal_{open_round.id}").value is False

    at.toggle(key=f"reveal_{open_round.id}").set_value(True).run()
    assert svc.get_round(round_id=open_round.id).results_revealed is True

    at.toggle(key=f"reveal_{open_round.id}").set_value(False).run()
    assert svc.get_round(round_id=open_round.id).results_revealed is False


def test_results_of_a_round_with_no_submission_say_so(svc: Services, open_round) -> None:
    svc.join(code=open_round.join_code)  # a draft is not a submission
    at = signed_in_app("views/results.py")
    assert healthy(at)
    assert title(at) == [tr("page.results", "en")]
    assert [i.value for i in at.info] == [tr("results.empty", "en")]
    assert not at.get("plotly_chart")


def test_see_results_opens_the_results_of_that_round(svc: Services) -> None:
    first = make_round(svc, label="Baseline")
    make_round(svc, label="Follow-up")
    submitted_participant(svc, first, score=4)
    at = signed_in_app("views/rounds.py")
    at.button(key=f"results_{first.id}").click().run()
    assert healthy(at)
    assert title(at) == [tr("page.results", "en")]
    assert at.session_state["results_round_id"] == first.id
    assert at.metric[0].value == "1"


def test_a_participant_comment_is_shown_as_text_not_as_html(svc: Services, open_round) -> None:
    submitted_participant(svc, open_round, comments={"equity": XSS})
    at = signed_in_app("views/results.py")
    assert healthy(at)

    equity = svc.current_instrument().dimensions["equity"].title.get("en")
    [expander] = [e for e in at.expander if e.label == f"{equity} (1)"]
    assert [m.value for m in expander.markdown] == [r"> \<img src\=x onerror\=alert\(1\)\>"]
    for markdown in at.markdown:
        assert not re.search(r"(?<!\\)<img", markdown.value), markdown.value
        assert not markdown.proto.allow_html
