"""The passphrase asked at start: wrong ones refused in place, the keyring only when ticked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QDialogButtonBox, QLabel, QLineEdit

from beziehung.core import encryption
from beziehung.core.migrate import open_database
from beziehung.ui.dialogs.passphrase_dialog import PassphraseDialog, ask_passphrase

pytest.importorskip("sqlcipher3", reason="the encryption extra is not installed")
keyring = pytest.importorskip("keyring")
from keyring.backend import KeyringBackend  # noqa: E402

PASS = "Kirschbaum 1972"


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture
def encrypted(tmp_path, clock):
    path = tmp_path / "geheim.db"
    open_database(f"sqlite:///{path}", clock.now, PASS).dispose()
    return path


def _open_button(dialog: PassphraseDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Open)


def test_a_wrong_passphrase_keeps_the_dialog_open_and_says_so(qtbot, encrypted):
    dialog = PassphraseDialog(
        str(encrypted), lambda p: p == PASS, keyring_usable=False, parent=None
    )
    qtbot.addWidget(dialog)
    dialog.show()
    field = dialog.findChild(QLineEdit)
    assert field.echoMode() is QLineEdit.EchoMode.Password
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "verliert die Daten" in texts
    assert not dialog.findChild(QCheckBox).isEnabled()

    qtbot.keyClicks(field, "falsch")
    qtbot.mouseClick(_open_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert field.text() == ""
    assert any(
        "öffnet die Datenbank nicht" in label.text() for label in dialog.findChildren(QLabel)
    )

    qtbot.keyClicks(field, PASS)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_open_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.passphrase() == PASS


def _answer(passphrase: str, tick: bool) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PassphraseDialog)
        dialog.findChild(QLineEdit).setText(passphrase)
        if tick:
            dialog.findChild(QCheckBox).click()
        _open_button(dialog).click()

    QTimer.singleShot(0, fill)


def test_nothing_is_stored_unless_the_box_is_ticked(qtbot, encrypted, memory_keyring):
    _answer(PASS, tick=False)
    assert ask_passphrase(encrypted) == PASS
    assert memory_keyring.entries == {}


def test_a_ticked_box_remembers_and_the_next_start_asks_nothing(qtbot, encrypted, memory_keyring):
    _answer(PASS, tick=True)
    assert ask_passphrase(encrypted) == PASS
    assert encryption.stored_passphrase(encrypted) == PASS
    # No dialog this time: nothing answers one, and none is needed.
    assert ask_passphrase(encrypted) == PASS


def test_a_stale_remembered_passphrase_is_not_used(qtbot, encrypted, memory_keyring):
    encryption.remember(encrypted, "veraltet-veraltet")
    _answer(PASS, tick=False)
    assert ask_passphrase(encrypted) == PASS
