"""What every service shares: the engine, the clock, the local time zone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from datetime import datetime, tzinfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from beziehung.clock import Clock
from beziehung.core.db import writer


@dataclass(frozen=True)
class Context:
    engine: Engine
    clock: Clock
    # None: the system's local rules.
    tz: tzinfo | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with Session(writer(self.engine), expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only unit of work, which never waits for another process's writes."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


class Service:
    def __init__(self, context: Context) -> None:
        self.context = context

    def _tx(self) -> AbstractContextManager[Session]:
        return self.context.transaction()

    def _read(self) -> AbstractContextManager[Session]:
        return self.context.reading()

    def _now(self) -> datetime:
        return self.context.clock.now()
