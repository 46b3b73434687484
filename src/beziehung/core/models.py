"""The stored entities. Times are aware UTC datetimes (see :class:`UTCDateTime`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ColumnElement,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.orm.util import AliasedClass

from beziehung.core.db import Base, UTCDateTime

STAGES = ("interessent", "kunde", "stammkunde", "empfehler", "ehemalig")
METHOD_KINDS = ("email", "phone", "fax", "web", "address")
CHANNELS = ("phone", "meeting", "video", "email", "letter", "message", "social")
DIRECTIONS = ("in", "out")
REMINDER_STATES = ("open", "done", "cancelled")
REMINDER_KINDS = ("callback", "cadence")
RECURRENCE_UNITS = ("day", "week", "month")
# The year stored with a birthday whose year is not known (see ``Contact.birthday_no_year``).
YEARLESS = 1904
LEGAL_BASES = ("consent", "contract", "legal_obligation", "legitimate_interest")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


contact_tags = Table(
    "contact_tags",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("tag_id", ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class Organisation(Base):
    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    name_folded: Mapped[str] = mapped_column(String(200), unique=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    people: Mapped[list[Contact]] = relationship(back_populates="organisation")


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_folded: Mapped[str] = mapped_column(String(100), unique=True)


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(_in("stage", STAGES), name="stage"),
        CheckConstraint(
            f"legal_basis IS NULL OR {_in('legal_basis', LEGAL_BASES)}", name="legal_basis"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    salutation: Mapped[str | None] = mapped_column(String(40))
    title: Mapped[str | None] = mapped_column(String(80))
    given_name: Mapped[str] = mapped_column(String(120), default="")
    family_name: Mapped[str] = mapped_column(String(120), default="")
    display_name: Mapped[str] = mapped_column(String(250))
    # Folded "family given", so lists sort and name prefixes look up through an index.
    sort_name: Mapped[str] = mapped_column(String(250), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str | None] = mapped_column(String(120))
    birthday: Mapped[date | None] = mapped_column(Date)
    # The day and month of the birthday are known, the year not: ``birthday`` then holds
    # ``YEARLESS`` as its year (a leap year, so that 29 February fits).
    birthday_no_year: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    anniversary: Mapped[date | None] = mapped_column(Date)
    department: Mapped[str | None] = mapped_column(String(120))
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    about: Mapped[str] = mapped_column(Text, default="")
    preferred_channel: Mapped[str | None] = mapped_column(String(20))
    preferred_time: Mapped[str | None] = mapped_column(String(120))
    stage: Mapped[str] = mapped_column(String(20), default="interessent", index=True)
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    # Data protection (DSGVO): nothing may be deleted before keep_until (HGB/AO retention);
    # a restricted contact (Art. 18) is hidden from lists, reminders and exports.
    keep_until: Mapped[date | None] = mapped_column(Date)
    processing_purpose: Mapped[str] = mapped_column(Text, default="", server_default="")
    legal_basis: Mapped[str | None] = mapped_column(String(20))
    consent_given_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # No index: nearly every contact is unrestricted, and an index here would lure SQLite
    # away from the name index that pages the contact list.
    restricted: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    # Kept by the notes service so that "last contact" sorts in SQL.
    last_contact_at: Mapped[datetime | None] = mapped_column(UTCDateTime, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    organisation: Mapped[Organisation | None] = relationship(back_populates="people")
    methods: Mapped[list[ContactMethod]] = relationship(
        back_populates="contact",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ContactMethod.id",
    )
    tags: Mapped[list[Tag]] = relationship(secondary=contact_tags, order_by="Tag.name_folded")


def visible(contact: type[Contact] | AliasedClass[Contact] = Contact) -> ColumnElement[bool]:
    """The contacts every reader may show. A restricted contact (Art. 18 DSGVO) stays out of
    lists, search, the agenda, reminders, referrals and exports; only the access export
    (Art. 15) leaves this condition out, on purpose and by name (``include_restricted``)."""
    return ~contact.restricted


class ContactMethod(Base):
    __tablename__ = "contact_methods"
    __table_args__ = (
        CheckConstraint(_in("kind", METHOD_KINDS), name="kind"),
        Index(
            "uq_contact_methods_preferred",
            "contact_id",
            "kind",
            unique=True,
            sqlite_where=text("is_preferred"),
            postgresql_where=text("is_preferred"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10))
    label: Mapped[str] = mapped_column(String(60), default="")
    # As typed (phones), the address (email, web) or the address on one line.
    value: Mapped[str] = mapped_column(String(500))
    phone_e164: Mapped[str | None] = mapped_column(String(20), index=True)
    street: Mapped[str | None] = mapped_column(String(200))
    postal_code: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    region: Mapped[str | None] = mapped_column(String(120))
    po_box: Mapped[str | None] = mapped_column(String(60))
    country: Mapped[str | None] = mapped_column(String(120))
    is_preferred: Mapped[bool] = mapped_column(Boolean, default=False)

    contact: Mapped[Contact] = relationship(back_populates="methods")


class ConversationNote(Base):
    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(_in("channel", CHANNELS), name="channel"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        Index("ix_notes_contact_occurred", "contact_id", "occurred_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    channel: Mapped[str] = mapped_column(String(10), default="phone")
    direction: Mapped[str] = mapped_column(String(3), default="out")
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(300), default="")
    body: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Reminder(Base):
    __tablename__ = "reminders"
    __table_args__ = (
        CheckConstraint(_in("state", REMINDER_STATES), name="state"),
        CheckConstraint(_in("kind", REMINDER_KINDS), name="kind"),
        CheckConstraint(
            f"recurrence_unit IS NULL OR ({_in('recurrence_unit', RECURRENCE_UNITS)}"
            " AND recurrence_interval > 0)",
            name="recurrence",
        ),
        Index("ix_reminders_state_fires", "state", "fires_at"),
        # A contact's next open callback, as the contact list shows and sorts it.
        Index("ix_reminders_contact_state_fires", "contact_id", "state", "fires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(10), default="callback")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(10), default="open")
    snoozed_until: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The snooze time if snoozed, else the due time: what "due now" is decided on, indexed.
    fires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    notified_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    recurrence_unit: Mapped[str | None] = mapped_column(String(10))
    recurrence_interval: Mapped[int | None] = mapped_column(Integer)
    # The first due time of a recurring series; every occurrence is counted from it.
    recurrence_anchor_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    @staticmethod
    def firing_time(due_at: datetime, snoozed_until: datetime | None) -> datetime:
        """When a reminder pops up: at its snooze time if snoozed, else when it is due. Bulk
        writers that insert rows without objects take ``fires_at`` from here too."""
        return snoozed_until or due_at

    def schedule(self, due_at: datetime, snoozed_until: datetime | None = None) -> None:
        """Set the due and snooze times; the indexed ``fires_at`` always follows them."""
        self.due_at = due_at
        self.snoozed_until = snoozed_until
        self.fires_at = self.firing_time(due_at, snoozed_until)


class Referral(Base):
    __tablename__ = "referrals"
    __table_args__ = (
        UniqueConstraint("referrer_id", "referred_id", name="uq_referrals_pair"),
        CheckConstraint("referrer_id <> referred_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    referrer_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    referred_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    referred_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    how: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Setting(Base):
    """Settings that the CLI needs as much as the window (reminder time, cadences)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
