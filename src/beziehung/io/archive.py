"""The lossless archive: every table, every id and timestamp, as versioned JSON in a zip.

Layout (format version 1)::

    manifest.json        {"format": "beziehung-archive", "version": 1, "schema": "0004",
                          "exported_at": ISO time, "tables": {name: row count}}
    data/<table>.json    a JSON array of objects, one per row, ordered by primary key;
                         dates and times as ISO 8601 (times in UTC with offset),
                         binary values as {"$base64": "…"}

Everything but ``exported_at`` is the same for the same data, so export → import → export
gives identical data files. The full-text index is not stored; it is rebuilt on import.
"""

from __future__ import annotations

import json
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.exc import StatementError

from beziehung.core.errors import DomainError, invalid
from beziehung.core.migrate import HEAD
from beziehung.io.archive_rows import BadValue, row_reader
from beziehung.io.atomic import atomic_path
from beziehung.io.fields import json_value

if TYPE_CHECKING:
    from beziehung.core.services import Services

FORMAT = "beziehung-archive"
VERSION = 1
# Archives of an older schema still restore: each column added since gets what an upgrade
# gives it (by table; the reminders' author and assignee become the importing user, see
# ``ArchiveService.restore``).
ADDED_SINCE: dict[str, dict[str, dict[str, Any]]] = {
    "0008": {
        "contacts": {"version": 1},
        "notes": {"version": 1},
        "reminders": {"version": 1, "author_id": None, "assignee_id": None},
    },
}
Progress = Callable[[str, int], None]


def export_archive(
    services: Services, out: Path, progress: Progress | None = None
) -> dict[str, int]:
    counts: dict[str, int] = {}
    with (
        atomic_path(out) as partial,
        zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive,
    ):
        for table, rows in services.archive.snapshot():
            count = 0
            with archive.open(f"data/{table.name}.json", "w") as raw:
                raw.write(b"[")
                for row in rows:
                    item = {key: json_value(value) for key, value in row.items()}
                    text = json.dumps(
                        item, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                    )
                    raw.write((",\n" if count else "\n").encode() + text.encode("utf-8"))
                    count += 1
                raw.write(b"\n]\n")
            counts[table.name] = count
            if progress is not None:
                progress(table.name, count)
        manifest = {
            "format": FORMAT,
            "version": VERSION,
            "schema": HEAD,
            "exported_at": json_value(services.context.clock.now()),
            "tables": counts,
        }
        archive.writestr("manifest.json", json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return counts


# Bounds on what an archive may unpack to, checked on the zip's directory before anything is
# read: far above a real database's archive, far below what exhausts memory. JSON of notes
# compresses some tenfold; a run of zeros a thousandfold.
MAX_ENTRY_BYTES = 1 << 30
MAX_TOTAL_BYTES = 2 << 30
MAX_RATIO = 100
RATIO_FROM_BYTES = 1 << 20  # tiny entries compress oddly and cost nothing
MAX_ENTRIES = 1_000
# What zipfile and zlib raise for a damaged archive: a bad CRC, a cut-off stream, a method or
# encryption it cannot read.
_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
)


def _refuse(path: Path, template: str, **params: Any) -> DomainError:
    return invalid(
        "archive_broken",
        "{path}: " + template + "; nothing was imported",
        path=path.name,
        **params,
    )


def _check_sizes(archive: zipfile.ZipFile, path: Path) -> None:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise _refuse(path, "holds {n:,} files, more than an archive has", n=len(entries))
    total = 0
    for info in entries:
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_ENTRY_BYTES or total > MAX_TOTAL_BYTES:
            raise invalid(
                "archive_too_large",
                "{path}: {name} unpacks to more than {most} GB; nothing was imported",
                path=path.name,
                name=info.filename,
                most=(MAX_ENTRY_BYTES if info.file_size > MAX_ENTRY_BYTES else MAX_TOTAL_BYTES)
                >> 30,
            )
        if info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise invalid(
                "archive_too_large",
                "{path}: {name} is compressed {ratio:,.0f} to 1, more than an archive ever is;"
                " nothing was imported",
                path=path.name,
                name=info.filename,
                ratio=ratio,
            )


