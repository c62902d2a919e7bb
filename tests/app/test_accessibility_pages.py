"""What the screens give assistive technology, checked on the script's output (the browser test checks the page):
the document's language, text alternatives of the QR codes, headings that never skip a level."""

from __future__ import annotations

import json
import re

import pytest
from streamlit.testing.v1.element_tree import HeadingBase, Image

from assessment.usecases import Services
from tests.app.conftest import healthy, new_app, submitted_participant, tr

LANGS = ["fr", "en"]
LEVEL = {"title": 1, "header": 2, "subheader": 3}
FACILITATOR_PAGES = [
    "rounds",
    "console",
    "results",
    "compare",
    "actions",
    "plan",
    "breakdown",
    "network",
    "data",
    "reports",
]


def language_settings(at) -> dict:
    """The settings handed to the script that marks the document's language."""
    for block in at.get("html"):
        if match := re.search(r"__irLanguage = (\{.*?\});", block.proto.body):
            return json.loads(match.group(1))
    raise AssertionError("no script marks the document's language")


def heading_levels(at) -> list[int]:
    return [LEVEL[node.type] for node in at.main if isinstance(node, HeadingBase)]


def skipped(levels: list[int]) -> list[tuple[int, int]]:
    """Each place where a heading goes more than one level deeper than the one before it."""
    return [(before, after) for before, after in zip([0, *levels], levels, strict=False) if after > before + 1]


def run_page(page: str, lang: str, **state):
    at = new_app(lang)
    for key, value in state.items():
        at.session_state[key] = value
    at.run()
    if page != "views/join.py":
        at.switch_page(page).run()
    assert healthy(at), [e.value for e in at.exception]
    return at


@pytest.mark.parametrize("lang", LANGS)
def test_the_document_and_each_language_button_are_marked_with_their_language(lang: str) -> None:
    at = run_page("views/join.py", lang)
    settings = language_settings(at)
    assert {k: settings[k] for k in ("lang", "buttons", "selector")} == {
        "lang": lang,
        "buttons": ["fr", "en"],
        "selector": ".st-key-lang button",
    }
    assert at.segmented_control[0].options == ["Français", "English"]  # the order the buttons are marked in


def test_switching_the_language_marks_the_document_in_the_new_one() -> None:
    at = run_page("views/join.py", "fr")
    at.segmented_control[0].set_value("en").run()
    assert language_settings(at)["lang"] == "en"
    assert at.title[0].value == tr("page.join", "en")


@pytest.mark.parametrize("lang", LANGS)
def test_french_screens_hide_streamlits_english_hints_under_text_boxes(lang: str) -> None:
    at = run_page("views/join.py", lang)
    styles = language_settings(at)["css"]  # put in the document's head by the page's script
    assert ('[data-testid="InputInstructions"] { display: none; }' in styles) is (lang == "fr")
    assert "opacity: 1; color: #55575f" in styles  # captions at 7.2:1 in both languages


def test_the_language_and_style_script_is_sent_once_per_session_and_language() -> None:
    at = run_page("views/join.py", "fr")
    assert language_settings(at)["lang"] == "fr"
    at.run()  # another run of the same session (a step, a tap): the browser tab has it already
    assert not [block for block in at.get("html") if "__irLanguage" in block.proto.body]
    at.segmented_control[0].set_value("en").run()
    assert language_settings(at)["lang"] == "en"


@pytest.mark.parametrize("lang", LANGS)
def test_the_qr_codes_of_the_rounds_have_the_link_as_text_alternative(lang: str, svc: Services, demo) -> None:
    at = run_page("views/rounds.py", lang, facilitator=True)
    images = [img for node in at.main if isinstance(node, Image) for img in node.proto.imgs]
    open_rounds = [r for r in demo if r.status == "open"]
    assert len(images) == len(demo) and open_rounds
    for r in demo:
        link = f"http://localhost:8501/join?code={r.join_code}"
        assert any(img.alt == tr("presenter.qr_alt", lang, link=link) for img in images), link
    assert all(link_in(img.alt) for img in images)


