"""Writes from elsewhere are noticed, our own are not announced twice, on both engines.

On PostgreSQL the watcher listens to the server's notifications, which name what changed; on
SQLite it reads ``data_version``, which only says that something changed.
"""

from collections.abc import Iterator

import pytest

from beziehung.core import changes, demo
from beziehung.core.changes import ChangeWatcher
from beziehung.core.db import make_engine
from beziehung.core.errors import DomainError
from beziehung.core.events import EVERYTHING, Change, Topic
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput, NoteInput
from tests.conftest import BERLIN
from tests.pg import POSTGRESQL

# Notifications arrive a moment after the writer's commit returns: a look may wait this long
# for the first (no such wait on SQLite, whose counter is read directly).
WAIT = 2.0


def heard(watcher: ChangeWatcher) -> Change | None:
    """All the watcher tells, merged, until it has told something and then falls quiet."""
    changes: list[Change] = []
    for _ in range(10):
        change = watcher.look(wait=WAIT / 4 if changes else WAIT)
        if change is None and changes:
            break
        if change is not None:
            changes.append(change)
    return changes_merged(changes)


def changes_merged(changes: list[Change]) -> Change | None:
    if not changes:
        return None
    topics = Topic.NONE
    for change in changes:
        topics |= change.topics
    known = all(change.contact_ids for change in changes)
    ids = frozenset().union(*(change.contact_ids for change in changes)) if known else frozenset()
    return Change(topics, ids, outside=True)


@pytest.fixture
def colleague(db_url, clock) -> Iterator[Services]:
    """A second program on the same database, with an engine of its own."""
    engine = make_engine(db_url)
    yield Services.build(engine, clock, BERLIN)
    engine.dispose()


@pytest.fixture
def watcher(services) -> Iterator[ChangeWatcher]:
    watching = ChangeWatcher(services.context.engine, services.context.change_token)
    yield watching
    watching.close()


def test_a_colleagues_write_is_seen_once(services, colleague, watcher, db_backend):
    told: list[Change] = []
    colleague.context.bus.subscribe(told.append)
    colleague.contacts.create(ContactInput(name="Petra Öztürk"))
    change = heard(watcher)
    assert change is not None and change.outside
    if db_backend == POSTGRESQL:
        # What the colleague's own window heard, this one hears too.
        assert (change.topics, change.contact_ids) == (told[0].topics, told[0].contact_ids)
    else:
        assert change.topics == EVERYTHING
    assert watcher.look(wait=WAIT / 4) is None


def test_several_writes_are_all_told(services, colleague, watcher, db_backend, clock):
    contact = colleague.contacts.create(ContactInput(name="Petra Öztürk"))
    colleague.reminders.create(contact, clock.now(), "Rückruf")
    change = heard(watcher)
    assert change is not None
    assert change.touches(Topic.CONTACTS) and change.touches(Topic.REMINDERS)
    if db_backend == POSTGRESQL:
        assert not change.touches(Topic.SETTINGS)
    assert watcher.look(wait=WAIT / 4) is None


def test_own_writes_are_not_outside_changes(services, watcher):
    contact = services.contacts.create(ContactInput(name="Petra Öztürk"))
    # What the window's hub does once it has delivered its own change.
    watcher.seen()
    services.notes.log(NoteInput(contact_id=contact, body="Angebot besprochen"))
    watcher.seen()
    assert watcher.look(wait=WAIT / 4) is None


def test_an_outside_write_between_own_ones_is_still_told_on_postgresql(
    services, colleague, watcher, db_backend
):
    if db_backend != POSTGRESQL:
        pytest.skip("data_version cannot tell whose write moved it")
    own = services.contacts.create(ContactInput(name="Petra Öztürk"))
    theirs = colleague.contacts.create(ContactInput(name="Jonas Weber"))
    services.notes.log(NoteInput(contact_id=own, body="Angebot besprochen"))
    watcher.seen()
    change = heard(watcher)
    assert change is not None and change.contact_ids == frozenset({theirs})


def test_a_rolled_back_write_is_not_told(services, colleague, watcher):
    contact = colleague.contacts.create(ContactInput(name="Petra Öztürk"))
    heard(watcher)
    with pytest.raises(DomainError):
        colleague.notes.log(NoteInput(contact_id=contact, body="   "))
    assert watcher.look(wait=WAIT / 4) is None


def test_bulk_writes_and_restores_are_told(services, colleague, watcher):
    colleague.bulk.insert(demo.build(colleague.context.clock.now(), 2, 3, seed=1))
    change = heard(watcher)
    assert change is not None and change.topics == EVERYTHING


def test_where_listen_is_refused_the_wal_position_tells_a_write(
    services, colleague, db_backend, monkeypatch
):
    if db_backend != POSTGRESQL:
        pytest.skip("PostgreSQL's fallback")
    # A channel name the server refuses stands in for a pooler or standby refusing LISTEN.
    monkeypatch.setattr(changes, "CHANNEL", "no such channel")
    watching = ChangeWatcher(services.context.engine, services.context.change_token)
    try:
        assert watching.look() is None
        colleague.contacts.create(ContactInput(name="Petra Öztürk"))
        change = heard(watching)
        assert change is not None and change.topics == EVERYTHING
        assert watching.look() is None
    finally:
        watching.close()
