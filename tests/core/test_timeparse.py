from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from beziehung.core.errors import ValidationError
from beziehung.core.timeparse import add_months, next_occurrence, parse_recurrence, parse_time

BERLIN = ZoneInfo("Europe/Berlin")
# Saturday 28 March 2026, 09:00 in Berlin (CET, UTC+1); the clocks go forward that night.
BEFORE_SPRING = datetime(2026, 3, 28, 8, 0, tzinfo=UTC)


def test_relative_days_keep_the_local_clock_time_across_spring_forward():
    moved = parse_time("+1d", BEFORE_SPRING, BERLIN)
    assert moved.astimezone(BERLIN).hour == 9
    assert moved == datetime(2026, 3, 29, 7, 0, tzinfo=UTC)  # CEST, UTC+2


def test_relative_days_keep_the_local_clock_time_across_fall_back():
    saturday = datetime(2026, 10, 24, 7, 0, tzinfo=UTC)  # 09:00 CEST
    moved = parse_time("+1d", saturday, BERLIN)
    assert moved == datetime(2026, 10, 25, 8, 0, tzinfo=UTC)  # 09:00 CET
    assert moved.astimezone(BERLIN).hour == 9


def test_hours_and_minutes_are_durations():
    assert parse_time("+2h", BEFORE_SPRING, BERLIN) == datetime(2026, 3, 28, 10, 0, tzinfo=UTC)
    assert parse_time("-30m", BEFORE_SPRING, BERLIN) == datetime(2026, 3, 28, 7, 30, tzinfo=UTC)
    assert parse_time("+5s", BEFORE_SPRING, BERLIN) == datetime(2026, 3, 28, 8, 0, 5, tzinfo=UTC)


def test_iso_without_offset_is_local_and_a_bare_date_means_nine():
    assert parse_time("2026-07-01T14:30", BEFORE_SPRING, BERLIN) == datetime(
        2026, 7, 1, 12, 30, tzinfo=UTC
    )
    assert parse_time("2026-12-01", BEFORE_SPRING, BERLIN) == datetime(
        2026, 12, 1, 8, 0, tzinfo=UTC
    )
    assert parse_time("2026-12-01T10:00+05:00", BEFORE_SPRING, BERLIN) == datetime(
        2026, 12, 1, 5, 0, tzinfo=UTC
    )


@pytest.mark.parametrize("text", ["yesterday", "+5x", "2026-13-01", "", "+ d"])
def test_unreadable_times_say_what_was_wrong(text):
    with pytest.raises(ValidationError, match="Cannot read the time"):
        parse_time(text, BEFORE_SPRING, BERLIN)


def test_month_ends_clamp():
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 12, 15), 2) == date(2027, 2, 15)
    assert add_months(date(2026, 3, 31), -1) == date(2026, 2, 28)


def test_monthly_recurrence_counts_from_the_anchor_without_drifting():
    anchor = datetime(2026, 1, 31, 8, 0, tzinfo=UTC)  # 09:00 CET
    february = next_occurrence(anchor, "month", 1, anchor, BERLIN)
    assert february == datetime(2026, 2, 28, 8, 0, tzinfo=UTC)
    march = next_occurrence(anchor, "month", 1, february, BERLIN)
    assert march == datetime(2026, 3, 31, 7, 0, tzinfo=UTC)  # 09:00 CEST, the 31st again


def test_weekly_recurrence_keeps_the_clock_time_after_the_change():
    anchor = datetime(2026, 3, 23, 8, 0, tzinfo=UTC)
    weekly = next_occurrence(anchor, "week", 1, anchor, BERLIN)
    assert weekly.astimezone(BERLIN).hour == 9


def test_a_daily_reminder_in_the_spring_gap_returns_to_its_time():
    anchor = datetime(2026, 3, 28, 1, 30, tzinfo=UTC)  # 02:30 CET on Saturday
    sunday = next_occurrence(anchor, "day", 1, anchor, BERLIN)  # 02:30 does not exist
    monday = next_occurrence(anchor, "day", 1, sunday, BERLIN)
    assert monday.astimezone(BERLIN).strftime("%H:%M") == "02:30"


def test_compact_iso_dates_mean_nine_too():
    assert parse_time("20261201", BEFORE_SPRING, BERLIN) == datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("text", ["+100000mo", "+99999999d", "9999-12-31T99:00"])
def test_times_out_of_range_are_refused_clearly(text):
    with pytest.raises(ValidationError):
        parse_time(text, BEFORE_SPRING, BERLIN)


def test_recurrence_text():
    assert parse_recurrence("14d") == ("day", 14)
    assert parse_recurrence("2w") == ("week", 2)
    assert parse_recurrence("3MO") == ("month", 3)
    for bad in ("0d", "2x", "w", "-1w"):
        with pytest.raises(ValidationError, match="recurrence"):
            parse_recurrence(bad)
