"""Who looks after a contact, as the window names them: the user's name, else the login,
and "ich" for the user this notebook is opened as when they have not given a name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from beziehung.core.services import Services
from beziehung.core.services.reminders import UNCHANGED, Unchanged
from beziehung.core.services.users import UserRecord


def user_label(user: UserRecord, me: int | None) -> str:
    if user.name:
        return user.name
    if user.id == me:
        return QCoreApplication.translate("responsible", "ich")
    return user.login


def responsible_combo(services: Services) -> QComboBox:
    """Every user, the acting one chosen; the item data is the user's id."""
    combo = QComboBox()
    combo.setObjectName("responsible")
    me = services.users.me()
    for user in services.users.list():
        combo.addItem(user_label(user, me), user.id)
    combo.setCurrentIndex(max(0, combo.findData(me)))
    return combo


def responsible_name(services: Services, user_id: int | None) -> str:
    """The label of one user; empty when nobody is named."""
    if user_id is None:
        return ""
    me = services.users.me()
    return next((user_label(u, me) for u in services.users.list() if u.id == user_id), "")


def assignee_combo(
    services: Services, chosen: int | Unchanged | None = UNCHANGED
) -> QComboBox | None:
    """Whose window a callback pops up in: every user and "alle", ``chosen`` (else the
    acting user) selected; None when the notebook has one user, who needs no choice."""
    users = services.users.list()
    if len(users) < 2:
        return None
    combo = QComboBox()
    combo.setObjectName("assignee")
    me = services.users.me()
    for user in users:
        combo.addItem(user_label(user, me), user.id)
    combo.addItem(QCoreApplication.translate("responsible", "alle"), None)
    wanted = me if isinstance(chosen, Unchanged) else chosen
    combo.setCurrentIndex(max(0, combo.findData(wanted)))
    return combo


# The acting user's id and every user, as ``for_whom`` needs them.
KnownUsers = tuple[int | None, list[UserRecord]]


def read_users(services: Services) -> KnownUsers:
    """What ``for_whom`` needs, read once; safe off the GUI thread."""
    return services.users.me(), services.users.list()


def for_whom(services: Services, known: KnownUsers | None = None) -> Callable[[int | None], str]:
    """ "für Anna" for a callback that pops up in someone else's window, empty for the
    user's own and for one everyone sees; the users are read once (or taken from ``known``,
    read in the background), not per callback."""
    return _naming_others(services, known, QCoreApplication.translate("responsible", "für {name}"))


def from_whom(services: Services, known: KnownUsers | None = None) -> Callable[[int | None], str]:
    """ "von Anna" for a callback a colleague agreed, empty for the user's own and for one
    nobody is recorded for; the users are read once, as for :func:`for_whom`."""
    return _naming_others(services, known, QCoreApplication.translate("responsible", "von {name}"))


def _naming_others(
    services: Services, known: KnownUsers | None, text: str
) -> Callable[[int | None], str]:
    me, users = known if known is not None else read_users(services)
    labels = {user.id: user_label(user, me) for user in users}

    def note(user_id: int | None) -> str:
        if user_id is None or user_id == me or user_id not in labels:
            return ""
        return text.format(name=labels[user_id])

    return note