def _read_json(archive: zipfile.ZipFile, path: Path, name: str) -> Any:
    """One entry parsed as JSON, read no further than the size its directory gives."""
    info = archive.getinfo(name)  # KeyError for the caller
    try:
        with archive.open(info) as entry:
            data = entry.read(info.file_size + 1)
        if len(data) > info.file_size:
            raise zipfile.BadZipFile("the entry is longer than its directory says")
    except _ZIP_ERRORS as error:
        raise _refuse(path, "{name} is damaged ({reason})", name=name, reason=str(error)) from None
    try:
        return json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError) as error:
        raise _refuse(
            path, "{name} is not valid JSON ({reason})", name=name, reason=str(error)[:120]
        ) from None


def import_archive(
    services: Services, path: Path, progress: Progress | None = None, *, replace: bool = False
) -> dict[str, int]:
    """Restore an archive into an empty database, in one transaction; every value is checked
    against the model first. ``replace`` removes the data there first, in that transaction."""
    try:
        archive = zipfile.ZipFile(path)
    except _ZIP_ERRORS as error:
        raise invalid(
            "archive_unreadable",
            "{path} is not a Beziehung archive ({reason})",
            path=path.name,
            reason=getattr(error, "strerror", None) or str(error),
        ) from None
    with archive:
        _check_sizes(archive, path)
        manifest = _manifest(archive, path)

        def rows_of(table: Table) -> list[dict[str, Any]]:
            name = f"data/{table.name}.json"
            if table.name not in manifest["tables"] and name not in archive.namelist():
                # A table newer than the archive: it had nothing to hold yet.
                return []
            try:
                rows = _read_json(archive, path, name)
            except KeyError:
                raise invalid(
                    "archive_incomplete", "{path} lacks {name}", path=path.name, name=name
                ) from None
            if not isinstance(rows, list):
                raise _refuse(path, "{name} is not a list of rows", name=name)
            if len(rows) != manifest["tables"].get(table.name):
                raise _refuse(
                    path, "{name} holds another number of rows than the manifest says", name=name
                )
            read = row_reader(table)
            added = ADDED_SINCE.get(manifest["schema"], {}).get(table.name, {})
            checked = []
            for number, row in enumerate(rows, start=1):
                try:
                    checked.append(read({**added, **row} if isinstance(row, dict) else row))
                except BadValue as error:
                    raise _refuse(
                        path,
                        "{name}, row {row}: {problem}",
                        name=name,
                        row=number,
                        problem=str(error),
                    ) from None
            return checked

        try:
            return services.archive.restore(
                rows_of, progress, unassigned=manifest["schema"] in ADDED_SINCE, replace=replace
            )
        except DomainError as error:
            if error.code != "archive_not_empty":
                raise
            raise invalid(
                "archive_not_empty",
                "{problem}; {path} was not imported",
                problem=str(error),
                path=path.name,
            ) from None
        except StatementError as error:
            raise invalid(
                "archive_broken",
                "{path} holds rows that do not fit together ({reason}); nothing was imported",
                path=path.name,
                reason=str(getattr(error, "orig", None) or error).splitlines()[0],
            ) from None


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    try:
        manifest = _read_json(archive, path, "manifest.json")
    except KeyError:
        manifest = None
    except DomainError:
        raise
    if not isinstance(manifest, dict):
        raise invalid(
            "archive_manifest", "{path} has no readable manifest.json", path=path.name
        ) from None
    if manifest.get("format") != FORMAT or manifest.get("version") != VERSION:
        raise invalid(
            "archive_format",
            "{path} is not a Beziehung archive of format version {v}",
            path=path.name,
            v=VERSION,
        )
    schema = manifest.get("schema")
    # Any JSON value may stand here; only a string can name a known revision.
    if not isinstance(schema, str) or (schema != HEAD and schema not in ADDED_SINCE):
        raise invalid(
            "archive_schema",
            "{path} was written with schema {theirs}; this version restores schema {ours} only",
            path=path.name,
            theirs=schema[:40] if isinstance(schema, str) else json.dumps(schema)[:40],
            ours=HEAD,
        )
    counts = manifest.get("tables")
    if not isinstance(counts, dict) or not all(
        isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in counts.values()
    ):
        raise invalid(
            "archive_manifest",
            "{path}: manifest.json does not give a row count for each table",
            path=path.name,
        )
    return manifest
