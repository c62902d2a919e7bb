"""A page of hostile strings, each passed through ``plain`` into every kind of Markdown Streamlit renders:
run by tests/e2e/test_plain_text_browser.py to see, in a real browser, that they show as typed."""

import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from assessment.present.i18n import plain  # noqa: E402
from tests.e2e.hostile_strings import HOSTILE  # noqa: E402

for n, text in enumerate(HOSTILE):
    safe = plain(text)
    st.markdown(safe)
    st.caption(safe)
    st.info(safe)
    st.subheader(safe, anchor=False)
    st.checkbox(safe, key=f"check{n}")
    st.radio(safe, [safe], key=f"radio{n}")
    with st.expander(safe):
        st.write("·")
    st.metric(safe, 1)
st.write("END-OF-PAGE")
