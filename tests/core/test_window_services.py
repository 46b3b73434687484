"""Services behind the window: listing, agenda, merge, organisations, settings, log call."""

from datetime import UTC, date, datetime, time, timedelta

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.core.services.listing import ContactFilter
from beziehung.core.services.settings import DEFAULT_CADENCES, SharedSettings


@pytest.fixture
def people(services, clock):
    create = services.contacts.create
    ids = {
        "mueller": create(
            ContactInput(
                name="Jürgen Müller", organisation="Bäckerei Groß", stage="kunde", tags=["VIP"]
            )
        ),
        "oeztuerk": create(
            ContactInput(name="Petra Öztürk", organisation="Bäckerei Groß", stage="interessent")
        ),
        "adler": create(ContactInput(name="Zoë Adler", stage="stammkunde", tags=["VIP"])),
    }
    services.notes.log(
        NoteInput(
            contact_id=ids["adler"],
            body="Erbschaft besprochen",
            occurred_at=clock.now() - timedelta(days=2),
        )
    )
    services.reminders.create(ids["oeztuerk"], clock.now() + timedelta(hours=3), "Angebot")
    return ids


def names(rows):
    return [r.display_name for r in rows]


def test_listing_filters_and_sorts_in_sql(services, people):
    listing = services.listing
    assert names(listing.rows(ContactFilter())) == ["Zoë Adler", "Jürgen Müller", "Petra Öztürk"]
    assert names(listing.rows(ContactFilter(text="mue"))) == ["Jürgen Müller"]
    assert names(listing.rows(ContactFilter(text="erbschaft"))) == ["Zoë Adler"]
    assert names(listing.rows(ContactFilter(tag="VIP"))) == ["Zoë Adler", "Jürgen Müller"]
    assert names(listing.rows(ContactFilter(stage="interessent"))) == ["Petra Öztürk"]
    by_last = listing.rows(ContactFilter(sort="last_contact", descending=True))
    assert by_last[0].display_name == "Zoë Adler" and by_last[0].last_contact_at is not None
    by_reminder = listing.rows(ContactFilter(sort="next_reminder"))
    assert (
        by_reminder[0].display_name == "Petra Öztürk"
        and by_reminder[0].next_reminder_at is not None
    )
    assert names(listing.rows(ContactFilter(sort="name", descending=True), offset=1, limit=1)) == [
        "Jürgen Müller"
    ]
    assert listing.count(ContactFilter(text="bäckerei")) == 2
    assert listing.count(ContactFilter(text='"*')) == 0
    assert listing.tags() == ["VIP"]


def test_log_call_saves_note_and_callback_together(services, clock, people):
    note, reminder = services.notes.log_call(
        NoteInput(contact_id=people["mueller"], body="Will Angebot", next_step="Angebot schicken"),
        callback_at=clock.now() + timedelta(days=1),
        callback_reason="Rückruf zum Angebot",
    )
    assert reminder is not None and reminder.note_id == note.id
    with pytest.raises(ValidationError, match="needs a reason"):
        services.notes.log_call(
            NoteInput(contact_id=people["mueller"], body="Zweiter Anruf"), clock.now(), "  "
        )
    assert [n.body for n in services.notes.for_contact(people["mueller"])] == ["Will Angebot"]


def test_agenda_sections(services, clock, people):
    now = clock.now()  # Friday 27 March 2026, 11:00 in Berlin
    services.reminders.create(people["mueller"], now - timedelta(hours=1), "Überfällig")
    services.reminders.create(people["mueller"], now + timedelta(days=3), "Nächste Woche")
    services.reminders.create(people["mueller"], now + timedelta(days=20), "Später")
    services.contacts.update(
        people["oeztuerk"],
        ContactInput(name="Petra Öztürk", birthday=date(1980, 3, 30), organisation="Bäckerei Groß"),
    )
    agenda = services.agenda.build()
    assert [r.reason for r in agenda.overdue] == ["Überfällig"]
    assert [r.reason for r in agenda.today] == ["Angebot"]
    assert [r.reason for r in agenda.week] == ["Nächste Woche"]
    assert [(b.contact_name, b.on, b.age) for b in agenda.birthdays] == [
        ("Petra Öztürk", date(2026, 3, 30), 46)
    ]
    assert agenda.out_of_touch == []
    clock.advance(timedelta(days=40))
    late = services.agenda.build()
    # Interessent (30 days, never spoken to since creation); Stammkunde (60) is not yet due.
    assert [o.contact_name for o in late.out_of_touch] == ["Petra Öztürk"]


