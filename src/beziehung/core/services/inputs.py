"""What callers hand to services; services validate every field before writing.

Control characters are taken out as an input is made (:mod:`beziehung.core.bounds`), so that
no path — typed, imported, drafted — stores one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from beziehung.core.bounds import multi_line, optional_line, single_line


@dataclass
class MethodInput:
    kind: str
    value: str
    label: str = ""
    preferred: bool = False
    street: str | None = None
    postal_code: str | None = None
    city: str | None = None
    region: str | None = None
    country: str | None = None
    po_box: str | None = None
    extended: str | None = None

    def __post_init__(self) -> None:
        self.kind, self.value, self.label = map(single_line, (self.kind, self.value, self.label))
        self.street, self.postal_code, self.city, self.region, self.country = map(
            optional_line, (self.street, self.postal_code, self.city, self.region, self.country)
        )
        self.po_box = optional_line(self.po_box)
        self.extended = optional_line(self.extended)


@dataclass
class ContactInput:
    """A contact as typed. ``name`` is split when given and family name are not set."""

    name: str = ""
    given_name: str | None = None
    family_name: str | None = None
    salutation: str | None = None
    title: str | None = None
    organisation: str | None = None
    role: str | None = None
    birthday: date | None = None
    # Only day and month of ``birthday`` are known; its year is then ignored.
    birthday_no_year: bool = False
    anniversary: date | None = None
    department: str | None = None
    photo: bytes | None = None
    about: str = ""
    preferred_channel: str | None = None
    preferred_time: str | None = None
    stage: str = "interessent"
    cadence_days: int | None = None
    cadence_max_days: int | None = None
    letter_form: str = "sie"
    # The colleague who looks after the contact; None: a new contact is the acting user's,
    # an edited one keeps whom it had.
    responsible_id: int | None = None
    methods: list[MethodInput] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    # Contact ids of who recommended this person; None on update leaves referrals as they are.
    referred_by: list[int] | None = None
    keep_until: date | None = None
    processing_purpose: str = ""
    legal_basis: str | None = None
    consent_given_at: datetime | None = None
    consent_withdrawn_at: datetime | None = None
    restricted: bool = False
    # Values of the user's own fields by field id ("" clears one); None leaves them as stored.
    custom: dict[int, str] | None = None

    def __post_init__(self) -> None:
        self.name, self.stage = single_line(self.name), single_line(self.stage)
        self.processing_purpose = single_line(self.processing_purpose)
        self.given_name, self.family_name, self.salutation, self.title = map(
            optional_line, (self.given_name, self.family_name, self.salutation, self.title)
        )
        self.organisation, self.role, self.preferred_channel, self.preferred_time = map(
            optional_line,
            (self.organisation, self.role, self.preferred_channel, self.preferred_time),
        )
        self.legal_basis = optional_line(self.legal_basis)
        self.department = optional_line(self.department)
        self.about = multi_line(self.about)
        self.tags = [single_line(tag) for tag in self.tags]


@dataclass
class NoteInput:
    contact_id: int
    body: str = ""
    occurred_at: datetime | None = None
    channel: str = "phone"
    direction: str = "out"
    duration_minutes: int | None = None
    subject: str = ""
    outcome: str = ""
    next_step: str = ""
    # The others the conversation involved (contact ids), besides ``contact_id``.
    with_contacts: list[int] = field(default_factory=list)
    # wish, idea, praise or complaint: what the client said about us.
    voice: str | None = None
    # recommendation or review asked for, and the answer (yes, no, open).
    ask_kind: str | None = None
    ask_answer: str | None = None

    def __post_init__(self) -> None:
        self.channel, self.direction = single_line(self.channel), single_line(self.direction)
        self.voice, self.ask_kind = optional_line(self.voice), optional_line(self.ask_kind)
        self.ask_answer = optional_line(self.ask_answer)
        self.subject = single_line(self.subject)
        self.body, self.outcome, self.next_step = map(
            multi_line, (self.body, self.outcome, self.next_step)
        )
