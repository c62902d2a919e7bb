"""Join a round with a code typed in or a link ?code=…; or continue the round already joined."""

import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.vocabulary import MAX_CODE
from views.ui import client_address, plain, services, show_user_error, tr

state = st.session_state
st.title(tr("page.join"))
st.caption(tr("app.tagline"))

if state.get("token"):
    try:
        current = services().participant_state(token=state.token)
    except UserError as error:
        show_user_error(error)
        state.pop("token", None)
        st.stop()
    st.info(tr("join.in_progress", round=plain(current.round.label)), icon=":material/info:")
    if current.status == "submitted":
        st.page_link("views/my_results.py", label=tr("join.see_results"), icon=":material/person:")
    else:
        st.page_link("views/questionnaire.py", label=tr("join.continue"), icon=":material/checklist:")
    if st.button(tr("join.leave")):
        for key in ("token", "step"):
            state.pop(key, None)
        st.query_params.clear()
        st.rerun()
    st.stop()

if state.pop("token_error", False):
    st.error(tr("error.unknown_token"), icon=":material/error:")

st.write(tr("join.intro"))
with st.form("join"):
    code = st.text_input(
        tr("join.code"), value=state.get("code_param", ""), max_chars=MAX_CODE, help=tr("join.code_help")
    )
    joined = st.form_submit_button(tr("join.submit"), type="primary")

if joined:
    if not code.strip():
        st.warning(tr("join.empty"))
        st.stop()
    try:
        token = services().join(code=code, address=client_address())
    except UserError as error:
        show_user_error(error)
        st.stop()
    state.token, state.step = token, 0
    state.pop("code_param", None)
    st.switch_page("views/questionnaire.py", query_params={"token": token})

st.caption(plain(tr("join.privacy", n=services().current_instrument().min_group_size)))
