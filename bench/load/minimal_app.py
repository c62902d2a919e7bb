"""The floor to compare with: 19 radios (1–5), each change writes one row to SQLite (WAL mode).

Run by the load generator with the same server settings as the app:
``BENCH_MINIMAL_DB=/tmp/x.sqlite3 streamlit run bench/load/minimal_app.py``; a phone opens it with
``?token=<phone>``. Nothing else is drawn, imported or computed.
"""

import os
import sqlite3
import threading

import streamlit as st

ITEMS = [f"q{number:02d}" for number in range(1, 20)]


@st.cache_resource
def _database() -> tuple[sqlite3.Connection, threading.Lock]:
    connection = sqlite3.connect(
        os.environ["BENCH_MINIMAL_DB"], check_same_thread=False, isolation_level=None, timeout=30
    )
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute(
        "CREATE TABLE IF NOT EXISTS answers (token TEXT, item_id TEXT, score INTEGER, PRIMARY KEY (token, item_id))"
    )
    return connection, threading.Lock()


def _save(token: str, item: str) -> None:
    connection, lock = _database()
    with lock:
        connection.execute(
            "INSERT OR REPLACE INTO answers VALUES (?, ?, ?)", (token, item, st.session_state[f"a_{item}"])
        )


token = st.query_params.get("token", "anonymous")
st.title("Minimal questionnaire")
for item in ITEMS:
    st.radio(
        f"Question {item}",
        [1, 2, 3, 4, 5],
        index=None,
        horizontal=True,
        key=f"a_{item}",
        on_change=_save,
        args=(token, item),
    )
