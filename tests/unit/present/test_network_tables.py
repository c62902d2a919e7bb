"""The network's tables and notes (present/network_tables.py), in both languages."""

from __future__ import annotations

from datetime import date, datetime

from assessment.domain import network as net
from assessment.present import network_tables
from tests.factories import tiny_instrument


def network_view(instrument, count: int = 3) -> net.NetworkView:
    sections = {s.id: [d.id for d in s.dimensions] for s in instrument.sections}
    members = []
    for k in range(count):
        figures = net.RoundFigures(
            f"R{k}",
            date(2026, 1, 1 + k),
            10,
            40.0 + 10 * k,
            "emerging",
            {s: 2.0 + k for s in sections},
            {d: 2.0 + k for ids in sections.values() for d in ids},
        )
        consented = datetime(2026, 1, 1) if k == 0 else None
        members.append(net.Member(f"Table {k}", "ABC"[k], consented, (figures,)))
    return net.network_view("N", members, sections)


def test_members_side_by_side_have_a_row_per_section_then_its_dimensions_in_the_french_way():
    instrument = tiny_instrument()
    view = network_view(instrument)
    scores = network_tables.dimension_scores_table(view, instrument, "fr")
    assert scores.headers[1:] == ["Table 0", "Initiative B", "Initiative C"]
    assert len(scores.rows) == len(instrument.sections) + len(instrument.dimensions)
    first = instrument.sections[0]
    assert scores.rows[0] == [first.title.get("fr").upper(), "2,00", "3,00", "4,00"]
    members = network_tables.members_table(view, "fr")
    assert [row[0] for row in members.rows] == ["Table 0", "Initiative B", "Initiative C"]
    assert [row[2] for row in members.rows] == ["R0", "—", "—"]  # no round label for an anonymous member


def test_the_spread_lists_sections_and_dimensions_with_quartiles_and_raw_values_for_the_workbook():
    instrument = tiny_instrument()
    view = network_view(instrument)
    spread = network_tables.spread_table((*view.sections, *view.dimensions), instrument, "en", raw=True)
    assert spread.rows[0][1:] == [3, 2.5, 3.0, 3.5]
    assert len(spread.rows) == len(instrument.sections) + len(instrument.dimensions)


def test_notes_say_why_figures_are_missing_in_each_language():
    fr = network_tables.notes(2, {net.OTHER_ITEMS: 2, net.TOO_FEW: 1}, 3, "fr")
    en = network_tables.notes(2, {net.OTHER_ITEMS: 2, net.TOO_FEW: 1}, 3, "en")
    assert len(fr) == len(en) == 3
    assert en[0] == "Network figures hidden: at least 3 contributing initiatives are needed, and 2 contribute."
    assert fr[1].startswith("2\u00a0cycles laissés de côté\u00a0:")
    assert network_tables.notes(3, {}, 3, "en") == []
