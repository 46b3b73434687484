"""History as PDF through Qt's text layout and PDF writer: A4, "Seite x von y" at the foot.

Qt needs a QGuiApplication for fonts; without a display (a server, a terminal session)
the offscreen platform is chosen before one is made, or Qt would abort the process.

``QTextDocument.print_`` can only print a bare page number, so the pages are painted here:
the document is laid out once for the text area, which yields the page count that every
footer names. An entry (what follows a horizontal rule) that would straddle two pages starts
on the next one, unless it is too long to fit on one anyway; a heading never ends a page.
"""

from __future__ import annotations

import math
import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

# Millimetres: a generous left margin leaves room to punch and file the pages.
MARGINS = QMarginsF(25, 20, 20, 15)
FOOTER_MM = 12.0
FOOTER_POINTS = 8
# CSS pixels: the document's margins in px then mean what they mean in a browser.
LAYOUT_DPI = 96
# An entry longer than this share of a page may be split: moving it would leave a gap.
KEEP_TOGETHER = 0.6


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


def page_label(page: int, pages: int) -> str:
    return f"Seite {page} von {pages}"


def write_pdf(html: str, path: Path, title: str = "", footer: str = "") -> None:
    """Write ``html`` as an A4 PDF; every page's foot has ``footer`` and "Seite x von y"."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS, QPageLayout.Unit.Millimeter)
    writer.setTitle(title)
    writer.setCreator("Beziehung")
    writer.setResolution(LAYOUT_DPI)
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    dots_per_mm = writer.resolution() / 25.4
    footer_height = FOOTER_MM * dots_per_mm
    width = float(area.width())
    text_height = area.height() - footer_height

    document = QTextDocument()
    # Laid out for the writer, point sizes become the writer's dots, not the screen's pixels.
    document.documentLayout().setPaintDevice(writer)
    # Unhinted widths: the text is laid out at 96 dpi but printed at any size.
    document.setUseDesignMetrics(True)
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(width, text_height))
    keep_entries_together(document, text_height)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF {path}")
    try:
        font = QFont("DejaVu Sans")
        font.setPointSizeF(FOOTER_POINTS)
        for index in range(pages):
            if index:
                writer.newPage()
            painter.save()
            painter.translate(0, -index * text_height)
            document.drawContents(painter, QRectF(0, index * text_height, width, text_height))
            painter.restore()
            _foot(painter, font, width, text_height, footer_height, footer, index + 1, pages)
    finally:
        painter.end()


def _entries(document: QTextDocument) -> tuple[list[tuple[QTextBlock, QTextBlock]], list[int]]:
    """First and last block of each entry (what follows a horizontal rule, up to the next
    rule, heading or page break) and of each heading with the block after it, in document
    order; and the numbers of the blocks the document itself starts a page with (each
    contact's history).

    Read once up front: each block's format is a copy made by Qt, and a break changes
    no rule and no heading."""
    blocks: list[QTextBlock] = []
    rules: list[bool] = []
    headings: list[bool] = []
    new_pages: list[int] = []
    ruler = QTextFormat.Property.BlockTrailingHorizontalRulerWidth
    before = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        blocks.append(block)
        rules.append(fmt.hasProperty(ruler))
        headings.append(fmt.headingLevel() > 0)
        if fmt.pageBreakPolicy() & before:
            new_pages.append(len(blocks) - 1)
        block = block.next()
    count = len(blocks)
    starts_page = set(new_pages)
    found = []
    for i in range(count):
        if not (rules[i] or headings[i]):
            continue
        start = i + 1 if rules[i] else i
        end = start + 1 if headings[i] else start
        if not headings[i]:
            while (
                end + 1 < count
                and not (rules[end + 1] or headings[end + 1])
                and end + 1 not in starts_page
            ):
                end += 1
        if (
            start < count
            and end < count
            and not any(b in starts_page for b in range(start + 1, end + 1))
        ):
            found.append((blocks[start], blocks[end]))
    return found, new_pages


def keep_entries_together(document: QTextDocument, page_height: float) -> None:
    """Break before an entry or heading that would otherwise be cut by a page's end.

    Each break moves what follows, and Qt lays out again all that follows a changed block,
    so one break at a time costs a layout each. Instead the breaks are foreseen in one walk
    (each moving the later positions by the gap it leaves) and made in one edit. Qt also
    pushes down lines of long entries that cross a page's end, which the foresight does not
    see; a second walk, in order, takes back a break whose entry would now fit where it is
    and adds one where an entry is still cut: the pages come out as if every break had been
    decided one after the other.
    """
    layout = document.documentLayout()
    # Qt lays a long document out in steps; a full layout first keeps the positions true.
    layout.documentSize()
    entries, new_pages = _entries(document)
    longest = page_height * KEEP_TOGETHER
    shift = 0.0
    foreseen: set[int] = set()
    # The space between an entry and the block before it, as laid out without any break.
    spacing: dict[int, float] = {}
    passed = 0
    for start, end in entries:
        # Where the document starts a page itself, what was moved before it is moved by
        # whole pages: the page's start takes up the rest.
        while passed < len(new_pages) and new_pages[passed] <= start.blockNumber():
            shift = math.ceil(shift / page_height) * page_height
            passed += 1
        before = start.previous()
        natural_top = layout.blockBoundingRect(start).top()
        if before.isValid():
            spacing[start.blockNumber()] = natural_top - layout.blockBoundingRect(before).bottom()
        top = natural_top + shift
        bottom = layout.blockBoundingRect(end).bottom() + shift
        if _cut(top, bottom, page_height, longest):
            foreseen.add(start.blockNumber())
            shift += page_height - top % page_height
    editing = QTextCursor(document)
    editing.beginEditBlock()
    for start, _end in entries:
        if start.blockNumber() in foreseen:
            _set_break(start, True)
    editing.endEditBlock()
    for start, end in entries:
        top = layout.blockBoundingRect(start).top()
        bottom = layout.blockBoundingRect(end).bottom()
        number = start.blockNumber()
        if number in foreseen and number in spacing:
            unbroken = layout.blockBoundingRect(start.previous()).bottom() + spacing[number]
            if not _cut(unbroken, unbroken + bottom - top, page_height, longest):
                _set_break(start, False)
                moved = layout.blockBoundingRect(start).top()
                if _cut(moved, moved + bottom - top, page_height, longest):
                    _set_break(start, True)  # the spacing read before was not the one now
        elif _cut(top, bottom, page_height, longest):
            _set_break(start, True)


def _cut(top: float, bottom: float, page_height: float, longest: float) -> bool:
    """Whether an entry from ``top`` to ``bottom`` crosses a page's end and is short
    enough to be moved whole to the next page."""
    crosses = top // page_height != (bottom - 1) // page_height
    return crosses and bottom - top < longest


def _set_break(block: QTextBlock, before: bool) -> None:
    fmt = block.blockFormat()
    policy = QTextFormat.PageBreakFlag
    fmt.setPageBreakPolicy(policy.PageBreak_AlwaysBefore if before else policy.PageBreak_Auto)
    QTextCursor(block).setBlockFormat(fmt)


def _foot(
    painter: QPainter,
    font: QFont,
    width: float,
    top: float,
    height: float,
    footer: str,
    page: int,
    pages: int,
) -> None:
    line_y = top + height * 0.35
    painter.setPen(QPen(QColor("#999999"), 0))
    painter.drawLine(QPointF(0, line_y), QPointF(width, line_y))
    painter.setFont(font)
    painter.setPen(QColor("#555555"))
    box = QRectF(0, line_y, width, top + height - line_y)
    middle = Qt.AlignmentFlag.AlignVCenter
    if footer:
        painter.drawText(box, Qt.AlignmentFlag.AlignLeft | middle, footer)
    painter.drawText(box, Qt.AlignmentFlag.AlignRight | middle, page_label(page, pages))
