"""``beziehung insight …``: what the notebook knows beyond single contacts.

Each sub-command is one :class:`Insight` in :data:`INSIGHTS`: its name, its help, a function
that adds its options and one that runs it. Adding a sub-command is adding one entry."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from beziehung.cli.base import CommandBase
from beziehung.cli.insight_attention import configure_attention, run_attention
from beziehung.cli.insight_notes import configure_asks, configure_voice, run_asks, run_voice
from beziehung.cli.output import emit_json

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser
    from beziehung.core.services.funnel import FunnelStep
    from beziehung.core.services.network import ReferralNode
    from beziehung.core.services.records import PersonRef


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def add_period(parser: Parser, *, required: bool) -> None:
    parser.add_argument(
        "--from", dest="start", type=iso_date, required=required, metavar="YYYY-MM-DD"
    )
    parser.add_argument("--to", dest="end", type=iso_date, required=required, metavar="YYYY-MM-DD")


def person_json(person: PersonRef) -> dict[str, Any]:
    return {"id": person.id, "name": person.display_name}


# --- referrals --------------------------------------------------------------------------------


def _configure_referrals(parser: Parser) -> None:
    add_period(parser, required=False)
    parser.add_argument("--json", action="store_true")


def _run_referrals(base: CommandBase, args: argparse.Namespace) -> int:
    ranking = base.services.network.ranking(args.start, args.end)
    if args.json:
        emit_json(
            [
                {
                    "name": r.contact.display_name,
                    "contact_id": r.contact.id,
                    "direct": r.direct,
                    "total": r.total,
                    "clients_direct": r.clients_direct,
                    "clients_total": r.clients_total,
                }
                for r in ranking
            ]
        )
        return 0
    if not ranking:
        print("No recommendations in this period.")
        return 0
    print(f"{'id':>6}  {'recommender':<30} {'direct':>6} {'total':>6}  clients direct/total")
    for r in ranking:
        name = r.contact.display_name
        print(
            f"{r.contact.id:>6}  {name:<30} {r.direct:>6} {r.total:>6}  "
            f"{r.clients_direct}/{r.clients_total}"
        )
    return 0


# --- tree -------------------------------------------------------------------------------------


def _configure_tree(parser: Parser) -> None:
    parser.add_argument("contact", metavar="C")
    parser.add_argument("--json", action="store_true")


def tree_json(node: ReferralNode) -> dict[str, Any]:
    return {
        "name": node.contact.display_name,
        "contact_id": node.contact.id,
        "children": [tree_json(child) for child in node.children],
    }


def tree_lines(node: ReferralNode, indent: str = "") -> list[str]:
    lines = []
    for i, child in enumerate(node.children):
        last = i == len(node.children) - 1
        who = f"{child.contact.display_name} (id {child.contact.id})"
        lines.append(f"{indent}{'└─ ' if last else '├─ '}{who}")
        lines += tree_lines(child, indent + ("   " if last else "│  "))
    return lines


def _run_tree(base: CommandBase, args: argparse.Namespace) -> int:
    tree = base.services.network.tree(base.contact(args.contact))
    if args.json:
        emit_json(tree_json(tree))
        return 0
    print(f"{tree.contact.display_name} (id {tree.contact.id})")
    for line in tree_lines(tree):
        print(line)
    people = "1 person" if tree.size() == 1 else f"{tree.size()} people"
    levels = "1 level" if tree.depth() == 1 else f"{tree.depth()} levels"
    print(f"{people} recommended, {levels} deep.")
    return 0


# --- funnel -----------------------------------------------------------------------------------


def _configure_funnel(parser: Parser) -> None:
    add_period(parser, required=True)
    parser.add_argument("--json", action="store_true")


def funnel_json(step: FunnelStep) -> dict[str, Any]:
    return {
        "from_stage": step.from_stage,
        "to_stage": step.to_stage,
        "count": step.count,
        "contacts": [person_json(p) for p in step.contacts],
        "median_days": step.median_days,
    }


def _run_funnel(base: CommandBase, args: argparse.Namespace) -> int:
    steps = base.services.stages.funnel(args.start, args.end)
    if args.json:
        emit_json([funnel_json(s) for s in steps])
        return 0
    print(f"Stage moves from {args.start.isoformat()} to {args.end.isoformat()}:")
    for s in steps:
        step = f"{s.from_stage or 'any stage'} → {s.to_stage}"
        median = "" if s.median_days is None else f"  median {s.median_days:g} days in stage"
        print(f"  {step:<26} {s.count:>5}{median}")
        if s.contacts:
            print(f"      {', '.join(p.display_name for p in s.contacts)}")
    return 0


@dataclass(frozen=True)
class Insight:
    name: str
    help: str
    configure: Callable[[Parser], None]
    run: Callable[[CommandBase, argparse.Namespace], int]


INSIGHTS: tuple[Insight, ...] = (
    Insight(
        "referrals",
        "recommenders ranked by the people they brought, directly and through their tree",
        _configure_referrals,
        _run_referrals,
    ),
    Insight(
        "tree", "everyone C recommended, and whom they recommended", _configure_tree, _run_tree
    ),
    Insight(
        "funnel",
        "how many moved from stage to stage in a period, and after how long",
        _configure_funnel,
        _run_funnel,
    ),
    Insight(
        "attention",
        "who is drifting away: contacts past their keep-in-touch interval",
        configure_attention,
        run_attention,
    ),
    Insight("asks", "recommendations and reviews asked for", configure_asks, run_asks),
    Insight("voice", "wishes, ideas, praise and complaints", configure_voice, run_voice),
)


def add_insight_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    insight = commands.add_parser("insight", help="referral network, stage funnel and more")
    actions = insight.add_subparsers(dest="insight_command", metavar="WHAT", required=True)
    for entry in INSIGHTS:
        entry.configure(actions.add_parser(entry.name, help=entry.help))


class InsightCommands(CommandBase):
    def insight(self, args: argparse.Namespace) -> int:
        (entry,) = [i for i in INSIGHTS if i.name == args.insight_command]
        return entry.run(self, args)
