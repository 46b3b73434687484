"""How the command line prints: local times for people, JSON for scripts, progress on a
terminal only, and never a raw control character: a name holding ESC or an OSC 52 sequence
would otherwise move the cursor or write to the clipboard of whoever lists contacts."""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import TYPE_CHECKING, Any, TextIO

from beziehung.core.bounds import escape_controls

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


_C1 = re.compile(r"[\x7f-\x9f]")


def emit_json(value: object) -> None:
    # json.dumps escapes C0 controls but leaves DEL and C1 (such as CSI, U+009B) as they are.
    text = json.dumps(value, ensure_ascii=False, indent=2)
    print(_C1.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text))


class EscapingStream(io.TextIOBase):
    """A text stream that writes control characters other than newline and tab escaped."""

    def __init__(self, target: TextIO) -> None:
        self.target = target

    def write(self, text: str) -> int:
        self.target.write(escape_controls(text))
        return len(text)

    def flush(self) -> None:
        self.target.flush()

    def isatty(self) -> bool:
        return self.target.isatty()


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """Everything printed to stdout and stderr meanwhile goes through :class:`EscapingStream`."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = EscapingStream(out), EscapingStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err


def progress_printer(stream: TextIO) -> Callable[[str, int, int], None] | None:
    if not stream.isatty():
        return None
    if isinstance(stream, EscapingStream):
        stream = stream.target  # its own "\r" redraws the line; no stored text is in it

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
