"""The command line: Beziehung's scripting interface. It speaks English.

``beziehung`` without a sub-command opens the window. Errors are one line on stderr with exit
status 1 (2 for bad usage); nothing is written when a command fails.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NoReturn

from beziehung import __version__

log = logging.getLogger("beziehung.cli")

STAGE_CODES = "interessent, kunde, stammkunde, empfehler, ehemalig"
EPILOG = """\
C (a contact) is an id or the start of the words of one contact's name ("jürgen mü").
TIME is ISO 8601 (local time without an offset; a bare date means 09:00) or relative:
+5s, +30m, +2h, +3d, +1w, +1mo, -30m (days keep the local clock time across DST changes).
The database is --db PATH_OR_URL, else $BEZIEHUNG_DB, else the user data folder.
"""


TIME_OPTIONS = ("--at", "--until")
MAX_LIMIT = 10_000
MAX_ID = 2**63 - 1
_NEGATIVE_TIME = re.compile(r"^-\d+\s*(s|m|min|h|d|w|mo)$", re.IGNORECASE)


def join_negative_times(argv: Sequence[str]) -> list[str]:
    """Let "--at -30m" through: argparse would take "-30m" for an option."""
    joined: list[str] = []
    for arg in argv:
        if joined and joined[-1] in TIME_OPTIONS and _NEGATIVE_TIME.match(arg):
            joined[-1] = f"{joined[-1]}={arg}"
        else:
            joined.append(arg)
    return joined


class UsageError(Exception):
    """Bad usage: exit status 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> Parser:
    parser = Parser(
        prog="beziehung",
        description="Beziehung: contacts, conversation notes and callback reminders. "
        "Without a command the window opens.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"beziehung {__version__}")
    parser.add_argument("--db", metavar="PATH_OR_URL", help="database file or SQLAlchemy URL")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check on a temporary database that everything is found, then exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    contacts = commands.add_parser("contacts", help="add, list and show contacts")
    contact_commands = contacts.add_subparsers(
        dest="contacts_command", metavar="ACTION", required=True
    )
    add = contact_commands.add_parser("add", help="add a contact and print its id")
    add.add_argument("--name", required=True, help='"Dr. Jürgen Müller" or "Müller, Jürgen"')
    add.add_argument("--email", action="append", default=[], metavar="E")
    add.add_argument("--phone", action="append", default=[], metavar="P")
    add.add_argument("--org", metavar="O", help="organisation; created if new")
    add.add_argument("--stage", default="interessent", metavar="S", help=STAGE_CODES)
    add.add_argument("--tag", action="append", default=[], metavar="T")
    add.add_argument("--referred-by", action="append", default=[], metavar="C")
    listing = contact_commands.add_parser("list", help="all contacts in name order")
    listing.add_argument("--json", action="store_true")
    show = contact_commands.add_parser("show", help="one contact with notes and reminders")
    show.add_argument("contact", metavar="C")
    show.add_argument("--json", action="store_true")

    note = commands.add_parser("note", help="log conversation notes")
    note_commands = note.add_subparsers(dest="note_command", metavar="ACTION", required=True)
    note_add = note_commands.add_parser("add", help="log a call, meeting or message")
    note_add.add_argument("contact", metavar="C")
    note_add.add_argument("--text", required=True, metavar="T")
    note_add.add_argument(
        "--channel", default="phone", help="phone, meeting, video, email, letter, message, social"
    )
    note_add.add_argument("--direction", default="out", help="in or out")
    note_add.add_argument("--at", metavar="TIME", help="when it happened (default: now)")
    note_add.add_argument("--duration", type=int, metavar="MINUTES")

    remind = commands.add_parser("remind", help="agree a callback")
    remind.add_argument("contact", metavar="C")
    remind.add_argument("--at", required=True, metavar="TIME")
    remind.add_argument("--reason", required=True, metavar="R")
    remind.add_argument("--every", metavar="N{d,w,mo}", help="repeat, e.g. 14d, 2w, 3mo")

    reminders = commands.add_parser("reminders", help="open reminders, soonest first")
    reminders.add_argument("--due", action="store_true", help="only those due now or earlier")
    reminders.add_argument("--json", action="store_true")

    done = commands.add_parser("done", help="mark a reminder done")
    done.add_argument("reminder_id", type=int, metavar="REMINDER_ID")

    snooze = commands.add_parser("snooze", help="show a reminder again later")
    snooze.add_argument("reminder_id", type=int, metavar="REMINDER_ID")
    snooze.add_argument("--until", required=True, metavar="TIME")

    search = commands.add_parser("search", help="search contacts and notes")
    search.add_argument("query", metavar="QUERY")
    search.add_argument("--limit", type=int, default=50, metavar="N")
    search.add_argument("--json", action="store_true")

    export = commands.add_parser("export", help="histories, vCard, iCalendar, archive")
    export_commands = export.add_subparsers(dest="export_command", metavar="WHAT", required=True)
    history = export_commands.add_parser("history", help="conversation histories")
    history.add_argument("contacts", nargs="*", metavar="C")
    history.add_argument("--tag", metavar="T", help="everyone with this tag")
    history.add_argument("--org", metavar="O", help="everyone of this organisation")
    history.add_argument("--all", action="store_true", help="everyone")
    history.add_argument("--format", required=True, choices=("pdf", "html", "md", "csv", "json"))
    history.add_argument("-o", "--output", required=True, metavar="OUT")

    vcard_out = export_commands.add_parser("vcard", help="contacts as vCard 3.0")
    vcard_out.add_argument("output", metavar="OUT")
    vcard_out.add_argument("--tag", metavar="T")

    ical = export_commands.add_parser("ical", help="open reminders as iCalendar tasks")
    ical.add_argument("output", metavar="OUT")

    archive_out = export_commands.add_parser("archive", help="everything, lossless (zip)")
    archive_out.add_argument("output", metavar="OUT")

    importing = commands.add_parser("import", help="vCard, CSV, archive")
    import_commands = importing.add_subparsers(dest="import_command", metavar="WHAT", required=True)
    vcard_in = import_commands.add_parser("vcard", help="vCard 2.1, 3.0 or 4.0 files")
    vcard_in.add_argument("files", nargs="+", metavar="FILE")
    vcard_in.add_argument("--on-duplicate", choices=("skip", "merge", "new"), default="skip")
    csv_in = import_commands.add_parser(
        "csv", help="a CSV file from Outlook, Google or a spreadsheet"
    )
    csv_in.add_argument("file", metavar="FILE")
    csv_in.add_argument("--preset", choices=("outlook", "google"))
    csv_in.add_argument("--on-duplicate", choices=("skip", "merge", "new"), default="skip")
    archive_in = import_commands.add_parser(
        "archive", help="restore an archive into an empty database"
    )
    archive_in.add_argument("file", metavar="FILE")

    gdpr = commands.add_parser("gdpr", help="DSGVO access export and erasure")
    gdpr_commands = gdpr.add_subparsers(dest="gdpr_command", metavar="ACTION", required=True)
    access = gdpr_commands.add_parser("export", help="Art. 15: everything about one contact (zip)")
    access.add_argument("contact", metavar="C")
    access.add_argument("-o", "--output", required=True, metavar="OUT.zip")
    erase = gdpr_commands.add_parser("erase", help="Art. 17: erase one contact without a trace")
    erase.add_argument("contact", metavar="C")
    erase.add_argument(
        "--yes", action="store_true", help="really erase (otherwise only list what goes)"
    )

    demo = commands.add_parser("demo", help="fill the database with German demo data")
    demo.add_argument("--contacts", type=int, default=200, metavar="N")
    demo.add_argument("--notes", type=int, default=2000, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    return parser


# --- output ----------------------------------------------------------------------------------


def iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def local(value: datetime | None) -> str:
    return "" if value is None else value.astimezone().strftime("%Y-%m-%d %H:%M")


def contact_json(summary: Any) -> dict[str, Any]:
    return {
        "id": summary.id,
        "display_name": summary.display_name,
        "given_name": summary.given_name,
        "family_name": summary.family_name,
        "organisation": summary.organisation,
        "emails": list(summary.emails),
        "phones": list(summary.phones),
        "stage": summary.stage,
        "tags": list(summary.tags),
    }


def note_json(note: Any) -> dict[str, Any]:
    return {
        "id": note.id,
        "occurred_at": iso(note.occurred_at),
        "channel": note.channel,
        "direction": note.direction,
        "duration_minutes": note.duration_minutes,
        "subject": note.subject,
        "body": note.body,
        "outcome": note.outcome,
        "next_step": note.next_step,
    }


def reminder_json(reminder: Any) -> dict[str, Any]:
    return {
        "id": reminder.id,
        "contact_id": reminder.contact_id,
        "contact_name": reminder.contact_name,
        "due_at": iso(reminder.due_at),
        "snoozed_until": iso(reminder.snoozed_until),
        "reason": reminder.reason,
        "state": reminder.state,
    }


def hit_json(hit: Any) -> dict[str, Any]:
    return {
        "kind": hit.kind,
        "contact_id": hit.contact_id,
        "contact_name": hit.contact_name,
        "note_id": hit.note_id,
        "snippet": hit.snippet,
    }


def emit_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def progress_printer(stream: Any) -> Callable[[str, int, int], None] | None:
    if not stream.isatty():
        return None

    def show(phase: str, done: int, total: int) -> None:
        percent = 100 * done // total if total else 100
        stream.write(f"\r{phase}: {done:,}/{total:,} ({percent} %)   ")
        if done >= total:
            stream.write("\n")
        stream.flush()

    return show


def cli_progress(stream: Any) -> Callable[[int, int], bool] | None:
    show = progress_printer(stream)
    if show is None:
        return None

    def report(done: int, total: int) -> bool:
        show("contacts", done, total)
        return True

    return report


# --- commands --------------------------------------------------------------------------------


class Commands:
    def __init__(self, services: Any) -> None:
        self.services = services

    def now(self) -> datetime:
        return self.services.context.clock.now()

    def time(self, text: str) -> datetime:
        from beziehung.core.timeparse import parse_time

        return parse_time(text, self.now(), self.services.context.tz)

    def contact(self, reference: str, *, include_restricted: bool = False) -> int:
        return self.services.contacts.resolve(reference, include_restricted=include_restricted)

    def organisation(self, name: str) -> int:
        from beziehung.core.errors import invalid
        from beziehung.core.text import fold

        wanted = fold(name)
        for org in self.services.organisations.list():
            if fold(org.name) == wanted:
                return org.id
        raise invalid("organisation_unknown", "No organisation is called '{name}'", name=name)

    def contacts_add(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.inputs import ContactInput, MethodInput

        referrers = [self.contact(ref) for ref in args.referred_by]
        methods = [MethodInput("email", e) for e in args.email]
        methods += [MethodInput("phone", p) for p in args.phone]
        contact_id = self.services.contacts.create(
            ContactInput(
                name=args.name,
                organisation=args.org,
                stage=args.stage,
                methods=methods,
                tags=args.tag,
                referred_by=referrers,
            )
        )
        print(contact_id)
        return 0

    def contacts_list(self, args: argparse.Namespace) -> int:
        contacts = self.services.contacts.list()
        if args.json:
            emit_json([contact_json(c) for c in contacts])
            return 0
        for c in contacts:
            org = f"  ({c.organisation})" if c.organisation else ""
            print(f"{c.id:>6}  {c.display_name}{org}  [{c.stage}]")
        return 0

    def contacts_show(self, args: argparse.Namespace) -> int:
        detail = self.services.contacts.get(self.contact(args.contact))
        if args.json:
            data = contact_json(detail.summary)
            data["notes"] = [note_json(n) for n in detail.notes]
            data["reminders"] = [reminder_json(r) for r in detail.reminders]
            emit_json(data)
            return 0
        s = detail.summary
        title = f"{detail.title} " if detail.title else ""
        print(f"{title}{s.display_name} (id {s.id}), stage {s.stage}")
        if s.organisation:
            role = f", {detail.role}" if detail.role else ""
            print(f"  organisation: {s.organisation}{role}")
        for m in detail.methods:
            star = " *" if m.is_preferred else ""
            print(f"  {m.kind}: {m.value}{star}")
        if s.tags:
            print(f"  tags: {', '.join(s.tags)}")
        for ref in detail.referred_by:
            print(f"  recommended by: {ref.display_name} (id {ref.id})")
        for ref in detail.referred:
            print(f"  recommended: {ref.display_name} (id {ref.id})")
        if detail.about:
            print(f"  about: {detail.about}")
        print(f"Reminders ({len(detail.reminders)}):")
        for r in detail.reminders:
            print(f"  #{r.id} {local(r.fires_at)} [{r.state}] {r.reason}")
        print(f"Notes ({len(detail.notes)}):")
        for n in detail.notes:
            minutes = f", {n.duration_minutes} min" if n.duration_minutes is not None else ""
            text = " · ".join(p for p in (n.subject, n.body, n.outcome, n.next_step) if p)
            print(f"  #{n.id} {local(n.occurred_at)} {n.channel}/{n.direction}{minutes}: {text}")
        return 0

    def note_add(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.inputs import NoteInput

        contact_id = self.contact(args.contact)
        note = self.services.notes.log(
            NoteInput(
                contact_id=contact_id,
                body=args.text,
                occurred_at=self.time(args.at) if args.at else None,
                channel=args.channel,
                direction=args.direction,
                duration_minutes=args.duration,
            )
        )
        print(note.id)
        return 0

    def remind(self, args: argparse.Namespace) -> int:
        from beziehung.core.timeparse import parse_recurrence

        due = self.time(args.at)
        recurrence = parse_recurrence(args.every) if args.every else None
        contact_id = self.contact(args.contact)
        reminder = self.services.reminders.create(
            contact_id, due, args.reason, recurrence=recurrence
        )
        print(reminder.id)
        return 0

    def reminders(self, args: argparse.Namespace) -> int:
        found = self.services.reminders.due() if args.due else self.services.reminders.list()
        if args.json:
            emit_json([reminder_json(r) for r in found])
            return 0
        for r in found:
            snoozed = f" (snoozed until {local(r.snoozed_until)})" if r.snoozed_until else ""
            print(f"{r.id:>6}  {local(r.due_at)}{snoozed}  {r.contact_name}: {r.reason}")
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
        from pathlib import Path

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
        print(f"Exported the history of {count:,} contacts to {out}.")
        return 0

    def export_vcard(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.core.services.history import Selection
        from beziehung.io.vcard import write_vcards

        selection = Selection(tag=args.tag, everyone=not args.tag)
        ids = self.services.history.contact_ids(selection)
        text = write_vcards(self.services.contacts.get(cid) for cid in ids)
        Path(args.output).write_text(text, encoding="utf-8", newline="")
        print(f"Exported {len(ids):,} contacts to {args.output}.")
        return 0

    def gdpr_export(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.gdpr import export_access

        # The access export (Art. 15) also reaches restricted contacts.
        contact_id = self.contact(args.contact, include_restricted=True)
        out = export_access(self.services, contact_id, Path(args.output))
        print(f"Wrote the access export (Art. 15) of contact {contact_id} to {out}.")
        return 0

    def gdpr_erase(self, args: argparse.Namespace) -> int:
        from beziehung import paths
        from beziehung.core.services.privacy import BACKUP_NOTICE
        from beziehung.drafts import DraftStore, log_call_key

        contact_id = self.contact(args.contact, include_restricted=True)
        preview = self.services.privacy.erase_preview(contact_id)
        what = (
            f"{preview.display_name} (id {contact_id}) with {preview.notes} notes, "
            f"{preview.reminders} open reminders and {preview.referrals} referral links"
        )
        if not args.yes:
            print(f"Would erase {what}. {BACKUP_NOTICE}")
            print("beziehung: nothing was erased; run again with --yes", file=sys.stderr)
            return 1
        erasure = self.services.privacy.erase(contact_id)
        DraftStore(paths.data_dir() / "drafts").discard(log_call_key(contact_id))
        print(f"Erased {what}. {BACKUP_NOTICE}")
        if not erasure.file_clean:
            print(
                "beziehung: another program keeps the database open; old pages in its "
                "write-ahead log are overwritten once it closes",
                file=sys.stderr,
            )
        return 0

    def export_ical(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.ical import write_ical

        reminders = self.services.reminders.list()
        Path(args.output).write_bytes(write_ical(reminders, self.now()))
        print(f"Exported {len(reminders):,} open reminders to {args.output}.")
        return 0

    def export_archive(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.archive import export_archive

        counts = export_archive(self.services, Path(args.output))
        print(f"Archived {sum(counts.values()):,} rows of {len(counts)} tables to {args.output}.")
        return 0

    def import_archive(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.archive import import_archive

        counts = import_archive(self.services, Path(args.file))
        print(f"Restored {sum(counts.values()):,} rows of {len(counts)} tables from {args.file}.")
        return 0

    def import_csv(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.csv_import import read_table, to_incoming
        from beziehung.io.text_files import read_bytes

        path = Path(args.file)
        table = read_table(read_bytes(path), path.name, args.preset)
        result = self.services.importing.import_contacts(to_incoming(table), args.on_duplicate)
        print(
            f"Imported {result.added:,} new contacts, merged {result.merged:,}, "
            f"skipped {result.skipped:,} duplicates."
        )
        return 0

    def import_vcard(self, args: argparse.Namespace) -> int:
        from pathlib import Path

        from beziehung.io.vcard import incoming_from_files

        incoming = incoming_from_files(Path(name) for name in args.files)
        result = self.services.importing.import_contacts(incoming, args.on_duplicate)
        print(
            f"Imported {result.added:,} new contacts, merged {result.merged:,}, "
            f"skipped {result.skipped:,} duplicates."
        )
        return 0

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
    if args.command == "export":
        return getattr(commands, f"export_{args.export_command}")(args)
    if args.command == "gdpr":
        return getattr(commands, f"gdpr_{args.gdpr_command}")(args)
    if args.command == "import":
        return getattr(commands, f"import_{args.import_command}")(args)
    if args.command == "contacts":
        action = {"add": commands.contacts_add, "list": commands.contacts_list}
        action["show"] = commands.contacts_show
        return action[args.contacts_command](args)
    if args.command == "note":
        return commands.note_add(args)
    handler = getattr(commands, args.command)
    return handler(args)


def open_services(db: str | None) -> Any:
    from beziehung import paths
    from beziehung.clock import SystemClock
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services

    clock = SystemClock()
    engine = open_database(paths.database_url(db), clock.now)
    return Services.build(engine, clock)


def main(argv: Sequence[str] | None = None) -> int:
    from beziehung.core.errors import DomainError

    try:
        args = build_parser().parse_args(
            join_negative_times(sys.argv[1:] if argv is None else argv)
        )
        if args.db is not None and not args.db.strip():
            raise UsageError("--db needs a file path or a database URL")
        if getattr(args, "reminder_id", 0) > MAX_ID:
            raise UsageError("REMINDER_ID is too large")
        if args.self_test:
            from beziehung import selftest

            return selftest.run()
        if args.command is None:
            from beziehung.app import run_window

            return run_window(args.db)
        services = open_services(args.db)
        try:
            return dispatch(Commands(services), args)
        finally:
            services.context.engine.dispose()
    except UsageError as error:
        print(f"beziehung: {error}", file=sys.stderr)
        return 2
    except DomainError as error:
        print(f"beziehung: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        target = f" {error.filename}" if error.filename else ""
        print(f"beziehung: cannot use{target}: {error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "beziehung: interrupted; nothing of the unfinished command was written", file=sys.stderr
        )
        return 130
    except Exception as error:
        from beziehung import logs

        path = logs.setup()
        log.exception("unexpected error in the command line")
        print(
            f"beziehung: unexpected error ({type(error).__name__}); details are in {path}",
            file=sys.stderr,
        )
        return 1
