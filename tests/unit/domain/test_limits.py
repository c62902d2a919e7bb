"""The counting rules of failed attempts: per address, the global ceiling, and which address a request is."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from assessment.domain.limits import (
    LOOPBACK,
    UNKNOWN,
    Limit,
    address_free_at,
    address_key,
    ceiling_free_at,
    client_address,
    seconds_until,
)
from assessment.settings import LIMIT_DEFAULTS

T0 = datetime(2026, 5, 4, 9, 0)
PASSCODE = Limit(per_address=3, window=3600, max_wait=300, ceiling=100)


def test_an_address_tries_freely_until_its_failures_reach_the_limit():
    assert address_free_at(PASSCODE, count=0, last=None) is None
    assert address_free_at(PASSCODE, count=2, last=T0) is None


def test_from_the_limit_on_each_failure_doubles_the_wait_up_to_the_longest():
    waits = [(address_free_at(PASSCODE, count=n, last=T0) - T0).total_seconds() for n in range(3, 13)]
    assert waits == [2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def test_a_huge_count_still_gives_the_longest_wait():
    assert address_free_at(PASSCODE, count=10**9, last=T0) == T0 + timedelta(seconds=300)


def test_below_the_ceiling_nobody_waits_and_at_it_everyone_waits_until_the_release_leaves_the_window():
    assert ceiling_free_at(PASSCODE, count=99, release=T0) is None
    assert ceiling_free_at(PASSCODE, count=100, release=T0) == T0 + timedelta(seconds=3600)


def test_what_a_person_is_told_to_wait_is_rounded_up_and_never_zero():
    assert seconds_until(T0 + timedelta(seconds=1.2), T0) == 2
    assert seconds_until(T0 + timedelta(seconds=2), T0) == 2
    assert seconds_until(T0, T0) == 1


def most_failures_one_address_records(limit: Limit) -> int:
    """Fail as soon as allowed for a whole window; refused attempts are not counted."""
    now, failures = T0, []
    while now < T0 + timedelta(seconds=limit.window):
        recent = [f for f in failures if f > now - timedelta(seconds=limit.window)]
        free_at = address_free_at(limit, count=len(recent), last=recent[-1] if recent else None)
        now = max(now, free_at) if free_at else now
        failures.append(now)
        now += timedelta(milliseconds=10)
    return len(failures)


@pytest.mark.parametrize("kind", sorted(LIMIT_DEFAULTS))
def test_with_the_default_limits_one_address_alone_never_reaches_the_ceiling(kind):
    limit = Limit(**LIMIT_DEFAULTS[kind])
    assert most_failures_one_address_records(limit) < limit.ceiling


def test_a_room_of_300_phones_behind_one_address_can_all_mistype_twice_without_waiting():
    join = Limit(**LIMIT_DEFAULTS["join"])
    assert address_free_at(join, count=2 * 300, last=T0) is None


@pytest.mark.parametrize(
    ("given", "key"),
    [
        ("203.0.113.7", "203.0.113.7"),
        (" 203.0.113.7 ", "203.0.113.7"),
        ("2001:db8:1:2:aaaa::1", "2001:db8:1:2::/64"),
        ("[2001:db8:1:2:bbbb::9]", "2001:db8:1:2::/64"),
        ("fe80::1%eth0", "fe80::/64"),
        ("::ffff:198.51.100.4", "198.51.100.4"),
        (None, LOOPBACK),
        ("", LOOPBACK),
        ("not an address", UNKNOWN),
        ("203.0.113.7, 10.0.0.1", UNKNOWN),
    ],
)
def test_failures_count_by_ipv4_address_or_ipv6_network(given, key):
    assert address_key(given) == key


def test_two_addresses_of_one_ipv6_network_share_a_count_and_another_network_does_not():
    assert address_key("2001:db8:0:1::5") == address_key("2001:db8:0:1:ffff::6")
    assert address_key("2001:db8:0:1::5") != address_key("2001:db8:0:2::5")


def test_without_trusted_proxies_the_headers_are_ignored():
    assert client_address(
        peer="192.0.2.1", forwarded_for=["203.0.113.9"], real_ip="203.0.113.9", trusted_proxies=0
    ) == ("192.0.2.1")


def test_behind_one_proxy_the_client_is_the_address_it_appended_not_what_the_client_wrote():
    spoofed = ["198.51.100.66, 203.0.113.9"]  # the client wrote the first, nginx appended the second
    assert client_address(peer=None, forwarded_for=spoofed, real_ip="203.0.113.9", trusted_proxies=1) == "203.0.113.9"


def test_behind_two_proxies_the_client_is_the_second_entry_from_the_right_across_repeated_headers():
    headers = ["198.51.100.66", "203.0.113.9, 192.0.2.50"]
    assert client_address(peer=None, forwarded_for=headers, real_ip=None, trusted_proxies=2) == "203.0.113.9"


def test_a_forwarded_list_shorter_than_the_proxies_falls_back_to_x_real_ip_then_the_socket():
    assert client_address(peer="192.0.2.1", forwarded_for=[], real_ip=" 203.0.113.9 ", trusted_proxies=1) == (
        "203.0.113.9"
    )
    assert client_address(peer="192.0.2.1", forwarded_for=[" , "], real_ip="", trusted_proxies=1) == "192.0.2.1"
