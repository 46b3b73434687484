"""Files made to hurt: each is refused (or read) promptly, with one sentence naming where, and
nothing is written."""

import contextlib
import io
import json
import signal
import tracemalloc
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta

import pytest

from beziehung.clock import FixedClock
from beziehung.core.errors import ValidationError
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput
from beziehung.io import vcard
from beziehung.io.archive import export_archive, import_archive
from beziehung.io.csv_import import read_table, to_incoming
from beziehung.io.vcard import read_vcards
from tests.conftest import BERLIN

GUARD_SECONDS = 10  # far above the milliseconds these take; only a hang trips it


@contextlib.contextmanager
def must_finish(seconds: int = GUARD_SECONDS) -> Iterator[None]:
    def hung(signum: int, frame: object) -> None:
        raise TimeoutError(f"did not finish within {seconds} s")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def card(*lines: str) -> bytes:
    body = "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", "FN:Anna Weber", *lines, "END:VCARD"))
    return (body + "\r\n").encode()


# --- vCard -------------------------------------------------------------------------------


@pytest.mark.parametrize("repeat", [32, 64, 1000])
def test_a_line_of_parameters_without_a_value_costs_only_that_line_at_once(repeat):
    data = card("a;" * repeat)  # 32 × "a;" made vobject's line regex run for minutes
    with must_finish():
        (read,) = read_vcards(data, "evil.vcf")
    assert read.contact.family_name == "Weber"
    (problem,) = read.problems
    assert str(problem.error).startswith("evil.vcf: card 1, line 4 is not a vCard property")
    assert problem.error.code == "vcard_line"


@pytest.mark.parametrize(
    "line",
    [
        "X" + ";a" * 400 + ":value",  # many parameters, well formed
        "NOTE:" + "a;" * 50_000,  # the value may hold anything
        'X-LIST;TYPE=a=b,c;Q="x:y":v',
        "N:" + ";" * 20_000,
    ],
)
def test_long_but_well_formed_lines_are_read_promptly(line):
    with must_finish():
        (read,) = read_vcards(card(line), "ok.vcf")
    assert read.contact.family_name == "Weber"


def test_a_line_or_card_over_the_bound_names_card_and_line(monkeypatch):
    monkeypatch.setattr(vcard, "MAX_LINE_CHARS", 1_000)
    monkeypatch.setattr(vcard, "MAX_CARD_CHARS", 3_000)
    two = card("NOTE:fine") + card("NOTE:" + "x" * 600, "  " + "y" * 600)
    with pytest.raises(ValidationError, match=r"^big\.vcf: card 2, line 9 is longer than 1,000"):
        read_vcards(two, "big.vcf")
    many = card(*(f"NOTE:{'z' * 900}" for _ in range(4)))
    with pytest.raises(ValidationError, match=r"^big\.vcf: card 1, line 7 makes the card larger"):
        read_vcards(many, "big.vcf")


def test_out_of_range_birthdays_are_dropped_and_the_card_kept():
    old, far, fine = (
        read_vcards(card(f"BDAY:{day}"), "b.vcf")[0].contact.birthday
        for day in ("0001-01-01", "2301-05-04", "1964-05-04")
    )
    assert (old, far, fine) == (None, None, date(1964, 5, 4))
    csv = "Vorname;Nachname;Geburtstag\nAnna;Weber;01.01.0001\nBert;Kohl;04.05.1964\n"
    rows = to_incoming(read_table(csv.encode(), "b.csv"))
    assert [r.contact.birthday for r in rows] == [None, date(1964, 5, 4)]
    assert rows[0].contact.family_name == "Weber"


def test_control_characters_leave_imported_names_and_notes():
    (read,) = read_vcards(
        card("N:We\x1bber;An\x07na;;;", "NOTE:erste\\nzweite\x1b]52;c;aGk=\x07 Zeile"), "c.vcf"
    )
    assert (read.contact.given_name, read.contact.family_name) == ("Anna", "Weber")
    assert read.contact.about == "erste\nzweite]52;c;aGk= Zeile"


# --- archive -----------------------------------------------------------------------------


def fresh(tmp_path, name, clock):
    engine = open_database(f"sqlite:///{tmp_path / name}", clock.now)
    return Services.build(engine, FixedClock(clock.now() + timedelta(hours=1)), BERLIN)


def counts(services: Services) -> dict[str, int]:
    from sqlalchemy import func, select

    from beziehung.core.services.archive import SEEDED, tables

    with services.context.engine.connect() as conn:
        # What every new database is given (its first user, the folding version) is not data
        # an import wrote.
        return {
            t.name: conn.scalar(select(func.count()).select_from(t))
            for t in tables()
            if t.name not in SEEDED
        }


@pytest.fixture
def archive(services, clock, tmp_path):
    cid = services.contacts.create(ContactInput(name="Anna Weber", cadence_days=30))
    services.reminders.create(cid, clock.now() + timedelta(days=1), "Rückruf")
    path = tmp_path / "good.zip"
    export_archive(services, path)
    return path


