"""``beziehung insight attention``: who is drifting away, the furthest past their interval
first."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import TYPE_CHECKING

from beziehung.cli.base import CommandBase
from beziehung.cli.output import emit_json, local
from beziehung.cli.parser import MAX_LIMIT, UsageError

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser

MARKS = {"green": "ok", "yellow": "due", "red": "LOST"}


def configure_attention(parser: Parser) -> None:
    parser.description = (
        "Every contact with an ideal interval, the furthest past it first: ok within the ideal"
        " interval, due past it, LOST past the longest one."
    )
    parser.add_argument("--limit", type=int, default=50, metavar="N")
    parser.add_argument("--json", action="store_true")


def run_attention(base: CommandBase, args: argparse.Namespace) -> int:
    from beziehung.io.fields import json_value

    if not 1 <= args.limit <= MAX_LIMIT:
        raise UsageError(f"--limit must be between 1 and {MAX_LIMIT}")
    rows = base.services.attention.attention(limit=args.limit)
    if args.json:
        emit_json([{k: json_value(v) for k, v in asdict(r).items()} for r in rows])
        return 0
    for r in rows:
        last = local(r.last_contact_at) if r.last_contact_at else "never"
        if r.overdue_days > 0:
            past = f"{r.overdue_days} days past {r.ideal_days}"
        else:
            past = f"{-r.overdue_days} days left of {r.ideal_days}"
        print(
            f"{MARKS[r.status]:<4}  {r.contact_id:>6}  {r.name}  [{r.stage}]  "
            f"last {last}; {past} (longest {r.max_days})"
        )
    return 0
