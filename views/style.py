"""Small CSS and script blocks for the participant screens (no CDN, no external fonts)."""

from __future__ import annotations

import json

import streamlit as st

# The questionnaire's answer scale: one ordered column of full-width options on a phone, one row of
# equal cells on a wide screen; every option a target of at least 44 px, with a visible focus ring.
# Scoped to the container keyed "questions" (Streamlit gives it the class st-key-questions).
SCALE_CSS = """
.st-key-questions [data-testid="stRadio"] { width: 100%; }
.st-key-questions [data-testid="stRadioGroup"] {
  display: flex; flex-direction: column; flex-wrap: nowrap; gap: 0.375rem; width: 100%;
}
.st-key-questions [data-testid="stRadioGroup"] > div { width: 100%; margin: 0; padding: 0; }
.st-key-questions [data-testid="stRadioOption"] {
  box-sizing: border-box; display: flex; align-items: center; width: 100%; height: 100%;
  min-height: 2.875rem; margin: 0; padding: 0.5rem 0.75rem;
  border: 1px solid #6b7280; border-radius: 0.5rem; background: #ffffff; cursor: pointer;
}
.st-key-questions [data-testid="stRadioOption"]:has(input:checked) {
  border: 2px solid #1f6f8b; background: #e6f1f5; font-weight: 600;
}
.st-key-questions [data-testid="stRadioOption"]:has(input:focus-visible) {
  outline: 3px solid #1f6f8b; outline-offset: 2px;
}
@media (min-width: 900px) {
  .st-key-questions [data-testid="stRadioGroup"] {
    display: grid; grid-template-columns: repeat(6, minmax(0, 1fr));
  }
}
h2[id^="step-"] { scroll-margin-top: 3.75rem; }  /* clear of Streamlit's top bar */
.st-key-resume [data-testid="stCode"] pre { white-space: pre-wrap; overflow-wrap: anywhere; padding-right: 3rem; }
/* The copy button shows on hover only, and a phone has no hover: always show it here. */
.st-key-resume [data-testid="stCode"] > div, .st-key-resume [data-testid="stCode"] > div > div {
  opacity: 1 !important; visibility: visible !important; display: flex !important;
}
"""


def inject(css: str) -> None:
    """Add a block of CSS to the page (takes no room on screen)."""
    st.html(f"<style>{css}</style>")


def scroll_to_step(heading_id: str) -> None:
    """Start the new step at its heading, at the top of the screen, and move the focus to it.

    Streamlit keeps the scroll position between reruns and the focus on the button pressed; the
    heading (id ``heading_id``) may be drawn a moment after this script runs, so it waits for it (at
    most 3 s). On a phone the step's first question is then on screen, not below the page's title."""
    target = json.dumps(heading_id)
    st.html(
        f"""<script>
(() => {{
  const doc = window.parent.document;
  const started = Date.now();
  const go = () => {{
    const heading = doc.getElementById({target});
    if (!heading) {{
      if (Date.now() - started < 3000) setTimeout(go, 50);
      return;
    }}
    heading.setAttribute("tabindex", "-1");
    heading.focus({{preventScroll: true}});
    heading.scrollIntoView({{block: "start"}});
  }};
  go();
}})();
</script>""",
        unsafe_allow_javascript=True,
    )
