"""A long timeline shows its newest page first and reads older ones as the view asks."""

from datetime import timedelta

import pytest

from beziehung.core.services.contacts import NOTE_PAGE
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.ui.changes import ChangeHub
from beziehung.ui.views.contact_view import ContactPanel

NOTES = 2 * NOTE_PAGE + 7


@pytest.fixture
def long_history(services, clock):
    anna = services.contacts.create(ContactInput(name="Anna Alt"))
    ben = services.contacts.create(ContactInput(name="Ben Berg"))
    start = clock.now() - timedelta(days=NOTES)
    notes = [
        services.notes.log(
            NoteInput(
                contact_id=ben if i % 9 == 0 else anna,
                with_contacts=[anna] if i % 9 == 0 else [],
                body=f"Notiz {i}",
                occurred_at=start + timedelta(days=i),
            )
        ).id
        for i in range(NOTES)
    ]
    # Reminders between the pages, and one at the very same time as a note.
    for days in (2, NOTE_PAGE + 30, NOTES - 3):
        services.reminders.create(anna, start + timedelta(days=days), f"Rückruf {days}")
    return anna, notes


@pytest.fixture
def panel(qtbot, services):
    panel = ContactPanel(services, ChangeHub(services.context))
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    return panel


def keys(panel):
    model = panel.timeline_model
    return [
        (model.entry(row).note_id, model.entry(row).reminder_id) for row in range(model.rowCount())
    ]


def everything_in_order(services, contact_id):
    """The order the timeline had when it read every note at once."""
    detail = services.contacts.get(contact_id)
    pairs = [(n.occurred_at, (n.id, None)) for n in detail.notes]
    pairs += [(r.completed_at or r.fires_at, (None, r.id)) for r in detail.reminders]
    pairs.sort(key=lambda pair: pair[0], reverse=True)
    return [key for _when, key in pairs]


def test_the_newest_page_comes_first_and_older_pages_follow_in_order(
    qtbot, qtmodeltester, services, long_history, panel
):
    anna, _notes = long_history
    panel.show_contact(anna)
    expected = everything_in_order(services, anna)
    shown = keys(panel)
    assert sum(1 for note, _ in shown if note is not None) == NOTE_PAGE
    assert shown == expected[: len(shown)]
    model = panel.timeline_model
    assert model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert keys(panel) == expected
    assert len(expected) == NOTES + 3


def test_scrolling_to_the_end_reads_the_next_page(qtbot, services, long_history, panel):
    anna, _notes = long_history
    panel.show()
    panel.show_contact(anna)
    before = panel.timeline_model.rowCount()
    panel.timeline.scrollToBottom()
    qtbot.waitUntil(lambda: panel.timeline_model.rowCount() > before)
    assert keys(panel) == everything_in_order(services, anna)[: panel.timeline_model.rowCount()]


def test_a_search_hit_on_an_old_note_is_selected(qtbot, services, long_history, panel):
    anna, notes = long_history
    panel.show_contact(anna)
    oldest = notes[0]
    assert panel.timeline_model.row_of_note(oldest) is None
    assert panel.select_note(oldest)
    current = panel.timeline_model.entry(panel.timeline.currentIndex().row())
    assert current is not None and current.note_id == oldest
    assert not panel.select_note(10**9)


def test_a_refresh_keeps_the_pages_already_read(qtbot, services, long_history, panel):
    anna, _notes = long_history
    panel.show_contact(anna)
    panel.timeline_model.fetchMore()
    shown = panel.timeline_model.rowCount()
    services.notes.log(NoteInput(contact_id=anna, body="Ganz neu"))
    panel.show_contact(anna)
    # As many notes as were read before: the newest came in at the top, the view stays put.
    assert panel.timeline_model.rowCount() == shown
    assert "Ganz neu" in panel.timeline_model.entry(0).text
