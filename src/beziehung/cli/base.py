"""What every command needs: the opened runtime, "now", and turning references into ids."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from beziehung.core.services import Services
    from beziehung.runtime import Runtime


class CommandBase:
    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime
        self.services: Services = runtime.services

    def now(self) -> datetime:
        return self.services.context.clock.now()

    def time(self, text: str) -> datetime:
        from beziehung.core.timeparse import parse_time

        return parse_time(text, self.now(), self.services.context.tz)

    def contact(self, reference: str, *, include_restricted: bool = False) -> int:
        return self.services.contacts.resolve(reference, include_restricted=include_restricted)

    def organisation(self, name: str) -> int:
        from beziehung.core.errors import invalid
        from beziehung.core.text import fold

        wanted = fold(name)
        for org in self.services.organisations.list():
            if fold(org.name) == wanted:
                return org.id
        raise invalid("organisation_unknown", "No organisation is called '{name}'", name=name)
