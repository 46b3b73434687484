"""History as PDF through Qt's text layout and PDF writer: A4, page numbers at the foot.

Qt needs a QGuiApplication for fonts; without a display (a server, a terminal session)
the offscreen platform is chosen before one is made, or Qt would abort the process.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument


def ensure_gui_application() -> QGuiApplication:
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        # Fonts and page layout need a GUI application; a bare core one cannot become one.
        raise RuntimeError("a PDF needs a GUI application, not a bare QCoreApplication")
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QGuiApplication([sys.argv[0] if sys.argv else "beziehung"])


def write_pdf(html: str, path: Path, title: str = "") -> None:
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # QTextDocument.print_ keeps a 2 cm margin of its own inside the page.
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Beziehung")
    document = QTextDocument()
    document.setHtml(html)
    # Printing an unpaginated document lays it out for the page and numbers the pages.
    document.print_(writer)
