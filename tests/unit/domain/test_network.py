"""Networks of initiatives (domain/network.py): what counts, the spread, and that no hidden member can be
recovered from what is shown."""

from __future__ import annotations

import dataclasses
import json
from datetime import date, datetime
from statistics import quantiles

from hypothesis import given, settings
from hypothesis import strategies as st

from assessment.domain import network as net
from assessment.present import network_charts
from tests.factories import tiny_instrument

SECTIONS = {"s1": ["d1", "d2"], "s2": ["d3"]}


def figures(
    index: float, *, on=date(2026, 1, 1), label="R1", participants=10, left_out=None, d1=3.0
) -> net.RoundFigures:
    return net.RoundFigures(
        label, on, participants, index, "emerging", {"s1": 3.0, "s2": 2.5}, {"d1": d1, "d2": 3.0, "d3": 2.5}, left_out
    )


def member(name: str, alias: str, *rounds: net.RoundFigures, consent: bool = False) -> net.Member:
    return net.Member(name, alias, datetime(2026, 2, 3, 10) if consent else None, tuple(rounds))


def test_a_member_is_named_only_when_it_consented_else_shown_under_its_alias_without_round_labels():
    named = net.member_row(member("Youth Table", "C", figures(50.0, label="Youth Table spring"), consent=True))
    hidden = net.member_row(member("Quiet Table", "K", figures(40.0, label="Quiet Table spring")))
    assert (named.label, named.named, named.round, named.consented_on) == (
        "Youth Table",
        True,
        "Youth Table spring",
        date(2026, 2, 3),
    )
    assert (hidden.label, hidden.named, hidden.round, hidden.consented_on) == ("Initiative K", False, None, None)
    assert hidden.index == 40.0 and hidden.participants == 10


def test_only_counting_rounds_make_the_figures_and_the_trend_and_the_others_are_counted_by_reason():
    m = member(
        "A",
        "A",
        figures(30.0, on=date(2025, 1, 1)),
        figures(35.0, on=date(2025, 6, 1), left_out=net.OTHER_ITEMS),
        figures(45.0, on=date(2026, 1, 1)),
        figures(60.0, on=date(2026, 6, 1), participants=2, left_out=net.TOO_FEW),
        consent=True,
    )
    row = net.member_row(m)
    assert row.index == 45.0 and row.date == date(2026, 1, 1)
    assert row.trend == ((date(2025, 1, 1), 30.0), (date(2026, 1, 1), 45.0))
    assert row.left_out == {net.OTHER_ITEMS: 1, net.TOO_FEW: 1}


def test_a_member_with_no_counting_round_contributes_nothing():
    row = net.member_row(member("A", "A", figures(30.0, left_out=net.OTHER_ITEMS)))
    assert not row.contributes and row.index is None and row.trend == ()


def test_network_figures_need_three_contributing_initiatives():
    two = [
        member("A", "A", figures(30.0)),
        member("B", "B", figures(40.0)),
        member("C", "C", figures(50.0, left_out=net.TOO_FEW)),
    ]
    view = net.network_view("N", two, SECTIONS)
    assert (view.contributing, view.shown, view.index, view.dimensions) == (2, False, None, ())
    assert view.left_out == {net.TOO_FEW: 1}
    three = [*two, member("D", "D", figures(70.0))]
    view = net.network_view("N", three, SECTIONS)
    assert view.shown and [s.id for s in view.dimensions] == ["d1", "d2", "d3"]
    assert (view.index.q1, view.index.median, view.index.q3) == (35.0, 40.0, 55.0)  # 30, 40, 70: inclusive method


def test_the_spread_is_the_inclusive_quartiles_of_the_members_that_scored_the_dimension():
    s = net.spread("d1", [1.0, None, 2.0, 4.0, 5.0])
    assert (s.initiatives, s.q1, s.median, s.q3) == (4, 1.75, 3.0, 4.25)
    assert net.spread("d1", [1.0, None, 2.0]) == net.Spread("d1", 2, None, None, None)


