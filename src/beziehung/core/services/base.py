"""What every service shares: the engine, the clock, the local time zone."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from uuid import uuid4

from sqlalchemy import ColumnElement, Connection, Engine, func, select
from sqlalchemy.orm import Session

from beziehung.clock import Clock, to_local
from beziehung.core.changes import tell_others
from beziehung.core.db import writer
from beziehung.core.events import Change, ChangeBus, Topic

CHANGED_CONTACTS = "changed_contacts"
ACTING_LOGIN = "acting_login"
# The login of the one user of a database on this machine (a shared server's users log in
# with their own server role instead).
LOCAL_LOGIN = "local"


def mark_changed(session: Session, *contact_ids: int) -> None:
    """Name contacts whose own data this transaction changes, for the change it announces."""
    session.info.setdefault(CHANGED_CONTACTS, set()).update(contact_ids)


def count_rows(session: Session, model: type, *where: ColumnElement[bool]) -> int:
    """How many rows of ``model`` meet ``where``: what a confirmation says will go or move."""
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


@dataclass(frozen=True)
class Context:
    engine: Engine
    clock: Clock
    # None: the system's local rules.
    tz: tzinfo | None = None
    bus: ChangeBus = field(default_factory=ChangeBus, compare=False)
    # Who makes the changes: recorded with stage changes and notes.
    user_login: str = LOCAL_LOGIN
    # Names this context's writes in a server's change notifications, so that its own
    # watcher can leave them out (they reach the bus directly).
    change_token: str = field(default_factory=lambda: uuid4().hex, compare=False)

    @contextmanager
    def transaction(self, topics: Topic) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises. After
        the commit, one change naming ``topics`` (and the contacts marked changed) is
        announced; a rolled-back unit announces nothing."""
        with Session(writer(self.engine), expire_on_commit=False) as session:
            session.info[ACTING_LOGIN] = self.user_login
            with session.begin():
                yield session
                contact_ids = frozenset(session.info.get(CHANGED_CONTACTS, ()))
                if self.engine.dialect.name == "postgresql":
                    self.tell_others(session.connection(), topics, contact_ids)
        self.announce(topics, contact_ids)

    def reopen(self, engine: Engine) -> Engine:
        """Use ``engine`` for the same database from now on and return the previous one for
        its owner to dispose: a file encrypted, re-keyed or decrypted in place needs another
        driver or key. Every service reads ``engine`` at each call, never keeps it."""
        previous = self.engine
        # Frozen so that nothing rebinds the engine in passing; this is the one way.
        object.__setattr__(self, "engine", engine)
        return previous

    def tell_others(self, conn: Connection, topics: Topic, contact_ids: Iterable[int] = ()) -> None:
        """Inside a write transaction: other programs on the same server hear of it when it
        commits (for writers that bypass :meth:`transaction`)."""
        tell_others(conn, self.change_token, topics, contact_ids)

    def announce(self, topics: Topic, contact_ids: Iterable[int] = ()) -> None:
        """Tell subscribers about a committed write (for writers that bypass the session)."""
        self.bus.publish(Change(topics, frozenset(contact_ids)))

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work, which never waits for another process's writes."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


class Service:
    def __init__(self, context: Context) -> None:
        self.context = context

    def _tx(self, topics: Topic) -> AbstractContextManager[Session]:
        return self.context.transaction(topics)

    def _read(self) -> AbstractContextManager[Session]:
        return self.context.reading()

    def _now(self) -> datetime:
        return self.context.clock.now()

    def _today(self) -> date:
        """The local calendar day: what dates the user typed (a retention duty) refer to."""
        return to_local(self._now(), self.context.tz).date()
