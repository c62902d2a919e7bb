"""User text is shown as text everywhere (issue 8, point 7): hostile strings typed into every field a user
fills (names, labels, a description, comments, reflections, actions, an error's parameters) come back on
every page exactly as typed, never as Markdown, HTML, LaTeX, a colour directive, an icon, an emoji or a
link. Each string carries a marker ("Zq…"); wherever a marker shows, it must be inside the one helper's
rendering of its string: ``plain`` for Markdown, ``plain_chart`` for Plotly, ``html.escape`` for st.html,
the string itself where Streamlit shows plain text (select box options, code, data frames)."""

from __future__ import annotations

import json
import re
from datetime import date
from html import escape

import pytest

from assessment.present.i18n import plain, plain_chart
from assessment.usecases import Services
from tests.app.conftest import PASSCODE, healthy, new_app

HOSTILE = {
    "initiative": "Zq1 [x](https://evil.example) ![i](https://evil.example/i.png) <b>b</b>",
    "description": "Zq2 **bold** _it_ # head &amp; <script>x</script>",
    "round": "Zq3 $x^2$ :red[red] :material/home: :smile: www.evil.example",
    "later_round": "Zq4 https://evil.example/p a@b.example `code` | pipe |",
    "participant": "Zq5 <img src=x> ~~strike~~ %{x}",
    "comment": "Zq6 > quote\n    code line\n1. one https://evil.example",
    "reflection": "Zq7 [r](http://e.example) :blue[b] $y$",
    "action": "Zq8 <a href=http://e.example>a</a> :rainbow[x] @here",
    "owner": "Zq9 _owner_ www.evil.example",
}
MARKER = re.compile(r"Zq\d")

# What each kind of text Streamlit shows does with Markdown.
MARKDOWN_KINDS = ("title", "header", "subheader", "markdown", "caption", "info", "success", "warning", "error", "toast")
LABEL_KINDS = ("button", "checkbox", "toggle", "radio", "selectbox", "multiselect", "text_input", "text_area",
               "date_input", "number_input", "metric", "expander", "tabs")  # fmt: skip


def rendered(at) -> list[tuple[str, str]]:
    """(how it is rendered, text) of everything on the page: 'markdown', 'plain', 'html' or 'plotly'."""
    found = []
    for kind in MARKDOWN_KINDS:
        found += [("markdown", str(e.value)) for e in getattr(at, kind, [])]
    for kind in LABEL_KINDS:
        for e in getattr(at, kind):
            found.append(("markdown", str(e.label)))
            if getattr(e, "help", None):
                found.append(("markdown", str(e.help)))
    found += [("markdown", str(o)) for e in at.radio for o in e.options]  # radio options are Markdown
    found += [("plain", str(o)) for kind in ("selectbox", "multiselect") for e in getattr(at, kind) for o in e.options]
    found += [("plain", str(e.value)) for kind in ("text_input", "text_area", "code") for e in getattr(at, kind)]
    found += [("markdown", str(e.proto.label)) for kind in ("page_link", "download_button") for e in at.get(kind)]
    found += [("html", str(e.proto.body)) for e in at.get("html")]
    found += [("plotly", text) for e in at.get("plotly_chart") for text in strings(json.loads(e.proto.spec))]
    found += [("plain", e.proto.data.hex()) for e in at.get("arrow_data_frame")]  # cells: text by design
    return found


def strings(node: object) -> list[str]:
    """Every string in a Plotly figure's spec: titles, labels, names, hover texts, tick texts."""
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for value in node.values() for s in strings(value)]
    if isinstance(node, list):
        return [s for value in node for s in strings(value)]
    return []


SAFE = {
    "markdown": plain,
    "plain": lambda text: text,
    "html": lambda text: escape(text, quote=False),
    "plotly": plain_chart,
}


def unsafe(at) -> list[str]:
    """Texts in which a marker shows outside its string's safe rendering."""
    faults = []
    for how, text in rendered(at):
        rest = text
        for value in HOSTILE.values():
            for piece in [value, *value.split("\n")]:
                rest = rest.replace(SAFE[how](piece), "")
        if MARKER.search(rest):
            faults.append(f"{how}: {text[:300]!r}")
    return faults


