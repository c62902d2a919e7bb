"""Failed attempts (wrong passcodes, wrong join codes): who a request comes from, and when it may try again.

The rules, for one kind of attempt:

- **Per address.** An address may fail ``per_address`` times within ``window`` seconds; after that, each
  further failure doubles its wait before the next attempt is even looked at (2, 4, 8 … s, at most
  ``max_wait``). Failures older than the window are forgotten.
- **Global ceiling.** When every address together has failed ``ceiling`` times within the window, every
  attempt of that kind waits until the oldest of those failures leaves the window.
- A refused attempt (one that had to wait) is never counted: a flood from one address cannot lengthen its
  own wait without end, nor raise the count that every other address shares. With a ceiling above what one
  address can record in a window, one address never reaches it.

An address is the client's IP address; IPv6 addresses count by their /64 network (what one subscriber is
usually given, so an attacker cannot draw a fresh address for each attempt).
"""

from __future__ import annotations

import ipaddress
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

PASSCODE = "passcode"
JOIN = "join"
DRAFT = "draft"  # not a failure: a draft created with a valid code, counted and limited the same way
KINDS: tuple[str, ...] = (PASSCODE, JOIN, DRAFT)

LOOPBACK = "127.0.0.1"  # what Streamlit reports as no address: a connection from this machine
UNKNOWN = "unknown"  # an address that does not parse: every such request shares one count
MAX_ADDRESS = 64  # characters kept for an address (an IPv6 /64 network is at most 43)
_DOUBLINGS = 30  # 2**30 s is far beyond any max_wait: stops the exponent from growing without end


@dataclass(frozen=True)
class Limit:
    """The limits of one kind of attempt; counts are failures, times are seconds (all ≥ 1)."""

    per_address: int  # failures one address may make within the window before it waits
    window: int  # how long a failure is remembered
    max_wait: int  # the longest wait one address is given between two attempts
    ceiling: int  # failures from every address together within the window before everyone waits


def address_free_at(limit: Limit, *, count: int, last: datetime | None) -> datetime | None:
    """When an address that failed ``count`` times in the window (the latest at ``last``) may try again;
    None when it may try now."""
    if count < limit.per_address or last is None:
        return None
    doublings = min(count - limit.per_address + 1, _DOUBLINGS)
    return last + timedelta(seconds=min(2**doublings, limit.max_wait))


def ceiling_free_at(limit: Limit, *, count: int, release: datetime | None) -> datetime | None:
    """When attempts may go on after ``count`` failures from every address in the window; None: now.

    ``release`` is the failure whose leaving the window brings the count below the ceiling (the
    ``count - ceiling + 1``-th oldest)."""
    if count < limit.ceiling or release is None:
        return None
    return release + timedelta(seconds=limit.window)


def seconds_until(moment: datetime, now: datetime) -> int:
    """Whole seconds from ``now`` to ``moment``, rounded up, at least 1 (what a person is told to wait)."""
    return max(1, math.ceil((moment - now).total_seconds()))


def address_key(address: str | None) -> str:
    """The address failures are counted under: IPv4 as is, IPv6 by its /64 network (an IPv4-mapped IPv6
    address as its IPv4), LOOPBACK for none, UNKNOWN for anything that is not an IP address."""
    if address is None or not address.strip():
        return LOOPBACK
    text = address.strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    try:
        ip = ipaddress.ip_address(text.split("%", 1)[0])  # an IPv6 zone (fe80::1%eth0) names no other host
    except ValueError:
        return UNKNOWN
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def client_address(
    *, peer: str | None, forwarded_for: Sequence[str], real_ip: str | None, trusted_proxies: int
) -> str | None:
    """The client's address as the app should believe it.

    ``peer`` is the socket's address; ``forwarded_for`` every X-Forwarded-For header value, in order;
    ``real_ip`` the X-Real-IP header. With ``trusted_proxies`` = 0 the headers are ignored (anyone can
    write them). With N ≥ 1 proxies of our own in front (nginx is 1), each one appended the address it
    saw to X-Forwarded-For, so the client is the N-th entry from the right; entries to its left were
    written by the client and are never believed. A list shorter than N falls back to X-Real-IP, then to
    the socket.
    """
    if trusted_proxies <= 0:
        return peer
    entries = [entry.strip() for value in forwarded_for for entry in value.split(",") if entry.strip()]
    if len(entries) >= trusted_proxies:
        return entries[-trusted_proxies]
    if real_ip and real_ip.strip():
        return real_ip.strip()
    return peer
