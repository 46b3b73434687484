"""Asking for recommendations and reviews; the client's voice and open complaints on Today."""

from datetime import UTC, date, datetime, timedelta

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.core.services.periods import period_bounds
from tests.conftest import BERLIN


@pytest.fixture
def anna(services):
    return services.contacts.create(ContactInput(name="Anna Weber"))


@pytest.fixture
def bernd(services):
    return services.contacts.create(ContactInput(name="Bernd Koch"))


def ask(services, cid, at, kind="recommendation", answer=None):
    return services.notes.log(
        NoteInput(contact_id=cid, body="Gefragt", occurred_at=at, ask_kind=kind, ask_answer=answer)
    )


# Local midnight of 1 March 2026 in Berlin is 23:00 UTC on 28 February.
MARCH_START = datetime(2026, 2, 28, 23, 0, tzinfo=UTC)


def test_asks_per_month_count_by_local_month_with_boundaries(services, anna, bernd):
    ask(services, anna, MARCH_START - timedelta(seconds=1), answer="yes")  # still February
    ask(services, anna, MARCH_START, answer="yes")  # the first second of March
    ask(services, bernd, MARCH_START + timedelta(days=3), kind="review", answer="no")
    ask(services, bernd, MARCH_START + timedelta(days=4))  # open by default
    counts = services.asks.counts(
        MARCH_START - timedelta(days=30), MARCH_START + timedelta(days=40)
    )
    assert [(c.month, c.asks, c.yeses) for c in counts] == [
        (date(2026, 2, 1), 1, 1),
        (date(2026, 3, 1), 3, 1),
    ]
    # The end is exclusive, the start inclusive.
    march = services.asks.asks(MARCH_START, MARCH_START + timedelta(days=4))
    assert [(r.name, r.kind, r.answer) for r in march] == [
        ("Bernd Koch", "review", "no"),
        ("Anna Weber", "recommendation", "yes"),
    ]


def test_period_bounds_take_in_the_whole_last_day(services):
    start, end = period_bounds(date(2026, 3, 1), date(2026, 3, 31), BERLIN)
    assert start == MARCH_START
    assert end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # summer time from 29 March


def test_the_answer_changes_later_and_the_last_ask_says_so(services, anna, clock):
    note = ask(services, anna, clock.now() - timedelta(days=2))
    assert services.asks.last_ask(anna).answer == "open"
    services.asks.set_answer(note.id, "yes")
    assert services.asks.last_ask(anna).answer == "yes"
    assert services.notes.get(note.id).ask_answer == "yes"


def test_an_answer_without_an_ask_is_refused(services, anna):
    with pytest.raises(ValidationError, match="answer needs"):
        services.notes.log(NoteInput(contact_id=anna, body="x", ask_answer="yes"))
    with pytest.raises(ValidationError, match="Unknown ask kind"):
        services.notes.log(NoteInput(contact_id=anna, body="x", ask_kind="letter"))
    plain = services.notes.log(NoteInput(contact_id=anna, body="x"))
    with pytest.raises(ValidationError, match="Nothing was asked"):
        services.asks.set_answer(plain.id, "yes")


def test_restricted_contacts_stay_out_of_asks_and_voices(services, anna, clock):
    ask(services, anna, clock.now())
    services.notes.log(NoteInput(contact_id=anna, body="Zu laut", voice="complaint"))
    data = services.contacts.get(anna).as_input()
    data.restricted = True
    services.contacts.update(anna, data)
    assert services.asks.asks() == []
    assert services.voice.voices() == []
    assert services.agenda.build().open_complaints == []


def test_an_open_complaint_stays_on_today_until_answered(services, anna, bernd, clock):
    complaint = services.notes.log(
        NoteInput(contact_id=anna, subject="Rechnung falsch", body="Zweimal", voice="complaint")
    )
    services.notes.log(NoteInput(contact_id=bernd, body="Gern mehr Termine", voice="wish"))
    clock.advance(timedelta(days=30))
    assert [c.note_id for c in services.agenda.build().open_complaints] == [complaint.id]
    services.voice.mark_answered(complaint.id)
    answered_at = clock.now()
    clock.advance(timedelta(seconds=1))
    assert services.agenda.build().open_complaints == []
    assert services.voice.voices(open_only=True) == []
    row = services.voice.voices(kind="complaint")[0]
    assert (row.text, row.answered_at, row.open) == ("Rechnung falsch", answered_at, False)


def test_editing_a_complaint_keeps_its_answer_and_another_voice_drops_it(services, anna):
    note = services.notes.log(NoteInput(contact_id=anna, body="Zu laut", voice="complaint"))
    services.voice.mark_answered(note.id)
    kept = services.notes.edit(
        note.id, NoteInput(contact_id=anna, body="Zu laut!", voice="complaint")
    )
    assert kept.voice_answered_at is not None
    praise = services.notes.edit(note.id, NoteInput(contact_id=anna, body="Toll", voice="praise"))
    assert praise.voice_answered_at is None
    with pytest.raises(ValidationError, match="Only a complaint"):
        services.voice.mark_answered(note.id)


def test_voices_filter_by_kind_and_period_and_count_per_month(services, anna, bernd):
    for at, kind in (
        (MARCH_START - timedelta(seconds=1), "idea"),
        (MARCH_START, "idea"),
        (MARCH_START + timedelta(days=1), "praise"),
        (MARCH_START + timedelta(days=2), "complaint"),
    ):
        services.notes.log(NoteInput(contact_id=anna, body=kind, occurred_at=at, voice=kind))
    march = services.voice.voices(start=MARCH_START, end=MARCH_START + timedelta(days=31))
    assert [r.kind for r in march] == ["complaint", "praise", "idea"]
    assert [r.at for r in services.voice.voices(kind="idea")] == [
        MARCH_START,
        MARCH_START - timedelta(seconds=1),
    ]
    counts = services.voice.counts(
        MARCH_START - timedelta(days=1), MARCH_START + timedelta(days=31)
    )
    assert [(c.month, c.kind, c.count) for c in counts] == [
        (date(2026, 2, 1), "idea", 1),
        (date(2026, 3, 1), "idea", 1),
        (date(2026, 3, 1), "praise", 1),
        (date(2026, 3, 1), "complaint", 1),
    ]
