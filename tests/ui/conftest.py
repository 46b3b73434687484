from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings

from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.drafts import DraftStore
from beziehung.ui.main_window import MainWindow


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
    return main
