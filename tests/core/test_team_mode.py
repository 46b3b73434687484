"""Several people on one database: whose contacts, whose reminders, and no lost updates."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import timedelta

import pytest
from sqlalchemy import insert

from beziehung.core import demo
from beziehung.core.errors import ConflictError, NotFoundError
from beziehung.core.models import User
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from beziehung.core.services.records import ContactDetail, NoteRecord


@pytest.fixture
def anna(services: Services, clock) -> Services:
    """The same database opened by a colleague who logs in as 'anna'."""
    with services.context.engine.begin() as conn:
        conn.execute(insert(User).values(id=2, login="anna", name="Anna", created_at=clock.now()))
    context = services.context
    return Services.build(context.engine, context.clock, context.tz, user_login="anna")


def _user(services: Services) -> int:
    me = services.users.me()
    assert me is not None
    return me


# --- who looks after a contact ---------------------------------------------------------------


def test_a_new_contact_is_looked_after_by_whoever_adds_it(services, anna):
    mine = services.contacts.create(ContactInput(name="Jürgen Müller"))
    hers = anna.contacts.create(ContactInput(name="Zoë Straßmann"))
    assert services.contacts.get(mine).responsible_id == 1
    assert services.contacts.get(hers).responsible_id == 2


def test_mine_lists_exactly_my_contacts_across_a_page_boundary(services, anna):
    mine = [services.contacts.create(ContactInput(name=f"Aaron Mein{i:02}")) for i in range(7)]
    for i in range(6):
        anna.contacts.create(ContactInput(name=f"Aaron Mein{i:02}x"))
    wanted = ContactFilter(responsible_id=_user(services))
    first = services.listing.page(wanted, limit=4)
    second = services.listing.page(wanted, first.keys[-1], limit=4)
    assert [r.id for r in first.rows + second.rows] == mine
    assert services.listing.count(wanted) == 7
    assert services.listing.count(ContactFilter()) == 13


def test_a_bulk_load_gives_its_contacts_and_reminders_to_the_loading_user(anna, clock):
    anna.bulk.insert(demo.build(clock.now(), contacts=5, notes=10))
    assert {c.responsible_id for c in anna.contacts.details(range(1, 6), history=False)} == {2}
    assert {(r.author_id, r.assignee_id) for r in anna.reminders.list(states=("open", "done"))} <= {
        (2, 2)
    }


# --- reminders pop up for their assignee -----------------------------------------------------


def test_a_reminder_pops_up_only_for_its_assignee_or_for_everyone_without_one(
    services, anna, clock
):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    due = clock.now() - timedelta(minutes=1)
    for_me = services.reminders.create(contact, due, "für mich")
    for_anna = services.reminders.create(contact, due, "für Anna", assignee_id=2)
    for_nobody = services.reminders.create(contact, due, "für alle", assignee_id=None)
    assert (for_me.author_id, for_me.assignee_id) == (1, 1)
    assert (for_anna.author_id, for_anna.assignee_id) == (1, 2)
    assert [r.id for r in services.reminders.unnotified()] == [for_me.id, for_nobody.id]
    assert [r.id for r in services.reminders.due()] == [for_me.id, for_nobody.id]
    assert [r.id for r in anna.reminders.unnotified()] == [for_anna.id, for_nobody.id]
    assert len(services.reminders.list()) == 3


def test_a_removed_assignees_reminders_pop_up_for_everyone(services, anna, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    reminder = services.reminders.create(contact, clock.now(), "Rückruf", assignee_id=2)
    with services.context.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM users WHERE id = 2")
    assert [r.id for r in services.reminders.due()] == [reminder.id]


def test_a_reminder_for_an_unknown_user_is_refused(services, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    with pytest.raises(NotFoundError):
        services.reminders.create(contact, clock.now(), "Rückruf", assignee_id=99)
    assert services.reminders.list() == []


def test_the_next_occurrence_keeps_author_and_assignee(services, anna, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    first = services.reminders.create(
        contact, clock.now(), "Monatlich", recurrence=("month", 1), assignee_id=2
    )
    following = anna.reminders.complete(first.id)
    assert following is not None
    assert (following.author_id, following.assignee_id) == (1, 2)


def test_reassigning_a_reminder_moves_its_pop_up(services, anna, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    reminder = services.reminders.create(contact, clock.now(), "Rückruf")
    services.reminders.edit(reminder.id, assignee_id=2, expected_version=reminder.version)
    assert services.reminders.due() == []
    assert [r.id for r in anna.reminders.due()] == [reminder.id]


# --- no lost updates -------------------------------------------------------------------------


def test_a_contact_saved_from_a_stale_version_is_refused_with_both_versions(services, anna):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    mine = services.contacts.get(contact)
    hers = anna.contacts.get(contact)
    assert mine.version == hers.version == 1
    anna.contacts.update(
        contact, replace(hers.as_input(), role="Geschäftsführer"), expected_version=hers.version
    )
    wanted = replace(mine.as_input(), role="Inhaber")
    with pytest.raises(ConflictError) as refused:
        services.contacts.update(contact, wanted, expected_version=mine.version)
    error = refused.value
    assert error.code == "edit_conflict"
    assert (error.stored_version, error.wanted_version) == (2, 1)
    assert isinstance(error.stored, ContactDetail)
    assert error.stored.role == "Geschäftsführer"
    assert error.wanted == wanted
    assert "nothing was saved" in str(error)
    assert services.contacts.get(contact).role == "Geschäftsführer"


def test_the_current_version_passes_and_is_raised(services):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    detail = services.contacts.get(contact)
    services.contacts.update(
        contact, replace(detail.as_input(), role="Inhaber"), expected_version=1
    )
    assert services.contacts.get(contact).version == 2
    with pytest.raises(ConflictError):
        services.contacts.update(contact, detail.as_input(), expected_version=1)
    with pytest.raises(ConflictError):
        services.contacts.update(contact, detail.as_input(), expected_version=3)
    assert services.contacts.get(contact).version == 2


def test_a_note_saved_from_a_stale_version_is_refused(services, anna):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    note = services.notes.log(NoteInput(contact_id=contact, body="Erstgespräch"))
    assert note.version == 1
    edited = anna.notes.edit(
        note.id, NoteInput(contact_id=contact, body="Erstgespräch, Vertrag"), expected_version=1
    )
    assert edited.version == 2
    wanted = NoteInput(contact_id=contact, body="Erstgespräch, Angebot")
    with pytest.raises(ConflictError) as refused:
        services.notes.edit(note.id, wanted, expected_version=1)
    assert isinstance(refused.value.stored, NoteRecord)
    assert refused.value.stored.body == "Erstgespräch, Vertrag"
    assert refused.value.wanted == wanted
    assert services.notes.get(note.id).body == "Erstgespräch, Vertrag"


def test_additions_never_conflict_and_leave_the_version(services, anna, clock):
    contact = services.contacts.create(ContactInput(name="Jürgen Müller"))
    detail = services.contacts.get(contact)
    reminder = anna.reminders.create(contact, clock.now(), "Rückruf", assignee_id=1)
    anna.notes.log(NoteInput(contact_id=contact, body="Kurz gesprochen"))
    services.reminders.complete(reminder.id)
    services.contacts.update(
        contact, replace(detail.as_input(), role="Inhaber"), expected_version=detail.version
    )
    assert services.contacts.get(contact).version == 2


def test_a_merge_makes_open_forms_of_the_survivor_stale(services):
    keep = services.contacts.create(ContactInput(name="Jürgen Müller"))
    drop = services.contacts.create(ContactInput(name="J. Müller", role="Inhaber"))
    opened = services.contacts.get(keep)
    services.merge.merge(keep, drop)
    with pytest.raises(ConflictError):
        services.contacts.update(keep, opened.as_input(), expected_version=opened.version)


def test_an_edit_of_a_contact_that_is_gone_says_so(services):
    with pytest.raises(NotFoundError):
        services.contacts.update(42, ContactInput(name="Niemand"), expected_version=1)


@pytest.fixture
def roles(services: Services) -> Iterator[Callable[[str], None]]:
    """On a server a user is somebody only when a role of that name may log in: makes such
    roles for a test, and drops them after it (roles belong to the whole cluster)."""
    made: list[str] = []

    def role_for(login: str) -> None:
        if services.context.engine.dialect.name != "postgresql":
            return
        with services.context.engine.begin() as conn:
            if conn.exec_driver_sql(f"SELECT 1 FROM pg_roles WHERE rolname = '{login}'").first():
                return
            conn.exec_driver_sql(f'CREATE ROLE "{login}" LOGIN')
        made.append(login)

    yield role_for
    with services.context.engine.begin() as conn:
        for login in made:
            conn.exec_driver_sql(f'DROP ROLE "{login}"')


def test_a_cadence_reminder_is_for_whoever_looks_after_the_contact(services, anna, clock, roles):
    for login in ("anna", "local"):  # "local": the test's own user
        roles(login)
    hers = anna.contacts.create(ContactInput(name="Zoë Straßmann", cadence_days=30))
    mine = services.contacts.create(ContactInput(name="Jürgen Müller", cadence_days=30))
    clock.advance(timedelta(days=31))
    # My window notices both silences first; Anna's contact's reminder is still hers.
    raised = {r.contact_id: r.assignee_id for r in services.agenda.raise_cadence_reminders()}
    assert raised == {hers: 2, mine: 1}
    assert [r.contact_id for r in services.reminders.unnotified()] == [mine]
    assert [r.contact_id for r in anna.reminders.unnotified()] == [hers]


def test_a_cadence_reminder_for_somebody_who_cannot_log_in_is_for_everyone(services, clock):
    """A file's "local" user moved onto a server is no role: their contacts' keep-in-touch
    reminders pop up for every colleague instead of for nobody."""
    if services.context.engine.dialect.name != "postgresql":
        pytest.skip("on a file the one local user always logs in")
    with services.context.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO users (login, name, created_at) VALUES ('local-moved', '', now())"
        )
        moved = conn.exec_driver_sql("SELECT id FROM users WHERE login = 'local-moved'").scalar()
    contact = services.contacts.create(ContactInput(name="Jürgen Müller", cadence_days=30))
    with services.context.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE contacts SET responsible_id = {moved}")
    clock.advance(timedelta(days=31))
    [raised] = services.agenda.raise_cadence_reminders()
    assert (raised.contact_id, raised.assignee_id, raised.author_id) == (contact, None, None)
    assert [r.id for r in services.reminders.unnotified()] == [raised.id]
