"""Correcting what was written: ``note edit|delete`` and ``reminder edit|cancel``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from beziehung.cli.base import CommandBase
from beziehung.cli.output import local

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser
    from beziehung.core.services.records import NoteRecord, ReminderRecord

UNITS = {"day": ("day", "days"), "week": ("week", "weeks"), "month": ("month", "months")}


def record_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id") from None
    # Too large is "no such record", decided with the other id arguments (cli.main).
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id")
    return value


def add_note_corrections(note_commands: argparse._SubParsersAction[Parser]) -> None:
    edit = note_commands.add_parser("edit", help="correct a note; what is not given stays")
    edit.add_argument("note_id", type=record_id, metavar="NOTE_ID")
    edit.add_argument("--text", metavar="T", help="what was said (replaces the text)")
    edit.add_argument("--at", metavar="TIME", help="when it happened")
    edit.add_argument("--channel", help="phone, meeting, video, email, letter, message, social")
    edit.add_argument("--direction", help="in or out")
    edit.add_argument("--duration", type=int, metavar="MINUTES")
    delete = note_commands.add_parser("delete", help="delete a note")
    delete.add_argument("note_id", type=record_id, metavar="NOTE_ID")
    delete.add_argument(
        "--yes", action="store_true", help="really delete (otherwise only show what goes)"
    )


def add_reminder_corrections(commands: argparse._SubParsersAction[Parser]) -> None:
    reminder = commands.add_parser("reminder", help="change or cancel an open reminder")
    actions = reminder.add_subparsers(dest="reminder_command", metavar="ACTION", required=True)
    edit = actions.add_parser("edit", help="change time, reason or recurrence")
    edit.add_argument("reminder_id", type=record_id, metavar="REMINDER_ID")
    edit.add_argument("--at", metavar="TIME", help="the new due time")
    edit.add_argument("--reason", metavar="R")
    edit.add_argument(
        "--every", metavar="N{d,w,mo}", help="repeat, e.g. 14d, 2w, 3mo; 'none' stops it"
    )
    cancel = actions.add_parser("cancel", help="cancel (it is kept, as cancelled)")
    cancel.add_argument("reminder_id", type=record_id, metavar="REMINDER_ID")


def repeats(r: ReminderRecord) -> str:
    if r.recurrence_unit is None or r.recurrence_interval is None:
        return "once"
    one, many = UNITS.get(r.recurrence_unit, (r.recurrence_unit, r.recurrence_unit))
    n = r.recurrence_interval
    return f"every {one}" if n == 1 else f"every {n} {many}"


def describe_note(n: NoteRecord) -> str:
    first = (n.subject or n.body).split("\n", 1)[0]
    return f"note {n.id} ({local(n.occurred_at)}, {n.channel} {n.direction}): {first}"


class CorrectionCommands(CommandBase):
    def note_edit(self, args: argparse.Namespace) -> int:
        from beziehung.cli.parser import UsageError
        from beziehung.core.services.inputs import NoteInput

        given = (args.text, args.at, args.channel, args.direction, args.duration)
        if all(value is None for value in given):
            raise UsageError(
                "give at least one of --text, --at, --channel, --direction, --duration"
            )
        old = self.services.notes.get(args.note_id)
        note = self.services.notes.edit(
            old.id,
            NoteInput(
                contact_id=old.contact_id,
                body=old.body if args.text is None else args.text,
                occurred_at=self.time(args.at) if args.at is not None else old.occurred_at,
                channel=old.channel if args.channel is None else args.channel,
                direction=old.direction if args.direction is None else args.direction,
                duration_minutes=old.duration_minutes if args.duration is None else args.duration,
                subject=old.subject,
                outcome=old.outcome,
                next_step=old.next_step,
                with_contacts=[p.id for p in old.participants],
                voice=old.voice,
                ask_kind=old.ask_kind,
                ask_answer=old.ask_answer,
            ),
            expected_version=old.version,
        )
        print(f"Edited {describe_note(note)}.")
        return 0

    def note_delete(self, args: argparse.Namespace) -> int:
        from beziehung.cli.contacts import refuse_without_yes

        note = self.services.notes.get(args.note_id)
        if not args.yes:
            print(f"Would delete {describe_note(note)}.")
            return refuse_without_yes("deleted")
        self.services.notes.delete(note.id)
        print(f"Deleted {describe_note(note)}.")
        return 0

    def reminder(self, args: argparse.Namespace) -> int:
        if args.reminder_command == "edit":
            return self.reminder_edit(args)
        return self.reminder_cancel(args)

    def reminder_edit(self, args: argparse.Namespace) -> int:
        from beziehung.cli.parser import UsageError
        from beziehung.core.services.reminders import UNCHANGED, Unchanged
        from beziehung.core.timeparse import parse_recurrence

        if args.at is None and args.reason is None and args.every is None:
            raise UsageError("give at least one of --at, --reason, --every")
        recurrence: tuple[str, int] | Unchanged | None
        if args.every is None:
            recurrence = UNCHANGED
        elif args.every.strip().casefold() == "none":
            recurrence = None
        else:
            recurrence = parse_recurrence(args.every)
        reminder = self.services.reminders.edit(
            args.reminder_id,
            due_at=self.time(args.at) if args.at is not None else None,
            reason=args.reason,
            recurrence=recurrence,
        )
        print(
            f"Reminder {reminder.id} due {local(reminder.due_at)}, {repeats(reminder)}: "
            f"{reminder.reason}"
        )
        return 0

    def reminder_cancel(self, args: argparse.Namespace) -> int:
        self.services.reminders.cancel(args.reminder_id)
        print(f"Reminder {args.reminder_id} cancelled.")
        return 0
