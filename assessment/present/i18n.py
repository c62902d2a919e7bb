"""Translation helpers (French / English). Per-call language: never process-wide gettext.

The words themselves live in assessment/present/catalogs/, one module per screen or feature; CATALOG here is
their merged view. French typography: a narrow no-break space (U+202F) before ; ! ? and a no-break space
(U+00A0) before : and inside « guillemets ».
"""

from __future__ import annotations

import html
import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from assessment.domain.errors import ImportRejected, UserError
from assessment.present.catalogs import merged_catalog

LANGS: tuple[str, ...] = ("fr", "en")
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}

NNBSP = "\u202f"  # before ; ! ?
NBSP = "\u00a0"  # before : and inside « »

# Every catalog module merged: {key: {"fr": ..., "en": ...}}. Placeholders use str.format names.
CATALOG: dict[str, dict[str, str]] = merged_catalog()


def detect_language(locale: str | None) -> str:
    """'fr' for a French browser locale (fr, fr-CA …), else 'en'."""
    return "fr" if (locale or "").lower().startswith("fr") else "en"


def t(key: str, lang: str, **params: object) -> str:
    """The text of ``key`` in ``lang``, with ``params`` filled in; the key itself when unknown."""
    entry = CATALOG.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(nbsp=NBSP, nnbsp=NNBSP, **params) if ("{" in text) else text


def counted(key: str, lang: str, params: dict[str, object]) -> str:
    """The text of ``key`` with ``params``: in the plural form its ``count`` wants (tn) when ``key`` is written
    in plural forms and ``count`` is a number, else as t gives it."""
    count = params.get("count")
    if isinstance(count, int) and f"{key}.other" in CATALOG:
        return tn(key, lang, count, **{name: value for name, value in params.items() if name != "count"})
    return t(key, lang, **params)


def error_message(error: UserError, lang: str) -> str:
    """A user error in words (in the plural form its ``count`` wants); a wait in ``seconds`` is also given in
    words as ``{wait}``."""
    params = dict(error.params)
    if isinstance(params.get("seconds"), int):
        params.setdefault("wait", format_wait(params["seconds"], lang))
    return counted(f"error.{error.key}", lang, params)


def format_wait(seconds: int, lang: str) -> str:
    """When to try again, in words (Babel), never sooner than true: 45 s « dans 45 secondes », 61 s
    "in 2 minutes", 3600 s "in 1 hour"."""
    from babel.dates import format_timedelta

    unit = 1 if seconds < 60 else 60 if seconds <= 3540 else 3600  # what Babel will show, rounded up to it
    rounded = math.ceil(max(seconds, 1) / unit) * unit
    return format_timedelta(timedelta(seconds=rounded), threshold=1, add_direction=True, locale=LOCALES[lang])


def fault_lines(error: ImportRejected, lang: str) -> list[str]:
    """One line per fault of a refused import, by row number."""
    lines = []
    for row, key, params in error.faults:
        message = counted(f"fault.{key}", lang, dict(params))
        lines.append(t("fault.row", lang, row=row, message=message) if row else t("fault.file", lang, message=message))
    return lines


LOCALES = {"fr": "fr_CA", "en": "en_CA"}


@lru_cache(maxsize=16)
def _pattern(digits: int, signed: bool):
    """Babel's number pattern with ``digits`` decimals (grouped thousands), with a sign when ``signed``."""
    from babel.numbers import parse_pattern

    body = "#,##0" + ("." + "0" * digits if digits else "")
    return parse_pattern(f"+{body};-{body}" if signed else body)


def _number(value: float, lang: str, digits: int, signed: bool) -> str:
    # Rounded as Python rounds the float (what every figure and test was computed with), then written the
    # way people of ``lang`` write numbers (Babel): decimal comma and grouped thousands in French.
    exact = Decimal(f"{value:.{digits}f}")
    if signed and exact == 0 and value < 0:
        exact = abs(exact)  # -0.001 shown with no decimals is +0, not -0
    return _pattern(digits, signed).apply(exact, LOCALES[lang])


def format_number(value: float | None, lang: str, digits: int = 0) -> str:
    """A number as written in ``lang`` (Babel): 1,234.5 / 1 234,5; an em dash for none."""
    return "—" if value is None else _number(value, lang, digits, signed=False)


def format_score(value: float | None, lang: str, digits: int = 1) -> str:
    """A score for display: 3.5 / 3,5; an em dash for none."""
    return format_number(value, lang, digits)


