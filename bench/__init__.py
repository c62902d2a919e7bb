"""`make bench`: figures of the app's speed on a synthetic dataset (informational, nothing is asserted).

Layout: ``dataset`` builds the temporary database, ``report`` formats rows, ``timing`` measures,
and each other module is a section: a function ``(Context) -> list[Row]`` listed in ``SECTIONS``
of ``bench.__main__``. A new section (round comparison, exports …) is one more module and one
more entry in that list.
"""
