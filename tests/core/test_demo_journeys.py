"""The demo data tells the relationship story: stage histories that end at each contact's
stage, referral chains, asks and the client's voice, several-person notes; the same seed
writes the same rows."""

from collections import Counter, defaultdict
from datetime import timedelta
from itertools import pairwise

import pytest
from sqlalchemy import select, text

from beziehung.core import demo
from beziehung.core.migrate import open_database
from beziehung.core.models import (
    FIRST_USER_ID,
    Contact,
    ConversationNote,
    Referral,
    StageChange,
    note_participants,
)
from beziehung.core.services import Services

TABLES = ("contacts", "stage_changes", "notes", "note_participants", "referrals")


@pytest.fixture
def filled(services, clock):
    services.bulk.insert(demo.build(clock.now(), contacts=600, notes=6000, seed=11))
    return services


def rows(services, statement):
    with services.context.engine.connect() as conn:
        return conn.execute(statement).all()


def test_stage_histories_end_at_each_contacts_stage(filled, clock):
    stages = dict(rows(filled, select(Contact.id, Contact.stage)))
    history = defaultdict(list)
    for cid, before, after, when in rows(
        filled,
        select(
            StageChange.contact_id,
            StageChange.from_stage,
            StageChange.to_stage,
            StageChange.changed_at,
        ).order_by(StageChange.contact_id, StageChange.changed_at, StageChange.id),
    ):
        history[cid].append((before, after, when))
    assert set(history) == set(stages)
    two_years = clock.now() - timedelta(days=731)
    for cid, steps in history.items():
        assert steps[0][0] is None
        assert steps[-1][1] == stages[cid]
        for (_, previous, earlier), (before, _, later) in pairwise(steps):
            assert before == previous and earlier < later
        assert all(two_years <= when < clock.now() for _, _, when in steps[1:])
    moves = Counter((s[0], s[1]) for steps in history.values() for s in steps[1:])
    assert moves[("interessent", "kunde")] > 0
    assert moves[("kunde", "stammkunde")] > 0
    assert moves[("stammkunde", "empfehler")] > 0
    assert moves[("stammkunde", "ehemalig")] + moves[("kunde", "ehemalig")] > 0
    assert {len(steps) for steps in history.values()} >= {1, 2, 3, 4}


def test_referrals_form_chains_and_strong_recommenders(filled):
    pairs = rows(filled, select(Referral.referrer_id, Referral.referred_id))
    referred_by = dict((b, a) for a, b in pairs)
    assert len(referred_by) == len(pairs)  # everyone recommended once at most

    def depth(cid):
        steps = 0
        while cid in referred_by:
            cid, steps = referred_by[cid], steps + 1
        return steps

    assert max(depth(cid) for cid in referred_by) >= 3
    assert Counter(a for a, _ in pairs).most_common(1)[0][1] >= 6
    created = dict(rows(filled, select(Contact.id, Contact.created_at)))
    for referrer, referred, when in rows(
        filled, select(Referral.referrer_id, Referral.referred_id, Referral.referred_at)
    ):
        assert created[referrer] <= when == created[referred]


def test_asks_voice_and_several_people(filled, clock):
    notes = rows(
        filled,
        select(
            ConversationNote.occurred_at,
            ConversationNote.voice,
            ConversationNote.voice_answered_at,
            ConversationNote.ask_kind,
            ConversationNote.ask_answer,
            ConversationNote.author_id,
        ),
    )
    voices = Counter(n.voice for n in notes if n.voice)
    assert set(voices) == {"wish", "idea", "praise", "complaint"}
    open_complaints = [n for n in notes if n.voice == "complaint" and n.voice_answered_at is None]
    assert open_complaints
    assert all(clock.now() - n.occurred_at < timedelta(days=31) for n in open_complaints)
    assert all(
        n.occurred_at < n.voice_answered_at <= clock.now() for n in notes if n.voice_answered_at
    )
    asks = Counter((n.ask_kind, n.ask_answer) for n in notes if n.ask_kind)
    assert {kind for kind, _ in asks} == {"recommendation", "review"}
    assert {answer for _, answer in asks} == {"yes", "no", "open"}
    assert {n.author_id for n in notes} == {FIRST_USER_ID}
    assert rows(filled, select(note_participants.c.note_id))
    assert {r for (r,) in rows(filled, select(Contact.responsible_id))} == {FIRST_USER_ID}


def test_the_same_seed_writes_the_same_rows(tmp_path, clock):
    def dump(name):
        engine = open_database(f"sqlite:///{tmp_path / name}", clock.now)
        services = Services.build(engine, clock)
        services.bulk.insert(demo.build(clock.now(), contacts=150, notes=1500, seed=4))
        with engine.connect() as conn:
            found = {
                t: conn.execute(text(f"SELECT * FROM {t} ORDER BY 1, 2")).all() for t in TABLES
            }
        engine.dispose()
        return found

    first, second = dump("one.db"), dump("two.db")
    assert all(first[t] for t in TABLES)
    assert first == second
