"""Streamlit helpers shared by the pages: language, services, messages, links. No domain logic here."""

from __future__ import annotations

import datetime as dt
import io
import logging
from contextlib import contextmanager
from urllib.parse import urlsplit

import streamlit as st

from assessment.domain import limits
from assessment.domain.errors import ImportRejected, UserError
from assessment.present.chart_text import ChartText
from assessment.present.i18n import error_message, fault_lines, format_day, format_score, plain, t
from assessment.present.links import DEFAULT_BASE_URL, app_link
from assessment.settings import get_settings
from assessment.usecases import Services

log = logging.getLogger("impact_readiness")


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


def day(value: dt.date) -> str:
    """A day as the session's language writes it (Babel): « 12 févr. 2025 », "Feb 12, 2025"."""
    return format_day(value, lang())


def score(value: float | None, digits: int = 1) -> str:
    return format_score(value, lang(), digits)


def error_text(error: UserError) -> str:
    """A user error in words, as Markdown: its parameters are what the user typed (names, labels, values),
    shown literally, never as markup."""
    safe = UserError(error.key, **{k: plain(v) if isinstance(v, str) else v for k, v in error.params.items()})
    return error_message(safe, lang())


def show_user_error(error: UserError) -> None:
    """A user error in words; for a refused import, every fault by row number."""
    st.error(error_text(error), icon=":material/error:")
    if isinstance(error, ImportRejected):
        st.markdown("\n".join(f"- {plain(line)}" for line in fault_lines(error, lang())))


@contextmanager
def reporting(slot: str):
    """In a widget callback (which runs before the page): a user error raised in the block ends the block
    and is kept in ``slot`` for the page to show with show_reported; the rest of the block is skipped."""
    try:
        yield
    except UserError as error:
        st.session_state[slot] = error


def show_reported(slot: str) -> None:
    """The user error a callback kept in ``slot``, if any, in words."""
    if error := st.session_state.pop(slot, None):
        show_user_error(error)


def show_unexpected(error: Exception) -> None:
    """Never a traceback on screen: a message, and the details in the server log."""
    log.exception("unexpected error", exc_info=error)
    st.error(tr("error.unexpected"), icon=":material/error:")


def client_address() -> str:
    """The client's IP address: the socket's, or behind our own proxies (IMPACT_TRUSTED_PROXIES) the one they
    forwarded; Streamlit gives none for a connection from this machine (LOOPBACK then)."""
    headers = st.context.headers
    address = limits.client_address(
        peer=st.context.ip_address,
        forwarded_for=headers.get_all("X-Forwarded-For"),
        real_ip=headers.get("X-Real-IP"),
        trusted_proxies=get_settings().trusted_proxies,
    )
    return address or limits.LOOPBACK


def origin() -> str:
    """scheme://host[:port] of the app as the browser sees it."""
    url = st.context.url
    if not url:
        return DEFAULT_BASE_URL
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else DEFAULT_BASE_URL


def link(path: str = "", **params: str) -> str:
    """An absolute link into the app as this browser reaches it, e.g. link("questionnaire", token=…)."""
    return app_link(origin(), path, **params)


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


PICKED_INITIATIVE = "picked_initiative"  # shared by every facilitator screen: one choice, no stale copies
PICKED_ROUND = "picked_round"


def _remember(key: str, shared: str) -> None:
    st.session_state[shared] = st.session_state[key]


def _picker(where, label: str, options: dict, key: str, shared: str, fallback):
    """A select box whose choice is the one shared across screens (``shared``), stored outside the widget
    so that leaving a page (which drops its widgets' state) does not lose it."""
    state = st.session_state
    chosen = next((c for c in (state.get(shared), state.get(key)) if c in options), fallback)
    state[shared] = state[key] = chosen  # set before the widget exists in this run: allowed
    where.selectbox(
        label, options=list(options), format_func=options.get, key=key, on_change=_remember, args=(key, shared)
    )
    return chosen


def pick_initiative(where, key: str, empty_message: str) -> tuple[int, str]:
    """A select box of initiatives in ``where``, on the initiative picked on any facilitator screen; stops
    the page with ``empty_message`` when there is none. Returns (id, name)."""
    initiatives = {i.id: i.name for i in services().list_initiatives()}
    if not initiatives:
        st.info(empty_message)
        st.stop()
    chosen = _picker(where, tr("rounds.initiative"), initiatives, key, PICKED_INITIATIVE, next(iter(initiatives)))
    return chosen, initiatives[chosen]


def pick_round(where, initiative_id: int, key: str, empty_message: str):
    """A select box of an initiative's rounds in ``where``, on the round picked on any facilitator screen
    (default: the latest); stops the page with ``empty_message`` when it has none. Returns its RoundInfo."""
    rounds = {r.id: r for r in services().list_rounds(initiative_id=initiative_id)}
    if not rounds:
        st.info(empty_message)
        st.stop()
    labels = {i: f"{r.label} ({day(r.date)}, {tr(f'status.{r.status}')})" for i, r in rounds.items()}
    chosen = _picker(where, tr("results.round"), labels, key, PICKED_ROUND, list(rounds)[-1])
    return rounds[chosen]


def require_facilitator() -> None:
    """Stop the page unless the session has passed the facilitator gate (navigation hides it too)."""
    if not st.session_state.get("facilitator"):
        st.error(tr("gate.intro"))
        st.stop()


def dimension_title(instrument, dimension_id: str) -> str:
    return instrument.dimensions[dimension_id].title.get(lang())


def show_chart(figure, text: ChartText, key: str, *, expanded: bool = False) -> None:
    """A chart, the sentence that says what it shows under it, and the data behind it one click away (a table of
    escaped text: no data-frame library loaded for it)."""
    st.plotly_chart(figure, config={"displayModeBar": False}, key=key)
    st.caption(plain(text.summary))
    with st.expander(tr("chart.data"), icon=":material/table:", expanded=expanded):
        markdown_table(text.table.headers, text.table.rows)


def markdown_table(headers: list[str], rows: list[list[object]]) -> None:
    """A table of escaped text, drawn as Markdown: no data-frame library loaded for it (participant and
    projector pages stay light)."""
    lines = ["| " + " | ".join(plain(str(h)) for h in headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(plain(str(cell)).replace("\n", " ") for cell in row) + " |" for row in rows]
    st.markdown("\n".join(lines))
