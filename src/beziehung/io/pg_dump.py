"""PostgreSQL's own dump of a server database, where its tools are installed.

``pg_dump --format=custom`` writes the dump; ``pg_restore --list`` reads it back before it gets
its name. The password goes to the tools through ``PGPASSWORD``, never on a command line that
other users of the machine could read. Restoring a dump is the database owner's work
(``pg_restore --clean --if-exists -d URL FILE``); Beziehung restores its own archives.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import URL

DUMP_TIMEOUT_S = 3600


class DumpUnavailable(Exception):
    """No dump was written; the message says why in one line."""


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "no reason given")


def dump(url: URL, target: Path) -> None:
    """Write ``url``'s database to ``target`` in pg_dump's custom format, checked, mode 0600;
    nothing is left behind when it fails (:class:`DumpUnavailable`)."""
    tool, lister = shutil.which("pg_dump"), shutil.which("pg_restore")
    if tool is None or lister is None:
        raise DumpUnavailable("pg_dump is not installed")
    # Built anew: ``URL.set`` keeps a password it is given None for.
    libpq = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=url.query,
    ).render_as_string(hide_password=False)
    env = dict(os.environ)
    if url.password is not None:
        env["PGPASSWORD"] = str(url.password)
    raw = target.with_name(f".{target.name}.partial")
    try:
        raw.touch(mode=0o600)
        done = subprocess.run(
            [tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={raw}", libpq],
            env=env,
            capture_output=True,
            text=True,
            timeout=DUMP_TIMEOUT_S,
        )
        if done.returncode != 0:
            raise DumpUnavailable(f"pg_dump failed: {_first_line(done.stderr)}")
        listed = subprocess.run(
            [lister, "--list", str(raw)], capture_output=True, text=True, timeout=DUMP_TIMEOUT_S
        )
        if listed.returncode != 0:
            raise DumpUnavailable(f"the dump does not read back: {_first_line(listed.stderr)}")
        os.chmod(raw, 0o600)
        os.replace(raw, target)
    except subprocess.TimeoutExpired:
        raise DumpUnavailable(f"pg_dump took more than {DUMP_TIMEOUT_S} s") from None
    finally:
        raw.unlink(missing_ok=True)
