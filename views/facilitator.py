"""The facilitator gate: a passcode compared in constant time, failures limited per client address."""

import streamlit as st

from assessment.domain.errors import UserError
from assessment.usecases.access import SECRETS_KEY, configured_passcode
from views import session
from views.ui import client_address, services, show_user_error, tr

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
        right = services().check_passcode(expected=expected, attempt=attempt, address=client_address())
    except UserError as error:  # too many failures: from this address, or from everywhere
        show_user_error(error)
        st.stop()
    if right:
        session.sign_in()
        after = state.pop("after_sign_in", None)
        if after:
            st.switch_page(f"views/{after}.py")
        st.rerun()
    st.error(tr("gate.wrong"), icon=":material/error:")
