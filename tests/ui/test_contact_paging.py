"""The contact table holds only the pages near where it is read, and a refresh keeps the
selection on its contact."""

from PySide6.QtCore import QItemSelectionModel, Qt

from beziehung.core import demo
from beziehung.core.services.inputs import ContactInput
from beziehung.core.services.listing import ContactFilter
from beziehung.ui.models.contacts import COL_NAME, PAGE_SIZE, ContactTableModel
from beziehung.ui.models.page_cache import MAX_PAGES


def test_scrolling_through_ten_thousand_rows_holds_a_bounded_number(services, clock):
    services.bulk.insert(demo.build(clock.now(), 10_000, 0, seed=3))
    model = ContactTableModel(services.listing)
    model.set_filter(ContactFilter())
    everyone = services.listing.rows(ContactFilter(), limit=20_000)
    assert model.rowCount() == len(everyone) >= 10_000
    shown = [model.data(model.index(row, COL_NAME)) for row in range(model.rowCount())]
    assert shown == [r.display_name for r in everyone]
    assert model.held_rows <= MAX_PAGES * PAGE_SIZE
    # Back up from the end and a jump into the middle read the same rows.
    for row in (len(everyone) - 1, len(everyone) // 2, 3 * PAGE_SIZE + 5, 0):
        assert model.contact_id(row) == everyone[row].id
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    backwards = [model.contact_id(row) for row in range(model.rowCount() - 1, -1, -1)]
    descending = services.listing.rows(ContactFilter(descending=True), limit=20_000)
    assert backwards == [r.id for r in descending][::-1]
    assert model.held_rows <= MAX_PAGES * PAGE_SIZE


def test_a_refresh_keeps_the_selection_on_its_contact(qtbot, services):
    create = services.contacts.create
    ids = [create(ContactInput(name=f"Person {i:03d}")) for i in range(0, 600, 2)]
    model = ContactTableModel(services.listing)
    model.set_filter(ContactFilter())
    selection = QItemSelectionModel(model)
    chosen = ids[-10]
    row = model.row_of(chosen)
    assert row is not None
    selection.setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    for i in range(1, 41, 2):
        create(ContactInput(name=f"Person {i:03d}"))
    model.refresh()
    assert model.rowCount() == len(ids) + 20
    assert model.contact_id(selection.currentIndex().row()) == chosen
    assert selection.currentIndex().row() == row + 20
    assert [model.contact_id(i.row()) for i in selection.selectedRows()] == [chosen]
