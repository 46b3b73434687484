"""Two (or more) programs writing to one database at once: notes added, one contact edited.

    .venv/bin/python -m tests.concurrent_writers URL [--writers 2] [--ops 400]

Each writer is its own process with its own engine. Every second operation logs a note on
the shared contact (an addition: never refused); the others edit the same contact, starting
from the version they just read and appending their own token to its "about" text, so that
two edits from the same version collide and the second is refused as a conflict. Afterwards
nothing may be lost: every note a writer was told it saved is there, every edit it was told it
saved left its token, no refused edit left one, and the version counts the saved edits.

``tests/core/test_concurrent_writers.py`` runs it on SQLite and on the PostgreSQL test server;
run by hand it prints the figures the README quotes.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class Outcome:
    notes: list[int]
    edits: list[str]
    conflicts: int
    seconds: float


def write(url: str, contact_id: int, name: str, ops: int) -> Outcome:
    """One writer's share: ``ops`` operations, alternately a note and an edit."""
    from beziehung.clock import SystemClock
    from beziehung.core.db import make_engine
    from beziehung.core.errors import ConflictError
    from beziehung.core.services import Services
    from beziehung.core.services.inputs import NoteInput

    engine = make_engine(url)
    services = Services.build(engine, SystemClock())
    notes: list[int] = []
    edits: list[str] = []
    conflicts = 0
    started = time.perf_counter()
    for i in range(ops):
        if i % 2 == 0:
            notes.append(
                services.notes.log(NoteInput(contact_id=contact_id, body=f"{name}-{i}")).id
            )
            continue
        card = services.contacts.card(contact_id)
        token = f"{name}-{i}"
        wanted = replace(card.as_input(), about=f"{card.about} {token}".strip())
        try:
            services.contacts.update(contact_id, wanted, expected_version=card.version)
        except ConflictError:
            conflicts += 1
        else:
            edits.append(token)
    seconds = time.perf_counter() - started
    engine.dispose()
    return Outcome(notes, edits, conflicts, seconds)


def run_writers(url: str, contact_id: int, writers: int, ops: int) -> list[Outcome]:
    """Start every writer at once, each in a fresh interpreter, and collect what each saved."""
    command = [sys.executable, "-m", "tests.concurrent_writers", url, "--worker"]
    running = [
        subprocess.Popen(
            [*command, str(contact_id), f"w{n}", str(ops)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(writers)
    ]
    outcomes = []
    for process in running:
        out, _ = process.communicate(timeout=600)
        if process.returncode != 0:
            raise RuntimeError(f"a writer failed with exit code {process.returncode}")
        outcomes.append(Outcome(**json.loads(out)))
    return outcomes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--worker", nargs=3, metavar=("CONTACT", "NAME", "OPS"))
    parser.add_argument("--writers", type=int, default=2)
    parser.add_argument("--ops", type=int, default=400)
    args = parser.parse_args()
    if args.worker:
        contact, name, ops = args.worker
        print(json.dumps(write(args.url, int(contact), name, int(ops)).__dict__))
        return

    from beziehung.clock import SystemClock
    from beziehung.core.migrate import open_database
    from beziehung.core.services import Services
    from beziehung.core.services.inputs import ContactInput

    engine = open_database(args.url, SystemClock().now)
    services = Services.build(engine, SystemClock())
    contact_id = services.contacts.create(ContactInput(name="Geteilte Kundin"))
    started = time.perf_counter()
    outcomes = run_writers(args.url, contact_id, args.writers, args.ops)
    wall = time.perf_counter() - started
    card = services.contacts.card(contact_id)
    stored_notes = {n.id for n in services.contacts.note_page(contact_id, limit=10**6).notes}
    saved_notes = {i for o in outcomes for i in o.notes}
    saved_edits = [t for o in outcomes for t in o.edits]
    ops = args.writers * args.ops
    print(
        f"{args.writers} writers × {args.ops} operations in {wall:.1f} s "
        f"({ops / wall:.0f} operations/s): {len(saved_notes)} notes saved, "
        f"{len(saved_edits)} edits saved, {sum(o.conflicts for o in outcomes)} edits refused "
        "as conflicts"
    )
    lost_notes = saved_notes - stored_notes
    lost_edits = [t for t in saved_edits if t not in card.about.split()]
    print(f"lost: {len(lost_notes)} notes, {len(lost_edits)} edits; version {card.version}")
    engine.dispose()


if __name__ == "__main__":
    main()
