"""Impact Readiness: page config, language switch, access gate, navigation."""

import streamlit as st

from assessment.domain.errors import UserError
from assessment.present.i18n import LANGS, LANGUAGE_NAMES, detect_language
from views import session
from views.style import document_language, document_language_delivered
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


st.segmented_control(
    tr("app.language"),
    options=list(LANGS),
    format_func=LANGUAGE_NAMES.get,
    key="lang",
    required=True,
    on_change=_language_chosen,
    label_visibility="collapsed",
)
document_language(state.lang, list(LANGS), key="lang")

session.restore()
session.write_cookie()

join_page = st.Page("views/join.py", title=tr("page.join"), icon=":material/login:", url_path="join")


def _home() -> None:
    """The address without a page (``/``, ``/?code=…``): the join screen, or the facilitator's rounds."""
    target = "views/rounds.py" if state.get("facilitator") and not st.query_params else join_page
    st.switch_page(target, query_params=st.query_params.to_dict())


# Streamlit serves the default page at "/" whatever its url_path, so the default is a hidden router
# and every screen keeps its own address: /join?code=… and bookmarks of any page resolve.
home_page = st.Page(_home, title=tr("page.join"), url_path="home", default=True, visibility="hidden")
participant_pages = [
    home_page,
    join_page,
    st.Page(
        "views/questionnaire.py", title=tr("page.questionnaire"), icon=":material/checklist:", url_path="questionnaire"
    ),
    st.Page("views/my_results.py", title=tr("page.my_results"), icon=":material/person:", url_path="my-results"),
    st.Page("views/guide.py", title=tr("page.guide"), icon=":material/menu_book:", url_path="guide"),
    # For the projector, through a presenter link: never in the menu, no passcode.
    st.Page("views/presenter.py", title=tr("page.presenter"), url_path="presenter", visibility="hidden"),
]
# Facilitator pages are always registered, so their addresses work as bookmarks, but listed in the menu
# only once signed in; each page sends a session that is not signed in to the gate (require_facilitator).
facilitator_visibility = "visible" if state.get("facilitator") else "hidden"
facilitation_pages = [
    st.Page("views/facilitator.py", title=tr("page.facilitator"), icon=":material/lock:", url_path="facilitator"),
    *(
        st.Page(
            f"views/{name}.py", title=tr(f"page.{name}"), icon=icon, url_path=name, visibility=facilitator_visibility
        )
        for name, icon in (
            ("rounds", ":material/event:"),
            ("console", ":material/co_present:"),
            ("results", ":material/monitoring:"),
            ("compare", ":material/timeline:"),
            ("actions", ":material/task_alt:"),
            ("plan", ":material/article:"),
            ("breakdown", ":material/groups:"),
            ("network", ":material/hub:"),
            ("data", ":material/database:"),
            ("reports", ":material/download:"),
        )
    ),
]

page = st.navigation({tr("nav.participant"): participant_pages, tr("nav.facilitation"): facilitation_pages})


def _read_query_params(on_presenter: bool) -> None:
    """Read once per session (the menu and st.switch_page drop them): a join code, a resume token."""
    if "params_read" in state:
        return
    state.params_read = True
    if code := st.query_params.get("code"):
        state.code_param = code
    if (token := st.query_params.get("token")) and not on_presenter:  # there, the token is the presenter link's
        try:
            services().participant_state(token=token)
            state.token = token
        except UserError:
            state.token_error = True
            del st.query_params["token"]


on_presenter = page.url_path == "presenter"
_read_query_params(on_presenter)
# Keep the resume token in the address bar so a refresh finds the participant again.
if state.get("token") and not on_presenter and st.query_params.get("token") != state.token:
    st.query_params["token"] = state.token
if page in facilitation_pages[1:] and not state.get("facilitator"):
    # A bookmark of a facilitator page: sign in first, then land on that page.
    state.after_sign_in = page.url_path
    st.switch_page(facilitation_pages[0])
try:
    page.run()
except Exception as error:  # a bug, not a user error: message on screen, details in the log
    show_unexpected(error)
document_language_delivered(state.lang)
