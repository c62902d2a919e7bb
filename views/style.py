"""Small CSS and script blocks: the whole app's accessibility layer, and the participant screens' own
(no CDN, no external fonts)."""

from __future__ import annotations

import json

import streamlit as st

from assessment.present.i18n import t

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
/* Text and select boxes clip their input's ring: the box around it carries it (its own box clips no outline). */
:is([data-testid="stTextInputRootElement"], [data-testid="stTextAreaRootElement"]):has(:focus-visible),
[data-testid="stSelectbox"] div:has(> input:focus-visible) {
  outline: 3px solid #1f6f8b; outline-offset: 2px;
}
/* Lists of links (the guide's contents): each link a target at least 24 px high. */
[data-testid="stMarkdownContainer"] li > a { display: inline-block; min-height: 1.5rem; padding: 0.125rem 0; }
/* Screen-reader only: read aloud, not drawn. */
.ir-sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0, 0, 0, 0); white-space: nowrap; border: 0;
}
"""
# French screens only: Streamlit's hints under a text box ("Press Enter to submit form", "Press Enter to
# apply", with the count of characters) exist in English only; each form has its button right below the box.
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


# Streamlit's own English words that the page can be given in the session's language (catalogs/streamlit_ui.py):
# whole labels and words, then beginnings of longer labels ("Help for <label>").
STREAMLIT_WORDS = (
    "st.skip_link", "st.app_pages", "st.sidebar", "st.collapse_sidebar", "st.expand_sidebar", "st.link_to_heading",
    "st.open", "st.progress", "st.show_password", "st.hide_password", "st.choose_date", "st.copy", "st.fullscreen",
    "st.file_upload", "st.upload", "st.browse", "st.drag_drop", "st.per_file", "st.download_csv", "st.search",
    "st.columns", "st.tabs_right", "st.tabs_left", "st.group_icon", "st.choose_option", "st.no_results",
    "st.page_not_found", "st.year", "st.day",
)  # fmt: skip
STREAMLIT_PREFIXES = ("st.help_for", "st.fullscreen_of", "st.day_of", "st.month_of", "st.year_of")


def streamlit_words() -> dict[str, list[list[str]]]:
    """Streamlit's words as pairs [English, French]: the script turns one into the other, either way."""
    return {
        "exact": [[t(key, "en"), t(key, "fr")] for key in STREAMLIT_WORDS],
        "prefix": [[t(key, "en"), t(key, "fr")] for key in STREAMLIT_PREFIXES],
    }


# Where Streamlit's words are rewritten: labels for screen readers and placeholders, and text outside what the
# app draws (Markdown, select boxes, metrics, code, text boxes), so that nothing a user typed is ever changed.
_LANGUAGE_SCRIPT = """<script>
(() => {
  const doc = window.parent.document;
  const host = doc.defaultView;
  host.__irLanguage = SETTINGS;
  let style = doc.getElementById("ir-app-css");
  if (!style) {
    style = doc.createElement("style");
    style.id = "ir-app-css";
    doc.head.appendChild(style);
  }
  style.textContent = host.__irLanguage.css;
  const OURS = '[data-testid="stMarkdownContainer"], [data-testid="stSelectbox"], [data-testid="stMultiSelect"], '
    + '[data-testid="stMetric"], [data-testid="stTable"], code, pre';
  const STREAMLITS = '[data-testid="stFileUploaderDropzone"] button';  // Markdown, but Streamlit's own words
  const say = (text, wanted) => {
    const [from, to] = wanted.lang === "fr" ? [0, 1] : [1, 0];
    for (const pair of wanted.words.exact) if (text === pair[from]) return pair[to];
    for (const pair of wanted.words.prefix) {
      if (text.startsWith(pair[from])) return pair[to] + text.slice(pair[from].length);
    }
    return null;
  };
  const apply = () => {
    host.__irLanguagePending = false;
    const wanted = host.__irLanguage;
    if (doc.documentElement.lang !== wanted.lang) doc.documentElement.lang = wanted.lang;
    doc.querySelectorAll(wanted.selector).forEach((button, n) => {
      if (wanted.buttons[n] && button.lang !== wanted.buttons[n]) button.lang = wanted.buttons[n];
    });
    for (const name of ["aria-label", "placeholder", "title"]) {
      for (const element of doc.querySelectorAll(`[${name}]`)) {
        const said = say(element.getAttribute(name), wanted);
        if (said !== null) element.setAttribute(name, said);
      }
    }
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.data.trim();
      const parent = node.parentElement;
      if (!text || text.length > 40 || !parent || (parent.closest(OURS) && !parent.closest(STREAMLITS))) continue;
      const said = say(text, wanted);
      if (said !== null) node.data = node.data.replace(text, said);
    }
  };
  apply();
  if (!host.__irLanguageObserver) {
    host.__irLanguageObserver = new MutationObserver(() => {
      if (!host.__irLanguagePending) { host.__irLanguagePending = true; setTimeout(apply, 30); }
    });
    host.__irLanguageObserver.observe(doc.body, {childList: true, subtree: true, characterData: true});
  }
})();
</script>"""


_LANGUAGE_DELIVERED = "_document_language_delivered"


def document_language_delivered(lang: str) -> None:
    """Call at the end of a run that ended normally: its script reached the browser tab. (A run cut short by
    a page switch or a rerun may never have shown it: the next run sends it again.)"""
    st.session_state[_LANGUAGE_DELIVERED] = lang


def document_language(lang: str, button_langs: list[str], key: str) -> None:
    """Mark the page as written in ``lang`` (``<html lang>``, which Streamlit sets to "en" once and for all),
    each button of the language switch keyed ``key`` with its own language (``button_langs``, in order),
    put Streamlit's own words (STREAMLIT_WORDS) in ``lang``, and style every screen (APP_CSS, plus
    FRENCH_CSS in French) from a ``<style>`` of the document's head.

    A screen reader reads French with French pronunciation only then. The script keeps it so while
    Streamlit redraws the page (a MutationObserver, installed once per browser tab). All of it lives in the
    browser tab, not among the page's elements, so it is sent until a run that carried it has ended (see
    ``document_language_delivered``), not with every run (a room of phones reruns the page at every step)."""
    if st.session_state.get(_LANGUAGE_DELIVERED) == lang:
        return
    settings = {
        "lang": lang,
        "buttons": button_langs,
        "selector": f".st-key-{key} button",
        "words": streamlit_words(),
        "css": APP_CSS + (FRENCH_CSS if lang == "fr" else ""),
    }
    script = _LANGUAGE_SCRIPT.replace("SETTINGS", json.dumps(settings, ensure_ascii=False))
    st.html(script, unsafe_allow_javascript=True)
