"""One change signal: what a write changed, told to whoever listens.

Every service write names the kinds of data it touched; once its transaction has committed the
context's :class:`ChangeBus` tells every subscriber. Writes by other processes (the command line,
a colleague) are noticed through :class:`beziehung.core.changes.ChangeWatcher` and announced
with ``outside=True``: as :data:`EVERYTHING` on SQLite, with the writer's own topics from a
PostgreSQL server's notifications. Views decide for themselves whether a
change concerns them; nobody refreshes a view by calling it from elsewhere.

Subscribers may be called from a worker thread (background writes); a Qt view bridges the call
into its own thread with a queued signal.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import Flag, auto

log = logging.getLogger("beziehung.events")


class Topic(Flag):
    NONE = 0
    CONTACTS = auto()
    ORGANISATIONS = auto()
    NOTES = auto()
    REMINDERS = auto()
    REFERRALS = auto()
    SETTINGS = auto()


EVERYTHING = (
    Topic.CONTACTS
    | Topic.ORGANISATIONS
    | Topic.NOTES
    | Topic.REMINDERS
    | Topic.REFERRALS
    | Topic.SETTINGS
)


@dataclass(frozen=True)
class Change:
    topics: Topic
    # Contacts whose own data changed, when the writer knows them; empty means "not known".
    contact_ids: frozenset[int] = frozenset()
    # True when another connection wrote (the command line, a colleague): what changed is unknown.
    outside: bool = False

    def touches(self, topics: Topic) -> bool:
        return bool(self.topics & topics)

    def concerns_contact(self, contact_id: int) -> bool:
        """Whether a view showing ``contact_id`` may be out of date after this change."""
        return not self.contact_ids or contact_id in self.contact_ids


Subscriber = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` with every change from now on; returns the unsubscribe call."""
        with self._lock:
            self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            with self._lock:
                if subscriber in self._subscribers:
                    self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: Change) -> None:
        if not change.topics:
            return
        with self._lock:
            subscribers = list(self._subscribers)
        for subscriber in subscribers:
            # One failing listener must not keep the others (or the writer) from their work.
            try:
                subscriber(change)
            except Exception:
                log.exception("a change subscriber failed")


# A note changes the contact's last conversation and settles keep-in-touch reminders.
CONVERSATION = Topic.NOTES | Topic.CONTACTS | Topic.REMINDERS
# Removing or merging a contact takes its notes, reminders and links along.
CONTACT_REMOVAL = EVERYTHING & ~Topic.SETTINGS
