"""The agenda's capped counts and its birthdays read through the index, at the edges."""

from datetime import UTC, date, datetime, timedelta

import pytest

from beziehung.core.services.agenda import COUNT_CAP, SECTION_LIMIT, capped
from beziehung.core.services.bulk import BulkBatch, BulkContact, BulkReminder
from beziehung.core.services.inputs import ContactInput


def _people(count: int, **fields: object) -> list[BulkContact]:
    return [
        BulkContact(given_name="Person", family_name=f"{n:04d}", **fields) for n in range(count)
    ]  # type: ignore[arg-type]


@pytest.mark.parametrize(("count", "shown", "total"), [(200, 200, 200), (201, 200, 201)])
def test_overdue_callbacks_are_counted_up_to_one_past_the_limit(
    services, clock, count, shown, total
):
    now = clock.now()
    services.bulk.insert(
        BulkBatch(
            contacts=_people(count),
            reminders=[
                BulkReminder(
                    contact=n,
                    due_at=now - timedelta(minutes=count - n),
                    reason=f"R{n}",
                    created_at=now - timedelta(days=1),
                )
                for n in range(count)
            ],
        )
    )
    agenda = services.agenda.build()
    assert len(agenda.overdue) == shown
    assert [r.reason for r in agenda.overdue] == [f"R{n}" for n in range(shown)]
    assert agenda.overdue_total == total
    assert capped(agenda.overdue_total) == (count > SECTION_LIMIT)


@pytest.mark.parametrize(("count", "total"), [(200, 200), (201, 201), (230, COUNT_CAP)])
def test_out_of_touch_count_is_capped(services, clock, count, total):
    services.bulk.insert(BulkBatch(contacts=_people(count, stage="interessent")))
    clock.advance(timedelta(days=40))
    agenda = services.agenda.build()
    assert len(agenda.out_of_touch) == SECTION_LIMIT
    assert agenda.out_of_touch_total == total
    assert capped(agenda.out_of_touch_total) == (count > SECTION_LIMIT)


@pytest.mark.parametrize(("count", "shown"), [(200, 200), (201, 200)])
def test_birthday_count_is_capped(services, clock, count, shown):
    services.bulk.insert(BulkBatch(contacts=_people(count, birthday=date(1980, 3, 28))))
    agenda = services.agenda.build()
    assert len(agenda.birthdays) == shown
    assert agenda.birthdays_total == count
    assert [b.contact_name for b in agenda.birthdays] == sorted(
        b.contact_name for b in agenda.birthdays
    )


def _birthdays_on(services, clock, today: datetime, born: dict[str, date]) -> list[tuple]:
    for name, day in born.items():
        services.contacts.create(ContactInput(name=name, birthday=day))
    clock.set(today)
    return [(b.contact_name, b.on, b.age) for b in services.agenda.build().birthdays]


def test_birthdays_across_the_year_end(services, clock):
    found = _birthdays_on(
        services,
        clock,
        datetime(2026, 12, 29, 9, tzinfo=UTC),
        {
            "Anna Gestern": date(1970, 12, 28),
            "Berta Silvester": date(1971, 12, 31),
            "Clara Neujahr": date(1980, 1, 1),
            "Dora Letzter": date(1990, 1, 4),
            "Emil Zuspät": date(1990, 1, 5),
        },
    )
    assert found == [
        ("Berta Silvester", date(2026, 12, 31), 55),
        ("Clara Neujahr", date(2027, 1, 1), 47),
        ("Dora Letzter", date(2027, 1, 4), 37),
    ]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        # A common year: 29 February is celebrated on 1 March.
        (datetime(2027, 2, 27, 9, tzinfo=UTC), [("Lea Schalttag", date(2027, 3, 1), 43)]),
        (datetime(2027, 3, 1, 9, tzinfo=UTC), [("Lea Schalttag", date(2027, 3, 1), 43)]),
        (datetime(2027, 3, 2, 9, tzinfo=UTC), []),
        # A leap year: on the day itself.
        (datetime(2028, 2, 26, 9, tzinfo=UTC), [("Lea Schalttag", date(2028, 2, 29), 44)]),
        (datetime(2028, 3, 1, 9, tzinfo=UTC), []),
    ],
)
def test_birthdays_on_29_february(services, clock, today, expected):
    assert _birthdays_on(services, clock, today, {"Lea Schalttag": date(1984, 2, 29)}) == expected


def test_a_birthday_without_a_year_has_no_age(services, clock):
    services.contacts.create(
        ContactInput(name="Ohne Jahr", birthday=date(1904, 3, 29), birthday_no_year=True)
    )
    assert [(b.on, b.age) for b in services.agenda.build().birthdays] == [(date(2026, 3, 29), None)]
