"""Colour never says a thing alone, and the colours stay apart for everyone (issue 9, point 2).

Colour-vision deficiencies are simulated with coloraide (Machado 2009 for protanopia and deuteranopia, Brettel 1997
for tritanopia, the luminance of sRGB for greyscale); differences are CIEDE2000; contrast is WCAG 2.1.
"""

from __future__ import annotations

from itertools import combinations

import pytest
from coloraide import Color

from assessment.present import charts
from assessment.reports.html import CSS

VISIONS = ("normal", "protanopia", "deuteranopia", "tritanopia", "greyscale")
BANDS_APART = 12.0  # ΔE2000; before issue 9 green and red were 6.6 apart for deuteranopes, 2.4 in greyscale
SCALE_APART = 10.0  # before: answers 3 and 4 were 4.4 apart for protanopes


def seen(colour: str, vision: str) -> Color:
    c = Color(colour)
    if vision == "normal":
        return c
    if vision == "greyscale":
        return c.filter("grayscale")
    kind = {"protanopia": "protan", "deuteranopia": "deutan", "tritanopia": "tritan"}[vision]
    return c.filter(kind, method="brettel" if kind == "tritan" else "machado")


def smallest_difference(palette: list[str], vision: str) -> float:
    return min(seen(a, vision).delta_e(seen(b, vision), method="2000") for a, b in combinations(palette, 2))


def contrast(a: str, b: str) -> float:
    return Color(a).contrast(b, method="wcag21")


BAND_PALETTE = [charts.BAND_COLOURS[b] for b in ("strength", "borderline", "concern")]


@pytest.mark.parametrize("vision", VISIONS)
def test_the_three_bands_stay_apart_in_every_vision(vision):
    assert smallest_difference(BAND_PALETTE, vision) >= BANDS_APART


@pytest.mark.parametrize("vision", VISIONS)
def test_the_five_answers_stay_apart_in_every_vision(vision):
    assert smallest_difference(list(charts.SCALE_COLOURS), vision) >= SCALE_APART


def test_the_old_palettes_fail_the_same_check():
    """The check measures what the issue reported: the palettes before issue 9 do not pass it."""
    old_bands = ["#2e7d32", "#f0a202", "#c62828"]
    old_scale = ["#c62828", "#ef6c00", "#f9a825", "#7cb342", "#2e7d32"]
    assert smallest_difference(old_bands, "deuteranopia") < BANDS_APART
    assert smallest_difference(old_bands, "greyscale") < BANDS_APART
    assert smallest_difference(old_scale, "protanopia") < SCALE_APART


def test_dont_know_is_told_by_a_pattern_not_only_by_its_grey():
    assert charts.DONT_KNOW_PATTERN
    assert len(set(charts.BAND_PATTERNS.values())) == len(charts.BAND_PATTERNS)


def test_band_and_line_colours_reach_3_to_1_against_white_and_chart_text_4_5_to_1():
    graphics = [*charts.BAND_COLOURS.values(), *charts.SERIES_COLOURS, charts.OUTLINE, charts.YOU_COLOUR]
    assert min(contrast(c, "#ffffff") for c in [*graphics, charts.GROUP_COLOUR]) >= 3.0
    assert contrast(charts.INK, "#ffffff") >= 4.5
    assert charts.FONT["color"] == charts.INK


def test_trend_lines_are_neither_red_nor_pink():
    """Lines sit on the band backgrounds: none may look like the concern band (hue far from red)."""
    for colour in charts.SERIES_COLOURS:
        assert seen(colour, "normal").delta_e(Color(charts.BAND_COLOURS["concern"]), method="2000") >= 20


def test_the_reports_band_badges_use_the_same_colours_and_readable_text():
    for band in ("strength", "borderline", "concern"):
        assert f"--{band}: {charts.BAND_COLOURS[band]}" in CSS
    assert contrast("#ffffff", charts.BAND_COLOURS["strength"]) >= 4.5
    assert contrast("#ffffff", charts.BAND_COLOURS["concern"]) >= 4.5
    assert contrast("#000000", charts.BAND_COLOURS["borderline"]) >= 4.5
    assert ".band.borderline { background: var(--borderline); color: #000; }" in CSS
