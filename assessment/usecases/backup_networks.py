"""Networks in a backup and back (backup format version 4; formats/backup_networks.py).

A backup of the whole database holds every network, with all its members; a backup of one initiative holds
the networks it belongs to, with that one member. A member keeps its stable anonymous alias, the day it joined
and its consent (and the day of it) exactly, since the label others see is derived from the alias.

A restore creates each network the database lacks (with its creation time) and adds the backup's members to
a network it already has: nothing is lost and nothing is doubled. An initiative replaced by the restore (and
so deleted and made again) keeps the memberships it had here, alias and consent unchanged, whatever the backup
says of them; a backup's alias that another member of the network already has is replaced by a fresh one,
and said.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from assessment.domain import network as net
from assessment.formats.backup_fields import timestamp_text
from assessment.formats.backup_networks import NetworkDoc
from assessment.store import backup_queries as queries
from assessment.store import network_queries as nq
from assessment.store.engine import Session
from assessment.store.models import Network, NetworkMember
from assessment.usecases.records import NetworkMembership


def network_documents(session: Session, *, initiative_id: int | None) -> list[dict]:
    """The backup's networks: all of them with every member, or (``initiative_id``) those the initiative
    belongs to with that member alone; by name, members by alias."""
    networks = queries.networks_by_name(session, initiative_id=initiative_id)
    members: dict[int, list[Any]] = {n.id: [] for n in networks}
    ids = None if initiative_id is None else [initiative_id]
    for row in queries.memberships(session, initiative_ids=ids):
        members[row.network_id].append(row)
    return [
        {
            "name": n.name,
            "created_at": timestamp_text(n.created_at),
            "members": [
                {
                    "initiative": m.initiative,
                    "alias": m.alias,
                    "joined_at": timestamp_text(m.joined_at),
                    "consented_at": timestamp_text(m.consented_at),
                }
                for m in sorted(members[n.id], key=lambda m: m.alias)
            ],
        }
        for n in networks
    ]


def memberships_to_keep(session: Session, *, initiative_ids: Sequence[int]) -> list[Any]:
    """The memberships of initiatives about to be replaced, read before they are deleted (plain rows)."""
    return queries.memberships(session, initiative_ids=initiative_ids) if initiative_ids else []


class NetworksRestored:
    """What a restore did to networks, filled as it goes (see RestoreSummary)."""

    def __init__(self) -> None:
        self.networks: list[str] = []
        self.merged: list[str] = []
        self.members = 0
        self.kept: list[NetworkMembership] = []
        self.new_aliases: list[NetworkMembership] = []


def _member(network_id: int, initiative_id: int, alias: str, joined_at: datetime, consented_at: datetime | None):
    return NetworkMember(
        network_id=network_id, initiative_id=initiative_id, alias=alias, joined_at=joined_at, consented_at=consented_at
    )


def restore_networks(
    session: Session, docs: Iterable[NetworkDoc], *, ids: Mapping[str, int], kept: Sequence[Any]
) -> NetworksRestored:
    """Put back the kept memberships of replaced initiatives, then the backup's networks and members.
    ``ids``: initiative name -> id, for every initiative the restore wrote."""
    done = NetworksRestored()
    for row in kept:
        session.add(_member(row.network_id, ids[row.initiative], row.alias, row.joined_at, row.consented_at))
        done.kept.append(NetworkMembership(row.network, row.initiative, row.alias))
    session.flush()
    for doc in docs:
        network = nq.network_by_name(session, name=doc.name)
        if network is None:
            network = Network(name=doc.name, created_at=doc.created_at)
            session.add(network)
            session.flush()
        else:
            done.merged.append(doc.name)
        done.networks.append(doc.name)
        taken = queries.aliases_of(session, network_id=network.id)
        for m in doc.members:
            initiative_id = ids[m.initiative]
            if initiative_id in taken.values():
                continue  # a replaced initiative already back in it, as it was here (done.kept)
            alias = m.alias if m.alias not in taken else net.fresh_alias(set(taken))
            if alias != m.alias:
                done.new_aliases.append(NetworkMembership(doc.name, m.initiative, alias, m.alias))
            session.add(_member(network.id, initiative_id, alias, m.joined_at, m.consented_at))
            taken[alias] = initiative_id
            done.members += 1
    session.flush()
    return done
