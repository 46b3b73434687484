"""The demo row: ``beziehung demo`` against the raw sqlite3 load (:mod:`.floor_load`).

The app's database is kept in the cache for the other rows; the floor's file is thrown away.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from beziehung.core import demo
from beziehung.core.migrate import HEAD

from . import floor_load
from .common import Row, beziehung

CACHE = Path.home() / ".cache" / "beziehung-bench"


def generator_version() -> str:
    """Changes whenever the demo generator's code or the schema (a revision may still gain an
    index before it is released) does, so a stale database is not reused."""
    core = Path(demo.__file__).parent
    sources = [core / "demo.py", core / "demo_journeys.py", core / "models.py"]
    sources += sorted((core / "migrations" / "versions").glob("*.py"))
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in sources)).hexdigest()
    return digest[:12]


def cached_path(contacts: int, notes: int) -> Path:
    return CACHE / f"demo-{HEAD}-{generator_version()}-{contacts}-{notes}.db"


def _app_load(target: Path, contacts: int, notes: int) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    args = ("--db", str(target), "demo", "--contacts", str(contacts), "--notes", str(notes))
    beziehung(*args)
    return time.perf_counter() - started


def measure(contacts: int, notes: int, fresh: bool) -> tuple[Path, list[Row]]:
    """The cached database, and the demo row when it was (re)built in this run."""
    path = cached_path(contacts, notes)
    measured = path.with_suffix(".demo.json")
    if path.exists() and not fresh:
        # The figure from the run that built the cached file: a rebuild costs minutes.
        kept = json.loads(measured.read_text()) if measured.exists() else None
        return path, [Row(**kept)] if kept else []
    CACHE.mkdir(parents=True, exist_ok=True)
    building = path.with_suffix(".building")
    with tempfile.TemporaryDirectory(dir=CACHE) as scratch:
        floor_s = floor_load.load(Path(scratch) / "floor.db", contacts, notes)
    app_s = _app_load(building, contacts, notes)
    for suffix in ("-wal", "-shm"):
        Path(f"{building}{suffix}").unlink(missing_ok=True)
    shutil.move(building, path)
    name = f"demo --contacts {contacts} --notes {notes}"
    # One of each: at a million notes a repetition costs minutes. The command's own start-up
    # (imports, migration of the empty file) is part of the app's figure, as the user sees it.
    row = Row(name, "ms", app_s * 1000, app_s * 1000, floor_s * 1000, 2.5)
    measured.write_text(json.dumps(asdict(row)))
    return path, [row]
