"""``encrypt``, ``rekey`` and ``decrypt``, and where a command's passphrase comes from.

Scripts give the passphrase with ``--passphrase-file FILE`` (one trailing line break is
dropped) or ``BEZIEHUNG_PASSPHRASE``; at a terminal it is asked for. The three commands work on
the file itself and open no runtime: nothing may have the database open while it changes.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from beziehung import paths
from beziehung.cli import passphrase
from beziehung.cli.passphrase import PASSPHRASE_ENV, read_passphrase_file
from beziehung.core import encryption
from beziehung.core.encryption import EncryptionError
from beziehung.core.errors import DomainError

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser

NEW_PASSPHRASE_ENV = "BEZIEHUNG_NEW_PASSPHRASE"
COMMANDS = ("encrypt", "rekey", "decrypt")
LOST_WARNING = "Keep the passphrase safe: without it the data cannot be recovered, by anyone."


def add_encryption_parsers(commands: argparse._SubParsersAction[Parser]) -> None:
    commands.add_parser(
        "encrypt",
        help="encrypt the database file with a passphrase (SQLCipher)",
        description="Encrypt the database in place. The passphrase comes from "
        f"--passphrase-file or {PASSPHRASE_ENV}, else it is asked twice. " + LOST_WARNING,
    )
    rekey = commands.add_parser(
        "rekey",
        help="change the passphrase of an encrypted database",
        description="The current passphrase comes from --passphrase-file or "
        f"{PASSPHRASE_ENV}, the new one from --new-passphrase-file or {NEW_PASSPHRASE_ENV}; "
        "either is asked for when missing.",
    )
    rekey.add_argument("--new-passphrase-file", type=Path, metavar="FILE")
    decrypt = commands.add_parser(
        "decrypt", help="write a plain (unencrypted) copy of an encrypted database"
    )
    decrypt.add_argument("--to", required=True, type=Path, metavar="PLAIN.db")


def given_passphrase(args: argparse.Namespace) -> str | None:
    """The passphrase a script gave: the file first, then the environment."""
    return passphrase.given_passphrase(getattr(args, "passphrase_file", None))


def passphrase_for(args: argparse.Namespace) -> str | None:
    """For any command: the given passphrase, else one asked for at a terminal when the
    database is encrypted, else None."""
    given = given_passphrase(args)
    if given is not None:
        return given
    path = _database_path(args, required=False)
    if path is not None and encryption.is_encrypted(path) and sys.stdin.isatty():
        return getpass.getpass(f"Passphrase for {path}: ")
    return None


def run(args: argparse.Namespace) -> int:
    path = _database_path(args, required=True)
    assert path is not None  # required=True raises instead
    if args.command == "encrypt":
        return _encrypt(args, path)
    if args.command == "rekey":
        return _rekey(args, path)
    return _decrypt(args, path)


def _encrypt(args: argparse.Namespace, path: Path) -> int:
    passphrase = given_passphrase(args) or _ask_new("New passphrase")
    encryption.encrypt(path, passphrase)
    print(f"Encrypted {path}. {LOST_WARNING}")
    plain = _plain_backups(path)
    if plain:
        names = ", ".join(p.name for p in plain)
        print(f"Older backups beside it are not encrypted; delete them if you can: {names}")
    return 0


def _rekey(args: argparse.Namespace, path: Path) -> int:
    old = given_passphrase(args) or _ask(f"Current passphrase for {path}")
    if args.new_passphrase_file is not None:
        new = read_passphrase_file(args.new_passphrase_file)
    else:
        new = os.environ.get(NEW_PASSPHRASE_ENV) or _ask_new(
            "New passphrase", f"--new-passphrase-file FILE or {NEW_PASSPHRASE_ENV}"
        )
    encryption.rekey(path, old, new)
    print(f"The passphrase of {path} was changed. {LOST_WARNING}")
    try:
        if encryption.replace_stored(path, new):
            print("The passphrase remembered in the keyring was updated.")
    except DomainError:
        encryption.forget(path)
        print("The keyring could not be updated; its old entry was removed.")
    return 0


def _decrypt(args: argparse.Namespace, path: Path) -> int:
    target = args.to.expanduser().resolve()
    if target == path.resolve():
        raise EncryptionError(
            "target_is_source", "--to must name a new file, not the database itself"
        )
    passphrase = given_passphrase(args) or _ask(f"Passphrase for {path}")
    encryption.decrypt(path, passphrase, target)
    print(f"Wrote a plain copy to {target}. It is not encrypted; delete it when it is done.")
    return 0


def _database_path(args: argparse.Namespace, *, required: bool) -> Path | None:
    from beziehung.core.db import sqlite_path

    path = sqlite_path(paths.database_url(args.db))
    if path is None and required:
        raise EncryptionError(
            "encryption_file_only", "Only a database file can be encrypted or decrypted"
        )
    return path


def _ask(prompt: str, how: str = f"--passphrase-file FILE or {PASSPHRASE_ENV}") -> str:
    if not sys.stdin.isatty():
        raise EncryptionError("passphrase_missing", "No passphrase given: use {how}", how=how)
    return getpass.getpass(f"{prompt}: ")


def _ask_new(prompt: str, how: str = f"--passphrase-file FILE or {PASSPHRASE_ENV}") -> str:
    first = _ask(prompt, how)
    encryption.check_new_passphrase(first)
    if getpass.getpass("Repeat it: ") != first:
        raise EncryptionError("passphrase_mismatch", "The two passphrases differ; nothing changed")
    return first


def _plain_backups(path: Path) -> list[Path]:
    found = sorted(path.parent.glob(f"{path.stem}.backup-*"))
    return [p for p in found if encryption.file_state(p) is encryption.FileState.PLAIN]
