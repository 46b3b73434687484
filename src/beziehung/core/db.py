"""Engine and session set-up.

SQLite gets its pragmas on every connection (foreign keys are per connection there); other
databases are used as they come. Nothing else in the project knows which database it talks to,
except the search module and dialect-guarded migration steps.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    DateTime,
    Engine,
    MetaData,
    case,
    create_engine,
    event,
    func,
    literal,
    null,
    text,
)
from sqlalchemy.engine import URL, Dialect, ExceptionContext, make_url
from sqlalchemy.orm import DeclarativeBase, QueryableAttribute
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

BUSY_TIMEOUT_MS = 10_000


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and hands them back aware, on every database."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where UTC is stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def stored_time(value: datetime | str) -> datetime:
    """A stored UTC time as :class:`UTCDateTime` hands it back, from a driver's own row
    (SQLite keeps text) where SQLAlchemy's result processing is bypassed for speed."""
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


# SQLAlchemy's own text for a DateTime on SQLite: "2024-03-31 00:59:00.000000".
_DIGITS = "[0-9]"
_STORED_TEXT = (
    f"{_DIGITS * 4}-{_DIGITS * 2}-{_DIGITS * 2} {_DIGITS * 2}:{_DIGITS * 2}:{_DIGITS * 2}"
    f".{_DIGITS * 6}"
)


def stored_time_iso_sql(
    column: ColumnElement[Any] | QueryableAttribute[Any],
) -> ColumnElement[Any]:
    """SQL giving ``stored_time(value).isoformat()`` for a column SQLAlchemy wrote on SQLite,
    NULL for any other text: a million rows are then converted without a datetime each.

    ``isoformat`` leaves out a zero fraction and prints any other with six digits, as stored."""

    def joined(*parts: ColumnElement[Any]) -> ColumnElement[Any]:
        whole = parts[0]
        for part in parts[1:]:
            whole = whole.op("||")(part)
        return whole

    clock = case(
        (func.substr(column, 20) == ".000000", func.substr(column, 12, 8)),
        else_=func.substr(column, 12, 15),
    )
    return case(
        (
            column.op("GLOB")(_STORED_TEXT),
            joined(func.substr(column, 1, 10), literal("T"), clock, literal("+00:00")),
        ),
        else_=null(),
    )


def _read_only_now(path: Path | None, read_only: bool) -> bool:
    # Read at each connect: a restore clears the mark, and once the window lets go of its
    # connections (``engine.dispose()``) the new ones may write again.
    if path is None:
        return read_only
    from beziehung.core.integrity import is_marked

    return is_marked(path)


def _sqlite_pragmas(
    busy_timeout_ms: int, path: Path | None, read_only: bool
) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Python's sqlite3 opens transactions itself unless told not to; SQLAlchemy's begin()
        # must be the only one that does, so that a service call is exactly one transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        cursor.execute("PRAGMA synchronous=FULL")
        if _read_only_now(path, read_only):
            # A damaged file: every write, even BEGIN IMMEDIATE, is refused by SQLite itself.
            cursor.execute("PRAGMA query_only=ON")
        cursor.close()

    return on_connect


# SQLite's companions of a database file; it creates the WAL and SHM with the database's own
# permissions, so a private database keeps its companions private too.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def _private_files(path: Path) -> Callable[[Any, Any], None]:
    def on_connect(_dbapi_connection: Any, _record: Any) -> None:
        # A file made before files were private (or copied in with 0644) is tightened at open.
        from beziehung.core.atomic import private_file

        private_file(path)
        for suffix in COMPANION_SUFFIXES:
            private_file(path.with_name(path.name + suffix))

    return on_connect


def _storage_errors(path: Path | None, where: str, read_only: bool) -> Callable[[Any], Any]:
    def on_error(context: ExceptionContext) -> BaseException | None:
        # One place for every statement on this engine: a "malformed" error marks the file
        # damaged, a lock or a full disk becomes one sentence instead of "unexpected error".
        from beziehung.core.integrity import storage_error

        original = context.original_exception
        if original is None:
            return None
        return storage_error(original, path, where, read_only=_read_only_now(path, read_only))

    return on_error


def _sqlite_begin(path: Path | None, where: str) -> Callable[[Any], None]:
    def on_begin(conn: Any) -> None:
        # Writers take the lock when they begin: a deferred transaction that reads first could
        # not wait for another process's write and would fail at once with "database is locked".
        mode = conn.get_execution_options().get("sqlite_begin", "")
        if mode and path is not None:
            from beziehung.core import integrity

            # The mark may have been set since this connection opened (the window's check,
            # another process); a stat per write is cheap next to writing into a damaged file.
            if integrity.is_marked(path):
                raise integrity.damaged(where)
        conn.exec_driver_sql(f"BEGIN {mode}".strip())

    return on_begin


def writer(engine: Engine) -> Engine:
    """The engine for write transactions (``BEGIN IMMEDIATE`` on SQLite)."""
    return engine.execution_options(sqlite_begin="IMMEDIATE")


# A bulk load's page cache: the notes' indexes at a million rows outgrow SQLite's default 2 MB,
# and every page evicted mid-transaction is written to the WAL again and again.
BULK_CACHE_KIB = 256 * 1024


