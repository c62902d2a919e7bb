"""The plan on a page prints on one page, A4 or Letter, in French and in English, even with the longest texts the
limits allow; the progress report of the demo prints on two or three pages (Chromium's own print to PDF)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from assessment.domain import plan as rules
from assessment.domain.vocabulary import MAX_NAME
from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(240)]

PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def pages_of(pdf: bytes) -> int:
    """The number of pages of a PDF that Chromium wrote (its page objects are never compressed)."""
    return len(PAGE_OBJECT.findall(pdf))


def words(length: int, seed: str) -> str:
    """Ordinary text of exactly ``length`` characters: words of 4 to 11 letters with accents."""
    pieces, n = [], 0
    while sum(len(p) + 1 for p in pieces) < length:
        pieces.append((seed * 12)[n % 5 : n % 5 + 4 + n % 8])
        n += 1
    return " ".join(pieces)[:length]


def longest_texts() -> dict[str, dict[str, str]]:
    """Three ways of being as long as allowed: full lines, one long paragraph among short lines, no spaces."""
    lines = rules.MAX_SECTION_LINES
    per_line = rules.MAX_SECTION_TEXT // lines - 1
    full_lines = "\n".join(words(per_line, "Équité") for _ in range(lines))
    one_long = "\n".join(["court"] * (lines - 1) + [words(rules.MAX_SECTION_TEXT - 6 * (lines - 1), "Mentorat")])
    no_spaces = "W" * rules.MAX_SECTION_TEXT
    return {
        "full_lines": dict.fromkeys(rules.DEFAULT_SECTIONS, full_lines[: rules.MAX_SECTION_TEXT]),
        "one_long": dict.fromkeys(rules.DEFAULT_SECTIONS, one_long[: rules.MAX_SECTION_TEXT]),
        "no_spaces": dict.fromkeys(rules.DEFAULT_SECTIONS, no_spaces),
    }


@pytest.fixture
def demo(db_url: str) -> Services:
    services = Services(url=db_url)
    services.load_demo()
    return services


def longest_plan(services: Services, texts: dict[str, str]) -> tuple[str, str]:
    """An initiative and a round with the longest name and label, and a plan at every limit."""
    name = words(MAX_NAME, "Collectif")
    initiative = services.create_initiative(name=name)
    label = words(MAX_NAME, "Printemps")
    r = services.create_round(initiative_id=initiative.id, label=label, on=date(2026, 4, 1))
    agenda = "\n".join(words(rules.MAX_AGENDA // rules.MAX_AGENDA_LINES - 1, "Programme") for _ in range(4))
    services.save_plan(
        round_id=r.id,
        agenda=agenda[: rules.MAX_AGENDA],
        sections=rules.DEFAULT_SECTIONS,
        texts=texts,
        contact=words(rules.MAX_CONTACT, "Contact"),
    )
    return name, label


def print_pdf(new_context, html: str, paper: str) -> bytes:
    page = new_context().new_page()
    page.set_content(html, wait_until="load")
    return page.pdf(format=paper, print_background=True, prefer_css_page_size=True)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("shape", ["full_lines", "one_long", "no_spaces"])
def test_the_longest_plan_allowed_prints_on_one_page(services, new_context, paper, lang, shape):
    name, label = longest_plan(services, longest_texts()[shape])
    html = services.plan_on_a_page(initiative=name, round_label=label, lang=lang)
    pdf = print_pdf(new_context, html, paper)
    assert pages_of(pdf) == 1


@pytest.mark.parametrize("paper", ["A4", "Letter"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demo_plan_filled_from_the_data_prints_on_one_page(demo, new_context, paper, lang):
    sections = ("key_data", "progress_measures", "results", "theory_of_change")
    html = demo.plan_on_a_page(initiative=DEMO_INITIATIVE, sections=sections, lang=lang)
    assert pages_of(print_pdf(new_context, html, paper)) == 1


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_demo_progress_report_prints_on_two_or_three_pages(demo, new_context, lang):
    info = demo.initiative(name=DEMO_INITIATIVE)
    demo.add_decision(
        initiative_id=info.id, day=date(2025, 6, 3), text="Adopter trois indicateurs communs", decided_by="Table"
    )
    html = demo.progress_report(initiative=DEMO_INITIATIVE, start=date(2025, 1, 1), end=date(2026, 6, 30), lang=lang)
    assert 2 <= pages_of(print_pdf(new_context, html, "A4")) <= 3


def test_the_page_counter_counts_pages(new_context):
    """The counter itself: a document forced onto three pages counts three."""
    html = "<html><body>" + '<p style="break-after: page">x</p>' * 3 + "</body></html>"
    assert pages_of(print_pdf(new_context, html, "A4")) == 3
