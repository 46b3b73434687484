"""What callers hand to services; services validate every field before writing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


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
    photo: bytes | None = None
    about: str = ""
    preferred_channel: str | None = None
    preferred_time: str | None = None
    stage: str = "interessent"
    cadence_days: int | None = None
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