@contextmanager
def bulk_cache(conn: Connection) -> Iterator[None]:
    """A large page cache on this connection for the duration of one bulk write.

    Durability is untouched (WAL and ``synchronous=FULL`` stay): the load is one transaction
    and pays one sync at its commit. The pooled connection gets its own cache size back.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    before = int(conn.exec_driver_sql("PRAGMA cache_size").scalar_one())
    conn.exec_driver_sql(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size={before}")


def enable_wal(engine: Engine) -> None:
    """WAL lets the window read while the command line writes; set once the file is ours."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as conn:
        # Through the driver, outside any transaction, where SQLite honours the pragma.
        raw = conn.connection.dbapi_connection
        if raw is not None:  # only a detached connection has none; this one is checked out
            raw.execute("PRAGMA journal_mode=WAL")


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


# psycopg 3 is the one PostgreSQL driver (the optional extra ``server``); a bare
# ``postgresql://`` would make SQLAlchemy reach for psycopg2, which is not installed.
SERVER_DRIVER = "psycopg"
SERVER_EXTRA_HINT = "pip install 'beziehung[server]'"


def driver_url(url: str) -> URL:
    """``url`` parsed, a PostgreSQL URL without a driver (or with another one) given psycopg's."""
    parsed = make_url(url)
    # Spelt out even where SQLAlchemy's default driver is psycopg already (2.1 on).
    if (
        parsed.get_backend_name() == "postgresql"
        and parsed.drivername != f"postgresql+{SERVER_DRIVER}"
    ):
        parsed = parsed.set(drivername=f"postgresql+{SERVER_DRIVER}")
    return parsed


def _check_server_driver(url: URL) -> None:
    if url.get_backend_name() != "postgresql":
        return
    import importlib.util

    if importlib.util.find_spec(SERVER_DRIVER) is None:
        from beziehung.core.errors import DomainError

        raise DomainError(
            "server_unavailable",
            "PostgreSQL support is not installed: {hint}",
            hint=SERVER_EXTRA_HINT,
        )


def settle_bulk_write(conn: Connection) -> None:
    """What a server needs after many rows were written with their ids (a bulk load, a
    restored archive, a migration), in the same transaction: sequences past the largest ids,
    and fresh statistics. Without them PostgreSQL's planner takes a rare search word for a
    common one and walks every note (measured: 138 ms instead of 5 ms at 100,000 notes)."""
    advance_sequences(conn)
    if conn.dialect.name == "postgresql":
        conn.execute(text("ANALYZE"))


def advance_sequences(conn: Connection) -> None:
    """Move every table's id sequence past its largest id; nothing to do on SQLite.

    Rows written with their ids (a bulk load, a restored archive, a migration's copy) leave a
    PostgreSQL sequence where it was, and the next ordinary insert would collide. Every such
    path calls this in its own transaction, so the sequences are right when it commits.
    """
    if conn.dialect.name != "postgresql":
        return
    # From the catalogue, not the models: a migration to an older revision has other tables.
    sequences = conn.execute(
        text(
            "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') "
            "FROM information_schema.columns WHERE table_schema = current_schema() "
            "AND column_name = 'id' AND data_type IN ('smallint', 'integer', 'bigint')"
        )
    ).all()
    quote = conn.dialect.identifier_preparer.quote
    for table, sequence in sequences:
        if sequence is None:
            continue
        # max + 1 with is_called false is right for an empty table too: the next id is 1.
        conn.execute(
            text(f"SELECT setval(:sequence, coalesce(max(id), 0) + 1, false) FROM {quote(table)}"),
            {"sequence": sequence},
        )


SERVER_CONNECT_TIMEOUT_S = 10


def make_engine(
    url: str,
    passphrase: str | None = None,
    *,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    read_only: bool = False,
) -> Engine:
    """An engine for ``url``; a local SQLite file's folder is created when missing.

    ``read_only`` (a damaged file) refuses every write; ``busy_timeout_ms`` is how long a
    statement waits for another program's write lock before saying so. With a ``passphrase``
    the file is opened through SQLCipher (:mod:`.encryption`), keyed on every new connection.
    The URL stays plain and the pool the same as for a plain file: the passphrase is in no
    URL, repr or log.
    """
    path = sqlite_path(url)
    if path is not None and not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    parsed = driver_url(url)
    _check_server_driver(parsed)
    options: dict[str, Any] = {}
    if passphrase is not None:
        from beziehung.core import encryption

        options["module"] = encryption.dbapi()
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        # A server out of reach (the laptop away from the office) is said to be so within
        # seconds; libpq alone would wait as long as the network does.
        options["connect_args"] = {"connect_timeout": SERVER_CONNECT_TIMEOUT_S}
    # Parameters stay out of error messages: they carry note text, which never goes to a log.
    engine = create_engine(parsed, hide_parameters=True, **options)
    if passphrase is not None:
        # First of all connect hooks: nothing may read the file before it is keyed.
        event.listen(engine, "connect", encryption.keyer(passphrase), insert=True)
    if engine.dialect.name == "postgresql":
        from beziehung.core.models import declare_postgresql_options

        declare_postgresql_options()
    if engine.dialect.name == "sqlite":
        where = str(path) if path is not None else url
        event.listen(engine, "connect", _sqlite_pragmas(busy_timeout_ms, path, read_only))
        if path is not None:
            event.listen(engine, "connect", _private_files(path))
        event.listen(engine, "begin", _sqlite_begin(path, where))
        event.listen(engine, "handle_error", _storage_errors(path, where, read_only))
    return engine
