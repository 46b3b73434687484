"""Log a call in seconds: prefilled, keyboard first, with a timer and the agreed callback.

Ctrl+Enter saves from anywhere; Esc cancels and asks first when something was typed. Every
change is kept as a draft on disk, so closing the app or a crash loses nothing.

With ``note_id`` the same form corrects a stored note: prefilled, without the callback, and
with a draft of its own. Over 400 lines because logging and correcting share one form; the part beyond the
conversation itself (participants, asks, voice) lives in ``note_extras``.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QElapsedTimer,
    QEvent,
    QKeyCombination,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from beziehung.clock import from_local, to_local
from beziehung.core.errors import ConflictError, DomainError
from beziehung.core.models import CHANNELS
from beziehung.core.services import Services
from beziehung.core.services.inputs import NoteInput
from beziehung.core.services.reminders import UNCHANGED
from beziehung.drafts import DraftStore, log_call_key
from beziehung.ui.conflicts import note_comparison
from beziehung.ui.dialogs.conflict_dialog import Choice, resolve
from beziehung.ui.dialogs.note_extras import NoteExtras
from beziehung.ui.feedback import show_error
from beziehung.ui.formatting import (
    channel_label,
    direction_label,
    from_qdatetime,
    phone_text,
    qdatetime_text,
    short_datetime_format,
    to_qdatetime,
)
from beziehung.ui.responsible import assignee_combo

draft_key = log_call_key


class LogCallDialog(QDialog):
    saved = Signal(int, object)  # contact id, the reminder created (or None)

    def __init__(
        self,
        services: Services,
        contact_id: int,
        drafts: DraftStore,
        parent: QWidget | None = None,
        reminder_id: int | None = None,
        note_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.contact_id = contact_id
        self.drafts = drafts
        # The reminder this call answers, completed with the save.
        self._reminder_id = reminder_id
        self.note_id = note_id
        # The version a correction builds on (the note's as filled in, or one seen since).
        self._base_version: int | None = None
        detail = services.contacts.get(contact_id)
        self.draft_key = draft_key(contact_id, detail.created_at)
        if note_id is not None:
            self.draft_key += f"-note-{note_id}"
        self._original: NoteInput | None = None
        self._restoring = False
        title = self.tr("Gespräch notieren: {name}")
        if note_id is not None:
            title = self.tr("Notiz bearbeiten: {name}")
        self.setWindowTitle(title.format(name=detail.summary.display_name))
        self.resize(560, 600)
        now = services.context.clock.now()

        self.when = QDateTimeEdit(to_qdatetime(now), calendarPopup=True)
        self.when.setDisplayFormat(short_datetime_format())
        self.channel = QComboBox()
        for code in CHANNELS:
            self.channel.addItem(channel_label(code), code)
        self.direction = QComboBox()
        for code in ("out", "in"):
            self.direction.addItem(direction_label(code), code)
        self.duration = QSpinBox(minimum=0, maximum=24 * 60, suffix=self.tr(" Min."))
        self.timer_button = QPushButton(self.tr("Timer &starten"))
        self.timer_button.setCheckable(True)
        self.timer_button.toggled.connect(self._toggle_timer)
        self._elapsed = QElapsedTimer()
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._update_duration)
        duration_row = QHBoxLayout()
        duration_row.addWidget(self.duration, 1)
        duration_row.addWidget(self.timer_button)
        head = QHBoxLayout()
        head.addWidget(self.channel)
        head.addWidget(self.direction)

        self.subject = QLineEdit(placeholderText=self.tr("Worum ging es?"))
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Was hat der Kunde gesagt?"))
        self.body.setTabChangesFocus(True)
        self.outcome = QLineEdit()
        self.next_step = QLineEdit()
        self.callback = QCheckBox(self.tr("&Rückruf vereinbaren"))
        self.callback_at = QDateTimeEdit()
        self.callback_at.setDisplayFormat(short_datetime_format())
        self.callback_at.setCalendarPopup(True)
        self.callback_at.setEnabled(False)
        self.callback_at.setDateTime(self._tomorrow_default(now))
        self.callback_reason = QLineEdit(self.tr("Rückruf"))
        self.callback_reason.setEnabled(False)
        self.callback.toggled.connect(self.callback_at.setEnabled)
        self.callback.toggled.connect(self.callback_reason.setEnabled)
        callback_row = QHBoxLayout()
        callback_row.addWidget(self.callback)
        callback_row.addWidget(self.callback_at, 1)

        form = self._form = QFormLayout()
        form.addRow(self.tr("Zeitpunkt"), self.when)
        form.addRow(self.tr("Kanal"), head)
        form.addRow(self.tr("Dauer"), duration_row)
        form.addRow(self.tr("&Betreff"), self.subject)
        form.addRow(self.tr("&Gesagt"), self.body)
        form.addRow(self.tr("&Ergebnis"), self.outcome)
        form.addRow(self.tr("Nächster &Schritt"), self.next_step)
        self.extras = NoteExtras(services, contact_id, self)
        self.extras.hide()
        self.extras.add_rows(form)
        form.addRow(callback_row)
        form.addRow(self.tr("Grund"), self.callback_reason)
        # Whose window the callback pops up in; a notebook with one user needs no choice.
        self.callback_for = assignee_combo(services)
        if self.callback_for is not None:
            self.callback_for.setEnabled(False)
            self.callback.toggled.connect(self.callback_for.setEnabled)
            form.addRow(self.tr("&Für:"), self.callback_for)

        self.draft_banner = QLabel()
        self.draft_banner.setWordWrap(True)
        self.draft_banner.hide()
        self.discard_draft_button = QPushButton(self.tr("Entwurf verwerfen"))
        self.discard_draft_button.hide()
        self.discard_draft_button.clicked.connect(self._discard_restored_draft)
        banner = QHBoxLayout()
        banner.addWidget(self.draft_banner, 1)
        banner.addWidget(self.discard_draft_button)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Speichern (Strg+Eingabe)")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        who = detail.summary.display_name
        if detail.summary.organisation:
            who += f" · {detail.summary.organisation}"
        phones = [m for m in detail.methods if m.kind == "phone"]
        if phones:
            home = services.settings.home_region()
            who += f" · {phone_text(phones[0].value, phones[0].phone_e164, home)}"
        self.heading = QLabel(f"<b>{escape(who)}</b>")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(banner)
        layout.addLayout(form)
        layout.addWidget(buttons)

        for keys in (
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Return),
            QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Enter),
        ):
            QShortcut(QKeySequence(keys), self, self.accept)

        # The text box would take Ctrl+Enter as a line break before any shortcut sees it.
        self.body.installEventFilter(self)

        self._draft_timer = QTimer(self, singleShot=True, interval=400)
        self._draft_timer.timeout.connect(self.save_draft)
        for edit in (self.subject, self.outcome, self.next_step, self.callback_reason):
            edit.textChanged.connect(self._draft_timer.start)
        self.body.textChanged.connect(self._draft_timer.start)
        self.extras.changed.connect(self._draft_timer.start)
        if note_id is not None:
            self._fill_from_note(note_id)
        self._restore_draft()
        self.body.setFocus()

    def _fill_from_note(self, note_id: int) -> None:
        note = self.services.notes.get(note_id)
        self._base_version = note.version
        self.when.setDateTime(to_qdatetime(note.occurred_at))
        self.channel.setCurrentIndex(max(0, self.channel.findData(note.channel)))
        self.direction.setCurrentIndex(max(0, self.direction.findData(note.direction)))
        self.duration.setValue(note.duration_minutes or 0)
        self.subject.setText(note.subject)
        self.body.setPlainText(note.body)
        self.outcome.setText(note.outcome)
        self.next_step.setText(note.next_step)
        self.extras.fill_from(note)
        for widget in (self.callback, self.callback_at, self.callback_reason):
            widget.hide()
        for field in (self.callback_reason, self.callback_for):
            if field is None:
                continue
            field.hide()
            label = self._form.labelForField(field)
            if label is not None:
                label.hide()
        self._original = self.note_input()

    @property
    def reminder_id(self) -> int | None:
        return self._reminder_id

    def answer(self, reminder_id: int) -> None:
        """Complete ``reminder_id`` with the save too (a callback that came due meanwhile)."""
        self._reminder_id = reminder_id

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.body
            and event.type() in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            if event.type() == QEvent.Type.KeyPress:
                self.accept()
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def _tomorrow_default(self, now: datetime) -> QDateTime:
        tz = self.services.context.tz
        reminder_time = self.services.settings.load().default_reminder_time
        tomorrow = to_local(now, tz).date() + timedelta(days=1)
        return to_qdatetime(from_local(datetime.combine(tomorrow, reminder_time), tz))

    # --- timer --------------------------------------------------------------------------------

    def _toggle_timer(self, running: bool) -> None:
        if running:
            self._elapsed.start()
            self._tick.start()
            self.timer_button.setText(self.tr("Timer &stoppen"))
        else:
            self._update_duration()
            self._tick.stop()
            self.timer_button.setText(self.tr("Timer &starten"))

    def _update_duration(self) -> None:
        if self._elapsed.isValid():
            minutes = max(1, round(self._elapsed.elapsed() / 60_000))
            self.duration.setValue(minutes)

    # --- drafts -------------------------------------------------------------------------------

    def has_text(self) -> bool:
        """Whether closing would lose something: typed text, or a correction to a note."""
        if self._original is not None:
            return self.note_input() != self._original
        return any(
            text.strip()
            for text in (
                self.subject.text(),
                self.body.toPlainText(),
                self.outcome.text(),
                self.next_step.text(),
            )
        )

    def draft(self) -> dict[str, Any]:
        return {
            "contact_id": self.contact_id,
            "saved_at": self.services.context.clock.now().isoformat(),
            "when": from_qdatetime(self.when.dateTime()).isoformat(),
            "channel": self.channel.currentData(),
            "direction": self.direction.currentData(),
            "duration": self.duration.value(),
            "subject": self.subject.text(),
            "body": self.body.toPlainText(),
            "outcome": self.outcome.text(),
            "next_step": self.next_step.text(),
            "callback": self.callback.isChecked(),
            "callback_at": from_qdatetime(self.callback_at.dateTime()).isoformat(),
            "callback_reason": self.callback_reason.text(),
            "extras": self.extras.draft(),
        }

    def save_draft(self) -> None:
        if self._restoring:
            return
        if self.has_text():
            self.drafts.save(self.draft_key, self.draft())

    def _restore_draft(self) -> None:
        draft = self.drafts.load(self.draft_key)
        if not draft or draft.get("contact_id") != self.contact_id:
            return
        self._restoring = True
        try:
            self.when.setDateTime(to_qdatetime(datetime.fromisoformat(draft["when"])))
            self.channel.setCurrentIndex(max(0, self.channel.findData(draft.get("channel"))))
            self.direction.setCurrentIndex(max(0, self.direction.findData(draft.get("direction"))))
            self.duration.setValue(int(draft.get("duration") or 0))
            self.subject.setText(draft.get("subject", ""))
            self.body.setPlainText(draft.get("body", ""))
            self.outcome.setText(draft.get("outcome", ""))
            self.next_step.setText(draft.get("next_step", ""))
            self.callback.setChecked(bool(draft.get("callback")))
            self.callback_at.setDateTime(to_qdatetime(datetime.fromisoformat(draft["callback_at"])))
            self.callback_reason.setText(draft.get("callback_reason", ""))
            if isinstance(draft.get("extras"), dict):
                self.extras.restore(draft["extras"])
        except (KeyError, ValueError, TypeError):
            return
        finally:
            self._restoring = False
        saved = to_qdatetime(datetime.fromisoformat(draft["saved_at"]))
        self.draft_banner.setText(
            self.tr("Ein nicht gespeicherter Entwurf vom {when} wurde wiederhergestellt.").format(
                when=qdatetime_text(saved)
            )
        )
        self.draft_banner.show()
        self.discard_draft_button.show()

    def _discard_restored_draft(self) -> None:
        self.drafts.discard(self.draft_key)
        self.subject.clear()
        self.body.clear()
        self.outcome.clear()
        self.next_step.clear()
        self.callback.setChecked(False)
        self.draft_banner.hide()
        self.discard_draft_button.hide()

    # --- closing ------------------------------------------------------------------------------

    def note_input(self) -> NoteInput:
        return NoteInput(
            contact_id=self.contact_id,
            occurred_at=from_qdatetime(self.when.dateTime()),
            channel=self.channel.currentData(),
            direction=self.direction.currentData(),
            duration_minutes=self.duration.value() or None,
            subject=self.subject.text(),
            body=self.body.toPlainText(),
            outcome=self.outcome.text(),
            next_step=self.next_step.text(),
            **self.extras.values(),
        )

    def accept(self) -> None:
        if self.timer_button.isChecked():
            self.timer_button.setChecked(False)
        callback_at = (
            from_qdatetime(self.callback_at.dateTime()) if self.callback.isChecked() else None
        )
        if callback_at is not None and not self._past_callback_confirmed(callback_at):
            self.callback_at.setFocus()
            return
        reminder = None
        try:
            if self.note_id is not None:
                if not self._edit(self.note_id):
                    return
            else:
                _note, reminder = self.services.notes.log_call(
                    self.note_input(),
                    callback_at,
                    self.callback_reason.text(),
                    answers=self._reminder_id,
                    callback_for=(
                        UNCHANGED if self.callback_for is None else self.callback_for.currentData()
                    ),
                )
        except DomainError as error:
            show_error(self, error)
            return
        self._draft_timer.stop()
        self.drafts.discard(self.draft_key)
        self.saved.emit(self.contact_id, reminder)
        super().accept()

    def _edit(self, note_id: int) -> bool:
        """Save over the version the form was filled from; when a colleague saved the note
        meanwhile, the user settles it (False: back to the form, nothing lost)."""
        data = self.note_input()
        while True:
            try:
                self.services.notes.edit(note_id, data, expected_version=self._base_version)
            except ConflictError as error:
                # Seen side by side: a later save of this form knowingly builds on it.
                self._base_version = error.stored_version
                settled = resolve(note_comparison(error), self)
                if settled is None:
                    return False
                choice, data = settled
                if choice is Choice.THEIRS:
                    return True
                continue
            return True

    def _past_callback_confirmed(self, callback_at: datetime) -> bool:
        """A callback before now would fire at once: most likely a slip in the date."""
        if callback_at >= self.services.context.clock.now():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Rückruf in der Vergangenheit"),
            self.tr(
                "Der Rückruf am {when} liegt in der Vergangenheit und wäre sofort fällig. Trotzdem so speichern?"
            ).format(when=qdatetime_text(self.callback_at.dateTime())),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        keep = box.addButton(self.tr("Trotzdem speichern"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(
            box.addButton(self.tr("Zeit ändern"), QMessageBox.ButtonRole.RejectRole)
        )
        box.exec()
        return box.clickedButton() is keep

    def reject(self) -> None:
        if not self.has_text():
            self.drafts.discard(self.draft_key)
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Notiz nicht gespeichert"),
                self.tr(
                    "Die Notiz ist noch nicht gespeichert. Als Entwurf behalten, um sie später fertigzustellen?"
                ),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            self._draft_timer.stop()
            if answer == QMessageBox.StandardButton.Discard:
                self.drafts.discard(self.draft_key)
            else:
                self.drafts.save(self.draft_key, self.draft())
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window (or the app) keeps what was typed as a draft, without asking.
        self._draft_timer.stop()
        self.save_draft()
        event.accept()
        QDialog.done(self, QDialog.DialogCode.Rejected)
