"""The command line's grammar: sub-commands, options and what bad usage looks like."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import NoReturn

from beziehung import __version__
from beziehung.cli.corrections import add_note_corrections, add_reminder_corrections
from beziehung.cli.usage import UsageError

STAGE_CODES = "interessent, kunde, stammkunde, empfehler, ehemalig"
EPILOG = """\
C (a contact) is an id or the start of the words of one contact's name ("jürgen mü").
TIME is ISO 8601 (local time without an offset; a bare date means 09:00) or relative:
+5s, +30m, +2h, +3d, +1w, +1mo, -30m (days keep the local clock time across DST changes).
The database is --db PATH_OR_URL, else $BEZIEHUNG_DB, else the user data folder.
An encrypted database needs --passphrase-file FILE or $BEZIEHUNG_PASSPHRASE (asked at a
terminal); a lost passphrase means lost data.
"""


TIME_OPTIONS = ("--at", "--until", "--consent-given", "--consent-withdrawn")
MAX_LIMIT = 10_000
# Arguments that name a record by id, and what a too large one has to be called: there is no
# such record (the server would refuse to even compare it with its 32-bit ids).
ID_ARGUMENTS = {"reminder_id": "reminder", "note_id": "note"}
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
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        help="passphrase of an encrypted database (else $BEZIEHUNG_PASSPHRASE)",
    )
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
    listing.add_argument(
        "--responsible", metavar="LOGIN", help="only those this user looks after ('me': you)"
    )
    listing.add_argument("--mine", action="store_true", help="only those you look after")
    show = contact_commands.add_parser("show", help="one contact with notes and reminders")
    show.add_argument("contact", metavar="C")
    show.add_argument("--json", action="store_true")
    add_edit_parser(contact_commands)
    delete = contact_commands.add_parser(
        "delete", help="delete a contact with its notes and reminders"
    )
    delete.add_argument("contact", metavar="C")
    delete.add_argument(
        "--yes", action="store_true", help="really delete (otherwise only list what goes)"
    )
    merge = contact_commands.add_parser(
        "merge", help="merge OTHER into KEEP (the same person entered twice)"
    )
    merge.add_argument("keep", metavar="KEEP")
    merge.add_argument("other", metavar="OTHER")
    merge.add_argument(
        "--yes", action="store_true", help="really merge (otherwise only show what moves)"
    )

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
    from beziehung.cli.insight_notes import add_note_options

    add_note_options(note_add)
    add_note_corrections(note_commands)
    add_reminder_corrections(commands)

    remind = commands.add_parser("remind", help="agree a callback")
    remind.add_argument("contact", metavar="C")
    remind.add_argument("--at", required=True, metavar="TIME")
    remind.add_argument("--reason", required=True, metavar="R")
    remind.add_argument("--every", metavar="N{d,w,mo}", help="repeat, e.g. 14d, 2w, 3mo")
    remind.add_argument(
        "--for", dest="assignee", metavar="LOGIN", help="whose reminder it is (default: yours)"
    )

    reminders = commands.add_parser("reminders", help="open reminders, soonest first")
    reminders.add_argument("--due", action="store_true", help="only those due now or earlier")
    reminders.add_argument("--json", action="store_true")
    reminders.add_argument(
        "--mine", action="store_true", help="only those for you (and those for nobody)"
    )

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
    csv_in.add_argument("--preset", choices=("outlook", "google", "thunderbird"))
    csv_in.add_argument("--on-duplicate", choices=("skip", "merge", "new"), default="skip")
    for reader in (vcard_in, csv_in):
        reader.add_argument(
            "--on-problem",
            choices=("keep-raw", "skip", "stop"),
            default="stop",
            help="a value that cannot be stored: import the contact without it (kept as "
            "written in its about text), skip the contact, or import nothing (default)",
        )
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

    from beziehung.cli.organisations import add_orgs_parser

    add_orgs_parser(commands)

    from beziehung.cli.relations import add_relation_parsers

    add_relation_parsers(commands)

    from beziehung.cli.backups import add_backup_parsers
    from beziehung.cli.encryption import add_encryption_parsers

    add_backup_parsers(commands)
    add_encryption_parsers(commands)

    from beziehung.cli.moving import add_migrate_parser

    add_migrate_parser(commands)

    from beziehung.cli.insight import add_insight_parser
    from beziehung.cli.referrals import add_referral_parser

    add_referral_parser(commands)
    add_insight_parser(commands)

    demo = commands.add_parser("demo", help="fill the database with German demo data")
    demo.add_argument("--contacts", type=int, default=200, metavar="N")
    demo.add_argument("--notes", type=int, default=2000, metavar="M")
    demo.add_argument("--seed", type=int, default=1, metavar="S")
    return parser


def optional_date(text: str) -> date | None:
    """YYYY-MM-DD, or an empty value that clears the field."""
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def optional_int(text: str) -> int | None:
    if not text.strip():
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def add_edit_parser(contact_commands: argparse._SubParsersAction[Parser]) -> None:
    # Options that are not given stay out of the namespace: an empty value clears a field.
    edit = contact_commands.add_parser(
        "edit",
        argument_default=argparse.SUPPRESS,
        help="change named fields of a contact",
        description="Change the named fields and keep everything else, contact methods and "
        "photo included. An empty value ('') clears an optional field.",
    )
    edit.add_argument("contact", metavar="C", help="also a restricted one, to lift the restriction")
    edit.add_argument("--name", help='the whole name as typed: "Dr. Jürgen Müller"', metavar="TEXT")
    edit.add_argument("--given-name", metavar="TEXT")
    edit.add_argument("--family-name", metavar="TEXT")
    edit.add_argument("--salutation", metavar="TEXT")
    edit.add_argument("--title", metavar="TEXT")
    edit.add_argument("--org", metavar="O", help="organisation; created if new")
    edit.add_argument("--role", metavar="TEXT")
    edit.add_argument("--stage", metavar="S", help=STAGE_CODES)
    edit.add_argument("--about", metavar="TEXT")
    edit.add_argument("--birthday", type=optional_date, metavar="YYYY-MM-DD")
    edit.add_argument("--preferred-channel", metavar="CHANNEL")
    edit.add_argument("--preferred-time", metavar="TEXT")
    edit.add_argument("--cadence-days", type=optional_int, metavar="N")
    edit.add_argument(
        "--cadence-max-days", type=optional_int, metavar="N", help="the longest interval"
    )
    edit.add_argument("--responsible", metavar="LOGIN", help="who looks after them ('me': you)")
    edit.add_argument("--keep-until", type=optional_date, metavar="YYYY-MM-DD")
    edit.add_argument("--processing-purpose", metavar="TEXT")
    edit.add_argument(
        "--legal-basis",
        metavar="B",
        help="consent, contract, legal_obligation, legitimate_interest",
    )
    edit.add_argument("--consent-given", metavar="TIME")
    edit.add_argument("--consent-withdrawn", metavar="TIME")
    edit.add_argument("--restricted", choices=("yes", "no"), help="Art. 18 DSGVO")
    edit.add_argument(
        "--tag", action="append", metavar="T", help="replaces all tags; --tag '' removes them"
    )
    edit.add_argument(
        "--referred-by", action="append", metavar="C", help="replaces who recommended them"
    )
    edit.add_argument("--letter-form", choices=("sie", "du"), help="how letters address them")
    edit.add_argument(
        "--field",
        action="append",
        metavar="NAME=VALUE",
        help="one of your own fields (see 'fields list'); NAME= clears it; repeatable",
    )
