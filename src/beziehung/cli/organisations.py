"""``beziehung orgs …``: list, rename, merge and delete organisations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from beziehung.cli.base import CommandBase
from beziehung.cli.output import emit_json
from beziehung.cli.parser import UsageError
from beziehung.core.bounds import MAX_ID

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser

ORG_HELP = "an organisation: its id or its name (case and ß/ss do not matter)"


def add_orgs_parser(commands: argparse._SubParsersAction[Parser]) -> None:
    orgs = commands.add_parser("orgs", help="list, rename, merge and delete organisations")
    org_commands = orgs.add_subparsers(dest="orgs_command", metavar="ACTION", required=True)
    listing = org_commands.add_parser(
        "list", help="every organisation with how many people it has, also those with none"
    )
    listing.add_argument("--json", action="store_true")
    rename = org_commands.add_parser("rename", help="give an organisation another name")
    rename.add_argument("organisation", metavar="O", help=ORG_HELP)
    rename.add_argument("name", metavar="NAME")
    merge = org_commands.add_parser(
        "merge", help="move everyone of O to INTO and delete O", description="Refused for one."
    )
    merge.add_argument("organisation", metavar="O", help=ORG_HELP)
    merge.add_argument("into", metavar="INTO", help="the organisation that is kept")
    delete = org_commands.add_parser(
        "delete", help="delete an organisation; refused while people belong to it"
    )
    delete.add_argument("organisation", metavar="O", help=ORG_HELP)
    delete.add_argument(
        "--unlink",
        action="store_true",
        help="delete it even so; its people stay, without an organisation",
    )


class OrganisationCommands(CommandBase):
    def org(self, reference: str) -> int:
        """An id when it is a number that names one, otherwise a name."""
        ref = reference.strip()
        if not ref:
            raise UsageError("no organisation given")
        if ref.isascii() and ref.isdigit() and int(ref) <= MAX_ID:
            ident = int(ref)
            if any(o.id == ident for o in self.services.organisations.list(include_empty=True)):
                return ident
        return self.services.organisations.find(ref)

    def orgs_list(self, args: argparse.Namespace) -> int:
        organisations = self.services.organisations.list(include_empty=True)
        if args.json:
            emit_json([{"id": o.id, "name": o.name, "people": o.people} for o in organisations])
            return 0
        for o in organisations:
            people = "1 person" if o.people == 1 else f"{o.people} people"
            print(f"{o.id:>6}  {o.name}  ({people})")
        return 0

    def orgs_rename(self, args: argparse.Namespace) -> int:
        organisation_id = self.org(args.organisation)
        self.services.organisations.rename(organisation_id, args.name)
        print(f"Renamed organisation {organisation_id} to '{' '.join(args.name.split())}'.")
        return 0

    def orgs_merge(self, args: argparse.Namespace) -> int:
        organisation_id = self.org(args.organisation)
        into_id = self.org(args.into)
        moved = self.services.organisations.merge(organisation_id, into_id)
        people = "1 person" if moved == 1 else f"{moved} people"
        print(f"Moved {people} to organisation {into_id} and deleted {organisation_id}.")
        return 0

    def orgs_delete(self, args: argparse.Namespace) -> int:
        organisation_id = self.org(args.organisation)
        unlinked = self.services.organisations.delete(organisation_id, unlink=args.unlink)
        people = (
            "1 person no longer belongs" if unlinked == 1 else f"{unlinked} people no longer belong"
        )
        suffix = f"; {people} to it" if unlinked else ""
        print(f"Deleted organisation {organisation_id}{suffix}.")
        return 0
