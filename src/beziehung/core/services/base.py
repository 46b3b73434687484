"""What every service shares: the engine, the clock, the local time zone."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import tzinfo

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from beziehung.clock import Clock


@dataclass(frozen=True)
class Context:
    engine: Engine
    clock: Clock
    # None: the system's local rules.
    tz: tzinfo | None = None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session


class Service:
    def __init__(self, context: Context) -> None:
        self.context = context

    def _tx(self):
        return self.context.transaction()

    def _now(self):
        return self.context.clock.now()
