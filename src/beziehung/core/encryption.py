"""Encryption at rest: a database file encrypted with SQLCipher, opened with a passphrase.

Optional: it needs the ``encryption`` extra (``sqlcipher3``, a self-contained build of SQLCipher
with FTS5, and ``keyring``). Without it everything else works and an encrypted file is refused
with one sentence naming the extra.

An encrypted file is told from a plain one by its first 16 bytes: SQLite writes
``SQLite format 3\\0`` there, SQLCipher a random salt. Nothing here can recover a lost
passphrase — the key is derived from it and stored nowhere.

Files are changed whole: encrypting and decrypting write a new file beside the target with
``sqlcipher_export`` and rename it over the target (:func:`beziehung.core.atomic.atomic_path`),
so a crash leaves the old file or the new one. Changing the passphrase (``PRAGMA rekey``)
rewrites every page in one transaction. Encrypting, re-keying and decrypting in place
(:func:`remove`) refuse a database that any other connection has open.
The module holds the file operations and the keyring together, hence its length.

The passphrase is never logged and never put into a URL: it reaches SQLCipher as the first
statement on each new connection (:func:`keyer`).
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import os
import struct
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from types import ModuleType
from typing import Any

from beziehung.core.errors import SchemaError
from beziehung.core.integrity import SQLITE_HEADER, CheckResult, check_result, locked

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

MIN_NEW_LENGTH = 8
KEYRING_SERVICE = "Beziehung"
EXTRA_HINT = "pip install 'beziehung[encryption]'"
# How long encrypt, rekey and decrypt wait for another program to let go of the file.
EXCLUSIVE_WAIT_S = 2.0


class EncryptionError(SchemaError):
    """A database that cannot be opened, encrypted or decrypted as asked."""

    code = "encryption"


class FileState(Enum):
    MISSING = "missing"
    PLAIN = "plain"
    ENCRYPTED = "encrypted"
    FOREIGN = "foreign"  # neither: a letter, a spreadsheet, some other program's file


# SQLCipher writes whole pages of at least this size, beginning with a random salt.
_SMALLEST_PAGE = 512


def file_state(path: Path) -> FileState:
    """Whether ``path`` is absent (or empty, which SQLite treats alike), plain, encrypted, or
    some other kind of file."""
    try:
        with path.open("rb") as stream:
            head = stream.read(len(SQLITE_HEADER))
            size = os.fstat(stream.fileno()).st_size
    except FileNotFoundError:
        return FileState.MISSING
    if not head:
        return FileState.MISSING
    if head == SQLITE_HEADER:
        return FileState.PLAIN
    # A salt of random bytes is almost never all printable text, and the file is whole pages.
    printable = all(32 <= b < 127 or b in b"\t\r\n" for b in head)
    if size % _SMALLEST_PAGE == 0 and not printable:
        return FileState.ENCRYPTED
    return FileState.FOREIGN


def is_encrypted(path: Path) -> bool:
    return file_state(path) is FileState.ENCRYPTED


def available() -> bool:
    try:
        dbapi()
    except EncryptionError:
        return False
    return True


def installed() -> bool:
    """Whether the SQLCipher driver is installed, without loading it: the window asks at
    every start (to offer encryption), and loading the driver costs 5 MB that a plain
    database never needs. A driver that is installed but does not load says so when used
    (:func:`dbapi`)."""
    return importlib.util.find_spec("sqlcipher3") is not None


def dbapi() -> ModuleType:
    """The SQLCipher driver (a drop-in for ``sqlite3``)."""
    try:
        # By name: sqlcipher3 ships no type information, and its API is sqlite3's.
        dbapi2 = importlib.import_module("sqlcipher3.dbapi2")
    except ImportError:
        raise EncryptionError(
            "encryption_unavailable",
            "Encrypted databases need the optional encryption package ({hint})",
            hint=EXTRA_HINT,
        ) from None
    return dbapi2


def check_passphrase(passphrase: str) -> None:
    if not passphrase:
        raise EncryptionError("passphrase_empty", "The passphrase is empty")
    if "\x00" in passphrase:
        raise EncryptionError("passphrase_nul", "The passphrase contains a NUL character")


def check_new_passphrase(passphrase: str) -> None:
    """The rule for a passphrase that is about to encrypt a database."""
    check_passphrase(passphrase)
    if len(passphrase) < MIN_NEW_LENGTH:
        raise EncryptionError(
            "passphrase_short",
            "A new passphrase needs at least {length} characters",
            length=MIN_NEW_LENGTH,
        )


def _literal(passphrase: str) -> str:
    # PRAGMA takes no bound parameters; a doubled quote is the only escape an SQL string has.
    return "'" + passphrase.replace("'", "''") + "'"


def keyer(passphrase: str) -> Callable[[Any, Any], None]:
    """A connect hook that keys each new connection before anything reads the file."""
    statement = f"PRAGMA key = {_literal(passphrase)}"

    def key(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        # SQLCipher writes failed decryptions to stderr; the error that follows says enough.
        cursor.execute("PRAGMA cipher_log_level = NONE")
        cursor.execute(statement)
        cursor.close()

    return key


def _connect(path: Path, passphrase: str | None, timeout: float = EXCLUSIVE_WAIT_S) -> Any:
    connection = dbapi().connect(str(path), timeout=timeout, isolation_level=None)
    if passphrase is not None:
        keyer(passphrase)(connection, None)
    return connection


def wrong_passphrase(where: str) -> EncryptionError:
    return EncryptionError(
        "wrong_passphrase", "The passphrase does not open the database {where}", where=where
    )


def _is_not_a_database(error: Exception) -> bool:
    return "file is not a database" in str(error)


def verify(path: Path, passphrase: str) -> None:
    """Raise ``wrong_passphrase`` unless ``passphrase`` opens the encrypted file ``path``."""
    check_passphrase(passphrase)
    driver = dbapi()
    connection = _connect(path, passphrase)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except driver.DatabaseError as error:
        if _is_not_a_database(error):
            raise wrong_passphrase(str(path)) from None
        raise
    finally:
        connection.close()


def check_access(path: Path, passphrase: str | None) -> None:
    """Refuse, before any engine exists, what cannot work: an encrypted file without a
    passphrase, a plain file with one, a new passphrase too weak, or no SQLCipher driver."""
    state = file_state(path)
    if state is FileState.FOREIGN:
        raise SchemaError(
            "not_ours", "The file {where} is not a Beziehung database", where=str(path)
        )
    if state is FileState.ENCRYPTED and passphrase is None:
        raise EncryptionError(
            "passphrase_needed",
            "Cannot open the database {where}: it is not a plain SQLite file; if it is "
            "encrypted, give its passphrase with --passphrase-file FILE or BEZIEHUNG_PASSPHRASE",
            where=str(path),
        )
    if passphrase is None:
        return
    if state is FileState.PLAIN:
        raise EncryptionError(
            "not_encrypted",
            "The database {where} is not encrypted; 'beziehung encrypt' encrypts it",
            where=str(path),
        )
    if state is FileState.MISSING:
        check_new_passphrase(passphrase)
    else:
        check_passphrase(passphrase)
    dbapi()


# SQLite's unix VFS holds a read lock on this byte of the "-shm" file for as long as a
# connection has the database open in WAL mode, even while it is idle.
_SHM_DMS_BYTE = 128


def _open_elsewhere(path: Path) -> bool:
    """Whether another connection, in this process or another, has the WAL database open.

    Open-file-description locks conflict with SQLite's POSIX locks even within one process.
    Where they do not exist (not Linux) the answer is False and only the journal-mode check
    below guards.
    """
    getlk = getattr(fcntl, "F_OFD_GETLK", None) if fcntl is not None else None
    if getlk is None or fcntl is None:
        return False
    try:
        descriptor = os.open(path.with_name(path.name + "-shm"), os.O_RDWR)
    except FileNotFoundError:
        return False
    try:
        probe = struct.pack("hhqqi", fcntl.F_WRLCK, os.SEEK_SET, _SHM_DMS_BYTE, 1, 0)
        answer = fcntl.fcntl(descriptor, getlk, probe)
    finally:
        os.close(descriptor)
    return struct.unpack("hhqqi", answer)[0] != fcntl.F_UNLCK


def _take_exclusively(connection: Any, path: Path) -> None:
    """Refuse a database someone else has open, then leave WAL mode so that the file alone
    holds every page (SQLite keeps the mode "wal" when another connection is reading)."""
    mode: str | None = None
    if not _open_elsewhere(path):
        try:
            mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except dbapi().OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
    if mode != "delete":
        raise EncryptionError(
            "database_in_use",
            "The database {where} is in use; close Beziehung's window and try again",
            where=str(path),
        )


def _export(connection: Any, target: Path, passphrase: str | None) -> None:
    """Copy the connection's database into the empty file ``target``, encrypted with
    ``passphrase`` or plain with None, in one read transaction."""
    key = _literal(passphrase or "")
    connection.execute(f"ATTACH DATABASE {_literal(str(target))} AS exported KEY {key}")
    try:
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('exported')").fetchone()
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA exported.user_version = {int(version)}")
        connection.execute("COMMIT")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.execute("DETACH DATABASE exported")


def _require(path: Path, wanted: FileState) -> None:
    state = file_state(path)
    if state is wanted:
        return
    if state is FileState.MISSING:
        raise EncryptionError("db_missing", "There is no database at {where}", where=str(path))
    if wanted is FileState.PLAIN:
        raise EncryptionError(
            "already_encrypted", "The database {where} is already encrypted", where=str(path)
        )
    raise EncryptionError("not_encrypted", "The database {where} is not encrypted", where=str(path))


def _drop_journal_files(path: Path) -> None:
    # A plain file's leftover WAL must not meet the encrypted file that replaces it.
    for suffix in ("-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _rewrite(path: Path, opened_with: str | None, written_with: str | None) -> None:
    """Replace ``path`` by a copy of itself keyed with ``written_with`` (None: plain), whole
    or not at all, while nobody else has the file open."""
    from beziehung.core.atomic import atomic_path

    connection = _connect(path, opened_with)
    try:
        _take_exclusively(connection, path)
        with atomic_path(path) as temporary:
            _export(connection, temporary, written_with)
            connection.close()
            _drop_journal_files(path)
    finally:
        connection.close()


def encrypt(path: Path, passphrase: str) -> None:
    """Encrypt the plain database ``path`` in place; the plain file is replaced."""
    _require(path, FileState.PLAIN)
    check_new_passphrase(passphrase)
    _rewrite(path, None, passphrase)


def rekey(path: Path, old: str, new: str) -> None:
    """Change the passphrase of the encrypted database ``path``."""
    _require(path, FileState.ENCRYPTED)
    check_new_passphrase(new)
    verify(path, old)
    connection = _connect(path, old)
    try:
        _take_exclusively(connection, path)
        connection.execute(f"PRAGMA rekey = {_literal(new)}")
    finally:
        connection.close()


def remove(path: Path, passphrase: str) -> None:
    """Decrypt the database ``path`` in place; the encrypted file is replaced by a plain one."""
    _require(path, FileState.ENCRYPTED)
    verify(path, passphrase)
    _rewrite(path, passphrase, None)


def decrypt(path: Path, passphrase: str, target: Path) -> None:
    """Write a plain copy of the encrypted database ``path`` to the new file ``target``."""
    from beziehung.core.atomic import atomic_path

    _require(path, FileState.ENCRYPTED)
    if target.exists():
        raise EncryptionError(
            "target_exists", "{target} exists already; name a new file", target=str(target)
        )
    verify(path, passphrase)
    connection = _connect(path, passphrase)
    try:
        with atomic_path(target) as temporary:
            _export(connection, temporary, None)
    finally:
        connection.close()


def backup(path: Path, target: Path, passphrase: str) -> None:
    """Copy the live encrypted database with the online backup API; the copy keeps the key
    and is one self-contained file (no write-ahead log beside it)."""
    source = _connect(path, passphrase)
    try:
        copy = _connect(target, passphrase)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()


def copy_as(source: Path, passphrase: str | None, target: Path, new: str | None) -> None:
    """Write the database ``source`` (opened with ``passphrase``, None for plain) into the
    empty file ``target``, encrypted with ``new`` or plain with None."""
    connection = _connect(source, passphrase)
    try:
        _export(connection, target, new)
    finally:
        connection.close()


def quick_check(path: Path, passphrase: str) -> CheckResult:
    """``PRAGMA quick_check`` on the encrypted file ``path``, read-only. A wrong passphrase
    raises instead of reading as damage: a sound file must never be marked for it."""
    verify(path, passphrase)
    driver = dbapi()
    try:
        connection = driver.connect(
            f"file:{path}?mode=ro", uri=True, timeout=10, isolation_level=None
        )
        keyer(passphrase)(connection, None)
    except driver.Error as error:
        return CheckResult(False, str(error))
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except driver.DatabaseError as error:
        if "locked" in str(error) or "busy" in str(error):
            raise locked(str(path)) from None
        return CheckResult(False, str(error))
    finally:
        connection.close()
    return check_result(rows)


# The OS keyring, only for a passphrase the user asked to have remembered.


def _keyring() -> ModuleType | None:
    try:
        import keyring
        from keyring.backends.fail import Keyring as NoKeyring
    except ImportError:
        return None
    return None if isinstance(keyring.get_keyring(), NoKeyring) else keyring


def keyring_available() -> bool:
    return _keyring() is not None


def _account(path: Path) -> str:
    return str(path.resolve())


def stored_passphrase(path: Path) -> str | None:
    """The passphrase remembered for ``path``, or None (also when the keyring fails)."""
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, _account(path))
    except keyring.errors.KeyringError:
        return None


def remember(path: Path, passphrase: str) -> None:
    keyring = _keyring()
    if keyring is None:
        raise EncryptionError("keyring_unavailable", "No keyring is available on this system")
    try:
        keyring.set_password(KEYRING_SERVICE, _account(path), passphrase)
    except keyring.errors.KeyringError as error:
        raise EncryptionError(
            "keyring_failed",
            "The keyring did not store the passphrase: {reason}",
            reason=type(error).__name__,
        ) from None


def forget(path: Path) -> None:
    keyring = _keyring()
    if keyring is None:
        return
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(KEYRING_SERVICE, _account(path))


def replace_stored(path: Path, passphrase: str) -> bool:
    """After a rekey: update a remembered passphrase; True when there was one."""
    if stored_passphrase(path) is None:
        return False
    remember(path, passphrase)
    return True
