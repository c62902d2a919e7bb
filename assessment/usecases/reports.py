"""Use cases that build report files: the Excel workbook and the HTML report of an initiative or a round.

The builders (pandas, Plotly, xlsxwriter) are imported when a file is built, not when the app starts:
every screen loads the use cases, few build a report.
"""

from __future__ import annotations

from datetime import datetime

from assessment.domain.errors import UserError
from assessment.usecases.actions import Actions
from assessment.usecases.equity import Equity
from assessment.usecases.reflections import Reflections
from assessment.usecases.results import Results
from assessment.usecases.transfer import Transfer


class Reports(Equity, Results, Transfer, Actions, Reflections):
    """Report files of an initiative, built from the other use cases."""

    def _require_rounds(self, initiative: str) -> int:
        """The initiative's id; refuses an unknown initiative or one with no round yet."""
        info = self.initiative(name=initiative)
        if not self.list_rounds(initiative_id=info.id, include_archived=True):
            raise UserError("no_rounds_to_export", name=info.name)
        return info.id

    def excel_workbook(self, *, initiative: str, lang: str) -> bytes:
        """The Excel workbook of an initiative (every round), in ``lang``."""
        from assessment.reports.workbook import workbook_bytes

        initiative_id = self._require_rounds(initiative)
        comparison = self.comparison(initiative=initiative)
        instruments = {c.round.id: self.instrument_of_round(round_id=c.round.id) for c in comparison.rounds}
        return workbook_bytes(
            initiative=comparison.initiative,
            comparison=comparison,
            instruments=instruments,
            actions=self.list_actions(initiative_id=initiative_id),
            rows=self.export_rows(initiative=initiative),
            reflections=[(r.label, summary) for r, summary in self.reflections_by_round(initiative=initiative)],
            lang=lang,
        )

    def html_report(
        self,
        *,
        initiative: str,
        round_label: str | None = None,
        lang: str,
        generated_at: datetime | None = None,
    ) -> str:
        """The standalone HTML report of one round (``round_label``) or of the whole initiative, in ``lang``."""
        from assessment.reports.initiative_report import initiative_report_html
        from assessment.reports.round_report import round_report_html

        initiative_id = self._require_rounds(initiative)
        when = generated_at or datetime.now().replace(microsecond=0)
        actions = self.list_actions(initiative_id=initiative_id)
        if round_label is not None:
            info = self.find_round(initiative=initiative, label=round_label)
            return round_report_html(
                report=self.round_report(round_id=info.id),
                comparison=self.comparison(initiative=initiative),
                actions=actions,
                reflections=self.reflection_summary(round_id=info.id),
                equity=self.round_equity(round_id=info.id).lens,
                lang=lang,
                generated_at=when,
            )
        comparison = self.comparison(initiative=initiative)
        return initiative_report_html(
            comparison=comparison,
            instrument=self.instrument_of_round(round_id=comparison.rounds[-1].round.id),
            actions=actions,
            reflections=[summary for _, summary in self.reflections_by_round(initiative=initiative)],
            lang=lang,
            generated_at=when,
        )
