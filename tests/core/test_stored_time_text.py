"""SQLite's text for a stored time is exactly what ``stored_time(...).isoformat()`` gives."""

import pytest
from sqlalchemy import create_engine, literal, select

from beziehung.core.db import stored_time, stored_time_iso_sql


@pytest.mark.parametrize(
    "stored",
    [
        "2025-03-30 00:59:00.000000",
        "2025-03-30 01:00:00.000001",
        "2025-10-26 00:30:59.999999",
        "1999-12-31 23:59:59.100000",
    ],
)
def test_the_text_sqlalchemy_writes_is_converted_in_sql(stored):
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.scalar(select(stored_time_iso_sql(literal(stored)))) == (
            stored_time(stored).isoformat()
        )
    engine.dispose()


@pytest.mark.parametrize(
    "stored", ["2025-03-30 01:00:00", "2025-03-30T01:00:00.000000", "2025-03-30 01:00:00.5"]
)
def test_any_other_text_is_left_to_python(stored):
    engine = create_engine("sqlite://")
    with engine.connect() as conn:
        assert conn.scalar(select(stored_time_iso_sql(literal(stored)))) is None
    engine.dispose()
