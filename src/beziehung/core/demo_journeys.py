"""The demo's relationships over time: how each person moved from prospect to client to
recommender (or left), and who recommended whom, with a few strong recommenders and chains
several steps deep.

Both take their own random generator, so that adding to one never changes the other's data.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta

from beziehung.core.services.bulk import BulkContact, BulkReferral

# The way to each final stage; a step in brackets (see ``_OPTIONAL``) is sometimes skipped.
_PATHS = {
    "interessent": ("interessent",),
    "kunde": ("interessent", "kunde"),
    "stammkunde": ("interessent", "kunde", "stammkunde"),
    "empfehler": ("interessent", "kunde", "stammkunde", "empfehler"),
    "ehemalig": ("interessent", "kunde", "stammkunde", "ehemalig"),
}
# Someone may come in as a client straight away, or recommend (or leave) before becoming a
# regular.
_OPTIONAL = ("interessent", "stammkunde")
# Moves after the first one happen within the last two years.
_HISTORY_DAYS = 730
HOW = ("persönlich", "beim Stammtisch", "per E-Mail", "auf einer Veranstaltung", "telefonisch")


def _moment(rng: random.Random, start: datetime, end: datetime) -> datetime:
    """A moment during working hours between ``start`` and ``end``."""
    days = max(0, (end - start).days)
    day = start + timedelta(days=rng.randint(0, days))
    return day.replace(hour=rng.randint(7, 16), minute=rng.randint(0, 59), second=0, microsecond=0)


def stage_steps(
    rng: random.Random, final: str, created: datetime, now: datetime
) -> list[tuple[str, datetime]]:
    """The stage history of a person created at ``created`` who is now at ``final``: the first
    step at ``created``, the later ones on distinct, increasing days of the last two years."""
    path = list(_PATHS[final])
    for optional in _OPTIONAL:
        if optional in path[:-1] and len(path) > 1 and rng.random() < 0.2:
            path.remove(optional)
    steps = [(path[0], created)]
    later = path[1:]
    if not later:
        return steps
    start = max(created + timedelta(days=1), now - timedelta(days=_HISTORY_DAYS))
    end = now - timedelta(days=1)
    moments = sorted({_moment(rng, start, end) for _ in later})
    while len(moments) < len(later):  # two moves drawn on the same minute: spread them
        moments.append(moments[-1] + timedelta(hours=1))
    steps += list(zip(later, moments, strict=True))
    return steps


def referrals(rng: random.Random, people: list[BulkContact], now: datetime) -> list[BulkReferral]:
    """Who recommended whom: strong recommenders with many referrals, chains of three to five
    people, and single referrals. Everyone is referred at most once, by someone who was in the
    notebook before them, on the day they came in."""
    created = [p.created_at or now for p in people]
    recommenders = [i for i, p in enumerate(people) if p.stage == "empfehler"]
    referred: set[int] = set()
    found: list[BulkReferral] = []

    def refer(referrer: int, target: int) -> bool:
        if target == referrer or target in referred or created[target] < created[referrer]:
            return False
        referred.add(target)
        found.append(BulkReferral(referrer, target, created[target], rng.choice(HOW)))
        return True

    if not recommenders or len(people) < 2:
        return found
    strong = rng.sample(recommenders, min(len(recommenders), max(2, len(people) // 500)))
    for referrer in strong:
        wanted = rng.randint(6, 16)
        for _ in range(wanted * 4):
            if wanted == 0:
                break
            wanted -= refer(referrer, rng.randrange(len(people)))
    for _ in range(max(1, len(people) // 100)):
        members = rng.sample(recommenders, min(len(recommenders), rng.randint(2, 4)))
        members.append(rng.randrange(len(people)))
        members = sorted(set(members), key=lambda i: (created[i], i))
        for referrer, target in itertools.pairwise(members):
            refer(referrer, target)
    for target in range(1, len(people), 25):
        refer(rng.choice(recommenders), target)
    return found
