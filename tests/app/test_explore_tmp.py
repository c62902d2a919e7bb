import pytest, json, traceback
import streamlit
from streamlit.runtime.pages_manager import PagesManager
from tests.app.conftest import *

def test_x(open_round, svc, monkeypatch):
    orig = PagesManager.__init__
    def init(self, *a, **k):
        orig(self, *a, **k)
        PagesManager.uses_pages_directory = False
    monkeypatch.setattr(PagesManager, "__init__", init)
    at = new_app("en")
    at.run()
    at.text_input[0].input(open_round.join_code)
    at.button[0].click().run()
    print(at.exception, at.title, at.button_group, dict(at.query_params))
    at.radio  # profile
    at.button(key="next").click().run()
    at.radio(key="a_complexity_1").set_value(4).run()
    at.segmented_control(key="lang").set_value("fr").run()
    print(at.exception, [m.value for m in at.title], [h.value for h in at.header], at.radio(key="a_complexity_1").value, at.radio(key="a_complexity_1").options)
    at.radio(key="a_systems_change_1").set_value(0).run()
    print(at.exception, svc.participant_state(token=at.session_state["token"]).answers)
    at.switch_page("pages/rounds.py").run()
    print(at.exception, [m.value for m in at.title], [m.value for m in at.error])
