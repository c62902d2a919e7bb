"""The app's shared addresses, the same from the screens and the command line."""

from __future__ import annotations

from urllib.parse import urlencode

DEFAULT_BASE_URL = "http://localhost:8501"


def app_link(base_url: str, page: str = "", **params: str) -> str:
    """An absolute link to a screen, e.g. app_link(base, "questionnaire", token=…)."""
    query = f"?{urlencode(params)}" if params else ""
    return f"{base_url.rstrip('/')}/{page}{query}"


def join_link(base_url: str, code: str) -> str:
    """What the QR code and the shared link open: the join screen with the code filled in."""
    return app_link(base_url, "join", code=code)


def presenter_link(base_url: str, token: str) -> str:
    """The projector's link to one round's presenter view (read-only, expiring, revocable)."""
    return app_link(base_url, "presenter", token=token)
