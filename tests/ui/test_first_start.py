"""The first start on an empty database leads to import, example data or a first contact."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from beziehung import paths
from beziehung.core.db import make_engine
from beziehung.core.services.inputs import ContactInput
from beziehung.ui.dialogs.contact_dialog import ContactDialog
from beziehung.ui.main_window import MainWindow
from beziehung.ui.views import welcome
from beziehung.ui.views.welcome import DEMO_FILE


@pytest.fixture
def empty_window(qtbot, services, qsettings, drafts):
    main = MainWindow(services, qsettings, drafts, "/tmp/kunden.db")
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def showing_welcome(window: MainWindow) -> bool:
    return window.welcome.isVisible() and not window.contact_list.isVisible()


def test_an_empty_database_shows_the_welcome_page(empty_window):
    assert showing_welcome(empty_window)
    assert empty_window.windowTitle() == "Beziehung"


def test_a_database_with_contacts_shows_the_list(window):
    assert not window.welcome.isVisible()
    assert window.contact_list.isVisible()


def test_the_welcome_page_gives_way_when_the_first_contact_arrives(qtbot, empty_window, services):
    services.contacts.create(ContactInput(name="Anna Weber"))
    qtbot.waitUntil(lambda: empty_window.contact_list.isVisible())
    assert not empty_window.welcome.isVisible()


def test_create_first_contact_opens_the_new_contact_dialog(qtbot, empty_window, monkeypatch):
    opened = []
    monkeypatch.setattr(ContactDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(empty_window.welcome.new_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and opened[0].contact_id is None


@pytest.mark.parametrize("row", [0, 1])
def test_import_offers_vcard_and_csv(qtbot, empty_window, row):
    wanted = [empty_window.commands.import_vcards, empty_window.commands.import_csv][row]
    fired = []
    for action in (empty_window.commands.import_vcards, empty_window.commands.import_csv):
        action.triggered.disconnect()
        action.triggered.connect(lambda _=False, a=action: fired.append(a))
    menu = empty_window.welcome.import_button.menu()
    # The button opens this menu on a click; choosing an entry triggers its action.
    menu.actions()[row].trigger()
    assert fired == [wanted]
    assert menu.actions()[0].text().startswith("vCard")


def test_example_data_open_in_their_own_database_and_window(
    qtbot, empty_window, services, monkeypatch
):
    launched: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        welcome, "launch_detached", lambda program, args: launched.append((program, args)) or True
    )
    qtbot.mouseClick(empty_window.welcome.demo_button, Qt.MouseButton.LeftButton)
    demo = paths.data_dir() / DEMO_FILE
    assert demo.exists()
    ((program, args),) = launched
    assert program
    assert args[-2:] == ["--db", str(demo)]
    # The user's database stays empty; the example one is full.
    assert services.contacts.count() == 0
    engine = make_engine(f"sqlite:///{demo}")
    try:
        with engine.connect() as conn:
            count = conn.exec_driver_sql("SELECT count(*) FROM contacts").scalar()
    finally:
        engine.dispose()
    assert count == welcome.DEMO_CONTACTS


def test_the_example_window_says_so_in_its_title(qtbot, services, qsettings, drafts):
    main = MainWindow(services, qsettings, drafts, str(Path("/tmp") / DEMO_FILE))
    qtbot.addWidget(main)
    assert "BEISPIELDATEN" in main.windowTitle()
