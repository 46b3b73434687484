"""*Datei ▸ Verschlüsselung*: encrypt the open database, change its passphrase and decrypt it
from the window, which keeps showing the contacts throughout; and its automatic backups of an
encrypted database are encrypted too."""

from __future__ import annotations

import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from beziehung.core import encryption
from beziehung.core.migrate import open_database
from beziehung.core.services.inputs import ContactInput
from beziehung.ui.backup_controller import DatabaseFiles
from beziehung.ui.dialogs.passphrase_dialog import ChangePassphraseDialog
from beziehung.ui.main_window import MainWindow
from tests.ui.conftest import click
from tests.ui.test_backups_window import close, open_window

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")

PASS = "Kirschbaum 1972"
NEW = "Apfelbaum 2024!"


class PassphraseTyping:
    """Fills the next passphrase dialog that comes up, as a user types into it, and presses
    its button; what the dialog said about a refused entry is kept."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self._plan: list[dict[str, str]] = []
        self.problems: list[str] = []
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def answer(self, **fields: str) -> None:
        self._plan.append(fields)

    def _look(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not isinstance(widget, ChangePassphraseDialog) or not widget.isVisible():
                continue
            problem = widget.findChild(QLabel, "problem")
            if problem is not None and problem.isVisible():
                self.problems.append(problem.text())
                widget.reject()
                continue
            if widget.property("typed") or not self._plan:
                continue
            widget.setProperty("typed", True)
            by_name = {f.accessibleName(): f for f in widget.findChildren(QLineEdit)}
            for name, text in self._plan.pop(0).items():
                self._qtbot.keyClicks(by_name[name], text)
            click(self._qtbot, widget, widget.windowTitle())

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def typing(qtbot) -> Iterator[PassphraseTyping]:
    answering = PassphraseTyping(qtbot)
    yield answering
    answering.stop()


@pytest.fixture
def files(tmp_path: Path) -> DatabaseFiles:
    """The services' own database file, plain at first."""
    return DatabaseFiles(tmp_path / "test.db", tmp_path / "backups" / "test")


@pytest.fixture
def window(qtbot, services, qsettings, drafts, people, files) -> Iterator[MainWindow]:
    main = open_window(qtbot, services, qsettings, drafts, files)
    yield main
    close(qtbot, main)
    # The window opened the file anew; the fixture only knows the first engine.
    services.context.engine.dispose()


def shown_names(window: MainWindow) -> list[str]:
    model = window.contact_model
    return sorted(model.index(row, 0).data() for row in range(model.rowCount()))


def run_menu(qtbot, window: MainWindow, action) -> None:
    assert window.encryption is not None
    assert action.isEnabled()
    with qtbot.waitSignal(window.encryption.finished, timeout=20_000) as ended:
        action.trigger()
    assert ended.args == [True]


def test_encrypt_change_the_passphrase_and_decrypt_from_the_menu(
    qtbot, window, services, files, typing, boxes, clock
):
    c = window.commands
    before = shown_names(window)
    assert len(before) == 3
    assert c.encrypt_database.isEnabled() and not c.change_passphrase.isEnabled()

    typing.answer(**{"Neue Passphrase": PASS, "Neue Passphrase wiederholen": PASS})
    run_menu(qtbot, window, c.encrypt_database)
    assert encryption.is_encrypted(files.database)
    encryption.verify(files.database, PASS)
    assert not c.encrypt_database.isEnabled() and c.remove_encryption.isEnabled()
    qtbot.waitUntil(lambda: shown_names(window) == before)
    # The plain backup made before is pointed out.
    assert any("nicht verschlüsselt" in text for text in boxes.texts)
    # The window writes into the encrypted file.
    window.services.contacts.create(ContactInput(name="Nach Dem Verschlüsseln"))
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4)

    typing.answer(
        **{
            "Jetzige Passphrase": PASS,
            "Neue Passphrase": NEW,
            "Neue Passphrase wiederholen": NEW,
        }
    )
    run_menu(qtbot, window, c.change_passphrase)
    with pytest.raises(encryption.EncryptionError):
        encryption.verify(files.database, PASS)
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4)
    # Opened anew with the new passphrase, the file holds what the window wrote.
    reopened = open_database(f"sqlite:///{files.database}", clock.now, NEW)
    try:
        with reopened.connect() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar() == 4
    finally:
        reopened.dispose()

    typing.answer(**{"Jetzige Passphrase": NEW})
    run_menu(qtbot, window, c.remove_encryption)
    assert encryption.file_state(files.database) is encryption.FileState.PLAIN
    qtbot.waitUntil(lambda: len(shown_names(window)) == 4)
    assert c.encrypt_database.isEnabled()
    assert typing.problems == []


def test_backups_of_an_encrypted_database_are_encrypted(
    qtbot, window, files, typing, boxes, tmp_path
):
    typing.answer(**{"Neue Passphrase": PASS, "Neue Passphrase wiederholen": PASS})
    run_menu(qtbot, window, window.commands.encrypt_database)
    care = window.backups
    assert care is not None
    with qtbot.waitSignal(care.backed_up, timeout=10_000) as written:
        assert care.back_up_now()
    made = written.args[0].path
    with gzip.open(made, "rb") as packed:
        assert not packed.read(16).startswith(b"SQLite format 3")


def test_a_wrong_current_passphrase_is_refused_in_the_dialog_and_nothing_changes(
    qtbot, window, files, typing, boxes
):
    typing.answer(**{"Neue Passphrase": PASS, "Neue Passphrase wiederholen": PASS})
    run_menu(qtbot, window, window.commands.encrypt_database)
    before = files.database.read_bytes()
    typing.answer(**{"Jetzige Passphrase": "falsch-falsch"})
    window.commands.remove_encryption.trigger()
    assert typing.problems == ["Diese Passphrase öffnet die Datenbank nicht."]
    assert files.database.read_bytes() == before
