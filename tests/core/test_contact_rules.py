"""Rules about one contact that delete, erasure, merge, import and every reader share."""

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.scheduling import decide
from beziehung.core.services import Services
from beziehung.core.services.contact_rules import merge_about, method_key
from beziehung.core.services.history import Selection
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.core.services.listing import ContactFilter

MS = timedelta(milliseconds=1)


def _retained(services: Services, name: str, until: date, **extra: object) -> int:
    return services.contacts.create(ContactInput(name=name, keep_until=until, **extra))


# --- merge and data protection ----------------------------------------------------------------


def test_merge_keeps_the_retention_duty_and_the_consent_history(services, clock):
    keep = services.contacts.create(
        ContactInput(
            name="Jürgen Müller",
            keep_until=date(2030, 1, 1),
            consent_given_at=datetime(2025, 6, 1, tzinfo=UTC),
        )
    )
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            keep_until=date(2036, 12, 31),
            processing_purpose="Steuerberatung",
            legal_basis="contract",
            consent_given_at=datetime(2024, 2, 1, tzinfo=UTC),
            consent_withdrawn_at=datetime(2025, 9, 1, tzinfo=UTC),
        )
    )
    preview = services.merge.preview(keep, drop)
    assert set(preview.stricter) == {
        "keep_until",
        "processing_purpose",
        "legal_basis",
        "consent_given_at",
        "consent_withdrawn_at",
    }
    services.merge.merge(keep, drop)
    detail = services.contacts.get(keep)
    assert detail.keep_until == date(2036, 12, 31)
    assert detail.processing_purpose == "Steuerberatung"
    assert detail.legal_basis == "contract"
    assert detail.consent_given_at == datetime(2024, 2, 1, tzinfo=UTC)
    assert detail.consent_withdrawn_at == datetime(2025, 9, 1, tzinfo=UTC)
    with pytest.raises(ValidationError, match="must be kept until 2036-12-31"):
        services.contacts.delete(keep)
    with pytest.raises(ValidationError, match="must be kept until 2036-12-31"):
        services.privacy.erase(keep)


def test_merge_keeps_the_survivors_purpose_and_the_latest_withdrawal(services):
    keep = services.contacts.create(
        ContactInput(
            name="Jürgen Müller",
            processing_purpose="Mandat",
            legal_basis="consent",
            consent_given_at=datetime(2023, 1, 1, tzinfo=UTC),
            consent_withdrawn_at=datetime(2024, 1, 1, tzinfo=UTC),
            keep_until=date(2036, 12, 31),
        )
    )
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            processing_purpose="Newsletter",
            legal_basis="legitimate_interest",
            consent_given_at=datetime(2023, 6, 1, tzinfo=UTC),
            consent_withdrawn_at=datetime(2025, 1, 1, tzinfo=UTC),
        )
    )
    assert services.merge.preview(keep, drop).stricter == ["consent_withdrawn_at"]
    services.merge.merge(keep, drop)
    detail = services.contacts.get(keep)
    assert (detail.processing_purpose, detail.legal_basis) == ("Mandat", "consent")
    assert detail.consent_given_at == datetime(2023, 1, 1, tzinfo=UTC)
    assert detail.consent_withdrawn_at == datetime(2025, 1, 1, tzinfo=UTC)
    assert detail.keep_until == date(2036, 12, 31)


def test_merging_a_restricted_contact_restricts_the_survivor(services):
    keep = services.contacts.create(ContactInput(name="Jürgen Müller"))
    drop = services.contacts.create(ContactInput(name="J. Müller", restricted=True))
    services.notes.log(NoteInput(contact_id=drop, body="Zebrafinkenweg vertraulich"))
    assert services.merge.preview(keep, drop).stricter == ["restricted"]
    services.merge.merge(keep, drop)
    assert services.contacts.get(keep).restricted
    assert services.search.search("zebrafinkenweg") == []
    assert services.search.search("Müller") == []
    assert keep not in [c.id for c in services.contacts.list()]


