"""What every chart shares: a title, a text for no data, a summary in words (tooltip and
accessible description, for those who cannot see the bars) and "Als PNG speichern …"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QImage,
    QImageWriter,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QStyle, QStyleOptionFocusRect, QWidget

from beziehung.core.atomic import atomic_path
from beziehung.ui.feedback import show_file_error

MARGIN = 8
# Series colours that read on light and dark backgrounds alike.
COLOURS = ("#3b7dd8", "#e0a030", "#3fa34d", "#d64545", "#8a5cc2", "#2aa1a8")


def number(value: int) -> str:
    """An integer as the locale writes it (10.000 in German)."""
    return QLocale().toString(value)


def save_image(image: QImage, path: Path) -> None:
    """Write ``image`` as PNG through the atomic writer (owner-only, whole or not at all)."""
    with atomic_path(path) as temporary:
        writer = QImageWriter(str(temporary), QByteArray(b"png"))
        if not writer.write(image):
            raise OSError(0, writer.errorString(), str(path))


class Chart(QWidget):
    """Subclasses draw in :meth:`paint_chart` and say in :meth:`describe` what they show."""

    def __init__(self, title: str, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.file_name = file_name
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(QSize(260, 200))
        self.setAccessibleName(title)
        self._summarise()

    # --- for subclasses -----------------------------------------------------------------------

    def has_data(self) -> bool:
        raise NotImplementedError

    def describe(self) -> str:
        """The chart's content in one sentence or a short list, for tooltips and readers."""
        raise NotImplementedError

    def paint_chart(self, painter: QPainter, area: QRect) -> None:
        raise NotImplementedError

    def data_changed(self) -> None:
        """Subclasses call this after taking new data."""
        self._summarise()
        self.update()

    # --- shared -------------------------------------------------------------------------------

    def summary(self) -> str:
        if not self.has_data():
            return f"{self.title}: {self.empty_text()}"
        return f"{self.title}: {self.describe()}"

    def empty_text(self) -> str:
        return self.tr("Noch keine Daten")

    def _summarise(self) -> None:
        text = self.summary()
        self.setToolTip(text)
        self.setAccessibleDescription(text)

    def text_colour(self, *, muted: bool = False) -> QColor:
        colour = self.palette().color(QPalette.ColorRole.WindowText)
        if muted:
            colour.setAlpha(150)
        return colour

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_all(painter, self.rect())
        if self.hasFocus():
            option = QStyleOptionFocusRect()
            option.initFrom(self)
            self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter)

    def paint_all(self, painter: QPainter, rect: QRect) -> None:
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(self.text_colour())
        height = QFontMetrics(title_font).height()
        title_rect = QRect(
            rect.left() + MARGIN, rect.top() + MARGIN, rect.width() - 2 * MARGIN, height
        )
        painter.drawText(
            title_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(title_font).elidedText(
                self.title, Qt.TextElideMode.ElideRight, title_rect.width()
            ),
        )
        painter.setFont(self.font())
        area = rect.adjusted(MARGIN, MARGIN * 2 + height, -MARGIN, -MARGIN)
        if not self.has_data():
            painter.setPen(self.text_colour(muted=True))
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.empty_text())
            return
        self.paint_chart(painter, area)

    def image(self) -> QImage:
        """The chart as the user sees it, on an opaque background."""
        ratio = self.devicePixelRatioF()
        image = QImage(self.size() * ratio, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(self.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_all(painter, self.rect())
        painter.end()
        return image

    def export_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setObjectName("chart-menu")
        menu.addAction(self.tr("Als &PNG speichern …"), self.save_as_png)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        self.export_menu().popup(event.globalPos())
        event.accept()

    def save_as_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Diagramm speichern"), self.file_name, self.tr("PNG-Bild (*.png)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        try:
            save_image(self.image(), path)
        except OSError as error:
            show_file_error(self.window(), error)
