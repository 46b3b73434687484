"""``beziehung contacts …``: add, list, show, edit, delete and merge contacts."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from beziehung.cli.base import CommandBase
from beziehung.cli.output import emit_json, local
from beziehung.cli.parser import UsageError

if TYPE_CHECKING:
    from beziehung.core.services.merge import MergePreview
    from beziehung.core.services.records import DeletionPreview

# Text options of ``contacts edit``: the ContactInput field each sets, and what an empty value
# means there (None where the field is optional, "" where the field is plain text).
EDIT_TEXT: dict[str, tuple[str, str | None]] = {
    "given_name": ("given_name", ""),
    "family_name": ("family_name", ""),
    "salutation": ("salutation", None),
    "title": ("title", None),
    "org": ("organisation", None),
    "role": ("role", None),
    "stage": ("stage", ""),
    "about": ("about", ""),
    "preferred_channel": ("preferred_channel", None),
    "preferred_time": ("preferred_time", None),
    "processing_purpose": ("processing_purpose", ""),
    "legal_basis": ("legal_basis", None),
}
# Options the parser has already turned into values (an empty one into None).
EDIT_VALUES = ("birthday", "cadence_days", "cadence_max_days", "keep_until")
EDIT_TIMES = {"consent_given": "consent_given_at", "consent_withdrawn": "consent_withdrawn_at"}


def removal(preview: DeletionPreview) -> str:
    return (
        f"{preview.display_name} (id {preview.contact_id}) with {preview.notes} notes, "
        f"{preview.reminders} open reminders and {preview.referrals} referral links"
    )


def merging(plan: MergePreview) -> str:
    moved = (
        f"{plan.notes} notes, {plan.reminders} reminders, {plan.methods} contact methods, "
        f"{plan.referrals} referral links and {plan.tags} tags"
    )
    filled = f"; fills in {', '.join(plan.filled)}" if plan.filled else ""
    stricter = (
        f"; takes the stricter data protection: {', '.join(plan.stricter)}" if plan.stricter else ""
    )
    return (
        f"{plan.drop_name} (id {plan.drop_id}) into {plan.keep_name} (id {plan.keep_id}): "
        f"moves {moved}{filled}{stricter}; then {plan.drop_name} (id {plan.drop_id}) is deleted"
    )


def refuse_without_yes(what: str) -> int:
    print(f"beziehung: nothing was {what}; run again with --yes", file=sys.stderr)
    return 1


class ContactCommands(CommandBase):
    def contacts_add(self, args: argparse.Namespace) -> int:
        from beziehung.core.services.inputs import ContactInput, MethodInput

        referrers = [self.contact(ref) for ref in args.referred_by]
        methods = [MethodInput("email", e) for e in args.email]
        methods += [MethodInput("phone", p) for p in args.phone]
        contact_id = self.services.contacts.create(
            ContactInput(
                name=args.name,
                organisation=args.org,
                stage=args.stage,
                methods=methods,
                tags=args.tag,
                referred_by=referrers,
            )
        )
        print(contact_id)
        return 0

    def contacts_list(self, args: argparse.Namespace) -> int:
        from beziehung.io.fields import summary_json

        if args.mine and args.responsible:
            raise UsageError("--mine cannot be combined with --responsible")
        wanted = "me" if args.mine else args.responsible
        responsible = self.services.users.find(wanted) if wanted else None
        contacts = self.services.contacts.list(responsible_id=responsible)
        if args.json:
            emit_json([summary_json(c) for c in contacts])
            return 0
        for c in contacts:
            org = f"  ({c.organisation})" if c.organisation else ""
            print(f"{c.id:>6}  {c.display_name}{org}  [{c.stage}]")
        return 0

    def contacts_show(self, args: argparse.Namespace) -> int:
        from beziehung.io.fields import contact_json

        detail = self.services.contacts.get(self.contact(args.contact))
        if args.json:
            emit_json(contact_json(detail, history=True))
            return 0
        s = detail.summary
        title = f"{detail.title} " if detail.title else ""
        print(f"{title}{s.display_name} (id {s.id}), stage {s.stage}")
        if s.organisation:
            role = f", {detail.role}" if detail.role else ""
            print(f"  organisation: {s.organisation}{role}")
        for m in detail.methods:
            star = " *" if m.is_preferred else ""
            print(f"  {m.kind}: {m.value}{star}")
        if s.tags:
            print(f"  tags: {', '.join(s.tags)}")
        for ref in detail.referred_by:
            print(f"  recommended by: {ref.display_name} (id {ref.id})")
        for ref in detail.referred:
            print(f"  recommended: {ref.display_name} (id {ref.id})")
        if detail.about:
            print(f"  about: {detail.about}")
        logins = {u.id: u.name or u.login for u in self.services.users.list()}
        if detail.responsible_id in logins:
            print(f"  looked after by: {logins[detail.responsible_id]}")
        print(f"Reminders ({len(detail.reminders)}):")
        for r in detail.reminders:
            print(f"  #{r.id} {local(r.fires_at)} [{r.state}] {r.reason}")
        print(f"Notes ({len(detail.notes)}):")
        for n in detail.notes:
            minutes = f", {n.duration_minutes} min" if n.duration_minutes is not None else ""
            text = " · ".join(p for p in (n.subject, n.body, n.outcome, n.next_step) if p)
            print(f"  #{n.id} {local(n.occurred_at)} {n.channel}/{n.direction}{minutes}: {text}")
        return 0

    def contacts_edit(self, args: argparse.Namespace) -> int:
        given = vars(args)
        changes: dict[str, Any] = {}
        if "name" in given:
            if "given_name" in given or "family_name" in given:
                raise UsageError("--name cannot be combined with --given-name or --family-name")
            # The whole name as typed: a title or salutation in it replaces the stored one.
            changes.update(name=args.name, given_name=None, family_name=None)
            changes.update(salutation=None, title=None)
        for option, (field, empty) in EDIT_TEXT.items():
            if option in given:
                changes[field] = given[option] if given[option].strip() else empty
        for option in EDIT_VALUES:
            if option in given:
                changes[option] = given[option]
        for option, field in EDIT_TIMES.items():
            if option in given:
                changes[field] = self.time(given[option]) if given[option].strip() else None
        if "restricted" in given:
            changes["restricted"] = args.restricted == "yes"
        if "tag" in given:
            changes["tags"] = [t for t in args.tag if t.strip()]
        if "responsible" in given:
            changes["responsible_id"] = self.services.users.find(args.responsible)
        if "referred_by" in given:
            changes["referred_by"] = [self.contact(r) for r in args.referred_by if r.strip()]
        if "letter_form" in given:
            changes["letter_form"] = args.letter_form
        if "field" in given:
            changes["custom"] = self.field_values(args.field)
        if not changes:
            raise UsageError("name at least one field to change")
        # Lifting a restriction must reach the restricted contact.
        contact_id = self.contact(args.contact, include_restricted=True)
        detail = self.services.contacts.get(contact_id)
        mark = self.services.network.last_stage_change()
        self.services.contacts.update(
            contact_id, replace(detail.as_input(), **changes), expected_version=detail.version
        )
        updated = self.services.contacts.get(contact_id).summary
        print(f"Updated {updated.display_name} (id {contact_id}).")
        from beziehung.cli.referrals import thanks_lines

        for line in thanks_lines(self.services.network.thanks_due(mark)):
            print(line)
        return 0

    def field_values(self, assignments: list[str]) -> dict[int, str]:
        """``NAME=VALUE`` options as values by field id, each checked for its field."""
        from beziehung.core.services.custom_fields import check_value

        values: dict[int, str] = {}
        for assignment in assignments:
            name, equals, value = assignment.partition("=")
            if not equals or not name.strip():
                raise UsageError(f"--field takes NAME=VALUE, not '{assignment}'")
            field = self.services.fields.named(name)
            values[field.id] = check_value(field, value)
        return values

    def contacts_delete(self, args: argparse.Namespace) -> int:
        contact_id = self.contact(args.contact)
        preview = self.services.contacts.preview_delete(contact_id)
        if not args.yes:
            print(f"Would delete {removal(preview)}.")
            return refuse_without_yes("deleted")
        deleted = self.services.contacts.delete(contact_id)
        self.runtime.drafts.discard_contact(contact_id)
        print(f"Deleted {removal(deleted)}.")
        return 0

    def contacts_merge(self, args: argparse.Namespace) -> int:
        keep, other = self.contact(args.keep), self.contact(args.other)
        plan = self.services.merge.preview(keep, other)
        if not args.yes:
            print(f"Would merge {merging(plan)}.")
            return refuse_without_yes("merged")
        done = self.services.merge.merge(keep, other)
        self.runtime.drafts.discard_contact(other)
        print(f"Merged {merging(done)}.")
        return 0
