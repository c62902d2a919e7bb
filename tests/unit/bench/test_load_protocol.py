"""The load generator's view of the screen after a fragment's run: what the fragment did not draw again is gone."""

from bench.load.protocol import Session, Widget


def session_with(widgets: dict) -> Session:
    session = Session("http://127.0.0.1:1", page="questionnaire", query="")
    session.widgets = dict(widgets)
    return session


def test_a_fragment_run_drops_what_it_and_its_nested_fragments_drew_before_but_not_now():
    step, old_dimension, new_dimension, other = "step", "dim-a", "dim-b", "elsewhere"
    session = session_with(
        {
            (0, 1): Widget("button", "$$ID-1-next", fragment_id=step),  # Next, drawn by the step, gone now
            (0, 2, 0): Widget("radio", "$$ID-2-a_q1", ["1"], fragment_id=old_dimension),  # previous section
            (0, 3): Widget("button", "$$ID-3-lang", fragment_id=other),  # another fragment: untouched
            (0, 4): Widget("button", "$$ID-4-menu"),  # outside any fragment: untouched
        }
    )
    session.parent_fragment[old_dimension] = step  # drawn by an earlier run of the step
    # This run of the step drew the new section's radio and the Submit button.
    session.widgets[(0, 2, 0)] = Widget("radio", "$$ID-5-a_q2", ["1"], fragment_id=new_dimension)
    session.widgets[(0, 5)] = Widget("button", "$$ID-6-submit", fragment_id=step)
    session._prune_fragment(step, touched={(0, 2, 0), (0, 5)})

    assert sorted(w.key for w in session.widgets.values()) == ["a_q2", "lang", "menu", "submit"]
    assert session.parent_fragment[new_dimension] == step  # its own later runs are known to be the step's


def test_a_nested_fragment_run_keeps_its_parents_widgets():
    session = session_with(
        {
            (0, 1): Widget("button", "$$ID-1-next", fragment_id="step"),
            (0, 2, 0): Widget("radio", "$$ID-2-a_q1", ["1"], fragment_id="dim"),
        }
    )
    session.parent_fragment["dim"] = "step"
    session._prune_fragment("dim", touched={(0, 2, 0)})
    assert sorted(w.key for w in session.widgets.values()) == ["a_q1", "next"]
