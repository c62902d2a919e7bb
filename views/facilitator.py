"""The facilitator gate: a passcode compared in constant time, repeated failures slowed down."""

import streamlit as st

from assessment.usecases.access import GATE, SECRETS_KEY, TooManyAttempts, configured_passcode
from views import session
from views.ui import tr

state = st.session_state
st.title(tr("page.facilitator"))

if state.get("facilitator"):
    st.success(tr("gate.signed_in"), icon=":material/verified_user:")
    st.page_link("views/rounds.py", label=tr("page.rounds"), icon=":material/event:")
    st.page_link("views/results.py", label=tr("page.results"), icon=":material/monitoring:")
    st.page_link("views/console.py", label=tr("page.console"), icon=":material/co_present:")
    if st.button(tr("gate.sign_out"), icon=":material/logout:"):
        session.sign_out()
        st.rerun()
    st.stop()


def _secret() -> str | None:
    try:
        value = st.secrets.get(SECRETS_KEY)
    except Exception:  # no secrets file at all: Streamlit raises rather than returning None
        return None
    return value if isinstance(value, str) else None


st.write(tr("gate.intro"))
expected = configured_passcode(_secret())
if expected is None:
    st.warning(tr("gate.not_configured"), icon=":material/warning:")
    st.stop()

with st.form("gate", clear_on_submit=True):
    attempt = st.text_input(tr("gate.passcode"), type="password")
    sign_in = st.form_submit_button(tr("gate.submit"), type="primary")

if sign_in:
    try:
        if GATE.check(expected, attempt):
            session.sign_in()
            after = state.pop("after_sign_in", None)
            if after:
                st.switch_page(f"views/{after}.py")
            st.rerun()
        st.error(tr("gate.wrong"), icon=":material/error:")
    except TooManyAttempts as wait:
        st.error(tr("gate.wait", seconds=wait.wait), icon=":material/hourglass:")
