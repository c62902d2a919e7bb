"""The questionnaire on a phone: the review lists the answers and leads back to a section; a tap saves
its answer and the count follows; nothing hidden is drawn; the page loads no heavy library."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from assessment.present.i18n import NBSP, plain, tn
from assessment.usecases import Services
from tests.app.conftest import DONT_KNOW, ROOT, healthy, new_app, tr

REVIEW = 5  # profile, four sections, review


def questionnaire(token: str, lang: str, step: int | None = None):
    at = new_app(lang, token=token)
    if step is not None:
        at.session_state["step"] = step
    return at.run().switch_page("views/questionnaire.py").run()


def review_lines(at) -> str:
    return "\n".join(str(m.value) for m in at.markdown)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_review_lists_each_sections_answers_dont_knows_and_unanswered_items(
    svc: Services, open_round, lang: str
) -> None:
    token = svc.join(code=open_round.join_code)
    instrument = svc.current_instrument()
    items = svc.participant_state(token=token).item_ids
    given = {items[0]: 4, items[1]: None, items[2]: 1}  # the rest unanswered
    svc.save_answers(token=token, answers=given)

    at = questionnaire(token, lang, REVIEW)

    assert healthy(at)
    assert [h.value for h in at.header] == [tr("q.review", lang)]
    assert [s.value for s in at.subheader] == [s.title.get(lang) for s in instrument.sections]
    assert [w.value for w in at.warning] == [tn("q.unanswered", lang, len(items) - 3)]
    assert at.warning[0].value.startswith(
        f"{len(items) - 3}{NBSP}questions sans" if lang == "fr" else f"{len(items) - 3} questions not"
    )
    listing = review_lines(at)
    for item_id in items:  # every item of the form, in order, with its answer or the mark
        assert plain(instrument.items[item_id].text.get(lang)) in listing
    assert f"4 · {instrument.scale_label(4, lang)}" in listing
    assert f"1 · {instrument.scale_label(1, lang)}" in listing
    assert instrument.dont_know.get(lang) in listing
    assert listing.count(tr("q.no_answer", lang)) == len(items) - 3


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_sections_change_button_goes_back_to_that_section(svc: Services, open_round, lang: str) -> None:
    token = svc.join(code=open_round.join_code)
    instrument = svc.current_instrument()
    for number, section in enumerate(instrument.sections, start=1):
        at = questionnaire(token, lang, REVIEW)
        title = section.title.get(lang)
        change = at.button(key=f"goto_{section.id}")
        assert change.label == tr("q.change", lang, section=title)

        change.click().run()

        assert healthy(at)
        assert at.session_state["step"] == number
        assert [h.value for h in at.header] == [title]
        assert {r.key for r in at.radio} == {
            f"a_{i.id}" for d in section.dimensions for i in d.items_for(open_round.form)
        }


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_tap_saves_its_answer_and_the_count_follows(svc: Services, open_round, lang: str) -> None:
    token = svc.join(code=open_round.join_code)
    total = len(svc.participant_state(token=token).item_ids)
    at = questionnaire(token, lang, 1)
    assert any(tr("q.answered", lang, done=0, total=total) in c.value for c in at.caption)

    first, second = at.radio[0], at.radio[1]
    first.set_value(3).run()
    assert svc.participant_state(token=token).answers == {first.key.removeprefix("a_"): 3}
    assert any(tr("q.answered", lang, done=1, total=total) in c.value for c in at.caption)

    at.radio(key=second.key).set_value(DONT_KNOW).run()
    assert svc.participant_state(token=token).answers == {first.key.removeprefix("a_"): 3, second.key[2:]: None}
    assert any(tr("q.answered", lang, done=2, total=total) in c.value for c in at.caption)
    assert healthy(at)


def test_level_descriptions_and_the_resume_link_are_drawn_only_once_opened(svc: Services, open_round) -> None:
    token = svc.join(code=open_round.join_code)
    instrument = svc.current_instrument()
    at = questionnaire(token, "en", 1)
    first = instrument.sections[0].dimensions[0]
    level_text = first.levels.get("mature").get("en")

    assert not [m for m in at.markdown if level_text in str(m.value)]
    assert not at.code  # the resume link is not sent to the browser while its box is closed
    assert tr("q.resume", "en") in [e.label for e in at.expander]


def test_the_resume_link_shows_the_token_and_wraps(svc: Services, open_round) -> None:
    token = svc.join(code=open_round.join_code)
    at = new_app("fr", token=token)
    at.session_state["resume_open"] = True
    at.run().switch_page("views/questionnaire.py").run()
    assert healthy(at)
    assert [c.value for c in at.code] and f"token={token}" in at.code[0].value
    assert at.code[0].proto.wrap_lines


def test_questionnaire_page_options_keep_their_accessible_names(svc: Services, open_round) -> None:
    """The options are named "3 · En partie" (the browser tests find them by these names)."""
    token = svc.join(code=open_round.join_code)
    at = questionnaire(token, "fr", 1)
    assert at.radio[0].options == ["1 · Pas du tout", "2 · Un peu", "3 · En partie", "4 · En grande partie",
                                   "5 · Tout à fait", "Je ne sais pas"]  # fmt: skip
    assert not at.radio[0].horizontal  # one column on a phone (the page's CSS makes it a row when wide)


HEAVY = ("pandas", "openpyxl", "xlsxwriter", "plotly.express", "assessment.present.charts", "assessment.reports")
PROBE = """
import json, os, sys
sys.path.insert(0, {root!r})
os.chdir({root!r})
import streamlit  # noqa: E402
baseline = set(sys.modules)
from streamlit.testing.v1 import AppTest
from assessment.present.i18n import plain
from assessment.usecases import Services
from tests.app.conftest import make_round
svc = Services(url=os.environ["DATABASE_URL"])
token = svc.join(code=make_round(svc).join_code)
svc.save_answers(token=token, answers={{svc.participant_state(token=token).item_ids[0]: 3}})
shown = []
for page, step in (("views/join.py", None), ("views/questionnaire.py", 1), ("views/questionnaire.py", 5)):
    at = AppTest.from_file(os.path.join({root!r}, "app.py"), default_timeout=60)
    at.session_state["lang"] = "fr"
    at.query_params["token"] = token
    if step is not None:
        at.session_state["step"] = step
    at.run().switch_page(page).run()
    at.radio[0].set_value(2).run() if at.radio else None
    shown.append([len(at.exception), len(at.title)])
