"""How the command line prints: local times for people, JSON for scripts, progress on a
terminal only."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from beziehung.core.search import SearchHit


def local(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def hit_json(hit: SearchHit) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "contact_id": hit.contact_id,
        "contact_name": hit.contact_name,
        "note_id": hit.note_id,
        "snippet": hit.snippet,
    }


def emit_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def progress_printer(stream: TextIO) -> Callable[[str, int, int], None] | None:
    if not stream.isatty():
        return None

    def show(phase: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        stream.write(f"\r{phase}: {done:,}/{total:,} ({percent} %)   ")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def cli_progress(stream: TextIO) -> Callable[[int, int], bool] | None:
    show = progress_printer(stream)
    if show is None:
        return None

    def report(done: int, total: int) -> bool:
        show("contacts", done, total)
        return True

    return report
