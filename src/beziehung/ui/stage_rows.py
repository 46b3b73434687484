"""The stage on a contact's card: the present stage since when, and the way there."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from beziehung.core.services.funnel import StageStep
from beziehung.ui.formatting import local_datetime_text, stage_label


def stage_rows(stage: str, history: list[StageStep]) -> list[tuple[str, str]]:
    """Card rows (label, HTML): "Phase: Kunde seit 11.01.2026", then the earlier stages,
    newest first, each with its date and who moved the contact there when that is worth
    naming. ``history`` comes newest first."""
    translate = QCoreApplication.translate
    current = stage_label(stage)
    if history and history[0].stage == stage:
        since = local_datetime_text(history[0].since, date_only=True)
        current = translate("ContactPanel", "{stage} seit {date}").format(stage=current, date=since)
    rows = [(translate("ContactPanel", "Phase"), escape(current))]
    if len(history) > 1:
        lines = []
        for step in history:
            line = translate("ContactPanel", "{date}: {stage}").format(
                date=local_datetime_text(step.since, date_only=True), stage=stage_label(step.stage)
            )
            if step.user_name:
                line = translate("ContactPanel", "{line} ({user})").format(
                    line=line, user=step.user_name
                )
            lines.append(escape(line))
        rows.append((translate("ContactPanel", "Phasenverlauf"), "<br>".join(lines)))
    return rows
