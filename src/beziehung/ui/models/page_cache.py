"""The pages of a long list held near where it is read, so memory stays bounded."""

from __future__ import annotations

from collections.abc import Set

from beziehung.core.services.listing import Page

# Enough for a tall window and the pages either side of it while scrolling.
MAX_PAGES = 8


class PageCache:
    def __init__(self, limit: int, page_size: int) -> None:
        self._limit = limit
        self._page_size = page_size
        self._pages: dict[int, Page] = {}

    def get(self, number: int) -> Page | None:
        return self._pages.get(number)

    def put(self, number: int, page: Page, pinned: Set[int] = frozenset()) -> None:
        """Hold ``page``; drop the pages farthest from it beyond the limit, but not the
        ``pinned`` ones (the selection's), which a refresh must read as they were."""
        self._pages[number] = page
        while len(self._pages) > self._limit:
            free = [held for held in self._pages if held != number and held not in pinned]
            if not free:
                return
            del self._pages[max(free, key=lambda held: abs(held - number))]

    def clear(self) -> None:
        self._pages.clear()

    def held_rows(self) -> int:
        return sum(len(p.rows) for p in self._pages.values())

    def row_of(self, contact_id: int) -> int | None:
        for number, page in self._pages.items():
            for at, row in enumerate(page.rows):
                if row.id == contact_id:
                    return number * self._page_size + at
        return None
