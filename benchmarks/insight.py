"""How long the Einblick page's numbers take to read; prints figures, asserts nothing.

    python benchmarks/insight.py --db PATH

PATH is a database filled by ``beziehung --db PATH demo --contacts 10000 --notes 100000``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from beziehung.clock import SystemClock, to_local
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.insight import Period


def median_ms(action, repeat: int = 5) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()
    clock = SystemClock()
    engine = open_database(f"sqlite:///{args.db}", clock.now)
    services = Services.build(engine, clock)
    today = to_local(clock.now()).date()
    insight = services.insight
    for name, period in (
        ("last 3 months", Period.last_months(today, 3)),
        ("last 12 months", Period.last_months(today, 12)),
        ("this year", Period.this_year(today)),
    ):
        print(f"{name}: whole page {median_ms(lambda p=period: insight.overview(p)):.0f} ms")
        for part, read in (
            ("conversations", lambda p=period: insight.conversations_per_month(p)),
            ("stages", insight.contacts_per_stage),
            ("moves", lambda p=period: insight.stage_moves(p)),
            ("recommenders", lambda p=period: insight.top_recommenders(p)),
            ("voice", lambda p=period: insight.voice_per_month(p)),
        ):
            print(f"  {part}: {median_ms(read):.1f} ms")
    engine.dispose()


if __name__ == "__main__":
    main()
