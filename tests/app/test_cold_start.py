"""The first request a freshly started server receives may be a deep link (a resume link, a bookmark,
a browser reconnecting after a restart). It must run app.py like any other request.

Streamlit treats a ``pages/`` folder next to the entry script as an old-style multipage app until a
run has called st.navigation: until then, a request for /questionnaire would run the page file on
its own, without app.py (no language switch, no ?token=, no gate, every page file in the sidebar).
That is why the screens live in ``views/``; these tests fail if a ``pages/`` folder comes back.
"""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import new_app, shown, title, tr

pytestmark = pytest.mark.cold_start


def test_a_resume_link_opened_first_after_a_server_start_finds_the_participant(svc: Services, open_round) -> None:
    token = svc.join(code=open_round.join_code)
    svc.save_answers(token=token, answers={"complexity_1": 4})
    at = new_app("en", token=token)
    at.session_state["step"] = 1
    at.switch_page("views/questionnaire.py").run()

    assert title(at) == [tr("page.questionnaire", "en")]
    assert [w.key for w in at.segmented_control] == ["lang"]  # app.py ran: the language switch is there
    assert not shown(at, tr("q.no_session", "en"))
    assert at.radio(key="a_complexity_1").value == 4


def test_a_facilitator_page_opened_first_after_a_server_start_is_still_refused(demo) -> None:
    at = new_app("en")
    at.switch_page("views/rounds.py").run()
    assert tr("page.rounds", "en") not in title(at)
    assert not shown(at, demo[-1].join_code)
