"""``beziehung migrate-to URL``: copy the database into an empty one elsewhere, proven."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from beziehung.cli.parser import Parser

if TYPE_CHECKING:
    from beziehung.runtime import Runtime

COMMAND = "migrate-to"


def add_migrate_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    move = commands.add_parser(
        COMMAND,
        help="copy the database into an empty one (a PostgreSQL server or a new SQLite file)",
        description="Copy the database (--db or the default) into an EMPTY database: a "
        "PostgreSQL URL or a new SQLite file. The copy is proven by comparing the lossless "
        "archives of both, file by file; on a difference it is left as it is and the command "
        "exits 1. Progress goes to stderr, one line per stage.",
    )
    move.add_argument("target", metavar="URL", help="postgresql://user@host/db or a file path")


def run(runtime: Runtime, args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url

    from beziehung import paths
    from beziehung.io.moving import move

    target = paths.database_url(args.target)
    shown = make_url(target).render_as_string(hide_password=True)
    if target == runtime.services.context.engine.url.render_as_string(hide_password=False):
        from beziehung.cli.parser import UsageError

        raise UsageError("the target is the database itself")

    def say(stage: str) -> None:
        print(f"migrate-to: {stage}", file=sys.stderr, flush=True)

    moved = move(runtime.services, target, shown, runtime.services.context.clock, say)
    print(f"Copied {moved.rows:,} rows in {moved.tables} tables to {shown}; both archives match.")
    return 0
