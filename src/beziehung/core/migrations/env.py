"""Alembic environment: always run from :mod:`beziehung.core.migrate` on a given connection."""

from __future__ import annotations

from alembic import context

from beziehung.core import models  # noqa: F401 - registers the tables on the metadata
from beziehung.core.db import Base
from beziehung.core.migrate import include_name


def run_migrations_online() -> None:
    connection = context.config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        compare_type=True,
    )
    context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("Beziehung migrations run online only")
run_migrations_online()
