"""The Einblick numbers on hand-made data: local months, the period's last day, restricted
contacts, several-person notes, stage moves, recommenders and the client's voice."""

from datetime import UTC, date, datetime

from sqlalchemy import update

from beziehung.core.models import Contact
from beziehung.core.services.bulk import BulkBatch, BulkContact, BulkNote, BulkReferral
from beziehung.core.services.insight import (
    AskMonth,
    FunnelBar,
    MonthlyCount,
    Period,
    RankedName,
    StageCount,
)

Q1 = Period(date(2025, 1, 1), date(2025, 3, 31))


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def insert(services, contacts, notes=(), referrals=()):
    result = services.bulk.insert(
        BulkBatch(contacts=list(contacts), notes=list(notes), referrals=list(referrals))
    )
    return result.first_contact_id


def restrict(services, contact_id):
    with services.context.engine.begin() as conn:
        conn.execute(update(Contact).where(Contact.id == contact_id).values(restricted=True))


def test_periods_are_whole_local_months():
    today = date(2026, 3, 27)
    assert Period.last_months(today, 3) == Period(date(2026, 1, 1), today)
    assert Period.last_months(today, 12) == Period(date(2025, 4, 1), today)
    assert Period.this_year(today) == Period(date(2026, 1, 1), today)
    assert Period.last_months(today, 12).months()[0] == date(2025, 4, 1)
    assert len(Period.last_months(today, 12).months()) == 12


def test_conversations_are_counted_by_local_month(services):
    note = lambda when: BulkNote(contact=0, occurred_at=when, body="x")  # noqa: E731
    insert(
        services,
        [BulkContact("Anna", "Weber")],
        [
            note(at(2024, 12, 31, 22, 59)),  # 23:59 on 31 December in Berlin: before
            note(at(2024, 12, 31, 23, 0)),  # midnight, 1 January: the first moment
            note(at(2025, 1, 31, 22, 30)),  # 23:30 on 31 January: still January
            note(at(2025, 1, 31, 23, 0)),  # midnight, 1 February
            note(at(2025, 3, 31, 21, 30)),  # 23:30 on 31 March, summer time: March
            note(at(2025, 3, 31, 21, 59, 59)),  # the last second of the period
            note(at(2025, 3, 31, 22, 0)),  # 1 April in Berlin: one second late
        ],
    )
    assert services.insight.conversations_per_month(Q1) == [
        MonthlyCount(date(2025, 1, 1), 2),
        MonthlyCount(date(2025, 2, 1), 1),
        MonthlyCount(date(2025, 3, 1), 2),
    ]


def test_a_note_with_several_people_counts_once_and_restricted_contacts_never(services):
    first = insert(
        services,
        [BulkContact("Anna", "Weber"), BulkContact("Jürgen", "Müller"), BulkContact("Eva", "Ohm")],
        [
            BulkNote(contact=0, occurred_at=at(2025, 2, 3, 9), body="x", participants=[1, 2]),
            BulkNote(contact=2, occurred_at=at(2025, 2, 4, 9), body="nur Eva"),
            BulkNote(
                contact=2, occurred_at=at(2025, 2, 5, 9), body="Eva mit Jürgen", participants=[1]
            ),
        ],
    )
    restrict(services, first + 2)
    counts = services.insight.conversations_per_month(Q1)
    # The meeting once; Eva alone not at all; Eva with Jürgen, who is visible, once.
    assert [c.count for c in counts] == [0, 2, 0]


def test_contacts_per_stage_in_the_order_of_the_stages(services):
    first = insert(
        services,
        [
            BulkContact("A", "Eins", stage="kunde"),
            BulkContact("B", "Zwei", stage="kunde"),
            BulkContact("C", "Drei", stage="empfehler"),
            BulkContact("D", "Vier", stage="kunde"),
        ],
    )
    restrict(services, first + 3)
    assert services.insight.contacts_per_stage() == [
        StageCount("interessent", 0),
        StageCount("kunde", 2),
        StageCount("stammkunde", 0),
        StageCount("empfehler", 1),
        StageCount("ehemalig", 0),
    ]


