"""Impact Readiness: page config, language switch, access gate, navigation."""

import streamlit as st

from assessment.domain.errors import UserError
from assessment.present.i18n import LANGS, LANGUAGE_NAMES, detect_language
from views.ui import services, show_unexpected, tr

st.set_page_config(page_title="Impact Readiness", page_icon=":material/diversity_3:", layout="wide")

state = st.session_state
# The browser's locale may not be known on a session's very first run: keep guessing until it is,
# unless the user has picked a language.
if "lang" not in state or (state.get("lang_guessed") and st.context.locale):
    state.lang = detect_language(st.context.locale)
    state.lang_guessed = not st.context.locale


def _language_chosen() -> None:
    state.lang_guessed = False


# Query parameters are read once per session: the sidebar menu and st.switch_page drop them.
if "params_read" not in state:
    state.params_read = True
    if code := st.query_params.get("code"):
        state.code_param = code
    if token := st.query_params.get("token"):
        try:
            services().participant_state(token=token)
            state.token = token
        except UserError:
            state.token_error = True
            del st.query_params["token"]
# Keep the resume token in the address bar so a refresh finds the participant again.
if state.get("token") and st.query_params.get("token") != state.token:
    st.query_params["token"] = state.token

st.segmented_control(
    tr("app.language"),
    options=list(LANGS),
    format_func=LANGUAGE_NAMES.get,
    key="lang",
    required=True,
    on_change=_language_chosen,
    label_visibility="collapsed",
)

participant_pages = [
    st.Page("views/join.py", title=tr("page.join"), icon=":material/login:", url_path="join", default=True),
    st.Page(
        "views/questionnaire.py", title=tr("page.questionnaire"), icon=":material/checklist:", url_path="questionnaire"
    ),
    st.Page("views/my_results.py", title=tr("page.my_results"), icon=":material/person:", url_path="my-results"),
    st.Page("views/guide.py", title=tr("page.guide"), icon=":material/menu_book:", url_path="guide"),
]
facilitation_pages = [
    st.Page("views/facilitator.py", title=tr("page.facilitator"), icon=":material/lock:", url_path="facilitator"),
]
if state.get("facilitator"):
    facilitation_pages += [
        st.Page("views/rounds.py", title=tr("page.rounds"), icon=":material/event:", url_path="rounds"),
        st.Page("views/results.py", title=tr("page.results"), icon=":material/monitoring:", url_path="results"),
        st.Page("views/compare.py", title=tr("page.compare"), icon=":material/timeline:", url_path="compare"),
        st.Page("views/actions.py", title=tr("page.actions"), icon=":material/task_alt:", url_path="actions"),
        st.Page("views/breakdown.py", title=tr("page.breakdown"), icon=":material/groups:", url_path="breakdown"),
        st.Page("views/data.py", title=tr("page.data"), icon=":material/database:", url_path="data"),
        st.Page("views/reports.py", title=tr("page.reports"), icon=":material/download:", url_path="reports"),
    ]

page = st.navigation({tr("nav.participant"): participant_pages, tr("nav.facilitation"): facilitation_pages})
try:
    page.run()
except Exception as error:  # a bug, not a user error: message on screen, details in the log
    show_unexpected(error)
