"""What a restore did, in words (the Data screen and the `restore` command say the same lines): the counts,
with each word in the plural its number wants, then one line per replaced initiative, new join code, network
the database already had, membership kept as it was, and alias that had to change."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from assessment.domain.network import anonymous_label
from assessment.present.i18n import t, tn


class _Code(Protocol):
    initiative: str
    round: str
    old: str
    new: str


class _Membership(Protocol):
    network: str
    initiative: str
    alias: str
    old_alias: str | None


class Restored(Protocol):
    """The fields of usecases.records.RestoreSummary read here."""

    initiatives: Sequence[str]
    replaced: Sequence[str]
    rounds: int
    participants: int
    answers: int
    actions: int
    new_codes: Sequence[_Code]
    networks: Sequence[str]
    merged_networks: Sequence[str]
    members: int
    kept_members: Sequence[_Membership]
    new_aliases: Sequence[_Membership]


def _counts(summary: Restored, lang: str) -> str:
    counts = [
        ("backup.count_initiatives", len(summary.initiatives)),
        ("backup.count_rounds", summary.rounds),
        ("backup.count_participants", summary.participants),
        ("backup.count_answers", summary.answers),
        ("backup.count_actions", summary.actions),
    ]
    if summary.networks or summary.kept_members:  # a document with no network says nothing of them
        counts += [("backup.count_networks", len(summary.networks)), ("backup.count_members", summary.members)]
    return ", ".join(tn(key, lang, count) for key, count in counts)


def restore_lines(summary: Restored, lang: str) -> list[str]:
    """Every line that tells what a restore did, in ``lang`` (user text inside: escape it where shown)."""
    return [
        t("backup.restored", lang, counts=_counts(summary, lang)),
        *(t("backup.replaced", lang, name=name) for name in summary.replaced),
        *(
            t("backup.new_code", lang, initiative=c.initiative, round=c.round, old=c.old, new=c.new)
            for c in summary.new_codes
        ),
        *(t("backup.network_merged", lang, name=name) for name in summary.merged_networks),
        *(t("backup.member_kept", lang, initiative=m.initiative, network=m.network) for m in summary.kept_members),
        *(
            t(
                "backup.alias_changed",
                lang,
                network=m.network,
                initiative=m.initiative,
                old=anonymous_label(m.old_alias or ""),
                new=anonymous_label(m.alias),
            )
            for m in summary.new_aliases
        ),
    ]
