"""The stored entities. Times are aware UTC datetimes (see :class:`UTCDateTime`)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ColumnElement,
    Connection,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
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
# How a letter addresses the contact: formally ("Sehr geehrte Frau …") or by first name.
LETTER_FORMS = ("sie", "du")
# What a note records beyond the conversation itself: the client's voice, and asking for a
# recommendation or a review with the answer it got.
VOICES = ("wish", "idea", "praise", "complaint")
ASK_KINDS = ("recommendation", "review")
ASK_ANSWERS = ("yes", "no", "open")
# Relations between two people, read "contact is KIND of other" (assistant, deputy and
# successor have a direction; the others read the same both ways).
RELATION_KINDS = ("assistant", "deputy", "successor", "partner", "family", "colleague")
SYMMETRIC_RELATIONS = ("partner", "family", "colleague")
CUSTOM_FIELD_KINDS = ("text", "date", "choice", "bool")
# The user every database starts with; with one person at one machine, everything is theirs.
FIRST_USER_ID = 1


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


class User(Base):
    """Someone who works with the notebook: the owner of a single-user database, or, on a
    shared server, one colleague (``login`` is then the server role they log in with)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Tag(Base):
    __tablename__ = "tags"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    name_folded: Mapped[str] = mapped_column(String(100), unique=True)
    # Keep-in-touch intervals for everyone with this tag, before their stage's.
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    cadence_max_days: Mapped[int | None] = mapped_column(Integer)


# As SQLAlchemy writes ``visible()`` for SQLite, so that the planner takes the partial indexes.
_LISTED = text("restricted = 0")


