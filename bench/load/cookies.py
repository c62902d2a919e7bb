"""One virtual phone's cookies and the plain HTTP GET a browser makes before opening the websocket.

The jar keeps ``name=value`` pairs only (no paths, expiry or domains: every request goes to the
one local origin), which is all a proxy's sticky-session cookie needs to send a phone back to its
process.
"""

from __future__ import annotations

import asyncio
from http.cookies import CookieError, SimpleCookie
from urllib.parse import urlsplit


class CookieJar:
    """Cookies set by the server (or a proxy in front of it) for one phone."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def update(self, set_cookie_headers: list[str]) -> None:
        for header in set_cookie_headers:
            try:
                parsed = SimpleCookie(header)
            except CookieError:
                continue
            for name, morsel in parsed.items():
                self.values[name] = morsel.value

    def header(self) -> str:
        """The ``Cookie`` request header ('' when empty)."""
        return "; ".join(f"{k}={v}" for k, v in self.values.items())


async def http_get(base_url: str, path: str, jar: CookieJar, *, timeout: float) -> int:
    """GET ``path`` on ``base_url`` (HTTP/1.1, connection closed after), keeping cookies; the status."""
    parts = urlsplit(base_url)
    host, port = parts.hostname or "127.0.0.1", parts.port or 80
    lines = [f"GET {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: close", "Accept: text/html"]
    if cookie := jar.header():
        lines.append(f"Cookie: {cookie}")
    request = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")

    async def exchange() -> bytes:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            writer.write(request)
            await writer.drain()
            return await reader.read()
        finally:
            writer.close()

    raw = await asyncio.wait_for(exchange(), timeout=timeout)
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status = int(head[0].split()[1]) if head and len(head[0].split()) > 1 else 0
    jar.update([line.split(":", 1)[1].strip() for line in head[1:] if line.lower().startswith("set-cookie:")])
    return status
