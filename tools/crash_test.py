"""Kill writers with SIGKILL at random moments and prove that nothing acknowledged is lost.

``make crash-test`` (not part of ``make test``: it takes minutes). Four kinds of writer run
as child processes, each on its own database, and are killed over and over:

* ``note``: logs conversation notes in a loop through ``NoteService.log``;
* ``reminder``: completes reminders, a third of them recurring (completion also creates the
  next occurrence, so a torn write would leave a series without an open occurrence);
* ``import``: imports batches of contacts from vCard and CSV files through the readers and
  ``ImportService`` (a batch is all or nothing);
* ``migration``: opens a copy of the committed revision-0001 database, which backs it up and
  upgrades it to the head revision.

A writer appends an acknowledgement line (fsynced) only after the service call returned.
After each kill the database must pass ``PRAGMA integrity_check``, hold every acknowledged
write, keep its invariants (whole import batches, one open occurrence per series, the old
or the new schema with the data intact, no unfinished copy named like a backup), and open
in the application afterwards. Kill delays come from ``random.Random(seed)`` per kind, so
``--seed N --only KIND`` replays a failure's delays. Exit 1 on any loss.

Writers and checks are one file on purpose: the child runs this same script (``--writer``),
so what a writer acknowledges and what the check reads are defined side by side.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD_DATABASE = ROOT / "tests" / "migrations" / "data" / "0001.sqlite3"
KINDS = ("note", "reminder", "import", "migration")
# How the kills are shared out; the migration rounds are the slowest (a fresh copy each).
SHARE = {"note": 0.3, "reminder": 0.25, "import": 0.25, "migration": 0.2}
# After "ready", how long the writer runs before the kill (seconds), per kind.
DELAY = {"note": (0.0, 0.4), "reminder": (0.0, 0.4), "import": (0.0, 1.0)}
BATCH = 25
SERIES = 30
ONE_OFF = 600


def now() -> datetime:
    return datetime.now(UTC)


# --- the writers (child processes) -------------------------------------------------------


class Ack:
    """Acknowledgement lines on disk: each written with one append and fsynced, so a line
    that is there was complete before the kill."""

    def __init__(self, path: Path) -> None:
        self.fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def __call__(self, line: str) -> None:
        os.write(self.fd, (line + "\n").encode())
        os.fsync(self.fd)


def open_services(db: Path):  # noqa: ANN201 - imported late, the parent needs no app modules
    from beziehung.clock import SystemClock
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services

    return Services.build(open_database(f"sqlite:///{db}", now), SystemClock(), UTC)


def write_notes(db: Path, ack: Ack, token: str) -> None:
    from beziehung.core.services.inputs import NoteInput

    services = open_services(db)
    ack("ready")
    for seq in range(1_000_000):
        record = services.notes.log(NoteInput(contact_id=1, body=f"crash {token}-{seq}"))
        ack(f"note {record.id} crash {token}-{seq}")


def write_completions(db: Path, ack: Ack, token: str) -> None:
    from sqlalchemy import select

    from beziehung.core.models import Reminder

    services = open_services(db)
    ack("ready")
    while True:
        with services.context.engine.connect() as conn:
            open_ids = conn.scalars(
                select(Reminder.id).where(Reminder.state == "open").order_by(Reminder.id).limit(50)
            ).all()
        for reminder_id in open_ids:
            services.reminders.complete(reminder_id)
            ack(f"done {reminder_id}")


def write_imports(db: Path, ack: Ack, token: str) -> None:
    from beziehung.io.csv_import import read_table, to_incoming
    from beziehung.io.vcard import incoming_from_files

    services = open_services(db)
    folder = db.parent / "files"
    folder.mkdir(exist_ok=True)
    ack("ready")
    for batch in range(1_000_000):
        family = f"Charge-{token}-{batch}"
        if batch % 2:
            path = folder / f"{family}.csv"
            rows = "".join(f"Person{i};{family}\r\n" for i in range(BATCH))
            path.write_bytes(("Vorname;Nachname\r\n" + rows).encode())
            incoming = to_incoming(read_table(path.read_bytes(), path.name))
        else:
            path = folder / f"{family}.vcf"
            cards = "".join(
                f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{family};Person{i};;;\r\n"
                f"FN:Person{i} {family}\r\nEND:VCARD\r\n"
                for i in range(BATCH)
            )
            path.write_bytes(cards.encode())
            incoming = incoming_from_files([path])
        services.importing.import_contacts(incoming, "new")
        ack(f"import {family}")


def write_migration(db: Path, ack: Ack, token: str) -> None:
    import alembic.command  # noqa: F401 - loaded before "ready" so the kills land in the work

    from beziehung.core.migrate import open_database

    ack("ready")
    started = time.perf_counter()
    open_database(f"sqlite:///{db}", now).dispose()
    ack(f"migrated {time.perf_counter() - started:.4f}")


WRITERS: dict[str, Callable[[Path, Ack, str], None]] = {
    "note": write_notes,
    "reminder": write_completions,
    "import": write_imports,
    "migration": write_migration,
}


# --- the checks (parent) -----------------------------------------------------------------


class Loss(Exception):
    """Something acknowledged is missing or the file is not what it must be."""


def acknowledged(ack_path: Path) -> list[str]:
    text = ack_path.read_text() if ack_path.exists() else ""
    # Only whole lines count: a line is acknowledged once its newline was written.
    return [line for line in text.split("\n")[:-1] if line != "ready"]


def connect(db: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(db)
    result = conn.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        raise Loss(f"{db.name}: integrity_check says {result[:3]}")
    return conn


def opens_in_the_app(db: Path) -> None:
    from beziehung.core.migrate import HEAD, current_revision, open_database

    engine = open_database(f"sqlite:///{db}", now)
    try:
        if current_revision(engine) != HEAD:
            raise Loss(f"{db.name} is not at revision {HEAD} after opening")
    finally:
        engine.dispose()


def check_notes(db: Path, acks: list[str]) -> int:
    with connect(db) as conn:
        stored = dict(conn.execute("SELECT id, body FROM notes").fetchall())
    for line in acks:
        _, note_id, body = line.split(" ", 2)
        if stored.get(int(note_id)) != body:
            raise Loss(f"acknowledged note {note_id} ({body!r}) is missing")
    return len(acks)


def check_completions(db: Path, acks: list[str]) -> int:
    with connect(db) as conn:
        states = dict(conn.execute("SELECT id, state FROM reminders").fetchall())
        series = conn.execute(
            "SELECT reason, sum(state = 'open') FROM reminders "
            "WHERE recurrence_unit IS NOT NULL GROUP BY reason"
        ).fetchall()
    for line in acks:
        reminder_id = int(line.split()[1])
        if states.get(reminder_id) != "done":
            raise Loss(f"acknowledged completion of reminder {reminder_id} is missing")
    broken = [(reason, n) for reason, n in series if n != 1]
    if len(series) != SERIES or broken:
        raise Loss(f"recurring series without exactly one open occurrence: {broken[:3]}")
    return len(acks)


def check_imports(db: Path, acks: list[str]) -> int:
    with connect(db) as conn:
        batches = dict(
            conn.execute(
                "SELECT family_name, count(*) FROM contacts "
                "WHERE family_name LIKE 'Charge-%' GROUP BY family_name"
            ).fetchall()
        )
    torn = {name: n for name, n in batches.items() if n != BATCH}
    if torn:
        raise Loss(f"an import was stored in part: {torn}")
    for line in acks:
        if line.split()[1] not in batches:
            raise Loss(f"acknowledged import {line.split()[1]} is missing")
    return len(acks)


Schema = set[tuple[str, str, tuple[str, ...]]]


def schema(conn: sqlite3.Connection) -> Schema:
    from beziehung.core.search import is_table_of_index

    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    # The search index is (re)built after the upgrade's commit; opening repairs its absence.
    # A batch migration writes a table's constraints in an order that varies from process to
    # process (string hashing), so each definition is compared as a set of its lines.
    return {
        (t, n, tuple(sorted(line.strip().rstrip(",") for line in (s or "").splitlines())))
        for t, n, tbl, s in rows
        if not is_table_of_index(tbl)
    }


def content(conn: sqlite3.Connection) -> tuple[object, ...]:
    return tuple(
        conn.execute(
            f"SELECT count(*), group_concat(id) FROM (SELECT id FROM {table} ORDER BY id)"
        ).fetchone()
        for table in ("contacts", "notes", "reminders", "referrals", "organisations")
    )


@dataclass
class Reference:
    old_schema: Schema
    new_schema: Schema
    data: tuple[object, ...]


def make_reference(folder: Path) -> Reference:
    shutil.copyfile(OLD_DATABASE, folder / "old.db")
    with connect(folder / "old.db") as conn:
        old, data = schema(conn), content(conn)
    opens_in_the_app(folder / "old.db")
    with connect(folder / "old.db") as conn:
        new = schema(conn)
    return Reference(old, new, data)


def check_migration(folder: Path, reference: Reference, acknowledged: bool) -> str:
    """Returns the revision the kill left: the old one or the head."""
    from beziehung.core.migrate import HEAD

    db = folder / "beziehung.db"
    for copy in (p for p in folder.iterdir() if ".backup-" in p.name):
        if copy.name.startswith("."):
            if ".partial" not in copy.name:
                raise Loss(f"an unexpected hidden file {copy.name}")
            continue
        # A file named like a backup must be a whole copy of the old database.
        with connect(copy) as conn:
            if conn.execute("SELECT version_num FROM alembic_version").fetchall() != [("0001",)]:
                raise Loss(f"{copy.name} is named like a backup but is not the old database")
            if schema(conn) != reference.old_schema or content(conn) != reference.data:
                raise Loss(f"{copy.name} is named like a backup but differs from the original")
    with connect(db) as conn:
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchall()
        expected = {"0001": reference.old_schema, HEAD: reference.new_schema}.get(
            revision[0][0] if revision else ""
        )
        if expected is None or schema(conn) != expected:
            differs = sorted(n for _, n, _ in schema(conn) ^ (expected or set()))
            raise Loss(f"the schema is neither the old nor the new one ({revision}, {differs})")
        if content(conn) != reference.data:
            raise Loss("the upgrade lost or changed rows")
        if acknowledged and revision != [(HEAD,)]:
            raise Loss("an acknowledged upgrade is not in the file")
    opens_in_the_app(db)
    leftovers = [p.name for p in folder.iterdir() if ".partial" in p.name]
    if leftovers:
        raise Loss(f"unfinished copies left after opening: {leftovers}")
    return str(revision[0][0])


# --- the rounds --------------------------------------------------------------------------


@dataclass
class Tally:
    kills: int = 0
    finished: int = 0  # the writer was done before the kill came (only a migration can be)
    acknowledged: int = 0
    checks: int = 0
    losses: list[str] = field(default_factory=list)
    left: dict[str, int] = field(default_factory=dict)  # migration: revision after the kill


def kill_once(kind: str, db: Path, ack_path: Path, token: str, delay: float) -> bool:
    """Start a writer, kill it ``delay`` seconds after it is ready; False if it finished."""
    writer = subprocess.Popen(
        [sys.executable, __file__, "--writer", kind, str(db), str(ack_path), token],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not (ack_path.exists() and ack_path.read_bytes().startswith(b"ready\n")):
        if writer.poll() is not None or time.monotonic() > deadline:
            writer.kill()
            _, err = writer.communicate()
            raise Loss(f"the {kind} writer did not start: {err.decode()[-500:]}")
        time.sleep(0.002)
    try:
        writer.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        writer.send_signal(signal.SIGKILL)
    _, err = writer.communicate()
    if writer.returncode == -signal.SIGKILL:
        return True
    if kind == "migration" and writer.returncode == 0:
        return False
    raise Loss(f"the {kind} writer failed by itself: {err.decode()[-500:]}")


def prepare(kind: str, folder: Path) -> None:
    """The starting database; made one after another, as alembic is not thread-safe."""
    from beziehung.core.services.inputs import ContactInput

    folder.mkdir()
    if kind == "migration":
        return
    services = open_services(folder / "beziehung.db")
    services.contacts.create(ContactInput(name="Anna Weber"))
    if kind == "reminder":
        due = now() + timedelta(days=1)
        step = (ONE_OFF + SERIES) // SERIES  # the series spread among the one-off reminders
        for i in range(ONE_OFF + SERIES):
            if i % step == 0:
                services.reminders.create(1, due, f"series-{i}", recurrence=("day", 1))
            else:
                services.reminders.create(1, due, f"once-{i}")
    services.context.engine.dispose()


CHECKS = {"note": check_notes, "reminder": check_completions, "import": check_imports}


def run_kind(kind: str, kills: int, seed: int, base: Path, report: Callable[[str], None]) -> Tally:
    rng = random.Random(f"{seed}-{kind}")
    tally = Tally()
    folder = base / kind
    db = folder / "beziehung.db"
    ack_path = folder / "ack"
    low, high = DELAY.get(kind, (0.0, 0.0))
    reference = None
    if kind == "migration":
        reference = make_reference(folder)
        shutil.copyfile(OLD_DATABASE, db)
        # One undisturbed upgrade: the kills are spread over its duration (and a bit beyond).
        kill_once(kind, db, ack_path, "calibrate", 60.0)
        high = 1.3 * float(acknowledged(ack_path)[-1].split()[1])
    acks: list[str] = []
    round_no = 0
    while tally.kills < kills:
        round_no += 1
        delay = rng.uniform(low, high)
        where = f"{kind} round {round_no} (seed {seed}, delay {delay * 1000:.1f} ms)"
        try:
            if kind == "migration":
                shutil.rmtree(folder / "round", ignore_errors=True)
                (folder / "round").mkdir()
                db = folder / "round" / "beziehung.db"
                shutil.copyfile(OLD_DATABASE, db)
                ack_path = folder / "round" / "ack"
            if kill_once(kind, db, ack_path, str(round_no), delay):
                tally.kills += 1
            else:
                tally.finished += 1
            if kind == "migration":
                assert reference is not None
                done = bool(acknowledged(ack_path))
                left = check_migration(folder / "round", reference, done)
                tally.left[left] = tally.left.get(left, 0) + 1
                tally.acknowledged += done
                tally.checks += 1
            else:
                acks += acknowledged(ack_path)
                ack_path.unlink(missing_ok=True)
                tally.checks += CHECKS[kind](db, acks)
                opens_in_the_app(db)
                tally.acknowledged = len(acks)
        except Loss as loss:
            tally.losses.append(f"{where}: {loss}")
            report(f"LOSS {where}: {loss}")
            if kind == "migration":
                (folder / "round").rename(folder / f"round-{round_no}-failed")
            else:
                break  # the file is no longer a fair starting point for further rounds
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200, help="SIGKILLs in all (default 200)")
    parser.add_argument("--seed", type=int, default=20260327)
    parser.add_argument("--only", choices=KINDS, help="one kind of writer, for a replay")
    parser.add_argument("--keep", action="store_true", help="keep the databases afterwards")
    parser.add_argument("--writer", nargs=4, metavar=("KIND", "DB", "ACK", "TOKEN"))
    args = parser.parse_args(argv)
    if args.writer:
        kind, db, ack_path, token = args.writer
        WRITERS[kind](Path(db), Ack(Path(ack_path)), token)
        return 0

    kinds = [args.only] if args.only else list(KINDS)
    share = {k: SHARE[k] / sum(SHARE[k] for k in kinds) for k in kinds}
    plan = {k: round(args.kills * share[k]) for k in kinds}
    plan[kinds[0]] += args.kills - sum(plan.values())
    base = Path(tempfile.mkdtemp(prefix="beziehung-crash-"))
    lock = threading.Lock()

    def report(line: str) -> None:
        with lock:
            print(line, flush=True)

    print(f"crash test: seed {args.seed}, {args.kills} kills in {base}", flush=True)
    started = time.monotonic()
    for kind in kinds:
        prepare(kind, base / kind)
    # Each kind on its own database and thread, so the kinds run side by side.
    with ThreadPoolExecutor(len(kinds)) as pool:
        futures = {k: pool.submit(run_kind, k, plan[k], args.seed, base, report) for k in kinds}
        tallies = {k: f.result() for k, f in futures.items()}
    elapsed = time.monotonic() - started

    print(f"\n{'writer':<10} {'kills':>6} {'done first':>10} {'acked':>7} {'checked':>9} losses")
    for kind, t in tallies.items():
        print(
            f"{kind:<10} {t.kills:>6} {t.finished:>10} {t.acknowledged:>7} {t.checks:>9} "
            f"{len(t.losses)}"
        )
    if "migration" in tallies:
        left = ", ".join(f"{n} at {rev}" for rev, n in sorted(tallies["migration"].left.items()))
        print(f"killed migrations left the file {left}")
    total = sum(t.kills for t in tallies.values())
    losses = [loss for t in tallies.values() for loss in t.losses]
    checked = sum(t.checks for t in tallies.values())
    print(
        f"{total} kills in {elapsed:.0f} s, {checked:,} acknowledged writes checked, "
        f"{len(losses)} losses"
    )
    if losses or args.keep:
        print(f"databases kept in {base}")
    else:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if losses else 0


if __name__ == "__main__":
    sys.exit(main())