def test_rows_come_named_first_by_name_then_anonymous_by_alias():
    members = [
        member("zeta", "B", figures(1.0)),
        member("Alpha", "Q", figures(1.0), consent=True),
        member("m", "A", figures(1.0)),
    ]
    view = net.network_view("N", members, SECTIONS)
    assert [r.label for r in view.members] == ["Alpha", "Initiative A", "Initiative B"]


def test_a_member_sees_itself_against_the_network_and_no_other_member():
    others = [
        member("Other One", "B", figures(30.0, d1=2.0), consent=True),
        member("Other Two", "C", figures(60.0, d1=4.0)),
    ]
    own = member("Us", "D", figures(45.0, label="Our spring round", d1=4.5))
    view = net.member_view(net.network_view("N", [*others, own], SECTIONS), own)
    assert (view.own.label, view.own.round, view.shown) == ("Us", "Our spring round", True)
    assert view.positions["d1"] == net.ABOVE and view.positions["d2"] == net.WITHIN
    text = json.dumps(dataclasses.asdict(view), default=str)
    assert "Other One" not in text and "Other Two" not in text and "Initiative" not in text


def test_below_three_contributors_a_member_sees_only_itself():
    own = member("Us", "D", figures(45.0))
    view = net.member_view(net.network_view("N", [member("X", "B", figures(30.0)), own], SECTIONS), own)
    assert (view.shown, view.dimensions, view.positions) == (False, (), {})


def test_fresh_aliases_are_single_letters_while_any_is_free_then_two():
    taken: set[str] = set()
    for _ in range(26):
        taken.add(net.fresh_alias(taken))
    assert taken == set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    assert len(net.fresh_alias(taken)) == 2


# --- Property: what is shown is the same whatever hidden members are called and their rounds labelled. ---

scores = st.one_of(st.none(), st.floats(1.0, 5.0))
round_figures = st.builds(
    net.RoundFigures,
    label=st.text(min_size=1, max_size=12),
    on=st.dates(date(2024, 1, 1), date(2027, 1, 1)),
    participants=st.integers(1, 40),
    index=st.one_of(st.none(), st.floats(0.0, 100.0)),
    verdict=st.sampled_from([None, "ready", "emerging", "not_ready"]),
    sections=st.fixed_dictionaries({"s1": scores, "s2": scores}),
    dimensions=st.fixed_dictionaries({"d1": scores, "d2": scores, "d3": scores}),
    left_out=st.sampled_from([None, None, net.OTHER_ITEMS, net.TOO_FEW]),
).map(lambda r: dataclasses.replace(r, participants=max(r.participants, 3)) if r.left_out is None else r)


@st.composite
def networks(draw):
    count = draw(st.integers(0, 7))
    aliases = draw(st.lists(st.sampled_from("ABCDEFGHJK"), min_size=count, max_size=count, unique=True))
    members = []
    for n, alias in enumerate(aliases):
        drawn = sorted(draw(st.lists(round_figures, max_size=4)), key=lambda r: r.on)
        # Labels people typed, each told apart from every other text (the name may be inside it).
        rounds = tuple(dataclasses.replace(r, label=f"«{n}.{k}» {r.label}") for k, r in enumerate(drawn))
        name = f"Secret{n}-" + draw(st.text("xyzw", min_size=3, max_size=8))
        members.append(member(name, alias, *rounds, consent=draw(st.booleans())))
    return members


INSTRUMENT = tiny_instrument()  # its dimensions are not d1–d3: the charts name them by their ids