def test_merge_reindexes_the_survivor_for_search(services):
    keep = services.contacts.create(ContactInput(name="Jürgen Müller"))
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            role="Steuerberater",
            methods=[MethodInput("email", "kanzlei@zebrafink.de")],
        )
    )
    services.merge.merge(keep, drop)
    assert [(h.kind, h.contact_id) for h in services.search.search("steuerberater")] == [
        ("contact", keep)
    ]
    assert [h.contact_id for h in services.search.search("zebrafink")] == [keep]


def test_merge_leaves_one_preferred_method_of_each_kind(services):
    keep = services.contacts.create(
        ContactInput(
            name="Jürgen Müller",
            methods=[MethodInput("phone", "0170 1234567", preferred=True)],
        )
    )
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            methods=[
                MethodInput("phone", "030 1234567", preferred=True),
                MethodInput("email", "j@example.de", preferred=True),
                MethodInput("email", "jm@example.de"),
            ],
        )
    )
    services.merge.merge(keep, drop)
    methods = services.contacts.get(keep).methods
    preferred = sorted((m.kind, m.value) for m in methods if m.is_preferred)
    assert preferred == [("email", "j@example.de"), ("phone", "0170 1234567")]
    assert sorted(m.value for m in methods) == [
        "0170 1234567",
        "030 1234567",
        "j@example.de",
        "jm@example.de",
    ]


# --- retention: the last day is still protected -----------------------------------------------

REMOVERS: dict[str, Callable[[Services, int], object]] = {
    "delete": lambda services, cid: services.contacts.delete(cid),
    "erase": lambda services, cid: services.privacy.erase(cid),
}


@pytest.mark.parametrize("remove", REMOVERS.values(), ids=REMOVERS.keys())
def test_the_last_day_of_a_retention_duty_is_protected(services, clock, remove):
    cid = _retained(services, "Jürgen Müller", date(2026, 12, 31))
    # 23:59 in Berlin on the last day.
    clock.set(datetime(2026, 12, 31, 22, 59, tzinfo=UTC))
    with pytest.raises(ValidationError, match="retention duty"):
        remove(services, cid)
    assert services.contacts.get(cid)


@pytest.mark.parametrize("remove", REMOVERS.values(), ids=REMOVERS.keys())
def test_the_day_after_a_retention_duty_it_may_go(services, clock, remove):
    cid = _retained(services, "Jürgen Müller", date(2026, 12, 31))
    # Midnight in Berlin, still 31 December in UTC.
    clock.set(datetime(2026, 12, 31, 23, 0, tzinfo=UTC))
    remove(services, cid)
    assert services.contacts.list() == []


def test_a_contact_under_retention_may_be_merged_away(services, clock):
    keep = services.contacts.create(ContactInput(name="Jürgen Müller"))
    drop = _retained(services, "J. Müller", clock.now().date())
    services.merge.merge(keep, drop)
    assert [c.id for c in services.contacts.list()] == [keep]
    assert services.contacts.get(keep).keep_until == clock.now().date()


# --- the same method, the merged about text: one definition for merge and import ---------


def test_methods_are_the_same_by_number_address_or_folded_text():
    assert method_key(MethodInput("phone", "0170 1234567"), "DE") == method_key(
        MethodInput("phone", "+49 170 1234567"), "DE"
    )
    assert method_key(MethodInput("email", "J@Example.de"), "DE") == method_key(
        MethodInput("email", "j@example.de"), "DE"
    )
    home = MethodInput("address", "", street="Hauptstr. 1", postal_code="10115", city="Berlin")
    typed = MethodInput(
        "address", "Hauptstr. 1, 10115 Berlin", street="Hauptstr. 1", postal_code="10115"
    )
    assert method_key(home, "DE") != method_key(typed, "DE")
    assert method_key(home, "DE") == method_key(
        MethodInput("address", "anders", street="hauptstr. 1", postal_code="10115", city="berlin"),
        "DE",
    )
    assert method_key(MethodInput("phone", "12"), "DE") == ("phone", "12")
    # A number without a country code is read in the contact's region.
    assert method_key(MethodInput("phone", "044 668 18 00"), "CH") == ("phone", "+41446681800")
    assert method_key(MethodInput("phone", "044 668 18 00"), "DE") != ("phone", "+41446681800")


