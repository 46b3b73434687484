"""Keeps a form's unsaved input as a draft on disk and asks before Esc throws it away.

The form is described by two functions: one that reads every field into a JSON-able dict and
one that writes such a dict back. "Unsaved input" is any difference from what the form showed
when it opened. A draft restored into a form whose record changed meanwhile takes over only the
fields the user had changed, so that it never silently reverts a change made elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from beziehung.clock import Clock
from beziehung.drafts import DraftStore
from beziehung.ui.formatting import to_qdatetime

Snapshot = dict[str, Any]


class DraftKeeper(QObject):
    def __init__(
        self,
        form: QWidget,
        drafts: DraftStore,
        key: str,
        read: Callable[[], Snapshot],
        write: Callable[[Snapshot], None],
        clock: Clock,
    ) -> None:
        super().__init__(form)
        self._form = form
        self._drafts = drafts
        self._key = key
        self._read = read
        self._write = write
        self._clock = clock
        self._restoring = False
        self.initial = read()
        self._timer = QTimer(self, singleShot=True, interval=400)
        self._timer.timeout.connect(self.save)
        self.banner = QWidget()
        self._banner_text = QLabel()
        self._banner_text.setWordWrap(True)
        discard = QPushButton(self.tr("Entwurf verwerfen"))
        discard.clicked.connect(self.discard_restored)
        row = QHBoxLayout(self.banner)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self._banner_text, 1)
        row.addWidget(discard)
        self.banner.hide()

    def changed(self) -> None:
        """Connect every field's change signal here."""
        if not self._restoring:
            self._timer.start()

    def has_changes(self) -> bool:
        return self._read() != self.initial

    def save(self) -> None:
        self._timer.stop()
        if self.has_changes():
            self._drafts.save(
                self._key,
                {
                    "saved_at": self._clock.now().isoformat(),
                    "base": self.initial,
                    "fields": self._read(),
                },
            )
        else:
            self._drafts.discard(self._key)

    def discard(self) -> None:
        self._timer.stop()
        self._drafts.discard(self._key)

    def restore(self) -> bool:
        """Put a kept draft back into the form; True when there was one."""
        draft = self._drafts.load(self._key)
        if not draft or not isinstance(draft.get("fields"), dict):
            return False
        kept_base = draft.get("base")
        base: Snapshot = kept_base if isinstance(kept_base, dict) else {}
        fields: Snapshot = draft["fields"]
        merged = dict(self.initial)
        for name, value in fields.items():
            if name in merged and value != base.get(name, merged[name]):
                merged[name] = value
        self._restoring = True
        try:
            self._write(merged)
        except (KeyError, ValueError, TypeError):
            self._write(self.initial)
            return False
        finally:
            self._restoring = False
        try:
            saved = QLocale().toString(
                to_qdatetime(datetime.fromisoformat(str(draft.get("saved_at")))),
                QLocale.FormatType.ShortFormat,
            )
        except ValueError:
            saved = "?"
        self._banner_text.setText(
            self.tr("Ein nicht gespeicherter Entwurf vom {when} wurde wiederhergestellt.").format(
                when=saved
            )
        )
        self.banner.show()
        return True

    def discard_restored(self) -> None:
        self.discard()
        self._restoring = True
        try:
            self._write(self.initial)
        finally:
            self._restoring = False
        self.banner.hide()

    def may_close(self, title: str, text: str) -> bool:
        """Esc or the close button: ask when something unsaved would go. Keeping the draft
        is the default answer; False means the user wants to go on editing."""
        if not self.has_changes():
            self.discard()
            return True
        answer = QMessageBox.question(
            self._form,
            title,
            text,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
        else:
            self.save()
        return True
