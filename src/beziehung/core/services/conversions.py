"""ORM rows turned into the plain records services hand out (see ``records``)."""

from __future__ import annotations

from beziehung.core.models import Contact, ContactMethod, ConversationNote, Reminder
from beziehung.core.services.records import (
    ContactDetail,
    ContactSummary,
    FieldValue,
    MethodRecord,
    NoteRecord,
    PersonRef,
    ReminderRecord,
)


def summary_of(contact: Contact) -> ContactSummary:
    return ContactSummary(
        id=contact.id,
        display_name=contact.display_name,
        given_name=contact.given_name,
        family_name=contact.family_name,
        organisation=contact.organisation.name if contact.organisation else None,
        emails=[m.value for m in contact.methods if m.kind == "email"],
        phones=[m.value for m in contact.methods if m.kind == "phone"],
        stage=contact.stage,
        tags=[t.name for t in contact.tags],
        last_contact_at=contact.last_contact_at,
    )


def method_record(m: ContactMethod) -> MethodRecord:
    return MethodRecord(
        id=m.id,
        kind=m.kind,
        label=m.label,
        value=m.value,
        phone_e164=m.phone_e164,
        is_preferred=m.is_preferred,
        street=m.street,
        postal_code=m.postal_code,
        city=m.city,
        region=m.region,
        country=m.country,
        po_box=m.po_box,
        extended=m.extended,
    )


def note_record(
    n: ConversationNote, participants: tuple[PersonRef, ...] = (), contact_name: str = ""
) -> NoteRecord:
    """``contact_name`` is needed only where ``participants`` are given: it is how the others'
    timelines name the note's own contact."""
    return NoteRecord(
        id=n.id,
        contact_id=n.contact_id,
        occurred_at=n.occurred_at,
        channel=n.channel,
        direction=n.direction,
        duration_minutes=n.duration_minutes,
        subject=n.subject,
        body=n.body,
        outcome=n.outcome,
        next_step=n.next_step,
        voice=n.voice,
        voice_answered_at=n.voice_answered_at,
        ask_kind=n.ask_kind,
        ask_answer=n.ask_answer,
        author_id=n.author_id,
        version=n.version,
        participants=participants,
        contact_name=contact_name,
    )


def reminder_record(r: Reminder, contact_name: str) -> ReminderRecord:
    return ReminderRecord(
        id=r.id,
        contact_id=r.contact_id,
        contact_name=contact_name,
        due_at=r.due_at,
        snoozed_until=r.snoozed_until,
        reason=r.reason,
        state=r.state,
        kind=r.kind,
        note_id=r.note_id,
        created_at=r.created_at,
        notified_at=r.notified_at,
        completed_at=r.completed_at,
        recurrence_unit=r.recurrence_unit,
        recurrence_interval=r.recurrence_interval,
        author_id=r.author_id,
        assignee_id=r.assignee_id,
        version=r.version,
    )


def detail_of(
    contact: Contact,
    *,
    notes: list[NoteRecord],
    reminders: list[ReminderRecord],
    referred_by: list[PersonRef],
    referred: list[PersonRef],
    custom_fields: list[FieldValue] | None = None,
) -> ContactDetail:
    """``contact`` with its methods, tags and organisation loaded, and its history as given."""
    c = contact
    return ContactDetail(
        summary=summary_of(c),
        salutation=c.salutation,
        title=c.title,
        organisation_id=c.organisation_id,
        role=c.role,
        birthday=c.birthday,
        about=c.about,
        preferred_channel=c.preferred_channel,
        preferred_time=c.preferred_time,
        cadence_days=c.cadence_days,
        has_photo=c.photo is not None,
        photo=c.photo,
        keep_until=c.keep_until,
        processing_purpose=c.processing_purpose,
        legal_basis=c.legal_basis,
        consent_given_at=c.consent_given_at,
        consent_withdrawn_at=c.consent_withdrawn_at,
        restricted=c.restricted,
        birthday_no_year=c.birthday_no_year,
        anniversary=c.anniversary,
        department=c.department,
        cadence_max_days=c.cadence_max_days,
        letter_form=c.letter_form,
        responsible_id=c.responsible_id,
        version=c.version,
        created_at=c.created_at,
        updated_at=c.updated_at,
        methods=[method_record(m) for m in c.methods],
        notes=notes,
        reminders=reminders,
        referred_by=referred_by,
        referred=referred,
        custom_fields=custom_fields or [],
    )
