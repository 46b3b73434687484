"""Who works with the notebook: the acting user of a unit of work, and the list of users."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, select, text
from sqlalchemy.orm import Session

from beziehung.core.bounds import single_line
from beziehung.core.errors import invalid, not_found
from beziehung.core.events import Topic
from beziehung.core.models import FIRST_USER_ID, User
from beziehung.core.services.base import ACTING_LOGIN, LOCAL_LOGIN, Service

# What the command line accepts for "the user this notebook is opened as".
ME = "me"
MAX_USER_NAME = 200

_ACTING_ID = "acting_user_id"


@dataclass(frozen=True)
class UserRecord:
    id: int
    login: str
    name: str


def first_user(at: datetime) -> dict[str, Any]:
    """The user a database starts with (the migration that made users creates the same)."""
    return {"id": FIRST_USER_ID, "login": LOCAL_LOGIN, "name": "", "created_at": at}


def user_id_for(executor: Session | Connection, login: str) -> int | None:
    """The id of the user who logs in as ``login``; None when there is none (a database
    whose users were removed: changes are then recorded without a name)."""
    return executor.scalar(select(User.id).where(User.login == login))


def server_login(engine: Engine, at: datetime, *, register: bool = True) -> str:
    """Who opens the notebook: on a database server the connection's role, given a users
    row (name empty) the first time it opens the notebook, so that each colleague's notes,
    reminders and stage changes carry their name; on a file the one local user. Without
    ``register`` nothing is written (a copy of the database must hold only what it held)."""
    if engine.dialect.name != "postgresql":
        return LOCAL_LOGIN
    from sqlalchemy.dialects.postgresql import insert

    with engine.begin() as conn:
        login = str(conn.scalar(text("SELECT current_user")))
        if not register:
            return login
        # Two colleagues opening at once: the second insert finds the row and does nothing.
        conn.execute(
            insert(User)
            .values(login=login, name="", created_at=at)
            .on_conflict_do_nothing(index_elements=[User.login])
        )
    return login


def can_log_in(session: Session, user_id: int) -> bool:
    """Whether somebody can open the notebook as this user, so that what is meant for them
    pops up somewhere: on a file the one local user; on a server a role of the user's login
    that may log in (a file's "local" user, moved onto a server, is nobody's role)."""
    login = session.scalar(select(User.login).where(User.id == user_id))
    if login is None:
        return False
    if session.get_bind().dialect.name != "postgresql":
        return True
    role = text("SELECT 1 FROM pg_roles WHERE rolname = :login AND rolcanlogin")
    return session.scalar(role, {"login": login}) is not None


def acting_user_id(session: Session) -> int | None:
    """The user making the changes of this transaction (looked up once per transaction)."""
    if _ACTING_ID not in session.info:
        login = session.info.get(ACTING_LOGIN, LOCAL_LOGIN)
        with session.no_autoflush:
            session.info[_ACTING_ID] = user_id_for(session, login)
    found: int | None = session.info[_ACTING_ID]
    return found


class UserService(Service):
    def list(self) -> list[UserRecord]:
        with self._read() as session:
            return [
                UserRecord(u.id, u.login, u.name)
                for u in session.scalars(select(User).order_by(User.name, User.login))
            ]

    def me(self) -> int | None:
        """The id of the user this notebook is opened as."""
        with self._read() as session:
            return user_id_for(session, self.context.user_login)

    def find(self, login: str) -> int:
        """The id of the user who logs in as ``login``, or of the acting user for ``me``."""
        wanted = self.context.user_login if login.strip().lower() == ME else login.strip()
        with self._read() as session:
            found = user_id_for(session, wanted)
        if found is None:
            raise invalid("user_unknown", "No user logs in as '{login}'", login=login)
        return found

    def set_my_name(self, name: str) -> UserRecord:
        """The acting user's name as cards and lists show it; empty shows the login."""
        cleaned = " ".join(single_line(name).split())[:MAX_USER_NAME]
        # A user's name shows with every contact they look after.
        with self._tx(Topic.SETTINGS | Topic.CONTACTS) as session:
            user = session.scalar(select(User).where(User.login == self.context.user_login))
            if user is None:
                raise not_found("user", self.context.user_login)
            user.name = cleaned
            return UserRecord(user.id, user.login, user.name)
