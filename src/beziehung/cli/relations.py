"""``beziehung relation …`` (who is who to whom, handing over to a successor) and
``beziehung fields …`` (the user's own contact fields)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from beziehung.cli.base import CommandBase
from beziehung.cli.contacts import refuse_without_yes
from beziehung.cli.output import emit_json
from beziehung.cli.parser import UsageError

if TYPE_CHECKING:
    from beziehung.cli.parser import Parser
    from beziehung.core.services.relations import HandOverPreview, Relation

# Spelt out, like the stage codes, so that reading the grammar does not load the models
# (a test holds them equal to ``models.RELATION_KINDS`` and ``CUSTOM_FIELD_KINDS``).
RELATION_KIND_CODES = ("assistant", "deputy", "successor", "partner", "family", "colleague")
FIELD_KIND_CODES = ("text", "date", "choice", "bool")
KINDS = ", ".join(RELATION_KIND_CODES)
# How a relation reads from the contact listed, by kind and direction.
READING = {
    ("assistant", "out"): "assistant of",
    ("assistant", "in"): "has assistant",
    ("deputy", "out"): "deputy of",
    ("deputy", "in"): "has deputy",
    ("successor", "out"): "successor of",
    ("successor", "in"): "predecessor of",
    ("partner", "both"): "partner of",
    ("family", "both"): "family of",
    ("colleague", "both"): "colleague of",
}


def add_relation_parsers(commands: argparse._SubParsersAction[Parser]) -> None:
    relation = commands.add_parser("relation", help="who is who to whom; successors")
    actions = relation.add_subparsers(dest="relation_command", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=f"record that A is KIND of B ({KINDS})")
    add.add_argument("contact", metavar="A")
    add.add_argument("kind", metavar="KIND", help=KINDS)
    add.add_argument("other", metavar="B")
    listing = actions.add_parser("list", help="everyone related to C, in both directions")
    listing.add_argument("contact", metavar="C")
    listing.add_argument("--json", action="store_true")
    remove = actions.add_parser("remove", help="remove the relation A is KIND of B")
    remove.add_argument("contact", metavar="A")
    remove.add_argument("kind", metavar="KIND", help=KINDS)
    remove.add_argument("other", metavar="B")
    successor = actions.add_parser(
        "successor",
        help="SUCCESSOR takes over from LEAVER: the relation and LEAVER's open callbacks",
    )
    successor.add_argument("leaver", metavar="LEAVER")
    successor.add_argument("successor", metavar="SUCCESSOR")
    successor.add_argument("--former", action="store_true", help="set LEAVER's stage to ehemalig")
    successor.add_argument(
        "--yes", action="store_true", help="really hand over (otherwise only show what moves)"
    )

    fields = commands.add_parser("fields", help="your own contact fields")
    field_actions = fields.add_subparsers(dest="fields_command", metavar="ACTION", required=True)
    field_list = field_actions.add_parser("list", help="the fields in their order")
    field_list.add_argument("--json", action="store_true")
    field_add = field_actions.add_parser("add", help="define a field for every contact")
    field_add.add_argument("name", metavar="NAME")
    field_add.add_argument("--kind", required=True, choices=FIELD_KIND_CODES)
    field_add.add_argument("--choices", metavar="A,B", help="a choice field's options")
    field_remove = field_actions.add_parser("remove", help="remove a field and its values")
    field_remove.add_argument("name", metavar="NAME")
    field_remove.add_argument(
        "--yes", action="store_true", help="really remove (otherwise only count the values)"
    )


def reading(relation: Relation) -> str:
    return f"{READING[(relation.kind, relation.direction)]} {relation.other.display_name}"


def handing_over(preview: HandOverPreview, former: bool) -> str:
    callbacks = (
        "1 open callback" if preview.callbacks == 1 else f"{preview.callbacks} open callbacks"
    )
    stage = f"; {preview.leaver.display_name} becomes ehemalig" if former else ""
    return (
        f"{preview.successor.display_name} (id {preview.successor.id}) succeeds "
        f"{preview.leaver.display_name} (id {preview.leaver.id}): {callbacks} move{stage}"
    )


class RelationCommands(CommandBase):
    def relation_add(self, args: argparse.Namespace) -> int:
        contact_id, other_id = self.contact(args.contact), self.contact(args.other)
        relation_id = self.services.relations.add(contact_id, args.kind, other_id)
        print(relation_id)
        return 0

    def relation_list(self, args: argparse.Namespace) -> int:
        relations = self.services.relations.relations_of(self.contact(args.contact))
        if args.json:
            emit_json(
                [
                    {
                        "id": r.id,
                        "kind": r.kind,
                        "direction": r.direction,
                        "other": {"id": r.other.id, "display_name": r.other.display_name},
                    }
                    for r in relations
                ]
            )
            return 0
        for r in relations:
            print(f"{r.other.id:>6}  {reading(r)}")
        return 0

    def relation_remove(self, args: argparse.Namespace) -> int:
        contact_id, other_id = self.contact(args.contact), self.contact(args.other)
        self.services.relations.remove_between(contact_id, args.kind, other_id)
        print(f"Removed: {contact_id} is no longer {args.kind.strip().casefold()} of {other_id}.")
        return 0

    def relation_successor(self, args: argparse.Namespace) -> int:
        leaver, successor = self.contact(args.leaver), self.contact(args.successor)
        preview = self.services.relations.preview_hand_over(leaver, successor)
        if not args.yes:
            print(f"Would hand over: {handing_over(preview, args.former)}.")
            return refuse_without_yes("handed over")
        self.services.relations.hand_over(leaver, successor, mark_former=args.former)
        print(f"Handed over: {handing_over(preview, args.former)}.")
        return 0

    def fields_list(self, args: argparse.Namespace) -> int:
        definitions = self.services.fields.definitions()
        if args.json:
            emit_json(
                [
                    {"id": d.id, "name": d.name, "kind": d.kind, "choices": list(d.choices)}
                    for d in definitions
                ]
            )
            return 0
        for d in definitions:
            options = f"  ({', '.join(d.choices)})" if d.choices else ""
            print(f"{d.id:>6}  {d.name}  [{d.kind}]{options}")
        return 0

    def fields_add(self, args: argparse.Namespace) -> int:
        if args.choices is not None and args.kind != "choice":
            raise UsageError("--choices belongs to --kind choice")
        choices = args.choices.split(",") if args.choices else []
        print(self.services.fields.add(args.name, args.kind, choices))
        return 0

    def fields_remove(self, args: argparse.Namespace) -> int:
        field = self.services.fields.named(args.name)
        holders = self.services.fields.value_count(field.id)
        values = "1 contact's value" if holders == 1 else f"{holders} contacts' values"
        if not args.yes:
            print(f"Would remove field '{field.name}' with {values}.")
            return refuse_without_yes("removed")
        self.services.fields.remove(field.id)
        print(f"Removed field '{field.name}' with {values}.")
        return 0
