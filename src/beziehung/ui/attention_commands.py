"""Rückruf planen and Später for the chosen contacts: the rows selected in the drift list,
else the contact the other contact commands apply to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from beziehung.core.errors import DomainError
from beziehung.core.services import Services
from beziehung.ui.feedback import show_error
from beziehung.ui.move_menu import tomorrow_morning


class AttentionCommands(QObject):
    def __init__(
        self,
        services: Services,
        window: QWidget,
        chosen: Callable[[], list[tuple[int, str]]],
        say: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._chosen = chosen
        self._say = say

    def plan_callbacks(self) -> None:
        chosen = self._chosen()
        if not chosen:
            self._say(self.tr("Bitte zuerst einen Kontakt wählen."))
            return
        now = self._services.context.clock.now()
        from beziehung.ui.dialogs.plan_dialogs import PlanCallbacksDialog

        dialog = PlanCallbacksDialog(
            [name for _, name in chosen], tomorrow_morning(self._services), now, self._window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def plan() -> None:
            try:
                made = self._services.attention.plan_callbacks(
                    [cid for cid, _ in chosen], dialog.due_at(), dialog.reason.text()
                )
            except DomainError as error:
                show_error(self._window, error)
                return
            self._say(self.tr("%Ln Rückruf/Rückrufe geplant.", "", len(made)))

        dialog.accepted.connect(plan)
        dialog.open()

    def postpone(self) -> None:
        chosen = self._chosen()
        if not chosen:
            self._say(self.tr("Bitte zuerst einen Kontakt wählen."))
            return
        from beziehung.ui.dialogs.plan_dialogs import PostponeDialog

        dialog = PostponeDialog([name for _, name in chosen], self._window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def postpone() -> None:
            try:
                moved = self._services.attention.postpone(
                    [cid for cid, _ in chosen], dialog.days.value()
                )
            except DomainError as error:
                show_error(self._window, error)
                return
            self._say(self.tr("%Ln Kontakt(e) zurückgestellt.", "", moved))

        dialog.accepted.connect(postpone)
        dialog.open()
