"""What a restore did, in words: counts in the plural each language wants, networks said only when the backup
had some, and one line per replaced initiative, new code, merged network, kept membership and changed alias."""

from __future__ import annotations

import pytest

from assessment.present.i18n import NBSP
from assessment.present.restore_text import restore_lines
from assessment.usecases.records import NetworkMembership, NewCode, RestoreSummary


def summary(**changes) -> RestoreSummary:
    fields = dict(initiatives=("A",), replaced=(), rounds=0, participants=1, answers=2, actions=0, new_codes=())
    return RestoreSummary(**(fields | changes))


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", "Restored: 1 initiative, 0 rounds, 1 participant, 2 answers, 0 actions."),
        ("fr", f"Restauré{NBSP}: 1{NBSP}initiative, 0{NBSP}cycle, 1{NBSP}personne participante, 2{NBSP}réponses, "
         f"0{NBSP}action."),
    ],
)  # fmt: skip
def test_counts_take_each_languages_plural_and_a_backup_without_networks_says_nothing_of_them(lang, expected):
    assert restore_lines(summary(), lang) == [expected]


def test_networks_and_members_are_counted_when_the_backup_had_some():
    en = restore_lines(summary(networks=("N",), members=2), "en")[0]
    fr = restore_lines(summary(networks=("N", "O"), members=1), "fr")[0]
    assert en.endswith(", 1 network, 2 network members added.")
    assert fr.endswith(f", 2{NBSP}réseaux, 1{NBSP}membre de réseau ajouté.")
    assert restore_lines(summary(networks=("N",), members=1234), "fr")[0].endswith(
        f"1{NBSP}234{NBSP}membres de réseau ajoutés."
    )


def test_each_thing_done_to_a_network_gets_its_own_line_in_both_languages():
    done = summary(
        replaced=("A",),
        new_codes=(NewCode("A", "R1", "ABC123", "XYZ789"),),
        networks=("Est",),
        merged_networks=("Est",),
        kept_members=(NetworkMembership("Est", "A", "K"),),
        new_aliases=(NetworkMembership("Est", "B", "Q", "K"),),
    )
    en = restore_lines(done, "en")
    assert en[1:] == [
        "Replaced: A",
        "The code ABC123 of the round “R1” (A) was already used by another round here: its new code is XYZ789.",
        "The network “Est” was already here: the backup’s members were added to it, and its own stayed.",
        "A stays in the network “Est” with the alias and consent it already had there.",
        "In the network “Est”, the anonymous label Initiative K was already taken: B is now Initiative Q there.",
    ]
    fr = restore_lines(done, "fr")
    assert fr[-1] == (
        f"Dans le réseau «{NBSP}Est{NBSP}», l’étiquette anonyme Initiative K était déjà prise{NBSP}: "
        "B y devient Initiative Q."
    )
    assert len(fr) == len(en) == 6
