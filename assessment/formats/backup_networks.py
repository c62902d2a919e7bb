"""Networks in the backup document (version 4): each network with its members, a member named by its
initiative's name, with the stable anonymous alias it drew when it joined and its consent to be named.

A network's name is held to the rule the app applies when one is created (usecases.networks.checked_network_name:
cleaned of control characters, trimmed, 1 to MAX_NAME characters), so any name the app stored restores unchanged.
An alias is what domain.network.fresh_alias draws: one or two capital letters.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated

from pydantic import Field, model_validator

from assessment.formats.backup_fields import Doc, Name, Timestamp, unique

Alias = Annotated[str, Field(pattern=r"^[A-Z]{1,2}$")]


class MemberDoc(Doc):
    initiative: Name  # an initiative of the same document
    alias: Alias
    joined_at: Timestamp
    consented_at: Timestamp | None  # None: not named in the network (shown under its alias)


class NetworkDoc(Doc):
    name: Name  # cleaned and limited as usecases.networks.checked_network_name does
    created_at: Timestamp
    members: list[MemberDoc]

    @model_validator(mode="after")
    def _one_alias_per_member(self) -> NetworkDoc:
        unique((m.alias for m in self.members), "alias")
        unique((m.initiative for m in self.members), "member")
        return self


def check_networks(networks: Iterable[NetworkDoc], initiatives: set[str]) -> None:
    """Network names are unique, and every member is an initiative of the document (a backup of one
    initiative carries only that initiative's memberships)."""
    networks = list(networks)
    unique((n.name for n in networks), "network")
    for n in networks:
        for m in n.members:
            if m.initiative not in initiatives:
                raise ValueError(f"member {m.initiative!r} of network {n.name!r}: no such initiative in the backup")
