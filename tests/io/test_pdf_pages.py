"""Where the PDF's pages end: entries kept whole where they fit, and no page ended early."""

import random
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument

from beziehung.core.services.history import chronological
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.history import to_html
from beziehung.io.pdf import KEEP_TOGETHER, _entries, ensure_gui_application, keep_entries_together

PAGE = 900.0
WORDS = ("Angebot", "Lieferung", "Rückruf", "Steuer", "Vertrag", "und", "der")


def laid_out(html: str) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.setPageSize(QSizeF(600, PAGE))
    document.documentLayout().documentSize()
    return document


def extent(document: QTextDocument, start, end) -> tuple[float, float]:
    layout = document.documentLayout()
    return layout.blockBoundingRect(start).top(), layout.blockBoundingRect(end).bottom()


def crosses(top: float, bottom: float) -> bool:
    return top // PAGE != (bottom - 1) // PAGE


@pytest.mark.parametrize(("seed", "contacts"), [(1, 1), (2, 1), (3, 1), (4, 3)])
def test_breaks_are_those_made_one_after_the_other(services, seed, contacts):
    ensure_gui_application()
    rnd = random.Random(seed)
    first = datetime(2022, 1, 1, tzinfo=UTC)
    ids = []
    for n in range(contacts):
        cid = services.contacts.create(ContactInput(name=f"Vera Vielfalt{n}"))
        ids.append(cid)
        for i in range(200 // contacts):
            # Short entries, and long ones that Qt splits across pages, pushing lines down.
            body = " ".join(rnd.choice(WORDS) for _ in range(rnd.choice([3, 30, 120, 500])))
            services.notes.log(
                NoteInput(contact_id=cid, body=body, occurred_at=first + timedelta(days=i))
            )
    # Several contacts: each history starts a page of its own.
    html = to_html([chronological(d) for d in services.contacts.details(ids, history=True)])
    plain = laid_out(html)
    # The space before each entry where no break moved it.
    spacing = {}
    entries, new_pages = _entries(plain)
    for start, _end in entries:
        if start.previous().isValid():
            top = plain.documentLayout().blockBoundingRect(start).top()
            spacing[start.blockNumber()] = (
                top - plain.documentLayout().blockBoundingRect(start.previous()).bottom()
            )
    document = laid_out(html)
    keep_entries_together(document, PAGE)
    layout = document.documentLayout()
    moved = 0
    for start, end in _entries(document)[0]:
        top, bottom = extent(document, start, end)
        height = bottom - top
        if height < PAGE * KEEP_TOGETHER:
            assert not crosses(top, bottom), f"an entry of {height:.0f} px is cut at {top:.0f}"
        own_break = start.blockNumber() not in new_pages
        if own_break and start.blockFormat().pageBreakPolicy() and start.blockNumber() in spacing:
            moved += 1
            # Moved to a new page only because it would not have fitted where it stood.
            stood = layout.blockBoundingRect(start.previous()).bottom()
            stood += spacing[start.blockNumber()]
            assert crosses(stood, stood + height), f"a page ends early before {top:.0f}"
    assert moved >= 5
