"""Ids at and beyond the largest one any engine stores: the same "no such record" on both.

Every id column is a 32-bit INTEGER on PostgreSQL, which refuses even to compare a larger
number with one; SQLite's ids never legitimately grow that far.
"""

import pytest

from beziehung.core.bounds import MAX_ID

LARGEST = 2**31 - 1


def test_the_bound_is_postgresqls_integer():
    assert MAX_ID == LARGEST


# Each command with "{}" where the id goes, and what kind of record it names.
COMMANDS = [
    (["contacts", "show", "{}"], "contact"),
    (["note", "add", "{}", "--text", "Hallo"], "contact"),
    (["done", "{}"], "reminder"),
    (["snooze", "{}", "--until", "+1h"], "reminder"),
    (["reminder", "cancel", "{}"], "reminder"),
    (["note", "delete", "{}"], "note"),
]


@pytest.mark.parametrize("ident", [LARGEST, LARGEST + 1, 99_999_999_999, 2**63, 2**64])
@pytest.mark.parametrize(("command", "kind"), COMMANDS, ids=[" ".join(c[:2]) for c, _ in COMMANDS])
def test_a_too_large_id_is_no_such_record(cli, command, kind, ident):
    code, out, err = cli(*(arg.format(ident) for arg in command))
    assert (code, out) == (1, "")
    assert err == f"beziehung: There is no {kind} with id {ident}\n"
