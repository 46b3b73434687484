"""``beziehung referral add``, and the hint to say thanks when a recommended prospect has
just become a client."""

from __future__ import annotations

import argparse
import shlex
from typing import TYPE_CHECKING

from beziehung.cli.base import CommandBase

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser
    from beziehung.core.services.network import Thanks


def add_referral_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    referral = commands.add_parser("referral", help="record who recommended whom")
    actions = referral.add_subparsers(dest="referral_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="RECOMMENDER recommended REFERRED")
    add.add_argument("recommender", metavar="RECOMMENDER", help="a contact (C)")
    add.add_argument("referred", metavar="REFERRED", help="a contact (C)")
    add.add_argument("--at", metavar="TIME", help="when (default: now)")
    add.add_argument("--how", default="", metavar="TEXT", help="how it came about")


def thanks_lines(found: list[Thanks]) -> list[str]:
    """One line per recommender to thank, with the command that plans the call."""
    lines = []
    for thanks in found:
        for person in thanks.recommenders:
            reason = f"Say thank you for recommending {thanks.contact.display_name}"
            command = f"beziehung remind {person.id} --at +1d --reason {shlex.quote(reason)}"
            lines.append(
                f"{thanks.contact.display_name} was recommended by {person.display_name}: "
                f"plan a thank-you call with: {command}"
            )
    return lines


class ReferralCommands(CommandBase):
    def referral(self, args: argparse.Namespace) -> int:
        recommender = self.contact(args.recommender)
        referred = self.contact(args.referred)
        at = self.time(args.at) if args.at else None
        link = self.services.referrals.add(recommender, referred, how=args.how, at=at)
        print(link)
        return 0
