"""Export -> import -> export gives the same bytes: nothing is lost or changed on the way."""

from assessment.usecases import Services
from assessment.usecases.demo import DEMO_INITIATIVE


def test_each_demo_round_survives_export_and_import_byte_for_byte(databases):
    source = Services(url=databases.url("source"))
    source.load_demo()
    target = Services(url=databases.url("target"))
    initiative = source.initiative(name=DEMO_INITIATIVE)
    for r in source.list_rounds(initiative_id=initiative.id):
        exported = source.export_responses(initiative=DEMO_INITIATIVE, label=r.label)
        target.import_file(data=exported, initiative=DEMO_INITIATIVE, label=r.label, on=r.date)
        assert target.export_responses(initiative=DEMO_INITIATIVE, label=r.label) == exported
    assert target.export_responses(initiative=DEMO_INITIATIVE) == source.export_responses(initiative=DEMO_INITIATIVE)
