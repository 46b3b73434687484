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
    if url.get_backend_name() != "postgresql":
        raise DumpUnavailable("pg_dump dumps PostgreSQL databases only")
    tool, lister = shutil.which("pg_dump"), shutil.which("pg_restore")
    if tool is None or lister is None:
        raise DumpUnavailable("pg_dump is not installed")
    query = dict(url.query)
    # Secrets never go on a command line, where every user of the machine may read them.
    if "sslpassword" in query:
        raise DumpUnavailable("the address holds sslpassword, which pg_dump cannot be given")
    password = query.pop("password", None) or url.password
    # Built anew: ``URL.set`` keeps a password it is given None for.
    libpq = URL.create(
        "postgresql",
        username=url.username,
        host=url.host,
        port=url.port,
        database=url.database,
        query=query,
    ).render_as_string(hide_password=False)
    env = dict(os.environ)
    if password is not None:
        env["PGPASSWORD"] = str(password)
    raw = target.with_name(f".{target.name}.partial")
    try:
        raw.touch(mode=0o600)
        done = _run(
            [tool, "--format=custom", "--no-owner", "--no-privileges", f"--file={raw}", libpq], env
        )
        if done.returncode != 0:
            raise DumpUnavailable(f"pg_dump failed: {_first_line(done.stderr)}")
        listed = _run([lister, "--list", str(raw)], env)
        if listed.returncode != 0:
            raise DumpUnavailable(f"the dump does not read back: {_first_line(listed.stderr)}")
        os.chmod(raw, 0o600)
        os.replace(raw, target)
    except subprocess.TimeoutExpired:
        raise DumpUnavailable(f"pg_dump took more than {DUMP_TIMEOUT_S} s") from None
    except OSError as error:
        # The archive beside it is the backup still; a dump that could not be written is
        # only missing.
        raise DumpUnavailable(f"the dump could not be written: {error.strerror or error}") from None
    finally:
        raw.unlink(missing_ok=True)


def _run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The tools speak the system's language in its encoding; a stray byte must not end the dump.
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=DUMP_TIMEOUT_S,
    )
