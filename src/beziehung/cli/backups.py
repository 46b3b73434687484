"""``backup``, ``backups``, ``restore``, ``check`` and ``salvage``: the commands that look after
the database file itself (on a server, the first three work on its lossless archives).

They run without opening the database through the services, because a damaged file may not
open at all; each works on a :class:`beziehung.runtime.Location`. Restoring writes into the
live file with SQLite's online-backup API, so a window open on the same database shows the
restored data within two seconds; nothing needs to be closed first.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung.cli.output import local
from beziehung.cli.parser import Parser, UsageError

if TYPE_CHECKING:
    from beziehung.clock import Clock
    from beziehung.core.backup import Backup
    from beziehung.core.services import Services
    from beziehung.runtime import Location

COMMANDS = ("backup", "backups", "restore", "check", "salvage")
# These read an encrypted database (or backup) with its passphrase, from the same sources as
# every other command: --passphrase-file, BEZIEHUNG_PASSPHRASE, else asked at a terminal.
KEYED = ("backup", "restore", "check")


def add_backup_parsers(commands: argparse._SubParsersAction[Parser]) -> None:
    backup = commands.add_parser("backup", help="make a verified, compressed backup now")
    backup.add_argument("--to", metavar="PATH", help="write it to PATH instead of the backups")
    commands.add_parser("backups", help="list the backups, newest first")
    restore = commands.add_parser(
        "restore", help="replace the data with a backup (the current state is kept first)"
    )
    restore.add_argument("backup", metavar="BACKUP", help="a file from 'beziehung backups'")
    restore.add_argument("--yes", action="store_true", help="really restore")
    commands.add_parser(
        "check",
        help="check the database file for damage (exit 1 if damaged)",
        description="Check the database file for damage; exit 1 if it is damaged. An "
        "encrypted database is checked with its passphrase; without one the command says so "
        "in one line, exits 1 and marks nothing.",
    )
    salvage = commands.add_parser(
        "salvage", help="copy what can still be read from a damaged database into a new file"
    )
    salvage.add_argument("output", metavar="FILE", help="the new database file")


def _size(size: int) -> str:
    return f"{size / 1_000_000:,.1f} MB" if size >= 100_000 else f"{size / 1000:,.1f} kB"


def _sqlite_only(location: Location) -> tuple[Path, Path]:
    folder = location.backups_folder
    if location.database_path is None or folder is None:
        raise UsageError("check and salvage work on SQLite files; a database server checks its own")
    return location.database_path, folder


def _on_server(command: str, args: argparse.Namespace, location: Location, clock: Clock) -> int:
    """A server database's backups are its lossless archives (see io.server_backups), each
    with PostgreSQL's own dump beside it where pg_dump is installed."""
    from sqlalchemy.engine import make_url

    from beziehung.core import backup
    from beziehung.io import server_backups
    from beziehung.runtime import open_runtime, server_backups_folder, server_backups_name

    name = server_backups_name(location.url)
    folder = server_backups_folder(location.url, location.data_dir)
    shown = make_url(location.url).render_as_string(hide_password=True)
    now = clock.now()
    if command == "backups":
        for item in server_backups.list_backups(folder, name):
            print(f"{local(item.taken_at)}  {_size(item.size):>10}  verified  {item.path}")
        for item in backup.list_backups(folder, Path(name), server_backups.DUMP_SUFFIX):
            print(f"{local(item.taken_at)}  {_size(item.size):>10}  pg_dump   {item.path}")
        return 0
    chosen = Path(args.backup) if command == "restore" else None
    if chosen is not None and chosen.name.endswith(server_backups.DUMP_SUFFIX):
        raise UsageError(
            f"{chosen.name} is PostgreSQL's own dump: the database's owner restores it with "
            f"pg_restore --clean --if-exists -d URL {chosen}; Beziehung restores its "
            f"{server_backups.SUFFIX} backups"
        )
    if chosen is not None and not args.yes:
        print(f"Would replace the data in {shown} with {chosen}.")
        from beziehung.cli.contacts import refuse_without_yes

        return refuse_without_yes("restored")
    with open_runtime(location.url, clock=clock) as runtime:
        if chosen is None:
            target = Path(args.to) if args.to else None
            made = server_backups.make_backup(runtime.services, folder, name, now, target=target)
            print(f"Backed up {shown} to {made.path} ({_size(made.size)}, verified).")
            if target is None:
                _dump_beside(runtime.services, made, folder, name)
            return 0
        done = server_backups.restore(runtime.services, chosen, folder, name, now)
    print(f"Restored {shown} from {chosen}. The previous state is in {done.previous}.")
    return 0


def _dump_beside(services: Services, made: Backup, folder: Path, name: str) -> None:
    from beziehung.io import server_backups
    from beziehung.io.pg_dump import DumpUnavailable

    try:
        dumped = server_backups.dump_beside(services, made, folder, name)
    except DumpUnavailable as reason:
        print(f"No pg_dump file beside it ({reason}); the archive is the backup.")
        return
    print(f"PostgreSQL's own dump: {dumped} ({_size(dumped.stat().st_size)}, read back).")


def _existing(database: Path) -> Path:
    if not database.is_file():
        raise FileNotFoundError(2, "No such database", str(database))
    return database


def run(
    command: str,
    args: argparse.Namespace,
    location: Location,
    clock: Clock,
    passphrase: str | None = None,
) -> int:
    from beziehung.core import backup, integrity

    if location.database_path is None and command in ("backup", "backups", "restore"):
        return _on_server(command, args, location, clock)
    database, folder = _sqlite_only(location)
    now = clock.now()
    if command == "backup":
        target = Path(args.to) if args.to else None
        made = backup.make_backup(
            _existing(database), folder, now, target=target, passphrase=passphrase
        )
        print(f"Backed up {database} to {made.path} ({_size(made.size)}, verified).")
        return 0
    if command == "backups":
        for item in backup.list_backups(folder, database):
            verified = "verified" if item.verified else "unverified"
            print(f"{local(item.taken_at)}  {_size(item.size):>10}  {verified}  {item.path}")
        return 0
    if command == "check":
        result = integrity.check_and_mark(_existing(database), passphrase)
        if result.healthy:
            print(f"{database}: healthy.")
            return 0
        print(f"{database}: damaged ({result.detail}); opened read-only from now on.")
        return 1
    if command == "restore":
        chosen = Path(args.backup)
        if not args.yes:
            print(f"Would replace the data in {database} with {chosen}.")
            from beziehung.cli.contacts import refuse_without_yes

            return refuse_without_yes("restored")
        done = backup.restore(chosen, database, folder, now, passphrase)
        kept = f" The previous state is in {done.previous}." if done.previous else ""
        print(f"Restored {database} from {chosen}.{kept}")
        return 0
    if command == "salvage":
        from beziehung.core.salvage import salvage

        target = Path(args.output)
        if target.exists():
            raise UsageError(f"{target} exists; name a new file")
        saved = salvage(_existing(database), target)
        counted = (
            ""
            if saved.rows is None
            else (f", {saved.rows:,} rows, {saved.skipped:,} damaged stretches skipped")
        )
        print(f"Salvaged {database} into {target} ({saved.method}{counted}).")
        return 0
    raise UsageError(f"unknown command {command}")
