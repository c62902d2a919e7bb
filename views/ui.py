"""Streamlit helpers shared by the pages: language, services, messages, links. No domain logic here."""

from __future__ import annotations

import io
import logging
from urllib.parse import urlencode, urlsplit

import streamlit as st

from assessment.domain.errors import ImportRejected, UserError
from assessment.present.i18n import error_message, fault_lines, format_score, plain, t
from assessment.settings import get_settings
from assessment.usecases import Services

log = logging.getLogger("impact_readiness")
DEFAULT_ORIGIN = "http://localhost:8501"


@st.cache_resource(show_spinner=False)
def _services(url: str) -> Services:
    return Services(url=url)


def services() -> Services:
    """The services over the configured database (one per database URL per process)."""
    return _services(get_settings().database_url)


def lang() -> str:
    """The session's language, 'fr' or 'en'."""
    return st.session_state.get("lang", "fr")


def tr(key: str, **params: object) -> str:
    """A catalog string in the session's language."""
    return t(key, lang(), **params)


def labeller(prefix: str):
    """A format_func showing the catalog text of ``prefix.<option>`` in the language of this run.

    The language is read now, not when Streamlit calls the function (it may call it outside the
    script run, where the session state is not this session's)."""
    language = lang()
    return lambda option: t(f"{prefix}.{option}", language)


def score(value: float | None, digits: int = 1) -> str:
    return format_score(value, lang(), digits)


def show_user_error(error: UserError) -> None:
    """A user error in words; for a refused import, every fault by row number."""
    # Parameters are what the user typed (names, labels, values): shown literally, never as markup.
    safe = UserError(error.key, **{k: plain(v) if isinstance(v, str) else v for k, v in error.params.items()})
    st.error(error_message(safe, lang()), icon=":material/error:")
    if isinstance(error, ImportRejected):
        st.markdown("\n".join(f"- {plain(line)}" for line in fault_lines(error, lang())))


def show_unexpected(error: Exception) -> None:
    """Never a traceback on screen: a message, and the details in the server log."""
    log.exception("unexpected error", exc_info=error)
    st.error(tr("error.unexpected"), icon=":material/error:")


def origin() -> str:
    """scheme://host[:port] of the app as the browser sees it."""
    url = st.context.url
    if not url:
        return DEFAULT_ORIGIN
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else DEFAULT_ORIGIN


def link(path: str = "", **params: str) -> str:
    """An absolute link into the app, e.g. link("questionnaire", token=…)."""
    query = f"?{urlencode(params)}" if params else ""
    return f"{origin()}/{path}{query}"


@st.cache_data(show_spinner=False, max_entries=64)
def qr_png(text: str) -> bytes:
    """A QR code of ``text`` as PNG bytes."""
    import qrcode  # only the screens that show a QR code load it (not the participants' pages)

    image = qrcode.make(text, box_size=8, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def require_participant():
    """The session's participant state; stops the page with a way to join when there is none."""
    token = st.session_state.get("token")
    if not token:
        st.info(tr("q.no_session"))
        st.page_link("views/join.py", label=tr("q.go_join"), icon=":material/login:")
        st.stop()
    try:
        return services().participant_state(token=token)
    except UserError as error:
        show_user_error(error)
        st.stop()


def pick_initiative(where, key: str, empty_message: str) -> tuple[int, str]:
    """A select box of initiatives in ``where`` (default: the one chosen on the rounds page); stops the
    page with ``empty_message`` when there is none. Returns (id, name)."""
    state = st.session_state
    initiatives = {i.id: i.name for i in services().list_initiatives()}
    if not initiatives:
        st.info(empty_message)
        st.stop()
    if state.get(key) not in initiatives:
        state[key] = (
            state.get("initiative_id") if state.get("initiative_id") in initiatives else next(iter(initiatives))
        )
    where.selectbox(tr("rounds.initiative"), options=list(initiatives), format_func=initiatives.get, key=key)
    return state[key], initiatives[state[key]]


def pick_round(where, initiative_id: int, key: str, empty_message: str):
    """A select box of an initiative's rounds in ``where`` (default: the latest); stops the page with
    ``empty_message`` when it has none. Returns the chosen RoundInfo."""
    state = st.session_state
    rounds = {r.id: r for r in services().list_rounds(initiative_id=initiative_id)}
    if not rounds:
        st.info(empty_message)
        st.stop()
    if state.get(key) not in rounds:
        state[key] = list(rounds)[-1]
    labels = {i: f"{r.label} ({r.date.isoformat()}, {tr(f'status.{r.status}')})" for i, r in rounds.items()}
    where.selectbox(tr("results.round"), options=list(rounds), format_func=labels.get, key=key)
    return rounds[state[key]]


def require_facilitator() -> None:
    """Stop the page unless the session has passed the facilitator gate (navigation hides it too)."""
    if not st.session_state.get("facilitator"):
        st.error(tr("gate.intro"))
        st.stop()


def dimension_title(instrument, dimension_id: str) -> str:
    return instrument.dimensions[dimension_id].title.get(lang())
