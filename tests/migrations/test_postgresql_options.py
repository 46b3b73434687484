"""The preferred-method index is partial on PostgreSQL, though SQLite users never load that
dialect."""

import subprocess
import sys

from sqlalchemy import create_mock_engine
from sqlalchemy.dialects import postgresql
from sqlalchemy.schema import CreateIndex

from beziehung.core.db import Base
from beziehung.core.models import ContactMethod, declare_postgresql_options


def _preferred_index():
    table = Base.metadata.tables[ContactMethod.__tablename__]
    return next(i for i in table.indexes if i.name == "uq_contact_methods_preferred")


def test_creating_the_tables_on_postgresql_makes_the_index_partial():
    statements = []

    def remember(sql, *_args, **_kw):
        statements.append(str(sql.compile(dialect=engine.dialect)))

    engine = create_mock_engine("postgresql://", remember)
    Base.metadata.create_all(engine, checkfirst=False)
    [index] = [s.strip() for s in statements if "uq_contact_methods_preferred" in s]
    assert index.endswith("WHERE is_preferred")


def test_the_declared_option_is_partial_in_postgresql_ddl():
    declare_postgresql_options()
    declare_postgresql_options()  # a second engine declares it again, unchanged
    ddl = str(CreateIndex(_preferred_index()).compile(dialect=postgresql.dialect()))
    assert ddl.strip().endswith("WHERE is_preferred")


def test_the_models_load_no_postgresql_dialect():
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, beziehung.core.models; "
            "print(any(m.startswith('sqlalchemy.dialects.postgresql') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert loaded == "False"
