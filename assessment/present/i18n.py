"""Translation helpers (French / English). Per-call language: never process-wide gettext.

The words themselves live in assessment/present/catalogs/, one module per screen or feature; CATALOG here is
their merged view. French typography: a narrow no-break space (U+202F) before ; ! ? and a no-break space
(U+00A0) before : and inside « guillemets ».
"""

from __future__ import annotations

import html
import re
from datetime import datetime

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


def error_message(error: UserError, lang: str) -> str:
    """A user error in words."""
    return t(f"error.{error.key}", lang, **error.params)


def fault_lines(error: ImportRejected, lang: str) -> list[str]:
    """One line per fault of a refused import, by row number."""
    lines = []
    for row, key, params in error.faults:
        message = t(f"fault.{key}", lang, **params)
        lines.append(t("fault.row", lang, row=row, message=message) if row else t("fault.file", lang, message=message))
    return lines


def format_score(value: float | None, lang: str, digits: int = 1) -> str:
    """A score for display: 3.5 / 3,5; an em dash for none."""
    if value is None:
        return "—"
    text = f"{value:.{digits}f}"
    return text.replace(".", ",") if lang == "fr" else text


LOCALES = {"fr": "fr_CA", "en": "en_CA"}


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
