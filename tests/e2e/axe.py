"""axe-core in the page: run it, and sort its findings into the app's own and Streamlit's known ones.

axe-core is vendored (tests/e2e/vendor/axe-core/axe.min.js, 4.14.1 from the npm registry, MPL-2.0, its
licence beside it), so the browser tests need no network. ``STREAMLIT_KNOWN`` lists, one by one, the
findings that come from Streamlit's own markup, which the app cannot change: each entry is a rule and a
CSS selector that the flagged element must match, with the reason. Anything else is the app's.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
BLOCKING = ("critical", "serious")


@dataclass(frozen=True)
class Known:
    """A finding of Streamlit's own markup: axe rule ``rule`` on an element matching ``selector``."""

    rule: str
    selector: str
    why: str


STREAMLIT_KNOWN: tuple[Known, ...] = (
    Known(
        "list",
        '[data-testid="stSidebarNavItems"]',
        "the sidebar menu's <ul> holds each section's <header> and <div> beside its <li>: Streamlit's navigation",
    ),
    Known(
        "listitem",
        '[data-testid="stSidebarNavItems"] li',
        "each menu entry's <li> sits in a <div> of its section, not directly in the <ul>: Streamlit's navigation",
    ),
    Known(
        "presentation-role-conflict",
        '[data-testid="stFileUploaderDropzone"]',
        "the file uploader's drop zone is a <section role=presentation> that takes the focus (minor)",
    ),
)


@dataclass(frozen=True)
class Finding:
    rule: str
    impact: str
    target: str
    html: str
    known: int  # index in the known list, -1 when it is the app's own

    def line(self) -> str:
        return f"[{self.impact}] {self.rule} at {self.target}: {self.html}"


# Runs axe on the whole document and matches each flagged element against the known list in the page,
# where the elements are (axe's own selectors use hashed class names that change with Streamlit).
_RUN = """async (known) => {
  const results = await axe.run(document, {elementRef: true, resultTypes: ["violations"]});
  const found = [];
  for (const rule of results.violations) {
    for (const node of rule.nodes) {
      const element = node.element;
      const index = known.findIndex(
        (k) => k.rule === rule.id && element instanceof Element && element.matches(k.selector));
      found.push({rule: rule.id, impact: node.impact || rule.impact || "minor",
                  target: node.target.join(" "), html: node.html.slice(0, 160), known: index});
    }
  }
  return found;
}"""


def run_axe(page: Any, known: tuple[Known, ...] = STREAMLIT_KNOWN) -> list[Finding]:
    """Every axe violation on ``page`` as it is now (axe injected once per document)."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    rows = page.evaluate(_RUN, [{"rule": k.rule, "selector": k.selector} for k in known])
    return [Finding(**row) for row in rows]


def blocking_own(findings: list[Finding]) -> list[Finding]:
    """The app's own critical and serious findings: what the accessibility test fails on."""
    return [f for f in findings if f.known < 0 and f.impact in BLOCKING]


def counts(findings: list[Finding]) -> dict[str, int]:
    """Findings by impact, e.g. {"critical": 1, "serious": 4}."""
    return dict(Counter(f.impact for f in findings))
