"""Small CSS and script blocks: the whole app's accessibility layer, and the participant screens' own
(no CDN, no external fonts)."""

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


# Every screen. Contrast ratios are against white (#ffffff).
APP_CSS = """
/* Captions carry essential text (a round's name, the count of answers, the privacy note): Streamlit draws
   them at 60 % opacity (3.9:1); here 7.2:1, still lighter than body text. */
[data-testid="stCaptionContainer"] { opacity: 1; color: #55575f; }
/* A visible focus on every control: a 3 px ring of the primary colour (5.7:1). Radios, checkboxes and
   toggles hide their input, so their label carries the ring. */
:is(a, button, input, select, textarea, summary, [role="button"], [role="tab"], [tabindex]):focus-visible {
  outline: 3px solid #1f6f8b !important; outline-offset: 2px;
}
label:has(input:focus-visible) { outline: 3px solid #1f6f8b; outline-offset: 2px; border-radius: 0.25rem; }
/* Lists of links (the guide's contents): each link a target at least 24 px high. */
[data-testid="stMarkdownContainer"] li > a { display: inline-block; min-height: 1.5rem; padding: 0.125rem 0; }
/* Screen-reader only: read aloud, not drawn. */
.ir-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
"""
# French screens only: Streamlit's hints under a text box ("Press Enter to submit form", "Press Enter to
# apply", with the count of characters) exist in English only. The forms give the hint in their help text.
FRENCH_CSS = """
[data-testid="InputInstructions"] { display: none; }
"""


def inject(css: str) -> None:
    """Add a block of CSS to the page (takes no room on screen)."""
    st.html(f"<style>{css}</style>")


def scroll_to_step(heading_id: str, announcement: str) -> None:
    """Start the new step at its heading, at the top of the screen, move the focus to it, and have screen
    readers say ``announcement`` (e.g. "Step 3 of 6: Conditions") through a polite live region.

    Streamlit keeps the scroll position between reruns and the focus on the button pressed; the
    heading (id ``heading_id``) may be drawn a moment after this script runs, so it waits for it (at
    most 3 s). On a phone the step's first question is then on screen, not below the page's title."""
    target, words = json.dumps(heading_id), json.dumps(announcement)
    st.html(
        f"""<script>
(() => {{
  const doc = window.parent.document;
  const started = Date.now();
  const announce = () => {{
    let region = doc.getElementById("ir-announcer");
    if (!region) {{
      region = doc.createElement("div");
      region.id = "ir-announcer";
      region.className = "ir-sr-only";
      region.setAttribute("role", "status");
      region.setAttribute("aria-live", "polite");
      doc.body.appendChild(region);
    }}
    region.textContent = "";
    setTimeout(() => {{ region.textContent = {words}; }}, 100);  // a change, even to the same words
  }};
  const go = () => {{
    const heading = doc.getElementById({target});
    if (!heading) {{
      if (Date.now() - started < 3000) setTimeout(go, 50);
      return;
    }}
    heading.setAttribute("tabindex", "-1");
    heading.focus({{preventScroll: true}});
    heading.scrollIntoView({{block: "start"}});
    announce();
  }};
  go();
}})();
</script>""",
        unsafe_allow_javascript=True,
    )


def document_language(lang: str, button_langs: list[str], key: str) -> None:
    """Mark the page as written in ``lang`` (``<html lang>``, which Streamlit sets to "en" once and for all),
    and each button of the language switch keyed ``key`` with its own language (``button_langs``, in order).

    A screen reader reads French with French pronunciation only then. The script keeps it so while
    Streamlit redraws the page (a MutationObserver, installed once per browser tab)."""
    settings = json.dumps({"lang": lang, "buttons": button_langs, "selector": f".st-key-{key} button"})
    st.html(
        f"""<script>
(() => {{
  const doc = window.parent.document;
  const host = doc.defaultView;
  host.__irLanguage = {settings};
  const apply = () => {{
    const wanted = host.__irLanguage;
    if (doc.documentElement.lang !== wanted.lang) doc.documentElement.lang = wanted.lang;
    doc.querySelectorAll(wanted.selector).forEach((button, n) => {{
      if (wanted.buttons[n] && button.lang !== wanted.buttons[n]) button.lang = wanted.buttons[n];
    }});
  }};
  apply();
  if (!host.__irLanguageObserver) {{
    host.__irLanguageObserver = new MutationObserver(apply);
    host.__irLanguageObserver.observe(doc.body, {{childList: true, subtree: true}});
  }}
}})();
</script>""",
        unsafe_allow_javascript=True,
    )
