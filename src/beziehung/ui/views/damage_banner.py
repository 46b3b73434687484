"""The band across the top of the window while the database is damaged and open read-only."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class DamageBanner(QFrame):
    """Says in plain words what happened and offers the two ways out; hidden otherwise."""

    restore_requested = Signal()
    rescue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damage-banner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # Warning colours that read in light and dark themes alike.
        self.setStyleSheet(
            "#damage-banner { background: #fff3cd; border: 1px solid #d39e00; }"
            "#damage-banner QLabel { color: #533f03; }"
        )
        self._text = QLabel(
            self.tr(
                "Die Datenbank ist beschädigt und nur lesbar geöffnet. "
                "Ihre bisherigen Daten sind nicht verloren."
            )
        )
        self._text.setWordWrap(True)
        self._restore = QPushButton(self.tr("Neueste gute Sicherung &wiederherstellen"))
        self._rescue = QPushButton(self.tr("Daten &retten (Export) …"))
        self._restore.clicked.connect(self.restore_requested)
        self._rescue.clicked.connect(self.rescue_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._restore)
        layout.addWidget(self._rescue)
        self.hide()

    def offer_restore(self, available: bool) -> None:
        """Without any backup only the rescue is left."""
        self._restore.setEnabled(available)
        self._restore.setToolTip(
            "" if available else self.tr("Es gibt noch keine Sicherung dieser Datenbank.")
        )
