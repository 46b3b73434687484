"""The command line: Beziehung's scripting interface. It speaks English.

``beziehung`` without a sub-command opens the window. Errors are one line on stderr with exit
status 1 (2 for bad usage); nothing is written when a command fails.

The grammar is in :mod:`.parser`, the contact commands in :mod:`.contacts`, the rest in
:mod:`.commands`; every command runs on a :class:`beziehung.runtime.Runtime`.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from beziehung.cli.usage import UsageError
from beziehung.cli.window_args import window_only

if TYPE_CHECKING:
    from beziehung.clock import Clock

log = logging.getLogger("beziehung.cli")

__all__ = ["main"]


def main(argv: Sequence[str] | None = None, *, clock: Clock | None = None) -> int:
    """Run one command; returns the exit status. ``clock`` (the system's by default) lets
    tests decide what "now" is. Nothing it prints holds a raw control character. Every file
    it (or the window it opens) creates is the owner's alone."""
    from beziehung import paths
    from beziehung.cli.output import escaped_output

    with paths.private_files(), escaped_output():
        return _run(argv, clock)


def _run(argv: Sequence[str] | None, clock: Clock | None) -> int:
    from beziehung.core.errors import DomainError, not_found

    try:
        window = window_only(sys.argv[1:] if argv is None else argv)
        if window is not None:
            from beziehung.app import run_window
            from beziehung.cli.passphrase import given_passphrase

            return run_window(window.db, given_passphrase(window.passphrase_file))
        from beziehung.cli.parser import ID_ARGUMENTS, build_parser, join_negative_times
        from beziehung.core.bounds import MAX_ID

        args = build_parser().parse_args(
            join_negative_times(sys.argv[1:] if argv is None else argv)
        )
        if args.db is not None and not args.db.strip():
            raise UsageError("--db needs a file path or a database URL")
        for argument, kind in ID_ARGUMENTS.items():
            if getattr(args, argument, 0) > MAX_ID:
                raise not_found(kind, getattr(args, argument))
        if args.self_test:
            from beziehung import selftest

            return selftest.run()
        from beziehung.cli import encryption

        if args.command in encryption.COMMANDS:
            return encryption.run(args)
        if args.command is None:
            from beziehung.app import run_window

            return run_window(args.db, encryption.given_passphrase(args))
        from beziehung.cli import backups

        if args.command in backups.COMMANDS:
            # The file itself, not its data: these must work on a database that will not open.
            from beziehung.clock import SystemClock
            from beziehung.runtime import locate

            passphrase = encryption.passphrase_for(args) if args.command in backups.KEYED else None
            return backups.run(
                args.command, args, locate(args.db), clock or SystemClock(), passphrase
            )
        from beziehung.cli.commands import Commands, dispatch
        from beziehung.runtime import open_runtime

        passphrase = encryption.passphrase_for(args)
        from beziehung.cli.moving import COMMAND as MOVING

        # A database being copied must stay as it is, so that both copies compare equal.
        with open_runtime(
            args.db,
            clock=clock,
            passphrase=passphrase,
            register_user=args.command != MOVING,
        ) as runtime:
            return dispatch(Commands(runtime), args)
    except UsageError as error:
        print(f"beziehung: {error}", file=sys.stderr)
        return 2
    except DomainError as error:
        print(f"beziehung: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        target = f" {error.filename}" if error.filename else ""
        print(f"beziehung: cannot use{target}: {error.strerror or error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(
            "beziehung: interrupted; nothing of the unfinished command was written", file=sys.stderr
        )
        return 130
    except Exception as error:
        from beziehung import logs

        path = logs.setup()
        log.exception("unexpected error in the command line")
        print(
            f"beziehung: unexpected error ({type(error).__name__}); details are in {path}",
            file=sys.stderr,
        )
        return 1