def link_in(text: str) -> bool:
    return bool(re.search(r"https?://\S+/join\?code=\w{6}", text))


@pytest.mark.parametrize("lang", LANGS)
def test_the_presenter_views_qr_code_has_the_link_as_text_alternative(lang: str, svc: Services, open_round) -> None:
    token = svc.create_presenter_link(round_id=open_round.id)
    at = new_app(lang, token=token)
    at.switch_page("views/presenter.py").run()
    assert healthy(at)
    [image] = [img for node in at.main if isinstance(node, Image) for img in node.proto.imgs]
    assert image.alt == tr("presenter.qr_alt", lang, link=f"http://localhost:8501/join?code={open_round.join_code}")


@pytest.mark.parametrize("lang", LANGS)
def test_no_screen_skips_a_heading_level(lang: str, svc: Services, demo) -> None:
    done = submitted_participant(svc, demo[-1], score=2)
    fresh = svc.join(code=demo[-1].join_code)
    presenter = svc.create_presenter_link(round_id=demo[-1].id)
    for part in ("fit", "disagreements", "comparison", "reflections"):
        svc.show_part(round_id=demo[-1].id, part=part, shown=True)
    screens = {
        "join": run_page("views/join.py", lang),
        "guide": run_page("views/guide.py", lang),
        "my_results": run_page("views/my_results.py", lang, token=done),
        **{f"questionnaire {s}": run_page("views/questionnaire.py", lang, token=fresh, step=s) for s in range(6)},
        **{name: run_page(f"views/{name}.py", lang, facilitator=True) for name in ["facilitator", *FACILITATOR_PAGES]},
    }
    at = new_app(lang, token=presenter)
    at.switch_page("views/presenter.py").run()
    screens["presenter"] = at
    levels = {name: heading_levels(at) for name, at in screens.items()}
    assert all(levels.values()), levels  # each screen has at least its title
    assert {name: skipped(found) for name, found in levels.items() if skipped(found)} == {}


@pytest.mark.parametrize("lang", LANGS)
def test_next_moves_the_focus_to_the_new_steps_heading_and_announces_the_step(lang: str, svc: Services, demo) -> None:
    token = svc.join(code=demo[-1].join_code)
    at = run_page("views/questionnaire.py", lang, token=token, step=0)
    assert not [b for b in at.get("html") if "ir-announcer" in b.proto.body]  # nothing moves on the first view
    [next_button] = [b for b in at.button if b.label == tr("q.next", lang)]
    next_button.click().run()
    scripts = [b.proto.body for b in at.get("html") if "ir-announcer" in b.proto.body]
    assert len(scripts) == 1
    fit = svc.current_instrument().section("fit").title.get(lang)
    assert 'getElementById("step-fit")' in scripts[0] and "heading.focus(" in scripts[0]
    assert json.dumps(tr("q.step", lang, n=2, total=6, title=fit)) in scripts[0]
    assert [h.value for h in at.header] == [fit] and at.header[0].proto.anchor == "step-fit"


def test_streamlits_own_english_words_are_handed_to_the_page_with_their_french() -> None:
    words = language_settings(run_page("views/join.py", "fr"))["words"]
    exact, prefix = dict(words["exact"]), dict(words["prefix"])
    assert exact["Skip to main content"] == "Aller au contenu principal"
    assert exact["Choose an option"] == "Choisissez une option"
    assert exact["200MB per file"] == "200 Mo par fichier" and exact["Upload"] == "Téléverser"
    assert exact["yyyy"] == "aaaa" and exact["dd"] == "jj"
    assert prefix["Help for "] == "Aide\u00a0: "
    assert all(english != french for english, french in [*words["exact"], *words["prefix"]])