def test_about_texts_are_joined_once():
    assert merge_about("Bäcker", "") == "Bäcker"
    assert merge_about("", "Bäcker") == "Bäcker"
    assert merge_about("Bäcker in Köln", "Bäcker") == "Bäcker in Köln"
    assert merge_about(" Bäcker ", "Kunde seit 2010 ") == "Bäcker\n\nKunde seit 2010"


def test_merge_and_import_treat_the_same_phone_as_one(services):
    keep = services.contacts.create(
        ContactInput(name="Jürgen Müller", methods=[MethodInput("phone", "0170 1234567")])
    )
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            about="Bäcker",
            methods=[MethodInput("phone", "+49 170 1234567")],
        )
    )
    assert services.merge.preview(keep, drop).methods == 0
    services.merge.merge(keep, drop)
    detail = services.contacts.get(keep)
    assert [m.value for m in detail.methods] == ["0170 1234567"]
    assert detail.about == "Bäcker"


# --- one filter for restricted contacts -------------------------------------------------------


@pytest.fixture
def hidden(services, clock):
    """A restricted contact that every reader would otherwise find."""
    visible = services.contacts.create(
        ContactInput(name="Petra Öztürk", organisation="Bäckerei Groß")
    )
    cid = services.contacts.create(
        ContactInput(
            name="Jürgen Zebrafink",
            organisation="Bäckerei Groß",
            birthday=date(1970, 3, 28),
            cadence_days=7,
            referred_by=[visible],
            tags=["VIP"],
        )
    )
    services.referrals.add(cid, visible)
    services.notes.log(
        NoteInput(
            contact_id=cid,
            body="Zebrafink vertraulich",
            occurred_at=clock.now() - timedelta(days=30),
        )
    )
    services.reminders.create(cid, clock.now() - timedelta(minutes=5), "Rückruf Zebrafink")
    detail = services.contacts.get(cid)
    services.contacts.update(
        cid,
        ContactInput(
            given_name=detail.summary.given_name,
            family_name=detail.summary.family_name,
            birthday=detail.birthday,
            organisation="Bäckerei Groß",
            cadence_days=7,
            tags=["VIP"],
            restricted=True,
        ),
    )
    return cid, visible


READERS: dict[str, Callable[[Services, int], list[int]]] = {
    "list": lambda s, _v: [c.id for c in s.contacts.list()],
    "listing": lambda s, _v: [r.id for r in s.listing.rows(ContactFilter())],
    "listing_search": lambda s, _v: [r.id for r in s.listing.rows(ContactFilter(text="zebrafink"))],
    "listing_tag": lambda s, _v: [r.id for r in s.listing.rows(ContactFilter(tag="VIP"))],
    "search": lambda s, _v: [h.contact_id for h in s.search.search("zebrafink")],
    "agenda_reminders": lambda s, _v: [
        r.contact_id for r in s.agenda.build().overdue + s.agenda.build().today
    ],
    "agenda_birthdays": lambda s, _v: [b.contact_id for b in s.agenda.build().birthdays],
    "agenda_out_of_touch": lambda s, _v: [o.contact_id for o in s.agenda.build().out_of_touch],
    "reminders_due": lambda s, _v: [r.contact_id for r in s.reminders.due()],
    "reminders_unnotified": lambda s, _v: [r.contact_id for r in s.reminders.unnotified()],
    "referred_by": lambda s, v: [p.id for p in s.contacts.get(v).referred_by],
    "referred": lambda s, v: [p.id for p in s.contacts.get(v).referred],
    "history": lambda s, _v: s.history.contact_ids(Selection(everyone=True)),
    "history_by_tag": lambda s, _v: s.history.contact_ids(Selection(tag="VIP")),
    "organisation_people": lambda s, _v: [p.id for p in _organisation(s).people],
    "organisation_history": lambda s, _v: [n.contact_id for n, _name in _organisation(s).history],
}


def _organisation(services: Services):
    (org,) = services.organisations.list()
    assert org.people == 1  # counts only whom it shows
    return services.organisations.get(org.id)


