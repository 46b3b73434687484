from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QThreadPool, QTimer, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFrame,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.drafts import DraftStore
from beziehung.ui import collector, i18n
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_NAME
from beziehung.ui.reminders import ReminderPopup


@pytest.fixture(autouse=True, scope="session")
def german_plurals(qapp) -> Iterator[None]:
    """German counts as the window shows them: the app loads the plural forms at start
    (Qt's own English button texts stay, for the tests that click them)."""
    translator = QTranslator()
    assert translator.load("beziehung_de", i18n.translations_dir())
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True, scope="session")
def collection_on_the_gui_thread(qapp) -> Iterator[None]:
    """As in the app: garbage is collected on the GUI thread, never in a background read."""
    guard = collector.install(qapp)
    yield
    guard.stop()


@pytest.fixture(autouse=True)
def background_work_ends_before_the_database(services) -> Iterator[None]:
    """Reads still running in the thread pool when a test ends would use the database while
    its engine is disposed; they finish first (torn down before ``services``)."""
    yield
    assert QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def drafts(tmp_path):
    return DraftStore(tmp_path / "drafts")


@pytest.fixture
def qsettings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def people(services, clock):
    ids = {
        "mueller": services.contacts.create(
            ContactInput(
                name="Dr. Jürgen Müller",
                organisation="Müller & Partner",
                stage="kunde",
                methods=[MethodInput("phone", "0170 1234567")],
            )
        ),
        "oeztuerk": services.contacts.create(
            ContactInput(name="Petra Öztürk", stage="interessent")
        ),
        "weber": services.contacts.create(ContactInput(name="Anna Weber", stage="stammkunde")),
    }
    services.notes.log(
        NoteInput(
            contact_id=ids["weber"],
            body="Jahresgespräch geführt",
            occurred_at=clock.now() - timedelta(days=3),
        )
    )
    return ids


@pytest.fixture
def window(qtbot, services, qsettings, drafts, people):
    main = MainWindow(services, qsettings, drafts, "/tmp/test.db")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    # The list is read in the background, as a user sees it fill right after the start.
    qtbot.waitUntil(lambda: main.contact_model.has_read and not main.contact_list.busy)
    return main


def click_contact(qtbot, window: MainWindow, contact_id: int) -> None:
    """Click the contact's row in the list, as a user picks a contact."""
    model, view = window.contact_model, window.contact_view
    row = model.row_of(contact_id)
    assert row is not None, "the contact is not in the list"
    index = model.index(row, COL_NAME)
    view.scrollTo(index)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
    )


def button(parent: QWidget, text: str) -> QAbstractButton:
    """The button inside ``parent`` that reads ``text`` on screen (mnemonics left out)."""
    found = [
        b
        for b in parent.findChildren(QAbstractButton)
        if b.text().replace("&&", "\0").replace("&", "").replace("\0", "&") == text
    ]
    assert len(found) == 1, f"{len(found)} buttons read {text!r}"
    return found[0]


def click(qtbot, parent: QWidget, text: str) -> None:
    target = button(parent, text)
    qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def card(popup: ReminderPopup, reminder_id: int) -> QFrame:
    found = popup.findChild(QFrame, f"reminder-{reminder_id}")
    assert found is not None, "no card for this reminder"
    return found


def choose_move(popup: ReminderPopup, reminder_id: int, text: str) -> None:
    """Pick ``text`` from the card's "Verschieben" menu."""
    (move,) = [b for b in card(popup, reminder_id).findChildren(QToolButton)]
    menu = move.findChild(QMenu)
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()


class MessageBoxes:
    """Answers every message box that comes up the way a user would, by clicking a button:
    the next planned one, or else the box's default (the safe answer)."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.texts: list[str] = []
        self.kinds: list[QMessageBox.Icon] = []
        self.missing: list[str] = []
        self._plan: list[str] = []
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def answer(self, *buttons: str) -> None:
        self._plan.extend(buttons)

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, QMessageBox) or not widget.isVisible():
                continue
            if widget.property("answered"):
                continue
            widget.setProperty("answered", True)
            self.texts.append(widget.text())
            self.kinds.append(widget.icon())
            if self._plan:
                wanted = self._plan.pop(0)
                try:
                    target = button(widget, wanted)
                except AssertionError:
                    # Close it rather than leave a modal box that would block the test forever.
                    self.missing.append(f"no button {wanted!r} in {widget.text()!r}")
                    widget.reject()
                    continue
            else:
                buttons = widget.buttons()
                target = buttons[0] if len(buttons) == 1 else widget.defaultButton()
            self._qtbot.mouseClick(target, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))

    def stop(self) -> None:
        self._timer.stop()
        assert not self.missing, self.missing


@pytest.fixture
def boxes(qtbot) -> Iterator[MessageBoxes]:
    answering = MessageBoxes(qtbot)
    yield answering
    answering.stop()
