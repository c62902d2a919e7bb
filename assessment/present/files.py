"""Names and media types of the files the reports page and the command line write."""

from __future__ import annotations

import re
import unicodedata

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def file_stem(initiative: str, round_label: str | None = None) -> str:
    """An ASCII file name stem from the initiative name and the round label (no extension)."""
    text = f"{initiative} {round_label}" if round_label else initiative
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80] or "export"
