"""The one set of limits: dates 1900–2200, intervals up to 100, no control characters."""

from datetime import UTC, date, datetime, timedelta

import pytest

from beziehung.core.bounds import escape_controls, multi_line, single_line
from beziehung.core.errors import ValidationError
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.timeparse import parse_recurrence


def test_single_line_fields_lose_every_control_character():
    assert single_line("An\x1b[31mna\tvon\nWeber\x07\x9b\u2028x") == "An[31mna von Weber x"


def test_multi_line_text_keeps_line_breaks_and_tabs_only():
    assert multi_line("a\r\nb\rc\td\x1b]52;c;aGk=\x07\x85e") == "a\nb\nc\td]52;c;aGk=\ne"


def test_escaping_shows_each_control_and_keeps_newlines():
    assert escape_controls("a\x1b[2J\x07\nb\t\x9b") == "a\\x1b[2J\\x07\nb\t\\x9b"


def test_recurrence_up_to_a_hundred_units():
    assert parse_recurrence("100mo") == ("month", 100)
    with pytest.raises(ValidationError, match="between 1 and 100, not 101"):
        parse_recurrence("101d")


def test_contact_dates_bounded_at_the_first_and_last_day(services):
    cid = services.contacts.create(ContactInput(name="A B", birthday=date(1900, 1, 1)))
    assert services.contacts.get(cid).birthday == date(1900, 1, 1)
    for field, value in (
        ("birthday", date(1899, 12, 31)),
        ("keep_until", date(2201, 1, 1)),
        ("consent_given_at", datetime(1899, 12, 31, 23, 59, tzinfo=UTC)),
    ):
        with pytest.raises(ValidationError, match="is not between the years 1900 and 2200"):
            services.contacts.create(ContactInput(name="C D", **{field: value}))
    assert services.contacts.count() == 1


def test_note_time_and_reminder_interval_bounded(services, clock):
    cid = services.contacts.create(ContactInput(name="A B"))
    last = datetime(2200, 12, 31, 23, 59, tzinfo=UTC)
    services.notes.log(NoteInput(contact_id=cid, body="x", occurred_at=last))
    with pytest.raises(ValidationError, match="note's time"):
        services.notes.log(NoteInput(contact_id=cid, body="x", occurred_at=last + timedelta(1)))
    due = clock.now() + timedelta(days=1)
    services.reminders.create(cid, due, "R", recurrence=("month", 100))
    with pytest.raises(ValidationError, match="between 1 and 100, not 999999"):
        services.reminders.create(cid, due, "R", recurrence=("month", 999_999))
    with pytest.raises(ValidationError, match="due time"):
        services.reminders.create(cid, datetime(2300, 1, 1, tzinfo=UTC), "R")
    assert len(services.notes.for_contact(cid)) == 1


def test_a_stored_series_that_steps_past_the_calendar_still_completes(services, clock):
    from sqlalchemy import update

    from beziehung.core.models import Reminder
    from beziehung.core.services.inputs import ContactInput

    contact = services.contacts.create(ContactInput(name="Anna Weber"))
    reminder = services.reminders.create(contact, clock.now(), "Quartal", recurrence=("month", 3))
    with services.context.reading() as session:
        # As an older version could store it, before intervals were bounded.
        session.execute(
            update(Reminder).where(Reminder.id == reminder.id).values(recurrence_interval=999999)
        )
        session.commit()
    assert services.reminders.complete(reminder.id) is None
    assert services.reminders.get(reminder.id).state == "done"
