"""Rows of figures and the table they print as."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Row:
    """One printed figure; ``target`` is an upper bound in the same unit (None: informational)."""

    label: str
    value: float | str
    unit: str = ""
    target: float | None = None
    note: str = ""
    digits: int = 1

    @property
    def shown(self) -> str:
        if isinstance(self.value, str):
            return self.value
        return f"{self.value:.{self.digits}f} {self.unit}".rstrip()

    @property
    def goal(self) -> str:
        if self.target is None:
            return ""
        return f"≤ {self.target:g} {self.unit}".rstrip()

    @property
    def verdict(self) -> str:
        if self.target is None or isinstance(self.value, str):
            return ""
        return "PASS" if self.value <= self.target else "OVER"


def table(title: str, rows: list[Row]) -> str:
    """A plain-text table: figure, value, target, PASS/OVER, note."""
    header = ("figure", "value", "target", "", "note")
    cells = [(r.label, r.shown, r.goal, r.verdict, r.note) for r in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(header)] if cells else []
    line = "  ".join("-" * w for w in widths)
    out = [f"== {title} ==", "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(), line]
    for c in cells:
        out.append(
            "  ".join(
                (v.rjust(w) if i == 1 else v.ljust(w)) for i, (v, w) in enumerate(zip(c, widths, strict=True))
            ).rstrip()
        )
    return "\n".join(out)
