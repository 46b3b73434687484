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

import base64
import json
import zipfile
import zlib
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Table
from sqlalchemy.exc import StatementError
from sqlalchemy.types import Date, LargeBinary

from beziehung.core.db import UTCDateTime
from beziehung.core.errors import DomainError, invalid
from beziehung.core.migrate import HEAD
from beziehung.io.atomic import atomic_path
from beziehung.io.fields import json_value

if TYPE_CHECKING:
    from beziehung.core.services import Services

FORMAT = "beziehung-archive"
VERSION = 1
Progress = Callable[[str, int], None]


def _decoder(table: Table) -> Callable[[dict[str, Any]], dict[str, Any]]:
    converters: dict[str, Callable[[Any], Any]] = {}
    for column in table.columns:
        if isinstance(column.type, UTCDateTime):
            converters[column.name] = datetime.fromisoformat
        elif isinstance(column.type, Date):
            converters[column.name] = date.fromisoformat
        elif isinstance(column.type, LargeBinary):
            converters[column.name] = lambda v: base64.b64decode(v["$base64"])

    def decode(row: dict[str, Any]) -> dict[str, Any]:
        return {
            key: (converters[key](value) if value is not None and key in converters else value)
            for key, value in row.items()
        }

    return decode


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


def import_archive(
    services: Services, path: Path, progress: Progress | None = None
) -> dict[str, int]:
    """Restore an archive into an empty database, in one transaction."""
    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile) as error:
        raise invalid(
            "archive_unreadable",
            "{path} is not a Beziehung archive ({reason})",
            path=path.name,
            reason=str(error),
        ) from None
    with archive:
        manifest = _manifest(archive, path)

        def rows_of(table: Table) -> list[dict[str, Any]]:
            name = f"data/{table.name}.json"
            try:
                rows = json.loads(archive.read(name).decode("utf-8"))
                if len(rows) != manifest["tables"].get(table.name):
                    raise ValueError("the row count differs from the manifest")
                decode = _decoder(table)
                return [decode(row) for row in rows]
            except KeyError:
                raise invalid(
                    "archive_incomplete", "{path} lacks {name}", path=path.name, name=name
                ) from None
            except (TypeError, ValueError, AttributeError, zipfile.BadZipFile, zlib.error) as error:
                raise invalid(
                    "archive_broken",
                    "{path}: {name} cannot be restored ({reason})",
                    path=path.name,
                    name=name,
                    reason=str(error),
                ) from None

        try:
            return services.archive.restore(rows_of, progress)
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
        manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
    except (KeyError, ValueError):
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
    if manifest.get("schema") != HEAD:
        raise invalid(
            "archive_schema",
            "{path} was written with schema {theirs}; this version restores schema {ours} only",
            path=path.name,
            theirs=manifest.get("schema"),
            ours=HEAD,
        )
    return manifest
