import pytest

from beziehung.core import demo
from beziehung.ui.main_window import MainWindow
from beziehung.ui.models.contacts import COL_NAME, PAGE_SIZE, ContactIdRole, ContactListModel


@pytest.fixture
def populated(services, clock):
    services.bulk.insert(demo.build(clock.now(), contacts=600, notes=0, seed=2))
    return services


def test_contact_list_loads_lazily_in_name_order(qtbot, populated):
    model = ContactListModel(populated.contacts)
    assert model.rowCount() == 0
    assert model.canFetchMore(model.index(-1, -1))
    model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == PAGE_SIZE
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == 600
    ids = [model.data(model.index(r, COL_NAME), ContactIdRole) for r in range(model.rowCount())]
    assert len(set(ids)) == 600
    expected = [c.display_name for c in populated.contacts.list()]
    assert [model.data(model.index(r, COL_NAME)) for r in range(600)] == expected


def test_contact_list_model_passes_the_model_tester(qtmodeltester, populated):
    model = ContactListModel(populated.contacts)
    qtmodeltester.check(model, force_py=True)


def test_main_window_shows_the_contacts(qtbot, populated):
    window = MainWindow(populated)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Beziehung"
    qtbot.waitUntil(lambda: window.contact_model.rowCount() > 0)
    first = window.contact_model.index(0, COL_NAME).data()
    assert first == populated.contacts.list(limit=1)[0].display_name
