"""Hypothesis profiles for the readers' fuzz tests.

``make fuzz`` sets ``HYPOTHESIS_PROFILE=fuzz``: 10,000 random examples a test. The normal
suite runs the same tests with a few dozen fixed ones, so it stays fast and repeatable. Both
bound the time of each example: the readers' guards (line and size bounds, the zip-bomb
check) keep every file to milliseconds, and a deadline far above that still catches a reader
that runs away on some input.
"""

from __future__ import annotations

import os
from datetime import timedelta

from hypothesis import HealthCheck, settings

SHARED = {
    "deadline": timedelta(seconds=2),
    # The tests share one database per module: each import adds everything or nothing.
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
}
settings.register_profile("fuzz", max_examples=10_000, print_blob=True, **SHARED)
# The suite's few dozen are the same every run, so that a failure in CI can be replayed and
# never comes and goes with the seed; ``make fuzz`` explores anew each time.
settings.register_profile("suite", max_examples=40, derandomize=True, **SHARED)
# Applied to these tests only, so the rest of the suite keeps hypothesis' own defaults.
FUZZ = settings(settings.get_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite")))