def rewritten(source, target, change):
    """A copy of the archive ``source`` with ``change(name, parsed JSON)`` applied."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            value = change(name, json.loads(old.read(name)))
            new.writestr(name, json.dumps(value))
    return target


def in_table(table, column, value):
    def change(name, data):
        if name == f"data/{table}.json":
            data[0][column] = value
        return data

    return change


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            in_table("contacts", "cadence_days", "oft"),
            r"data/contacts\.json, row 1: column cadence_days: 'oft' is not a whole number",
        ),
        (in_table("contacts", "id", 2**80), r"row 1: column id: 1208925819614629174706176 is not"),
        (in_table("contacts", "birthday", "0001-01-01"), r"column birthday: 0001-01-01 is not"),
        (in_table("reminders", "due_at", "2999-01-01T00:00:00+00:00"), r"column due_at: 2999"),
        (in_table("contacts", "stage", "boss"), r"column stage: 'boss' is not one of interessent"),
        (in_table("contacts", "restricted", 1), r"column restricted: 1 is not true or false"),
        (in_table("contacts", "given_name", 5), r"column given_name: 5 is not text"),
        (in_table("contacts", "created_at", None), r"column created_at: a value is required"),
        (
            in_table("reminders", "recurrence_interval", 999_999),
            r"column recurrence_interval: 999999 is not between 1 and 100",
        ),
        (
            in_table("contacts", "mood", "gut"),
            r"the column mood is unknown: the archive was written by a newer version of Beziehung",
        ),
        (
            in_table("contacts", "x\n\x1b[2J" + "y" * 100, 1),
            r"the column 'x\\n\\x1b\[2J(y){54}' is unknown",
        ),
        (
            lambda name, data: [data] if name == "manifest.json" else data,
            r"^bad\.zip has no readable manifest\.json",
        ),
        (
            lambda name, data: {**data, "tables": [1]} if name == "manifest.json" else data,
            r"manifest\.json does not give a row count",
        ),
        (
            lambda name, data: {**data, "schema": []} if name == "manifest.json" else data,
            r"^bad\.zip was written with schema \[\]; this version restores schema \d{4} only",
        ),
        (
            lambda name, data: {**data, "schema": "0001"} if name == "manifest.json" else data,
            r"^bad\.zip was written with schema 0001; this version restores",
        ),
        (
            lambda name, data: {"rows": data} if name == "data/tags.json" else data,
            r"data/tags\.json is not a list of rows",
        ),
    ],
)
def test_every_archive_value_is_checked_before_anything_is_written(
    archive, tmp_path, clock, change, message
):
    bad = rewritten(archive, tmp_path / "bad.zip", change)
    target = fresh(tmp_path, "target.db", clock)
    with pytest.raises(ValidationError, match=message) as caught:
        import_archive(target, bad)
    assert "\n" not in str(caught.value)
    assert set(counts(target).values()) == {0}


def test_the_unchanged_archive_restores(archive, tmp_path, clock):
    target = fresh(tmp_path, "target.db", clock)
    import_archive(target, rewritten(archive, tmp_path / "same.zip", lambda n, d: d))
    assert counts(target)["contacts"] == 1 and counts(target)["reminders"] == 1


def test_zip_level_damage_is_a_clear_refusal(archive, tmp_path, clock):
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as source:
        info = source.getinfo("data/contacts.json")
    # A byte of the compressed stream flipped: a CRC or inflate error on reading.
    data[info.header_offset + 30 + len(info.filename) + 5] ^= 0xFF
    flipped = tmp_path / "flipped.zip"
    flipped.write_bytes(bytes(data))
    cut = tmp_path / "cut.zip"
    cut.write_bytes(archive.read_bytes()[:-40])
    target = fresh(tmp_path, "target.db", clock)
    with pytest.raises(ValidationError, match=r"^flipped\.zip: data/contacts\.json is damaged"):
        import_archive(target, flipped)
    with pytest.raises(ValidationError, match=r"^cut\.zip is not a Beziehung archive"):
        import_archive(target, cut)
    assert set(counts(target).values()) == {0}


def test_a_zip_bomb_is_refused_before_it_is_unpacked(archive, tmp_path, clock):
    bomb = tmp_path / "bomb.zip"
    with (
        zipfile.ZipFile(archive) as source,
        zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as target,
    ):
        for name in source.namelist():
            if name != "data/notes.json":
                target.writestr(name, source.read(name))
        with target.open("data/notes.json", "w") as entry:
            zeros = bytes(1 << 20)
            for _ in range(64):  # 64 MB of zeros, some 64 KB packed
                entry.write(zeros)
    assert bomb.stat().st_size < 1 << 20
    services = fresh(tmp_path, "target.db", clock)
    tracemalloc.start()
    try:
        with must_finish(), pytest.raises(ValidationError) as caught:
            import_archive(services, bomb)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert str(caught.value).startswith("bomb.zip: data/notes.json is compressed")
    assert caught.value.code == "archive_too_large"
    assert peak < 4 << 20
    assert set(counts(services).values()) == {0}


def test_a_manifest_that_is_not_json_at_all_is_refused(tmp_path, clock):
    path = tmp_path / "nested.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        target.writestr("manifest.json", "[" * 100_000)
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ValidationError, match=r"^nested\.zip: manifest\.json is not valid JSON"):
        import_archive(fresh(tmp_path, "t.db", clock), path)
