"""After submitting, the closing reflection: up to three words or phrases, kept, shown back, never named."""

from __future__ import annotations

import pytest

from assessment.usecases import Services
from tests.app.conftest import button, healthy, submitted_participant, tr
from tests.app.test_pages_render import render


def my_results(svc: Services, r, lang: str):
    token = submitted_participant(svc, r)
    return token, render("views/my_results.py", lang, token=token)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_participant_gives_words_that_are_stored_and_shown_back(svc: Services, open_round, lang):
    token, at = my_results(svc, open_round, lang)
    assert healthy(at), [e.value for e in at.exception]
    at.text_input(key="reflection_0").input("  Confiance ")
    at.text_input(key="reflection_1").input("voix des jeunes")
    button(at, tr("my.reflection_send", lang)).click().run()
    assert [s.value for s in at.success][-1] == tr("my.reflection_saved", lang)
    assert svc.reflections_of(token=token) == ["Confiance", "voix des jeunes"]
    again = render("views/my_results.py", lang, token=token)
    assert [again.text_input(key=f"reflection_{n}").value for n in range(3)] == ["Confiance", "voix des jeunes", ""]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_an_entry_with_nothing_to_read_is_refused_in_words_and_nothing_is_stored(svc: Services, open_round, lang):
    token, at = my_results(svc, open_round, lang)
    at.text_input(key="reflection_0").input("Confiance")
    at.text_input(key="reflection_1").input("?!")
    button(at, tr("my.reflection_send", lang)).click().run()
    assert healthy(at)
    assert len(at.error) == 1 and not [s for s in at.success if s.value == tr("my.reflection_saved", lang)]
    assert svc.reflections_of(token=token) == []
