"""The presenter observer's arithmetic: which count shows which acknowledged submission (no timing asserted)."""

from bench.load.presenter import visibility


def test_each_submission_is_seen_at_the_first_count_reaching_its_rank():
    acknowledged = [10.0, 11.0, 12.0]
    seen = [(10.5, 0), (12.5, 2), (14.5, 2)]

    delays, never = visibility(acknowledged, seen)

    assert delays == [2.5, 1.5]
    assert never == 1


def test_a_count_shown_before_the_acknowledgement_counts_as_no_delay():
    delays, never = visibility([5.0], [(4.0, 1)])

    assert (delays, never) == ([0.0], 0)
