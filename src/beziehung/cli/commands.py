"""Every command but ``contacts …``: notes, reminders, search, exports, imports, DSGVO."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung.cli.contacts import ContactCommands, refuse_without_yes, removal
from beziehung.cli.corrections import CorrectionCommands
from beziehung.cli.insight import InsightCommands
from beziehung.cli.organisations import OrganisationCommands
from beziehung.cli.output import cli_progress, emit_json, hit_json, local, progress_printer
from beziehung.cli.parser import MAX_LIMIT, UsageError
from beziehung.cli.referrals import ReferralCommands
from beziehung.cli.relations import RelationCommands
from beziehung.core.bounds import escape_controls

if TYPE_CHECKING:
    from beziehung.core.services.importing import Incoming


class Commands(
    CorrectionCommands,
    ContactCommands,
    OrganisationCommands,
    ReferralCommands,
    InsightCommands,
    RelationCommands,
):
    def note_add(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.inputs import NoteInput

        if args.answer is not None and args.ask is None:
            raise UsageError("--answer needs --ask")
        contact_id = self.contact(args.contact)
        others = [self.contact(reference) for reference in args.with_contacts]
        note = self.services.notes.log(
            NoteInput(
                contact_id=contact_id,
                body=args.text,
                occurred_at=self.time(args.at) if args.at else None,
                channel=args.channel,
                direction=args.direction,
                duration_minutes=args.duration,
                with_contacts=others,
                voice=args.voice,
                ask_kind=args.ask,
                ask_answer=args.answer,
            )
        )
        print(note.id)
        return 0

    def remind(self, args: argparse.Namespace) -> int:
        from beziehung.core.timeparse import parse_recurrence

        due = self.time(args.at)
        recurrence = parse_recurrence(args.every) if args.every else None
        contact_id = self.contact(args.contact)
        if args.assignee:
            assignee = self.services.users.find(args.assignee)
            reminder = self.services.reminders.create(
                contact_id, due, args.reason, recurrence=recurrence, assignee_id=assignee
            )
        else:
            reminder = self.services.reminders.create(
                contact_id, due, args.reason, recurrence=recurrence
            )
        print(reminder.id)
        return 0

    def reminders(self, args: argparse.Namespace) -> int:
        from beziehung.io.fields import reminder_json

        # Due ones are what pops up: always the user's own (and nobody's).
        found = (
            self.services.reminders.due()
            if args.due
            else self.services.reminders.list(mine=args.mine)
        )
        if args.json:
            emit_json([reminder_json(r) for r in found])
            return 0
        people = {u.id: u.login for u in self.services.users.list()}
        for r in found:
            snoozed = f" (snoozed until {local(r.snoozed_until)})" if r.snoozed_until else ""
            assignee = f"  for {people.get(r.assignee_id, '?')}" if r.assignee_id else ""
            print(f"{r.id:>6}  {local(r.due_at)}{snoozed}  {r.contact_name}: {r.reason}{assignee}")
        return 0

    def done(self, args: argparse.Namespace) -> int:
        following = self.services.reminders.complete(args.reminder_id)
        print(f"Reminder {args.reminder_id} done.")
        if following is not None:
            print(f"Next: reminder {following.id} due {local(following.due_at)}.")
        return 0

    def snooze(self, args: argparse.Namespace) -> int:
        until = self.time(args.until)
        reminder = self.services.reminders.snooze(args.reminder_id, until)
        print(f"Reminder {reminder.id} snoozed until {local(reminder.snoozed_until)}.")
        return 0

    def search(self, args: argparse.Namespace) -> int:
        if not 1 <= args.limit <= MAX_LIMIT:
            raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}")
        hits = self.services.search.search(args.query, args.limit)
        if args.json:
            emit_json([hit_json(h) for h in hits])
            return 0
        for h in hits:
            where = f"note {h.note_id}" if h.note_id else "contact"
            print(f"{h.contact_id:>6}  {h.contact_name} [{where}]: {h.snippet}")
        return 0

    def export_history(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.history import Selection
        from beziehung.io.history import export_history

        if not (args.contacts or args.tag or args.org or args.all):
            raise UsageError("name contacts, --tag T, --org O or --all")
        ids = tuple(self.contact(ref) for ref in args.contacts)
        organisation_id = self.organisation(args.org) if args.org else None
        selection = Selection(
            ids=ids, tag=args.tag, organisation_id=organisation_id, everyone=args.all
        )
        out = Path(args.output)
        count = export_history(self.services, selection, args.format, out, cli_progress(sys.stderr))
        people = "1 contact" if count == 1 else f"{count:,} contacts"
        print(f"Exported the history of {people} to {out}.")
        return 0

    def export_vcard(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.history import Selection
        from beziehung.io.exports import export_vcards

        selection = Selection(tag=args.tag, everyone=not args.tag)
        count = export_vcards(self.services, selection, Path(args.output))
        print(f"Exported {count:,} contacts to {args.output}.")
        return 0

    def gdpr_export(self, args: argparse.Namespace) -> int:
        from beziehung.io.gdpr import export_access

        # The access export (Art. 15) also reaches restricted contacts.
        contact_id = self.contact(args.contact, include_restricted=True)
        out = export_access(self.services, contact_id, Path(args.output))
        print(f"Wrote the access export (Art. 15) of contact {contact_id} to {out}.")
        return 0

    def gdpr_erase(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.privacy import BACKUP_NOTICE

        contact_id = self.contact(args.contact, include_restricted=True)
        what = removal(self.services.privacy.erase_preview(contact_id))
        if not args.yes:
            print(f"Would erase {what}. {BACKUP_NOTICE}")
            return refuse_without_yes("erased")
        erasure = self.services.privacy.erase(contact_id)
        self.runtime.drafts.discard_contact(contact_id)
        print(f"Erased {what}. {BACKUP_NOTICE}")
        if not erasure.file_clean:
            print(
                "beziehung: another program keeps the database open; old pages in its "
                "write-ahead log are overwritten once it closes",
                file=sys.stderr,
            )
        return 0

    def export_ical(self, args: argparse.Namespace) -> int:
        from beziehung.io.exports import export_ical

        count = export_ical(self.services, Path(args.output))
        print(f"Exported {count:,} open reminders to {args.output}.")
        return 0

    def export_archive(self, args: argparse.Namespace) -> int:
        from beziehung.io.archive import export_archive

        counts = export_archive(self.services, Path(args.output))
        print(f"Archived {sum(counts.values()):,} rows of {len(counts)} tables to {args.output}.")
        return 0

    def import_archive(self, args: argparse.Namespace) -> int:
        from beziehung.io.archive import import_archive

        counts = import_archive(self.services, Path(args.file))
        print(f"Restored {sum(counts.values()):,} rows of {len(counts)} tables from {args.file}.")
        return 0

    def import_csv(self, args: argparse.Namespace) -> int:
        from beziehung.io.csv_import import read_table, to_incoming
        from beziehung.io.text_files import read_bytes

        path = Path(args.file)
        table = read_table(read_bytes(path), path.name, args.preset)
        return self._import(to_incoming(table), args)

    def import_vcard(self, args: argparse.Namespace) -> int:
        from beziehung.io.vcard import incoming_from_files

        return self._import(incoming_from_files(Path(name) for name in args.files), args)

    def _import(self, incoming: list[Incoming], args: argparse.Namespace) -> int:
        """Every problem listed on stderr; with ``stop`` (the default) nothing is written."""
        checked = self.services.importing.problems(incoming)
        problems = [p for item in checked for p in item.problems]
        for problem in problems:
            print(f"beziehung: {escape_controls(str(problem))}", file=sys.stderr)
        if problems and args.on_problem == "stop":
            values = "1 value" if len(problems) == 1 else f"{len(problems):,} values"
            print(
                f"beziehung: {values} cannot be stored as written; nothing "
                "was imported. Use --on-problem keep-raw (import without them, kept as "
                "written in the about text) or --on-problem skip (leave those contacts out)",
                file=sys.stderr,
            )
            return 1
        result = self.services.importing.import_contacts(
            checked, args.on_duplicate, args.on_problem
        )
        left_out = f", left out {result.left_out:,} with problems" if result.left_out else ""
        print(
            f"Imported {result.added:,} new contacts, merged {result.merged:,}, "
            f"skipped {result.skipped:,} duplicates{left_out}."
        )
        return 1 if problems and not (result.added or result.merged) else 0

    def demo(self, args: argparse.Namespace) -> int:
        from beziehung.core import demo

        if args.contacts < 1 or args.notes < 0:
            raise UsageError("--contacts must be at least 1 and --notes at least 0")
        started = time.perf_counter()
        batch = demo.build(self.now(), args.contacts, args.notes, args.seed)
        result = self.services.bulk.insert(batch, progress_printer(sys.stderr))
        seconds = time.perf_counter() - started
        print(
            f"Created {result.contacts:,} contacts, {result.organisations:,} organisations, "
            f"{result.notes:,} notes, {result.reminders:,} reminders and {result.referrals:,} "
            f"referrals in {seconds:.1f} s."
        )
        return 0


def dispatch(commands: Commands, args: argparse.Namespace) -> int:
    if args.command == "migrate-to":
        from beziehung.cli import moving

        return moving.run(commands.runtime, args)
    if args.command == "export":
        return getattr(commands, f"export_{args.export_command}")(args)
    if args.command == "gdpr":
        return getattr(commands, f"gdpr_{args.gdpr_command}")(args)
    if args.command == "import":
        return getattr(commands, f"import_{args.import_command}")(args)
    if args.command == "contacts":
        return getattr(commands, f"contacts_{args.contacts_command}")(args)
    if args.command == "orgs":
        return getattr(commands, f"orgs_{args.orgs_command}")(args)
    if args.command in ("relation", "fields"):
        return getattr(commands, f"{args.command}_{getattr(args, args.command + '_command')}")(args)
    if args.command == "note":
        return getattr(commands, f"note_{args.note_command}")(args)
    handler = getattr(commands, args.command)
    return handler(args)
