"""Plain results that services hand out: no live ORM objects leave a transaction."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from beziehung.core.services.inputs import ContactInput, MethodInput


@dataclass(frozen=True)
class MethodRecord:
    id: int
    kind: str
    label: str
    value: str
    phone_e164: str | None
    is_preferred: bool
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    po_box: str | None = None
    extended: str | None = None


@dataclass(frozen=True)
class ContactSummary:
    id: int
    display_name: str
    given_name: str
    family_name: str
    organisation: str | None
    emails: list[str]
    phones: list[str]
    stage: str
    tags: list[str]
    last_contact_at: datetime | None = None


@dataclass(frozen=True)
class PersonRef:
    id: int
    display_name: str


@dataclass(frozen=True)
class NoteRecord:
    id: int
    contact_id: int
    occurred_at: datetime
    channel: str
    direction: str
    duration_minutes: int | None
    subject: str
    body: str
    outcome: str
    next_step: str
    voice: str | None = None
    voice_answered_at: datetime | None = None
    ask_kind: str | None = None
    ask_answer: str | None = None
    author_id: int | None = None
    # What an edit of this note carries back (``NoteService.edit``'s ``expected_version``).
    version: int = 1
    # Everyone else the conversation involved besides ``contact_id``, and the name of
    # ``contact_id`` itself, so that each participant's timeline can say who else was there.
    participants: tuple[PersonRef, ...] = ()
    contact_name: str = ""

    def others(self, viewer_id: int) -> list[PersonRef]:
        """Who else took part, seen from ``viewer_id``'s timeline."""
        everyone = [PersonRef(self.contact_id, self.contact_name), *self.participants]
        return [p for p in everyone if p.id != viewer_id]


@dataclass(frozen=True)
class ReminderRecord:
    id: int
    contact_id: int
    contact_name: str
    due_at: datetime
    snoozed_until: datetime | None
    reason: str
    state: str
    kind: str
    note_id: int | None
    created_at: datetime
    notified_at: datetime | None
    completed_at: datetime | None
    recurrence_unit: str | None
    recurrence_interval: int | None
    author_id: int | None = None
    # Whose window pops it up; None: everyone's.
    assignee_id: int | None = None
    version: int = 1

    @property
    def fires_at(self) -> datetime:
        return self.snoozed_until or self.due_at


@dataclass(frozen=True)
class FieldValue:
    """A contact's value of a field the user defined (``services.custom_fields``)."""

    field_id: int
    name: str
    kind: str
    # As stored: ISO date, "1"/"0", the option's text.
    value: str


@dataclass(frozen=True)
class ContactDetail:
    summary: ContactSummary
    salutation: str | None
    title: str | None
    organisation_id: int | None
    role: str | None
    birthday: date | None
    about: str
    preferred_channel: str | None
    preferred_time: str | None
    cadence_days: int | None
    has_photo: bool
    created_at: datetime
    updated_at: datetime
    photo: bytes | None = None
    keep_until: date | None = None
    processing_purpose: str = ""
    legal_basis: str | None = None
    consent_given_at: datetime | None = None
    consent_withdrawn_at: datetime | None = None
    restricted: bool = False
    birthday_no_year: bool = False
    anniversary: date | None = None
    department: str | None = None
    cadence_max_days: int | None = None
    letter_form: str = "sie"
    responsible_id: int | None = None
    # What a save of the edit form carries back (``ContactService.update``'s
    # ``expected_version``).
    version: int = 1
    methods: list[MethodRecord] = field(default_factory=list)
    notes: list[NoteRecord] = field(default_factory=list)
    reminders: list[ReminderRecord] = field(default_factory=list)
    referred_by: list[PersonRef] = field(default_factory=list)
    referred: list[PersonRef] = field(default_factory=list)
    custom_fields: list[FieldValue] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.summary.id

    def as_input(self) -> ContactInput:
        """This contact as an input that writes it back unchanged: change some fields and
        hand it to ``ContactService.update``. Referral links are left as they are (None)."""
        s = self.summary
        return ContactInput(
            given_name=s.given_name,
            family_name=s.family_name,
            salutation=self.salutation,
            title=self.title,
            organisation=s.organisation,
            role=self.role,
            birthday=self.birthday,
            birthday_no_year=self.birthday_no_year,
            anniversary=self.anniversary,
            department=self.department,
            photo=self.photo,
            about=self.about,
            preferred_channel=self.preferred_channel,
            preferred_time=self.preferred_time,
            stage=s.stage,
            cadence_days=self.cadence_days,
            cadence_max_days=self.cadence_max_days,
            letter_form=self.letter_form,
            responsible_id=self.responsible_id,
            methods=[
                MethodInput(
                    kind=m.kind,
                    value=m.value,
                    label=m.label,
                    preferred=m.is_preferred,
                    street=m.street,
                    postal_code=m.postal_code,
                    city=m.city,
                    region=m.region,
                    country=m.country,
                    po_box=m.po_box,
                    extended=m.extended,
                )
                for m in self.methods
            ],
            tags=list(s.tags),
            referred_by=None,
            keep_until=self.keep_until,
            processing_purpose=self.processing_purpose,
            legal_basis=self.legal_basis,
            consent_given_at=self.consent_given_at,
            consent_withdrawn_at=self.consent_withdrawn_at,
            restricted=self.restricted,
            custom=None,
        )


@dataclass(frozen=True)
class DeletionPreview:
    """What deleting a contact removes, for the confirmation."""

    contact_id: int
    display_name: str
    notes: int
    reminders: int
    referrals: int