class Contact(Base):
    __tablename__ = "contacts"
    __table_args__ = (
        CheckConstraint(_in("stage", STAGES), name="stage"),
        CheckConstraint(
            f"legal_basis IS NULL OR {_in('legal_basis', LEGAL_BASES)}", name="legal_basis"
        ),
        CheckConstraint(_in("letter_form", LETTER_FORMS), name="letter_form"),
        # The list's sort orders over the listed (unrestricted) contacts, each seeking pages by
        # (value, sort_name, rowid); counting and skipping read only the index.
        Index("ix_contacts_listed_name", "sort_name", sqlite_where=_LISTED),
        Index("ix_contacts_stage_sort", "stage", "sort_name", sqlite_where=_LISTED),
        Index(
            "ix_contacts_organisation_sort", "organisation_id", "sort_name", sqlite_where=_LISTED
        ),
        Index(
            "ix_contacts_last_contact_sort", "last_contact_at", "sort_name", sqlite_where=_LISTED
        ),
        # "Meine Kontakte": one user's contacts in name order, sought page by page.
        Index("ix_contacts_responsible_sort", "responsible_id", "sort_name", sqlite_where=_LISTED),
        # The intervals in use, without reading every contact (``attention.intervals_in_use``).
        Index("ix_contacts_cadence_stage", "cadence_days", "stage"),
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
    # Indexed: the agenda reads this week's birthdays as one short range per year.
    birthday: Mapped[date | None] = mapped_column(Date, index=True)
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
    # The ideal and the longest interval between conversations; unset, the tags' or the
    # stage's apply (``services.attention`` decides).
    cadence_days: Mapped[int | None] = mapped_column(Integer)
    cadence_max_days: Mapped[int | None] = mapped_column(Integer)
    letter_form: Mapped[str] = mapped_column(String(3), default="sie", server_default="sie")
    # The colleague who looks after this contact.
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
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
    # Raised by every edit of what the contact form shows, so that a second save started
    # from an older state is refused (``services.versions``).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

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


PREFERRED = "is_preferred"


class ContactMethod(Base):
    __tablename__ = "contact_methods"
    __table_args__ = (
        CheckConstraint(_in("kind", METHOD_KINDS), name="kind"),
        Index(
            "uq_contact_methods_preferred",
            "contact_id",
            "kind",
            unique=True,
            sqlite_where=text(PREFERRED),
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
    # The address line beside the street: a suite, a floor, "c/o …", "Hinterhaus".
    extended: Mapped[str | None] = mapped_column(String(200))
    country: Mapped[str | None] = mapped_column(String(120))
    is_preferred: Mapped[bool] = mapped_column(Boolean, default=False)

    contact: Mapped[Contact] = relationship(back_populates="methods")


class ConversationNote(Base):
    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(_in("channel", CHANNELS), name="channel"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction"),
        CheckConstraint("duration_minutes IS NULL OR duration_minutes >= 0", name="duration"),
        CheckConstraint(f"voice IS NULL OR {_in('voice', VOICES)}", name="voice"),
        CheckConstraint(
            f"(ask_kind IS NULL AND ask_answer IS NULL) OR ({_in('ask_kind', ASK_KINDS)}"
            f" AND {_in('ask_answer', ASK_ANSWERS)})",
            name="ask",
        ),
        Index("ix_notes_contact_occurred", "contact_id", "occurred_at"),
        Index("ix_notes_voice_occurred", "voice", "occurred_at"),
        Index("ix_notes_ask_occurred", "ask_kind", "occurred_at"),
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
    voice: Mapped[str | None] = mapped_column(String(10))
    # When a complaint was answered; an open complaint stays on the Today page until then.
    voice_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ask_kind: Mapped[str | None] = mapped_column(String(15))
    ask_answer: Mapped[str | None] = mapped_column(String(5))
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # Raised by every edit of the note (see ``Contact.version``).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))


# Everyone else a conversation involved (a meeting with the managing director and her tax
# adviser): the note shows in each one's timeline and counts as contact with each.
note_participants = Table(
    "note_participants",
    Base.metadata,
    Column("note_id", ForeignKey("notes.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True, index=True
    ),
)


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
    # Who agreed the callback, and who is to make it: only the assignee's window pops it up
    # (unassigned ones pop up everywhere, so none is lost when a user is removed).
    author_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    assignee_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    # Raised by every edit of the reminder (see ``Contact.version``).
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))

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


class StageChange(Base):
    """One step of a contact's way from prospect to recommender; the first entry of each
    contact has no ``from_stage``."""

    __tablename__ = "stage_changes"
    __table_args__ = (
        CheckConstraint(f"from_stage IS NULL OR {_in('from_stage', STAGES)}", name="from_stage"),
        CheckConstraint(_in("to_stage", STAGES), name="to_stage"),
        Index("ix_stage_changes_contact_changed", "contact_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    from_stage: Mapped[str | None] = mapped_column(String(20))
    to_stage: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    # One way only: a new contact's first entry is written in the same flush as the contact.
    contact: Mapped[Contact] = relationship()


class ContactRelation(Base):
    """``contact`` is ``kind`` of ``other``: her assistant, his deputy, their successor."""

    __tablename__ = "contact_relations"
    __table_args__ = (
        UniqueConstraint("contact_id", "other_id", "kind", name="uq_contact_relations"),
        CheckConstraint("contact_id <> other_id", name="not_self"),
        CheckConstraint(_in("kind", RELATION_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    other_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(15))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomField(Base):
    """A field the user defines once (*Lieblingsfarbe*, *Kinder*, *Verein*) for every contact.
    ``choices`` holds a choice field's options, one per line."""

    __tablename__ = "custom_fields"
    __table_args__ = (CheckConstraint(_in("kind", CUSTOM_FIELD_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80))
    name_folded: Mapped[str] = mapped_column(String(80), unique=True)
    kind: Mapped[str] = mapped_column(String(10))
    choices: Mapped[str] = mapped_column(Text, default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CustomValue(Base):
    """One contact's value of one custom field, as text: a date as ISO ``YYYY-MM-DD``, yes/no
    as ``1``/``0``, a choice as the option's text."""

    __tablename__ = "custom_values"

    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    )
    field_id: Mapped[int] = mapped_column(
        ForeignKey("custom_fields.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    value: Mapped[str] = mapped_column(Text)


def declare_postgresql_options() -> None:
    """The one preferred method per kind is a partial index on PostgreSQL too, as migrations
    0001 and 0007 create it there.

    Declared when PostgreSQL is used (:func:`beziehung.core.db.make_engine`, and before the
    table is created on any engine of that dialect), not in ``__table_args__``: naming
    ``postgresql_where`` there loads SQLAlchemy's whole PostgreSQL dialect at every start,
    also on SQLite.
    """
    for index in Base.metadata.tables[ContactMethod.__tablename__].indexes:
        if index.name == "uq_contact_methods_preferred":
            index.dialect_options["postgresql"]["where"] = text(PREFERRED)


def _before_create(_table: object, connection: Connection, **_kw: object) -> None:
    if connection.dialect.name == "postgresql":
        declare_postgresql_options()


event.listen(Base.metadata.tables[ContactMethod.__tablename__], "before_create", _before_create)