added = sorted(m.split(".")[0] for m in set(sys.modules) - baseline)
print(json.dumps({{"modules": sorted(sys.modules), "added_top": sorted(set(added)), "shown": shown}}))
"""


def test_the_participant_pages_load_no_data_frame_chart_or_workbook_library(db_url) -> None:
    """Run join and questionnaire pages in a fresh interpreter: pandas, openpyxl, xlsxwriter, Plotly
    Express and the app's chart and report modules stay unloaded (a top-level import would load them)."""
    env = {"DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(PROBE.format(root=str(ROOT)))],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["shown"] == [[0, 1], [0, 1], [0, 1]]  # each page ran, without an exception
    loaded = set(found["modules"])
    assert [m for m in HEAVY if m in loaded] == []
    assert not {"pandas", "openpyxl", "xlsxwriter", "qrcode", "numpy"} & set(found["added_top"])


MY_RESULTS_PROBE = """
import json, os, sys
sys.path.insert(0, {root!r})
os.chdir({root!r})
from streamlit.testing.v1 import AppTest
from assessment.usecases import Services
from tests.app.conftest import make_round, submitted_participant
svc = Services(url=os.environ["DATABASE_URL"])
token = submitted_participant(svc, make_round(svc))
at = AppTest.from_file(os.path.join({root!r}, "app.py"), default_timeout=60)
at.session_state["lang"] = "en"
at.query_params["token"] = token
at.run().switch_page("views/my_results.py").run()
found = {{"modules": sorted(sys.modules), "exceptions": len(at.exception), "charts": len(at.get("plotly_chart"))}}
print(json.dumps(found))
"""


def test_my_results_draws_its_chart_and_table_without_a_data_frame_library(db_url) -> None:
    """Where every participant lands after submitting: no pandas (nor pyarrow) in the process for it."""
    env = {"DATABASE_URL": db_url, "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(MY_RESULTS_PROBE.format(root=str(ROOT)))],
        capture_output=True, text=True, env=env, timeout=240, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert (found["exceptions"], found["charts"]) == (0, 1)
    assert [m for m in ("pandas", "pyarrow", "openpyxl", "xlsxwriter") if m in found["modules"]] == []