def charted(view, lang: str) -> str:
    """What the network's chart shows of ``view`` (a NetworkView or a MemberView): its figure as JSON (names,
    hover texts, labels) and its words (summary, data table, next step), in ``lang``."""
    if isinstance(view, net.NetworkView):
        figure = network_charts.spread_figure(INSTRUMENT, lang, view)
        words = network_charts.spread_text(INSTRUMENT, lang, view)
        step = network_charts.spread_next_step(INSTRUMENT, lang, view)
    else:
        figure = network_charts.against_figure(INSTRUMENT, lang, view)
        words = network_charts.against_text(INSTRUMENT, lang, view)
        step = network_charts.against_next_step(INSTRUMENT, lang, view)
    table = [words.table.headers, *words.table.rows]
    return json.dumps([json.loads(figure.to_json()), words.summary, table, step], ensure_ascii=False, default=str)


def shown(view, lang: str | None = None) -> str:
    """Everything shown of ``view``: its fields, and its chart in ``lang`` when given."""
    fields = json.dumps(dataclasses.asdict(view), default=str, sort_keys=True, ensure_ascii=False)
    return fields + (charted(view, lang) if lang else "")


def renamed(m: net.Member, tag: str) -> net.Member:
    """The same hidden member under another name, with its rounds labelled otherwise."""
    if m.consented_at is not None:
        return m
    rounds = tuple(dataclasses.replace(r, label=f"{tag}{r.label}") for r in m.rounds)
    return dataclasses.replace(m, name=f"Other{tag}{m.name[::-1]}", rounds=rounds)


def nothing_hidden_leaks(members: list[net.Member], rng, lang: str | None) -> None:
    """What is shown of the network (with its chart in ``lang`` when given) names no hidden member and carries
    none of its round labels, and is the same whatever they are called; a member's own view names no other."""
    view = net.network_view("N", members, SECTIONS)
    text = shown(view, lang)
    for m in members:
        if m.consented_at is None:
            assert m.name not in text
            assert all(r.label not in text and r.label.split("» ")[0] not in text for r in m.rounds)
    # Renaming hidden members, relabelling their rounds and listing the members in any order change nothing.
    others = [renamed(m, "Q") for m in members]
    rng.shuffle(others)
    assert shown(net.network_view("N", others, SECTIONS), lang) == text
    # Each member's own view names no one else, hidden or not, and is the same whatever the others are called.
    for own in members:
        mine = shown(net.member_view(view, own), lang)
        assert not [o.name for o in members if o is not own and o.name in mine and o.name not in own.name]
        assert not [o.alias for o in members if o is not own and net.anonymous_label(o.alias) in mine]
        renamed_view = net.network_view("N", [o if o is own else renamed(o, "Z") for o in members], SECTIONS)
        assert shown(net.member_view(renamed_view, own), lang) == mine


@settings(max_examples=300, deadline=None)
@given(networks(), st.randoms(use_true_random=False))
def test_no_hidden_member_can_be_recovered_from_what_is_shown(members, rng):
    nothing_hidden_leaks(members, rng, None)


# Each figure takes Plotly some 30 ms to build: fewer examples, the same property, charts included.
@settings(max_examples=30, deadline=None)
@given(networks(), st.randoms(use_true_random=False), st.sampled_from(["fr", "en"]))
def test_no_hidden_member_can_be_recovered_from_the_network_charts(members, rng, lang):
    """The charts too: figure JSON (trace names, hover texts, axis labels), summary, data table, next step."""
    nothing_hidden_leaks(members, rng, lang)


@settings(max_examples=200, deadline=None)
@given(networks())
def test_network_figures_show_only_from_three_contributors_and_are_their_quartiles(members):
    view = net.network_view("N", members, SECTIONS)
    contributing = [net.member_row(m) for m in members if net.member_row(m).contributes]
    assert view.shown == (len(contributing) >= net.MIN_INITIATIVES)
    if not view.shown:
        assert view.dimensions == () and view.index is None
        return
    for s in view.dimensions:
        values = sorted(r.dimensions[s.id] for r in contributing if r.dimensions[s.id] is not None)
        assert s.initiatives == len(values)
        if len(values) < net.MIN_INITIATIVES:
            assert not s.shown
        else:
            assert [s.q1, s.median, s.q3] == quantiles(values, n=4, method="inclusive")
