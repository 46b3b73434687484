"""The address book and calendar exports, the same for the command line and the window.

Contacts are read in batches (:meth:`ContactService.details`), so a large address book costs
a fixed number of queries per batch and bounded memory; the file is written atomically.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung.core.services.history import Selection
from beziehung.core.services.records import ContactDetail
from beziehung.io import atomic

if TYPE_CHECKING:
    from beziehung.core.services import Services

BATCH = 500


def contacts_in_batches(
    services: Services, ids: list[int], *, history: bool = False
) -> Iterator[ContactDetail]:
    for start in range(0, len(ids), BATCH):
        yield from services.contacts.details(ids[start : start + BATCH], history=history)


def export_vcards(services: Services, selection: Selection, path: Path) -> int:
    """The selected contacts as vCard 3.0 in ``path``; returns how many were written."""
    from beziehung.io.vcard import write_vcards

    ids = services.history.contact_ids(selection)
    count = 0
    with atomic.atomic_path(path) as partial, partial.open("w", encoding="utf-8", newline="") as f:
        for detail in contacts_in_batches(services, ids):
            f.write(write_vcards([detail]))
            count += 1
    return count


def export_ical(services: Services, path: Path) -> int:
    """Every open reminder as an iCalendar task in ``path``; returns how many were written."""
    from beziehung.io.ical import write_ical

    reminders = services.reminders.list()
    atomic.write_bytes(path, write_ical(reminders, services.context.clock.now()))
    return len(reminders)