def shown_markers(at) -> set[str]:
    return {m for _, text in rendered(at) for m in MARKER.findall(text)}


@pytest.fixture
def hostile(svc: Services):
    """An initiative whose every user-typed field is hostile: two rounds (the later one open, revealed,
    presented), three participants with comments and reflections, an action."""
    initiative = svc.create_initiative(name=HOSTILE["initiative"], description=HOSTILE["description"])
    first = svc.create_round(initiative_id=initiative.id, label=HOSTILE["round"], on=date(2026, 3, 1), form="short")
    later = svc.create_round(
        initiative_id=initiative.id, label=HOSTILE["later_round"], on=date(2026, 5, 1), form="short"
    )
    tokens = []
    for r in (first, later):
        svc.set_round_status(round_id=r.id, status="open")
        for n in range(3):
            token = svc.join(code=r.join_code)
            items = svc.participant_state(token=token).item_ids
            svc.update_profile(token=token, display_name=f"{HOSTILE['participant']} {n}", sector="youth", role=None)
            svc.save_answers(token=token, answers={i: (n + k) % 5 + 1 for k, i in enumerate(items)},
                             comments={"equity": HOSTILE["comment"]})  # fmt: skip
            svc.submit(token=token)
            svc.save_reflections(token=token, texts=[HOSTILE["reflection"]])
            tokens.append(token)
    svc.set_round_status(round_id=first.id, status="closed")
    svc.set_results_revealed(round_id=later.id, revealed=True)
    for part in ("equity" and "principles", "disagreements", "comparison", "reflections"):
        svc.show_part(round_id=later.id, part=part, shown=True)
    svc.add_action(initiative_id=initiative.id, dimension_id="equity", what=HOSTILE["action"], owner=HOSTILE["owner"],
                   due=date(2026, 4, 1), note=HOSTILE["action"])  # fmt: skip
    draft = svc.join(code=later.join_code)
    svc.update_profile(token=draft, display_name=HOSTILE["participant"], sector=None, role=None)
    return {
        "token": tokens[-1],
        "draft": draft,
        "presenter": svc.create_presenter_link(round_id=later.id),
        "round": later,
    }


FACILITATOR_PAGES = ["rounds", "results", "breakdown", "compare", "actions", "console", "reports", "data"]


@pytest.mark.parametrize("page", FACILITATOR_PAGES)
def test_facilitator_pages_show_hostile_text_literally(page: str, hostile, monkeypatch) -> None:
    monkeypatch.setenv("IMPACT_FACILITATOR_PASSCODE", PASSCODE)
    at = new_app("en")
    at.session_state["facilitator"] = True
    at.run()
    at.switch_page(f"views/{page}.py").run()
    assert healthy(at), [e.value for e in at.exception]
    assert shown_markers(at) >= {"Zq1"}, page  # the initiative is on every one of them
    assert unsafe(at) == []


@pytest.mark.parametrize(
    ("page", "who", "step"),
    [("join", "token", 0), ("my_results", "token", 0), ("questionnaire", "draft", 0), ("questionnaire", "draft", 5)],
)
def test_participant_pages_show_hostile_text_literally(page: str, who: str, step: int, hostile) -> None:
    at = new_app("fr")
    at.session_state["token"] = hostile[who]
    at.session_state["step"] = step
    at.run()
    if page != "join":
        at.switch_page(f"views/{page}.py").run()
    assert healthy(at), [e.value for e in at.exception]
    assert "Zq4" in shown_markers(at)  # the round's label
    assert unsafe(at) == []


def test_the_presenter_view_shows_hostile_text_literally(hostile) -> None:
    at = new_app("en", token=hostile["presenter"])
    at.switch_page("views/presenter.py").run()
    assert healthy(at), [e.value for e in at.exception]
    assert {"Zq1", "Zq4", "Zq7"} <= shown_markers(at)
    assert unsafe(at) == []