@pytest.mark.parametrize("read", READERS.values(), ids=READERS.keys())
def test_a_restricted_contact_is_absent_from_every_reader(services, hidden, read):
    cid, visible = hidden
    assert cid not in read(services, visible)


def test_only_the_access_export_reaches_a_restricted_contact(services, hidden):
    cid, _visible = hidden
    assert cid in services.history.contact_ids(Selection(ids=(cid,), include_restricted=True))
    assert services.contacts.resolve("Zebrafink", include_restricted=True) == cid
    with pytest.raises(ValidationError):
        services.contacts.resolve("Zebrafink")


# --- boundaries the suite must hold -----------------------------------------------------------


def test_a_reminder_seen_a_few_ms_late_is_due_not_missed(services, clock):
    cid = services.contacts.create(ContactInput(name="Jürgen Müller"))
    started = clock.now()
    services.reminders.create(cid, started + timedelta(minutes=1), "Rückruf")
    services.reminders.create(cid, started, "Punkt zum Start")
    clock.advance(timedelta(minutes=1) + 5 * MS)
    shown = decide(services.reminders.unnotified(), clock.now(), started_at=started).show
    assert [(d.reminder.reason, d.missed) for d in shown] == [
        ("Punkt zum Start", False),
        ("Rückruf", False),
    ]
    assert shown[1].late == 5 * MS


def test_a_reminder_due_just_before_the_start_is_missed(services, clock):
    cid = services.contacts.create(ContactInput(name="Jürgen Müller"))
    due = clock.now()
    services.reminders.create(cid, due, "Rückruf")
    shown = decide(services.reminders.unnotified(), due + 5 * MS, started_at=due + MS).show
    assert [d.missed for d in shown] == [True]


def test_out_of_touch_only_after_the_whole_cadence(services, clock):
    cid = services.contacts.create(ContactInput(name="Jürgen Müller", cadence_days=30))
    spoken = clock.now()
    services.notes.log(NoteInput(contact_id=cid, body="Gespräch", occurred_at=spoken))

    def overdue() -> list[int]:
        return [o.contact_id for o in services.agenda.build().out_of_touch]

    clock.set(spoken + timedelta(days=30))
    assert cid not in overdue()
    assert services.agenda.raise_cadence_reminders() == []
    clock.set(spoken + timedelta(days=30) + MS)
    assert cid in overdue()
    clock.set(spoken + timedelta(days=29, hours=23, minutes=59))
    assert cid not in overdue()


def test_a_snooze_racing_the_pop_up_is_not_marked_shown(services, clock):
    cid = services.contacts.create(ContactInput(name="Jürgen Müller"))
    started = clock.now()
    reminder = services.reminders.create(cid, started, "Rückruf")
    shown = decide(services.reminders.unnotified(), clock.now(), started_at=started).show
    assert [d.reminder.id for d in shown] == [reminder.id]
    # Another process snoozes it before the pop-up records that it was shown.
    services.reminders.snooze(reminder.id, clock.now() + timedelta(minutes=10))
    assert services.reminders.mark_notified([reminder.id]) == []
    assert services.reminders.get(reminder.id).notified_at is None
    clock.advance(timedelta(minutes=10))
    again = decide(services.reminders.unnotified(), clock.now(), started_at=started).show
    assert [d.reminder.id for d in again] == [reminder.id]
    assert services.reminders.mark_notified([reminder.id]) == [reminder.id]


def test_a_merge_fills_department_anniversary_and_a_yearless_birthday(services):
    from datetime import date

    from beziehung.core.models import YEARLESS
    from beziehung.core.services.inputs import ContactInput

    keep = services.contacts.create(ContactInput(name="Klaus Bäcker"))
    other = services.contacts.create(
        ContactInput(
            name="K. Bäcker",
            department="Einkauf",
            anniversary=date(2001, 6, 1),
            birthday=date(YEARLESS, 5, 17),
            birthday_no_year=True,
        )
    )
    services.merge.merge(keep, other)
    detail = services.contacts.get(keep)
    assert detail.department == "Einkauf" and detail.anniversary == date(2001, 6, 1)
    assert detail.birthday == date(YEARLESS, 5, 17) and detail.birthday_no_year
