"""``insight asks`` and ``insight voice``: what was asked of whom, and what clients said.

The ``insight`` command's other pages live elsewhere; this module adds its sub-commands to
whatever ``insight`` parser it is given, and the note options that record asks and voices.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING, Any

from beziehung.cli.base import CommandBase
from beziehung.cli.output import emit_json, local

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser

ASK_KINDS = ("recommendation", "review")
ASK_ANSWERS = ("yes", "no", "open")
VOICES = ("wish", "idea", "praise", "complaint")
COMMANDS = ("asks", "voice")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def add_note_options(note_add: argparse.ArgumentParser) -> None:
    """Who else was there, what was asked and what the client said, for ``note add``."""
    note_add.add_argument(
        "--with", dest="with_contacts", action="append", default=[], metavar="C",
        help="someone else who took part (repeat for more)",
    )  # fmt: skip
    note_add.add_argument("--ask", choices=ASK_KINDS, help="asked for a recommendation or review")
    note_add.add_argument(
        "--answer", choices=ASK_ANSWERS, help="the answer to --ask (default: open)"
    )
    note_add.add_argument("--voice", choices=VOICES, help="what the client said about us")


def configure_asks(asks: Parser) -> None:
    asks.add_argument("--from", dest="first", type=_day, metavar="D", help="first day (YYYY-MM-DD)")
    asks.add_argument("--to", dest="last", type=_day, metavar="D", help="last day, included")
    asks.add_argument("--json", action="store_true")


def configure_voice(voice: Parser) -> None:
    voice.add_argument("--kind", choices=VOICES)
    voice.add_argument("--open", action="store_true", help="only complaints not yet answered")
    voice.add_argument("--json", action="store_true")


def _time(value: Any) -> str | None:
    return None if value is None else value.isoformat()


def run_asks(base: CommandBase, args: argparse.Namespace) -> int:
    from beziehung.cli.parser import UsageError
    from beziehung.core.services.periods import period_bounds

    if args.first is not None and args.last is not None and args.first > args.last:
        raise UsageError("--from must not be after --to")
    start, end = period_bounds(args.first, args.last, base.services.context.tz)
    rows = base.services.asks.asks(start, end)
    if args.json:
        emit_json(
            [
                {
                    "note_id": r.note_id,
                    "contact_id": r.contact_id,
                    "contact_name": r.name,
                    "kind": r.kind,
                    "answer": r.answer,
                    "at": _time(r.at),
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        print(f"{local(r.at)}  {r.kind:<14}  {r.answer:<4}  {r.name} (note {r.note_id})")
    yeses = sum(r.answer == "yes" for r in rows)
    print(f"{len(rows)} asked, {yeses} yes.")
    return 0


def run_voice(base: CommandBase, args: argparse.Namespace) -> int:
    rows = base.services.voice.voices(args.kind, open_only=args.open)
    if args.json:
        emit_json(
            [
                {
                    "note_id": r.note_id,
                    "contact_id": r.contact_id,
                    "contact_name": r.name,
                    "kind": r.kind,
                    "at": _time(r.at),
                    "text": r.text,
                    "answered_at": _time(r.answered_at),
                }
                for r in rows
            ]
        )
        return 0
    for r in rows:
        state = " (open)" if r.open else ""
        print(f"{local(r.at)}  {r.kind:<9}  {r.name}: {r.text}{state}")
    return 0
