"""`python -m assessment demo` (the demonstration data) and `setup` (everything `make run` needs first)."""

from __future__ import annotations

import argparse

from assessment.cli.common import Subparsers, add_command
from assessment.usecases import Services
from assessment.usecases.access import ensure_passcode
from assessment.usecases.database import database_state
from assessment.usecases.demo import DEMO_INITIATIVE
from assessment.usecases.demo_network import DEMO_NETWORK

PASSCODE_SOURCES = {
    "env": "from IMPACT_FACILITATOR_PASSCODE",
    "secrets": "from .streamlit/secrets.toml",
    "generated": "new, stored in .streamlit/secrets.toml (not in git)",
}


def cmd_demo(services: Services, args: argparse.Namespace) -> int:
    for created, name in ((services.load_demo(), DEMO_INITIATIVE), (services.load_demo_network(), DEMO_NETWORK)):
        print(f"{'Loaded' if created else 'Already present'}: {name}")
    return 0


def cmd_setup(services: Services, args: argparse.Namespace) -> int:
    """First start: the database created or upgraded, demo data when it is empty, the facilitator passcode."""
    state = database_state()
    print(f"Database: {state.backend}, schema at revision {state.revision} (latest: {state.latest}).")
    if not services.list_initiatives():
        services.load_demo()
        services.load_demo_network()
        print("Created the database with the demonstration initiative and network.")
    passcode, source = ensure_passcode()
    print(f"Facilitator passcode: {passcode}   ({PASSCODE_SOURCES[source]})")
    return 0


def register(subparsers: Subparsers) -> None:
    add_command(subparsers, "demo", "load the demonstration data (idempotent)", cmd_demo)
    add_command(
        subparsers, "setup", "first start: database (created or upgraded), demo data, facilitator passcode", cmd_setup
    )
