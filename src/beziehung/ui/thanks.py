"""When a recommended prospect becomes a client, offer to plan a thank-you call to whoever
recommended them. Whatever made the move (the contact dialog, an import, a merge), the
offer follows from the change signal; what counts as "became a client" is decided once, in
``NetworkService.thanks_due``. Moves made by another program (the command line) are not
offered here: that program says so itself."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from beziehung.core.errors import DomainError
from beziehung.core.events import Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.network import Thanks
from beziehung.core.services.records import PersonRef
from beziehung.ui.changes import ChangeHub
from beziehung.ui.feedback import show_error
from beziehung.ui.move_menu import tomorrow_morning


class ThanksOffer(QObject):
    # A thank-you call was planned: the text for the status bar.
    planned = Signal(str)

    def __init__(self, services: Services, changes: ChangeHub, window: QWidget) -> None:
        super().__init__(window)
        self._services = services
        self._window = window
        self._seen = services.network.last_stage_change()
        # The offers on screen, newest last.
        self.offers: list[QMessageBox] = []
        changes.changed.connect(self._on_change)

    def _on_change(self, change: Change) -> None:
        if not change.touches(Topic.CONTACTS):
            return
        newest = self._services.network.last_stage_change()
        found = [] if change.outside else self._services.network.thanks_due(self._seen, newest)
        self._seen = newest
        for thanks in found:
            for person in thanks.recommenders:
                self._offer(thanks, person)

    def _offer(self, thanks: Thanks, recommender: PersonRef) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Danke sagen"),
            self.tr("Danke sagen: Rückruf bei {name} planen?").format(
                name=recommender.display_name
            ),
            QMessageBox.StandardButton.NoButton,
            self._window,
        )
        box.setInformativeText(
            self.tr("{client} ist jetzt Kunde – auf Empfehlung von {name}.").format(
                client=thanks.contact.display_name, name=recommender.display_name
            )
        )
        plan = box.addButton(self.tr("&Rückruf planen"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Nicht jetzt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(plan)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(
            lambda clicked: self._answered(box, clicked is plan, thanks, recommender)
        )
        self.offers.append(box)
        box.show()

    def _answered(
        self, box: QMessageBox, plan: bool, thanks: Thanks, recommender: PersonRef
    ) -> None:
        if box in self.offers:
            self.offers.remove(box)
        if not plan:
            return
        reason = self.tr("Danke sagen für die Empfehlung von {name}").format(
            name=thanks.contact.display_name
        )
        try:
            self._services.reminders.create(
                recommender.id, tomorrow_morning(self._services), reason
            )
        except DomainError as error:
            show_error(self._window, error)
            return
        self.planned.emit(
            self.tr("Rückruf bei {name} für morgen geplant.").format(name=recommender.display_name)
        )