def test_a_contacts_own_cadence_wins(services, clock, people):
    services.contacts.update(
        people["adler"], ContactInput(name="Zoë Adler", stage="stammkunde", cadence_days=7)
    )
    clock.advance(timedelta(days=10))
    overdue = {o.contact_name: o for o in services.agenda.build().out_of_touch}
    assert overdue["Zoë Adler"].cadence_days == 7
    assert overdue["Zoë Adler"].days_overdue == 5


def test_settings_round_trip_and_validation(services):
    assert services.settings.load().default_reminder_time == time(9, 0)
    cadences = dict(DEFAULT_CADENCES, kunde=45, ehemalig=None)
    services.settings.save(SharedSettings(time(8, 30), cadences))
    loaded = services.settings.load()
    assert loaded.default_reminder_time == time(8, 30)
    assert loaded.cadences["kunde"] == 45 and loaded.cadences["ehemalig"] is None
    with pytest.raises(ValidationError, match="cadence"):
        services.settings.save(SharedSettings(time(9, 0), dict(cadences, kunde=0)))
    assert services.settings.load().cadences["kunde"] == 45


def test_merge_moves_everything(services, clock, people):
    keep = people["mueller"]
    drop = services.contacts.create(
        ContactInput(
            name="J. Müller",
            role="Inhaber",
            birthday=date(1970, 1, 2),
            methods=[MethodInput("phone", "0170 1234567"), MethodInput("email", "jm@example.de")],
            tags=["Privat", "VIP"],
            referred_by=[people["adler"]],
        )
    )
    services.contacts.update(
        keep,
        ContactInput(
            name="Jürgen Müller",
            organisation="Bäckerei Groß",
            stage="kunde",
            tags=["VIP"],
            methods=[MethodInput("phone", "+49 170 1234567")],
        ),
    )
    services.referrals.add(drop, people["oeztuerk"])
    services.referrals.add(keep, drop)
    note = services.notes.log(NoteInput(contact_id=drop, body="Unter altem Eintrag notiert"))
    reminder = services.reminders.create(drop, clock.now() + timedelta(days=1), "Rückruf")
    preview = services.merge.preview(keep, drop)
    assert (preview.notes, preview.reminders, preview.methods, preview.tags) == (1, 1, 1, 1)
    assert preview.referrals == 2
    assert set(preview.filled) == {"role", "birthday"}
    services.merge.merge(keep, drop)
    detail = services.contacts.get(keep)
    assert [n.id for n in detail.notes] == [note.id]
    assert [r.id for r in detail.reminders] == [reminder.id]
    assert sorted(m.value for m in detail.methods) == ["+49 170 1234567", "jm@example.de"]
    assert detail.summary.tags == ["Privat", "VIP"]
    assert detail.role == "Inhaber" and detail.birthday == date(1970, 1, 2)
    assert [r.display_name for r in detail.referred_by] == ["Zoë Adler"]
    assert [r.display_name for r in detail.referred] == ["Petra Öztürk"]
    assert detail.summary.last_contact_at == clock.now()
    assert [h.contact_id for h in services.search.search("altem eintrag")] == [keep]
    assert services.listing.count(ContactFilter()) == 3
    with pytest.raises(ValidationError):
        services.merge.preview(keep, keep)


def test_organisation_view(services, clock, people):
    services.notes.log(
        NoteInput(
            contact_id=people["mueller"],
            body="Jahresgespräch",
            occurred_at=datetime(2026, 3, 1, tzinfo=UTC),
        )
    )
    services.notes.log(NoteInput(contact_id=people["oeztuerk"], body="Erstkontakt"))
    orgs = services.organisations.list()
    assert [(o.name, o.people) for o in orgs] == [("Bäckerei Groß", 2)]
    detail = services.organisations.get(orgs[0].id)
    assert [m.display_name for m in detail.people] == ["Jürgen Müller", "Petra Öztürk"]
    assert [(n.body, who) for n, who in detail.history] == [
        ("Erstkontakt", "Petra Öztürk"),
        ("Jahresgespräch", "Jürgen Müller"),
    ]
