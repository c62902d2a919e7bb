"""Translation helpers (French / English). Per-call language: never process-wide gettext.

The words themselves live in assessment/present/catalogs/, one module per screen or feature; CATALOG here is
their merged view. French typography: a narrow no-break space (U+202F) before ; ! ? and a no-break space
(U+00A0) before : and inside « guillemets ».
"""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta

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
    """A user error in words; a wait in ``seconds`` is also given in words as ``{wait}``."""
    params = dict(error.params)
    if isinstance(params.get("seconds"), int):
        params.setdefault("wait", format_wait(params["seconds"], lang))
    return t(f"error.{error.key}", lang, **params)


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


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&])")


def plain(text: str) -> str:
    """User text made safe for st.markdown: every markup character escaped, line breaks kept."""
    escaped = _MARKDOWN_SPECIAL.sub(r"\\\1", text)
    return escaped.replace("\n", "  \n")