def test_stage_moves_in_the_period(services):
    steps = [
        ("interessent", at(2024, 6, 1)),
        ("kunde", at(2024, 12, 31, 22, 59)),  # 31 December in Berlin: before the period
        ("stammkunde", at(2025, 3, 31, 21, 59)),  # the period's last minute
        ("empfehler", at(2025, 3, 31, 22, 0)),  # April in Berlin: after
    ]
    other = [("interessent", at(2025, 1, 2)), ("kunde", at(2025, 1, 3))]
    insert(
        services,
        [
            BulkContact("A", "Eins", steps=steps, stage="empfehler"),
            BulkContact("B", "Zwei", steps=other, stage="kunde"),
        ],
    )
    assert services.insight.stage_moves(Q1) == [
        FunnelBar("interessent", "kunde", 1),
        FunnelBar("kunde", "stammkunde", 1),
    ]


def test_top_recommenders_count_referrals_in_the_period(services):
    people = [BulkContact("Anna", "Weber"), BulkContact("Jürgen", "Müller")]
    people += [BulkContact("X", f"Nummer {i}") for i in range(5)]
    first = insert(
        services,
        people,
        referrals=[
            BulkReferral(0, 2, at(2025, 1, 10)),
            BulkReferral(0, 3, at(2025, 2, 10)),
            BulkReferral(0, 4, at(2024, 12, 31, 22, 0)),  # 23:00 on New Year's Eve: before
            BulkReferral(1, 5, at(2025, 3, 1)),
            BulkReferral(1, 6, at(2025, 3, 2)),
            BulkReferral(6, 4, at(2025, 3, 3)),
        ],
    )
    restrict(services, first + 6)  # neither as recommender nor as recommended
    assert services.insight.top_recommenders(Q1) == [
        RankedName(first, "Anna Weber", 2),
        RankedName(first + 1, "Jürgen Müller", 1),
    ]
    assert services.insight.top_recommenders(Q1, limit=1) == [RankedName(first, "Anna Weber", 2)]


def test_voice_per_local_month_by_kind(services):
    notes = [
        BulkNote(0, at(2025, 1, 31, 22, 30), "Lob", voice="praise"),
        BulkNote(0, at(2025, 1, 31, 23, 0), "Beschwerde", voice="complaint"),
        BulkNote(0, at(2025, 2, 2, 9), "Wunsch", voice="wish"),
        BulkNote(0, at(2025, 2, 3, 9), "ohne"),
    ]
    insert(services, [BulkContact("Anna", "Weber")], notes)
    voice = services.insight.voice_per_month(Q1)
    assert [v.month for v in voice] == Q1.months()
    assert voice[0].counts == {"wish": 0, "idea": 0, "praise": 1, "complaint": 0}
    assert voice[1].counts == {"wish": 1, "idea": 0, "praise": 0, "complaint": 1}
    assert voice[2].total == 0


def test_the_overview_holds_every_chart(services):
    insert(
        services,
        [BulkContact("Anna", "Weber")],
        [BulkNote(0, at(2025, 1, 5, 9), "x", voice="idea")],
    )
    overview = services.insight.overview(Q1)
    assert overview.period == Q1
    assert [c.count for c in overview.conversations] == [1, 0, 0]
    assert overview.voice[0].counts["idea"] == 1
    assert overview.funnel == [] and overview.recommenders == []


def test_asks_and_yeses_per_local_month_with_every_month_present(services):
    insert(
        services,
        [BulkContact("Anna", "Weber")],
        [
            BulkNote(0, at(2025, 1, 10, 9), "a", ask_kind="recommendation", ask_answer="yes"),
            BulkNote(0, at(2025, 1, 20, 9), "b", ask_kind="review", ask_answer="open"),
            # 23:30 on 31 March in Berlin is still March.
            BulkNote(0, at(2025, 3, 31, 21, 30), "c", ask_kind="review", ask_answer="yes"),
            # Midnight after the period's last day: outside.
            BulkNote(0, at(2025, 3, 31, 22), "d", ask_kind="review", ask_answer="yes"),
            BulkNote(0, at(2025, 2, 3, 9), "no ask"),
        ],
    )
    assert services.insight.asks_per_month(Q1) == [
        AskMonth(date(2025, 1, 1), 2, 1),
        AskMonth(date(2025, 2, 1), 0, 0),
        AskMonth(date(2025, 3, 1), 1, 1),
    ]
    assert services.insight.overview(Q1).asks == services.insight.asks_per_month(Q1)
