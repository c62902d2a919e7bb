"""The facilitator's signed-in session: kept for a working day across reloads and new tabs by a cookie.

Streamlit cannot set a cookie from the server, so the browser writes it (a one-line script, on the run
after signing in or out); the server reads it back through st.context.cookies. Only the token's SHA-256
is stored in the database; signing out ends the session everywhere.
"""

from __future__ import annotations

import json

import streamlit as st

from assessment.domain.vocabulary import ACCESS_HOURS
from views.ui import services

COOKIE = "ir_facilitator"


def restore() -> None:
    """Sign the session in from the cookie when it holds a live session; sign it out when that ended."""
    state = st.session_state
    if state.get("facilitator") and state.get("facilitator_token"):
        if not services().facilitator_session_valid(token=state.facilitator_token):
            state.facilitator = False  # signed out in another tab, expired, or revoked
            state.pop("facilitator_token", None)
        return
    cookie = st.context.cookies.get(COOKIE) if not state.get("facilitator") else None
    if isinstance(cookie, str) and cookie and services().facilitator_session_valid(token=cookie):
        state.facilitator, state.facilitator_token = True, cookie


def sign_in() -> None:
    """After the passcode: a new session, its cookie written on the next run."""
    token = services().start_facilitator_session()
    st.session_state.update(facilitator=True, facilitator_token=token, write_cookie=token)


def sign_out() -> None:
    state = st.session_state
    if token := state.pop("facilitator_token", None):
        services().end_facilitator_session(token=token)
    state.facilitator, state.write_cookie = False, ""


def write_cookie() -> None:
    """The pending cookie change, written by the browser (an empty value deletes the cookie)."""
    value = st.session_state.pop("write_cookie", None)
    if value is None:
        return
    max_age = int(ACCESS_HOURS * 3600) if value else 0
    secure = "; Secure" if (st.context.url or "").startswith("https:") else ""
    cookie = f"{COOKIE}={value}; Path=/; Max-Age={max_age}; SameSite=Strict{secure}"
    st.html(f"<script>document.cookie = {json.dumps(cookie)};</script>", unsafe_allow_javascript=True)