def format_signed(value: float | None, lang: str, digits: int = 2) -> str:
    """A change with its sign (+0.42 / -0.30, in French +0,42); an em dash for none."""
    return "—" if value is None else _number(value, lang, digits, signed=True)


def number_separators(lang: str) -> str:
    """The decimal then the thousands separator of ``lang`` (Babel), as Plotly's layout.separators wants them."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(LOCALES[lang]) + get_group_symbol(LOCALES[lang])


def colon(lang: str) -> str:
    """The colon between a label and its value: a no-break space before it in French."""
    return f"{NBSP}: " if lang == "fr" else ": "


def plural_form(count: int, lang: str) -> str:
    """The CLDR plural category of ``count`` in ``lang`` (Babel): 'one' for 0 and 1 in French, 1 only in English."""
    from babel import Locale

    return Locale.parse(LOCALES[lang]).plural_form(abs(count))


def tn(key: str, lang: str, count: int, **params: object) -> str:
    """The text of ``key.<plural category of count>`` (``key.other`` when that category has no entry), with
    ``count`` written as ``lang`` writes numbers and ``params`` filled in."""
    form = plural_form(count, lang)
    chosen = f"{key}.{form}" if f"{key}.{form}" in CATALOG else f"{key}.other"
    return t(chosen, lang, count=format_number(count, lang), **params)


def format_day(value: date, lang: str) -> str:
    """A day as people of ``lang`` write it (Babel): « 12 févr. 2025 », "Feb 12, 2025"."""
    from babel.dates import format_date

    return format_date(value, "medium", locale=LOCALES[lang])


def format_when(value: datetime, lang: str) -> str:
    """A date and time in words, as people of ``lang`` write it (Babel): « 30 novembre 2026, 18 h 05 »."""
    from babel.dates import format_date, format_time  # only screens and reports that show a date load Babel

    locale = LOCALES[lang]
    return f"{format_date(value, 'long', locale=locale)}, {format_time(value, 'short', locale=locale)}"


# Every ASCII punctuation character that means something to Markdown, GFM or Streamlit (a backslash makes
# it literal); apostrophes, quotes, commas, slashes… mean nothing and are left alone.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&=@^])")
# An invisible character that joins words (U+2060 WORD JOINER): no width, no line break, not a word character.
WORD_JOINER = "\u2060"
# Only where a pattern could start (":smile:", ":material/", "https://", "a@b"): prose ("Note: x") is untouched.
_JOIN_AFTER = re.compile(r"(\\[:@])(?=[^\s\\]|\\[^\s])")
_WWW_DOT = re.compile(r"(www)(\\\.)", re.IGNORECASE)
_LEADING_SPACES = re.compile(r"^[ \t]+", re.MULTILINE)


def plain(text: str) -> str:
    """User text (a name, a label, a comment, an error's parameter…) made literal for Streamlit's Markdown,
    which every st.markdown, st.write, st.caption, st.info…, widget label, help, tab, expander and metric label
    renders. The one helper for it: what it returns shows exactly ``text`` (line breaks kept), never markup.

    - Every character Markdown reads as markup gets a backslash: no emphasis, link, image, heading, list, table,
      code, HTML, ``$…$`` LaTeX or ``:color[…]`` directive can start.
    - Streamlit also rewrites the text once parsed, where backslashes are gone: bare URLs and e-mail addresses
      become links, ``:smile:`` an emoji, ``:material/…:`` an icon. An invisible word joiner after a ``:`` or
      an ``@`` followed by a character other than a space, and inside ``www.``, breaks those patterns without
      changing what is seen (a colon before a space, as in prose, is left as it is).
    - Leading spaces (four make a code block) become no-break spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    escaped = _JOIN_AFTER.sub(r"\1" + WORD_JOINER, escaped)
    escaped = _WWW_DOT.sub(r"\1" + WORD_JOINER + r"\2", escaped)
    escaped = _LEADING_SPACES.sub(lambda m: "\u00a0" * len(m.group()), escaped)
    return escaped.replace("\n", "  \n")


def plain_chart(text: str) -> str:
    """User text (a round's label, a series' name) made literal for Plotly, whose titles, labels, legends and
    hovers read <b>, <a href>, <br>, entities and %{…}: the counterpart of ``plain`` for figures."""
    return html.escape(text, quote=False).replace("%{", "%\u200b{")
