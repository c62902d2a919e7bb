"""A participant with a keyboard only, in French: joins, answers the short form and submits, with Tab, Space and
Enter. After each "Next" the focus is on the new step's heading, at the top of the screen, and a live region
says which step it is; every control reached shows a focus ring of at least 3:1."""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest

from assessment.present.i18n import t

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

LAPTOP = dict(viewport={"width": 1280, "height": 800}, locale="fr-CA")
MAX_TABS_TO_FIRST_QUESTION = 5  # the step's heading, its anchor, the dimension's anchor, "what each level means"

# What has the focus, and the ring around it: for a radio or a checkbox (its input is hidden), its label's; for a
# text box, the box's (the box clips its input's own ring).
FOCUSED = """() => {
  const a = document.activeElement;
  const boxed = a.closest('[data-testid="stTextInputRootElement"], [data-testid="stTextAreaRootElement"]')
    || (a.closest('[data-testid="stSelectbox"]') && a.parentElement);
  const shown = (a.matches('input[type="radio"], input[type="checkbox"]') && a.closest("label")) || boxed || a;
  const style = getComputedStyle(shown);
  const group = a.closest('[role="radiogroup"]');
  return {
    tag: a.tagName, type: a.type || "", id: a.id || "", text: (a.innerText || a.value || "").trim().slice(0, 60),
    groupAnswered: group ? !!group.querySelector('input:checked') : null,
    outline: [style.outlineStyle, parseFloat(style.outlineWidth) || 0, style.outlineColor],
    top: a.getBoundingClientRect().top,
    announced: document.getElementById("ir-announcer")?.textContent || "",
  };
}"""


def fr(key: str, **params: object) -> str:
    return t(key, "fr", **params)


def contrast(rgb: str, against: tuple[int, int, int] = (255, 255, 255)) -> float:
    """WCAG contrast ratio of a CSS rgb()/rgba() colour against ``against``."""
    parts = [float(p) for p in rgb[rgb.index("(") + 1 : -1].replace("/", ",").split(",")[:3]]

    def luminance(channels) -> float:
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in (x / 255 for x in channels)]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(parts), luminance(against)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def visible_focus(focused: dict) -> bool:
    style, width, colour = focused["outline"]
    return style not in ("none", "") and width >= 2 and contrast(colour) >= 3


def test_the_short_form_is_answered_and_submitted_with_the_keyboard_only(app_server, new_context) -> None:
    from playwright.sync_api import expect

    services = app_server.services()
    initiative = services.create_initiative(name="Clavier seulement (e2e)")
    r = services.create_round(initiative_id=initiative.id, label="Court", on=date(2026, 11, 30), form="short")
    r = services.set_round_status(round_id=r.id, status="open")
    instrument = services.instrument_of_round(round_id=r.id)
    steps = 2 + len(instrument.sections)
    page = new_context(**LAPTOP).new_page()
    unringed: set[str] = set()

    def tab() -> dict:
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] != "BODY" and not visible_focus(focused):
            unringed.add(f"{focused['tag']} {focused['type']} {focused['text']!r}: outline {focused['outline']}")
        return focused

    def tab_to(wanted, limit: int = 80) -> tuple[dict, int]:
        for presses in range(1, limit + 1):
            if wanted(focused := tab()):
                return focused, presses
        raise AssertionError(f"not reached with {limit} presses of Tab; last focused: {focused}")

    def on_new_step(name: str, number: int) -> None:
        """The focus is on the step's heading, near the top of the screen, and the step was announced."""
        heading = page.locator(f"h2#step-{name}")
        expect(heading).to_be_focused()
        focused = page.evaluate(FOCUSED)
        assert 0 <= focused["top"] < 200, f"the heading of step {name} starts {focused['top']} px down"
        title = fr("q.review") if name == "review" else instrument.section(name).title.get("fr")
        expect(page.locator("#ir-announcer")).to_have_text(fr("q.step", n=number, total=steps, title=title))

    def is_next(focused: dict) -> bool:
        return focused["tag"] == "BUTTON" and focused["text"].endswith(fr("q.next"))

    page.goto(f"{app_server.base_url}/join?code={r.join_code}")
    expect(page.get_by_role("textbox", name=fr("join.code"))).to_have_value(r.join_code)
    tab_to(lambda f: f["tag"] == "INPUT" and f["text"] == r.join_code)
    page.keyboard.press("Enter")  # submits the form

    expect(page.get_by_role("heading", name=fr("q.profile"))).to_be_visible()
    token = parse_qs(urlsplit(page.url).query)["token"][0]
    total = len(instrument.item_ids("short"))
    tab_to(is_next)
    page.keyboard.press("Enter")
    done = 0
    for number, section in enumerate(instrument.sections, start=2):
        on_new_step(section.id, number)
        _, presses = tab_to(lambda f: f["type"] == "radio")
        assert presses <= MAX_TABS_TO_FIRST_QUESTION, f"{presses} presses of Tab to the first question"
        for _ in (i for d in section.dimensions for i in d.items_for("short")):
            if page.evaluate(FOCUSED)["groupAnswered"]:
                tab_to(lambda f: f["type"] == "radio" and not f["groupAnswered"])
            page.keyboard.press("Space")
            done += 1
            expect(page.get_by_text(fr("q.answered", done=done, total=total))).to_be_visible()
        tab_to(is_next)
        page.keyboard.press("Enter")

    on_new_step("review", steps)
    expect(page.get_by_text(fr("q.all_answered"))).to_be_visible()
    tab_to(lambda f: f["tag"] == "BUTTON" and f["text"].endswith(fr("q.submit")))
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name=fr("page.my_results"))).to_be_visible()

    participant = services.participant_state(token=token)
    assert participant.status == "submitted" and len(participant.answers) == total == 19
    assert not unringed, "controls without a visible focus ring:\n" + "\n".join(sorted(unringed))
