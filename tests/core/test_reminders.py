from datetime import UTC, datetime, timedelta

import pytest

from beziehung.core.errors import NotFoundError, ValidationError
from beziehung.core.services.inputs import ContactInput
from tests.conftest import BERLIN


@pytest.fixture
def anna(services):
    return services.contacts.create(ContactInput(name="Anna Weber"))


def test_due_lists_open_reminders_by_their_snooze_time(services, clock, anna):
    now = clock.now()
    overdue = services.reminders.create(anna, now - timedelta(hours=1), "Überfällig")
    later = services.reminders.create(anna, now + timedelta(hours=1), "Später")
    snoozed = services.reminders.create(anna, now - timedelta(hours=2), "Vertagt")
    services.reminders.snooze(snoozed.id, now + timedelta(minutes=10))
    assert [r.id for r in services.reminders.due()] == [overdue.id]
    clock.advance(timedelta(minutes=11))
    due_ids = {r.id for r in services.reminders.due()}
    assert due_ids == {overdue.id, snoozed.id}
    assert later.id not in due_ids


def test_snooze_resets_notified_and_must_be_in_the_future(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now(), "Rückruf")
    services.reminders.mark_notified([reminder.id])
    assert services.reminders.get(reminder.id).notified_at == clock.now()
    snoozed = services.reminders.snooze(reminder.id, clock.now() + timedelta(hours=1))
    assert snoozed.notified_at is None
    assert snoozed.due_at == clock.now()
    with pytest.raises(ValidationError, match="future"):
        services.reminders.snooze(reminder.id, clock.now() - timedelta(minutes=1))


def test_complete_a_monthly_reminder_creates_the_next_one_from_the_due_time(services, clock, anna):
    clock.set(datetime(2026, 1, 31, 9, 0, tzinfo=UTC))
    due = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)
    reminder = services.reminders.create(anna, due, "Monatsbericht", recurrence=("month", 1))
    following = services.reminders.complete(reminder.id)
    assert services.reminders.get(reminder.id).state == "done"
    assert following is not None
    assert following.due_at == datetime(2026, 2, 28, 8, 0, tzinfo=UTC)
    assert following.recurrence_unit == "month"
    clock.set(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    march = services.reminders.complete(following.id)
    assert march.due_at == datetime(2026, 3, 31, 7, 0, tzinfo=UTC)  # back on the 31st
    with pytest.raises(ValidationError, match="already done"):
        services.reminders.complete(reminder.id)


def test_a_late_completion_does_not_stack_up_missed_occurrences(services, clock, anna):
    reminder = services.reminders.create(
        anna, clock.now() - timedelta(days=20), "Wöchentlich", recurrence=("week", 1)
    )
    following = services.reminders.complete(reminder.id)
    assert clock.now() < following.due_at <= clock.now() + timedelta(days=7)
    assert (
        following.due_at.astimezone(BERLIN).time()
        == (clock.now() - timedelta(days=20)).astimezone(BERLIN).time()
    )


def test_reschedule_and_cancel(services, clock, anna):
    reminder = services.reminders.create(anna, clock.now(), "Rückruf")
    services.reminders.snooze(reminder.id, clock.now() + timedelta(hours=1))
    moved = services.reminders.reschedule(reminder.id, clock.now() + timedelta(days=2))
    assert moved.snoozed_until is None
    assert moved.fires_at == clock.now() + timedelta(days=2)
    services.reminders.cancel(reminder.id)
    assert services.reminders.list() == []
    assert services.reminders.list(states=("cancelled",))[0].id == reminder.id


def test_invalid_reminders(services, clock, anna):
    with pytest.raises(ValidationError, match="needs a reason"):
        services.reminders.create(anna, clock.now(), " ")
    with pytest.raises(NotFoundError):
        services.reminders.create(4711, clock.now(), "x")
    with pytest.raises(NotFoundError, match="no reminder with id 77"):
        services.reminders.complete(77)
    assert services.reminders.list() == []
