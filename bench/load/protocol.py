"""A Streamlit client without a browser: one websocket session speaking BackMsg / ForwardMsg.

It does what the frontend does for the widgets a questionnaire needs: it keeps the element tree
(keyed by delta path), the value of each radio (the formatted option string, ``string_value``),
and sends a ``rerun_script`` BackMsg carrying every known widget value, plus a one-shot
``trigger_value`` for a button press. A click is over when the ``script_finished`` ForwardMsg of
the run it started arrives (a run that ends early for a rerun, e.g. ``st.switch_page``, is followed).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect

from bench.load.cookies import CookieJar, http_get

FINISHED = ForwardMsg.ScriptFinishedStatus
DONE = {FINISHED.FINISHED_SUCCESSFULLY, FINISHED.FINISHED_FRAGMENT_RUN_SUCCESSFULLY}
ERROR_ALERT = 1  # Alert.Format.ERROR


class ProtocolError(Exception):
    """The server answered in a way a browser would show as broken (or not at all)."""


def check_local(base_url: str) -> tuple[str, int]:
    """Host and port of ``base_url``; refuses anything but 127.0.0.1 (the generator is local only)."""
    parts = urlsplit(base_url)
    if parts.scheme != "http" or parts.hostname != "127.0.0.1" or not parts.port:
        raise ValueError(f"only http://127.0.0.1:PORT is allowed, not {base_url!r}")
    return parts.hostname, parts.port


@dataclass
class Widget:
    """A widget on screen: its element kind, id, options (radios) and the fragment it lives in."""

    kind: str
    id: str
    options: list[str] = field(default_factory=list)
    value: str | None = None
    fragment_id: str = ""
    forced: bool = False  # the script set the value (session state): it wins over the user's

    @property
    def key(self) -> str:
        """The user key embedded in the id (``$$ID-<hash>-<key>``), '' when the widget has none."""
        parts = self.id.split("-", 2)
        return parts[2] if len(parts) == 3 and parts[0] == "$$ID" else ""


@dataclass
class RunResult:
    """One click: seconds from sending the BackMsg to ``script_finished``, and what went wrong."""

    seconds: float
    errors: list[str]


def _widget_of(element, fragment_id: str) -> Widget | None:
    kind = element.WhichOneof("type")
    if kind == "radio":
        r = element.radio
        value, forced = None, r.set_value and r.HasField("raw_value")
        if forced:
            value = r.raw_value
        elif r.HasField("default") and 0 <= r.default < len(r.options):
            value = r.options[r.default]
        return Widget("radio", r.id, list(r.options), value, fragment_id, forced)
    if kind == "button":
        return Widget("button", element.button.id, fragment_id=fragment_id)
    return None


class Session:
    """One browser tab: a cookie jar, a websocket, the widgets of the last run."""

    def __init__(self, base_url: str, *, page: str, query: str, locale: str = "fr-FR") -> None:
        check_local(base_url)
        self.base_url = base_url.rstrip("/")
        self.page, self.query, self.locale = page, query, locale
        self.cookies = CookieJar()
        self.ws: ClientConnection | None = None
        self.widgets: dict[tuple[int, ...], Widget] = {}
        self.parent_fragment: dict[str, str] = {}  # fragment id -> the fragment it was drawn in
        self.page_hash = ""
        self.session_id = ""
        self.on_message: Callable[[ForwardMsg], None] | None = None  # sees every ForwardMsg (presenter observer)

    async def open(self, timeout: float) -> RunResult:
        """Load the page as a browser would (HTTP GET, keeping cookies), connect, run the script once."""
        path = f"/{self.page}?{self.query}" if self.query else f"/{self.page}"
        await http_get(self.base_url, path, self.cookies, timeout=timeout)
        ws_url = "ws" + self.base_url[4:] + "/_stcore/stream"
        headers = {"Origin": self.base_url}
        if cookie := self.cookies.header():
            headers["Cookie"] = cookie
        self.ws = await connect(
            ws_url, subprotocols=["streamlit"], additional_headers=headers, max_size=None, open_timeout=timeout
        )
        self.cookies.update(self.ws.response.headers.get_all("Set-Cookie"))
        return await self.rerun(timeout=timeout, first=True)

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    def find(self, kind: str, key_prefix: str = "") -> list[Widget]:
        """Widgets of one kind whose user key starts with ``key_prefix``, in screen order."""
        return [w for _, w in sorted(self.widgets.items()) if w.kind == kind and w.key.startswith(key_prefix)]

    def _back_msg(self, trigger: Widget | None, fragment_id: str, first: bool, auto: bool = False) -> bytes:
        msg = BackMsg()
        state = msg.rerun_script
        state.query_string = self.query
        state.is_auto_rerun = auto  # the frontend's own rerun of a run_every fragment
        state.page_name = self.page if first or not self.page_hash else ""
        state.page_script_hash = "" if first else self.page_hash
        state.fragment_id = fragment_id
        info = state.context_info
        info.locale, info.timezone, info.timezone_offset = self.locale, "Europe/Paris", -60
        info.url = f"{self.base_url}/{self.page}?{self.query}"
        for w in self.widgets.values():
            if w.kind == "radio" and w.value is not None:
                state.widget_states.widgets.add(id=w.id, string_value=w.value)
        if trigger is not None:
            state.widget_states.widgets.add(id=trigger.id, trigger_value=True)
        return msg.SerializeToString()

    async def click_radio(self, widget: Widget, option: int, timeout: float) -> RunResult:
        """Pick option number ``option`` (0-based) of a radio, as a tap does."""
        widget = next((w for w in self.widgets.values() if w.id == widget.id), widget)
        widget.value = widget.options[option]
        return await self.rerun(fragment_id=widget.fragment_id, timeout=timeout)

    async def press(self, button: Widget, timeout: float) -> RunResult:
        """Press a button (its trigger value is true for this one run)."""
        return await self.rerun(trigger=button, fragment_id=button.fragment_id, timeout=timeout)

    async def rerun(
        self,
        *,
        trigger: Widget | None = None,
        fragment_id: str = "",
        timeout: float,
        first: bool = False,
        auto: bool = False,
    ) -> RunResult:
        """Send one ``rerun_script`` (``auto``: as the frontend's timer does) and read until its run has finished."""
        if self.ws is None:
            raise ProtocolError("not connected")
        start = time.perf_counter()
        await self.ws.send(self._back_msg(trigger, fragment_id, first, auto))
        errors = await self._read_run(start + timeout, fragment_id)
        return RunResult(time.perf_counter() - start, errors)

    async def _read_run(self, deadline: float, fragment_id: str = "") -> list[str]:
        """Apply ForwardMsgs to the tree until a run finishes; return the errors it showed.

        As the frontend does, a finished run removes what it did not draw again: a full run, anything; a
        fragment's run, what that fragment (and the fragments nested in it) drew before."""
        errors: list[str] = []
        touched: set[tuple[int, ...]] = set()
        while True:
            left = deadline - time.perf_counter()
            if left <= 0:
                raise ProtocolError("no script_finished before the deadline")
            try:
                data = await asyncio.wait_for(self.ws.recv(), timeout=left)
            except TimeoutError as error:
                raise ProtocolError("no script_finished before the deadline") from error
            msg = ForwardMsg()
            msg.ParseFromString(data)
            if self.on_message is not None:
                self.on_message(msg)
            kind = msg.WhichOneof("type")
            if kind == "delta":
                self._apply_delta(msg, touched, errors)
            elif kind == "new_session":
                self.session_id = msg.new_session.initialize.session_id or self.session_id
                self.page_hash = msg.new_session.page_script_hash or self.page_hash
            elif kind == "navigation":
                self.page_hash = msg.navigation.page_script_hash or self.page_hash
            elif kind == "page_info_changed":
                self.query = msg.page_info_changed.query_string
            elif kind == "page_not_found":
                errors.append(f"page not found: {msg.page_not_found.page_name}")
            elif kind == "script_finished":
                status = msg.script_finished
                if status == FINISHED.FINISHED_SUCCESSFULLY:
                    self.widgets = {p: w for p, w in self.widgets.items() if p in touched}
                elif status == FINISHED.FINISHED_FRAGMENT_RUN_SUCCESSFULLY and fragment_id:
                    self._prune_fragment(fragment_id, touched)
                if status in DONE:
                    return errors
                if status == FINISHED.FINISHED_WITH_COMPILE_ERROR:
                    errors.append("script compile error")
                    return errors
                touched.clear()  # ended early for a rerun: the next run redraws the page

    def _prune_fragment(self, fragment_id: str, touched: set[tuple[int, ...]]) -> None:
        """Drop the widgets a fragment's run did not draw again, its nested fragments' included."""
        for path in touched:  # a fragment whose widgets this run drew is nested in the fragment that ran
            if (drawn := self.widgets.get(path)) is not None and drawn.fragment_id != fragment_id:
                self.parent_fragment[drawn.fragment_id] = fragment_id

        def inside(fid: str) -> bool:
            seen = set()
            while fid and fid not in seen:
                if fid == fragment_id:
                    return True
                seen.add(fid)
                fid = self.parent_fragment.get(fid, "")
            return False

        self.widgets = {p: w for p, w in self.widgets.items() if p in touched or not inside(w.fragment_id)}

    def _apply_delta(self, msg: ForwardMsg, touched: set[tuple[int, ...]], errors: list[str]) -> None:
        path = tuple(msg.metadata.delta_path)
        delta = msg.delta
        touched.add(path)
        if delta.WhichOneof("type") != "new_element":
            self.widgets.pop(path, None)
            return
        element = delta.new_element
        kind = element.WhichOneof("type")
        if kind == "exception":
            errors.append(f"exception: {element.exception.type}: {element.exception.message[:200]}")
        elif kind == "alert" and element.alert.format == ERROR_ALERT:
            errors.append(f"error shown: {element.alert.body[:200]}")
        widget = _widget_of(element, delta.fragment_id)
        if widget is None:
            self.widgets.pop(path, None)
            return
        known = next((w for w in self.widgets.values() if w.id == widget.id), None)
        if known is not None and known.value is not None and not widget.forced:
            widget.value = known.value  # the frontend keeps the value of a widget it already shows
        self.widgets[path] = widget
