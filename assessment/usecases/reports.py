"""Use cases that build report files: the Excel workbook and the HTML report of an initiative or a round."""

from __future__ import annotations

from datetime import datetime

from assessment.domain.errors import UserError
from assessment.reports.initiative_report import initiative_report_html
from assessment.reports.round_report import round_report_html
from assessment.reports.workbook import workbook_bytes
from assessment.usecases.services import Services


def _require_rounds(services: Services, initiative: str) -> int:
    """The initiative's id; refuses an unknown initiative or one with no round yet."""
    info = services.initiative(name=initiative)
    if not services.list_rounds(initiative_id=info.id):
        raise UserError("no_rounds_to_export", name=info.name)
    return info.id


def excel_workbook(*, services: Services, initiative: str, lang: str) -> bytes:
    """The Excel workbook of an initiative (every round), in ``lang``."""
    initiative_id = _require_rounds(services, initiative)
    comparison = services.comparison(initiative=initiative)
    instruments = {c.round.id: services.instrument_of_round(round_id=c.round.id) for c in comparison.rounds}
    return workbook_bytes(
        initiative=comparison.initiative,
        comparison=comparison,
        instruments=instruments,
        actions=services.list_actions(initiative_id=initiative_id),
        rows=services.export_rows(initiative=initiative),
        lang=lang,
    )


def html_report(
    *,
    services: Services,
    initiative: str,
    round_label: str | None = None,
    lang: str,
    generated_at: datetime | None = None,
) -> str:
    """The standalone HTML report of one round (``round_label``) or of the whole initiative, in ``lang``."""
    initiative_id = _require_rounds(services, initiative)
    when = generated_at or datetime.now().replace(microsecond=0)
    actions = services.list_actions(initiative_id=initiative_id)
    if round_label is not None:
        info = services.find_round(initiative=initiative, label=round_label)
        return round_report_html(
            report=services.round_report(round_id=info.id),
            comparison=services.comparison(initiative=initiative),
            actions=actions,
            lang=lang,
            generated_at=when,
        )
    comparison = services.comparison(initiative=initiative)
    return initiative_report_html(
        comparison=comparison,
        instrument=services.instrument_of_round(round_id=comparison.rounds[-1].round.id),
        actions=actions,
        lang=lang,
        generated_at=when,
    )
