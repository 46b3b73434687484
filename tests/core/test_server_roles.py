"""On a database server each colleague logs in with their own role, and that role is who
makes the changes: notes, reminders and stage moves name them, reminders pop up for their
assignee only."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.users import server_login
from beziehung.runtime import Runtime, open_runtime
from tests import pg


def test_a_file_is_opened_by_the_local_user(tmp_path: Path, clock) -> None:
    with open_runtime(str(tmp_path / "one.db"), clock=clock, home=tmp_path) as runtime:
        assert runtime.services.context.user_login == "local"
        assert [u.login for u in runtime.services.users.list()] == ["local"]
        assert server_login(runtime.services.context.engine, clock.now()) == "local"


@pytest.fixture
def two_roles(clock) -> Iterator[tuple[str, str]]:
    """A migrated server database with two colleagues' roles that may read and write it
    (no CREATE rights), as URLs: anna's and ben's."""
    server = pg.server()
    if server is None:
        pytest.skip(f"needs {pg.ENV}: roles exist on a server only")
    import psycopg

    suffix = os.getpid()
    anna, ben = f"anna_{suffix}", f"ben_{suffix}"
    name = server.migrated(clock.now)
    admin_url = make_url(server.url_of(name)).set(drivername="postgresql")
    libpq = admin_url.render_as_string(hide_password=False)
    with psycopg.connect(libpq, autocommit=True) as conn:
        for role in (anna, ben):
            conn.execute(f"DROP ROLE IF EXISTS {role}")
            conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'pw-{role}'")
            conn.execute(f"GRANT CONNECT ON DATABASE {name} TO {role}")
            conn.execute(
                f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}"
            )
            conn.execute(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}")
    urls = tuple(
        server.url.set(username=role, password=f"pw-{role}", database=name).render_as_string(
            hide_password=False
        )
        for role in (anna, ben)
    )
    try:
        yield urls[0], urls[1]
    finally:
        server.drop(name)
        with psycopg.connect(
            server.url.set(drivername="postgresql").render_as_string(hide_password=False),
            autocommit=True,
        ) as conn:
            for role in (anna, ben):
                conn.execute(f"DROP ROLE IF EXISTS {role}")


def _open(url: str, clock, tmp_path: Path, who: str) -> Runtime:
    return open_runtime(url, clock=clock, home=tmp_path / who)


def test_each_role_is_its_own_user_recording_its_own_changes(two_roles, clock, tmp_path):
    anna_url, ben_url = two_roles
    with (
        _open(anna_url, clock, tmp_path, "anna") as anna,
        _open(ben_url, clock, tmp_path, "ben") as ben,
    ):
        anna_login = make_url(anna_url).username
        ben_login = make_url(ben_url).username
        assert anna.services.context.user_login == anna_login
        logins = {u.login for u in ben.services.users.list()}
        # The first opening made the row; the migration's local user stays.
        assert logins == {"local", anna_login, ben_login}
        anna_id = anna.services.users.me()
        ben_id = ben.services.users.me()
        assert anna_id is not None and ben_id is not None and anna_id != ben_id

        contact = anna.services.contacts.create(ContactInput(name="Jürgen Müller"))
        assert ben.services.contacts.get(contact).responsible_id == anna_id
        note = ben.services.notes.log(NoteInput(contact_id=contact, body="Rückruf vereinbart"))
        assert note.author_id == ben_id
        stored = ben.services.contacts.get(contact)
        ben.services.contacts.update(
            contact, replace(stored.as_input(), stage="kunde"), expected_version=stored.version
        )
        movers = {s.stage: s.user_name for s in ben.services.stages.history(contact)}
        assert movers == {"interessent": anna_login, "kunde": ben_login}

        # Ben agrees a callback for Anna: it pops up in her window, not in his.
        due = clock.now() + timedelta(hours=1)
        for_anna = ben.services.reminders.create(contact, due, "Angebot", assignee_id=anna_id)
        assert (for_anna.author_id, for_anna.assignee_id) == (ben_id, anna_id)
        assert [r.id for r in anna.services.reminders.unnotified()] == [for_anna.id]
        assert ben.services.reminders.unnotified() == []
        clock.advance(timedelta(hours=2))
        assert [r.id for r in anna.services.reminders.due()] == [for_anna.id]
        assert ben.services.reminders.due() == []


def test_opening_again_adds_no_second_user(two_roles, clock, tmp_path):
    anna_url, _ = two_roles
    for _ in range(2):
        with _open(anna_url, clock, tmp_path, "anna") as anna:
            logins = [u.login for u in anna.services.users.list()]
    assert sorted(logins) == sorted(["local", make_url(anna_url).username])
