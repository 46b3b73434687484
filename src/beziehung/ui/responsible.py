"""Who looks after a contact, as the window names them: the user's name, else the login,
and "ich" for the user this notebook is opened as when they have not given a name."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox

from beziehung.core.services import Services
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
