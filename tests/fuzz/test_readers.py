"""The vCard, CSV and archive readers under generated input: every file ends in a clean import
or in one clean :class:`DomainError` (one line, naming the file), never in another exception,
and within the profile's deadline (``tests/fuzz/profile.py``; ``make fuzz`` runs 10,000
examples a test). The hostile shapes found so far are kept as explicit examples."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from beziehung.clock import FixedClock
from beziehung.core.errors import DomainError
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput
from beziehung.io.archive import export_archive, import_archive
from beziehung.io.csv_import import read_table, to_incoming
from beziehung.io.vcard import incoming_from_files
from tests.fuzz.profile import FUZZ

FIXTURES = Path(__file__).parent.parent / "io" / "fixtures"
VCARD_SAMPLE = (FIXTURES / "apple_30.vcf").read_bytes()
CSV_SAMPLE = (FIXTURES / "google.csv").read_bytes()
NOW = datetime(2026, 3, 27, 10, 0, tzinfo=UTC)
CONTROL = "".join(map(chr, [*range(32), 127, 0x85, 0x2028, 0x202E]))


@pytest.fixture(autouse=True)
def _application(qapp):
    """Imported vCard photos are made small with QImage."""
    return qapp


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def services(folder: Path) -> Iterator[Services]:
    """One database for every example: an import adds everything or nothing."""
    engine = open_database(f"sqlite:///{folder / 'target.db'}", lambda: NOW)
    yield Services.build(engine, FixedClock(NOW), UTC)
    engine.dispose()


def clean(error: DomainError, source: str) -> None:
    message = str(error)
    assert message.startswith(source), message
    assert "\n" not in message and "\r" not in message, message
    assert error.code and error.code != "error", message


def spliced(sample: bytes, position: int, junk: bytes) -> bytes:
    position %= len(sample)
    return sample[:position] + junk + sample[position + len(junk) :]


# --- vCard -------------------------------------------------------------------------------


def card(*lines: str) -> bytes:
    body = "\r\n".join(("BEGIN:VCARD", "VERSION:3.0", "FN:Anna Weber", *lines, "END:VCARD"))
    return (body + "\r\n").encode()


PROPERTY = st.sampled_from(
    "FN|N|NOTE|EMAIL|TEL|ADR|BDAY|ORG|TITLE|ROLE|PHOTO|URL|CATEGORIES|item1.EMAIL"
    "|item1.X-ABLabel|X-SOCIALPROFILE|UID|a|".split("|")
)
PARAMETERS = st.text(alphabet=';=,:"\\ aTYPEWORKHOMEcharsetENCODINGQB-', max_size=24)
VALUE = st.text(max_size=80) | st.text(alphabet=CONTROL + ";,\\:=aé", max_size=40)
LINE = st.builds(lambda n, p, v: f"{n}{p}:{v}", PROPERTY, PARAMETERS, VALUE) | st.text(max_size=60)
CARDS = st.lists(st.lists(LINE, max_size=8).map(lambda lines: card(*lines)), max_size=3).map(
    b"".join
)


def import_vcard(services: Services, folder: Path, data: bytes) -> None:
    path = folder / "fuzz.vcf"
    path.write_bytes(data)
    try:
        services.importing.import_contacts(incoming_from_files([path]), "new")
    except DomainError as error:
        clean(error, "fuzz.vcf")


@FUZZ
@given(st.binary(max_size=600))
@example(card("a;" * 32))  # made vobject's line regex run for minutes
@example(b"a;" * 32)
@example(card("N:We\x1bber;An\x07na;;;", "NOTE:zweite\x1b]52;c;aGk=\x07 Zeile\x00"))
@example(card("PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 4000))
@example(card("BDAY:0001-01-01", "BDAY:99999-12-31"))
def test_vcard_bytes(services, folder, data):
    import_vcard(services, folder, data)


@FUZZ
@given(CARDS, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_vcard_structured(services, folder, data, encoding):
    import_vcard(services, folder, data.decode().encode(encoding, errors="replace"))


@FUZZ
@given(st.integers(0, len(VCARD_SAMPLE)), st.binary(min_size=1, max_size=12))
def test_vcard_mutated(services, folder, position, junk):
    import_vcard(services, folder, spliced(VCARD_SAMPLE, position, junk))


# --- CSV ---------------------------------------------------------------------------------


HEADER = st.sampled_from(
    "Name|Vorname|Nachname|E-Mail|Telefon|Geburtstag|Firma|Notizen|First Name|Last Name"
    "|E-mail 1 - Value|Birthday|Labels||x".split("|")
)
CELL = st.text(max_size=30) | st.text(alphabet=CONTROL + ";,\"'.-@0123456789a", max_size=20)
TABLES = st.integers(1, 6).flatmap(
    lambda width: st.tuples(
        st.lists(HEADER, min_size=width, max_size=width),
        st.lists(st.lists(CELL, min_size=0, max_size=width + 1), max_size=6),
        st.sampled_from([";", ",", "\t"]),
    )
)


def import_csv(services: Services, data: bytes) -> None:
    try:
        services.importing.import_contacts(to_incoming(read_table(data, "fuzz.csv")), "new")
    except DomainError as error:
        clean(error, "fuzz.csv")


def quoted(cell: str, delimiter: str) -> str:
    return f'"{cell.replace(chr(34), chr(34) * 2)}"' if delimiter in cell or '"' in cell else cell


@FUZZ
@given(st.binary(max_size=600))
@example(b"Vorname;Nachname\r\nAn\x1bna;We\x07ber\x00\r\n")
@example(b"Name\r\n" + b'"' * 5000)
@example(b"Vorname;Nachname;Geburtstag\nAnna;Weber;01.01.0001\n")
@example(("Name;Notizen\n" + "Anna Weber;" + "a;" * 32 + "\n").encode())
def test_csv_bytes(services, data):
    import_csv(services, data)


@FUZZ
@given(TABLES, st.sampled_from(["utf-8", "cp1252", "utf-16"]))
def test_csv_structured(services, table, encoding):
    headers, rows, delimiter = table
    text = "\r\n".join(
        delimiter.join(quoted(cell, delimiter) for cell in row) for row in [headers, *rows]
    )
    import_csv(services, text.encode(encoding, errors="replace"))


@FUZZ
@given(st.integers(0, len(CSV_SAMPLE)), st.binary(min_size=1, max_size=8))
def test_csv_mutated(services, position, junk):
    import_csv(services, spliced(CSV_SAMPLE, position, junk))


# --- archive -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def good_archive(folder: Path) -> dict[str, bytes]:
    engine = open_database(f"sqlite:///{folder / 'source.db'}", lambda: NOW)
    source = Services.build(engine, FixedClock(NOW), UTC)
    cid = source.contacts.create(ContactInput(name="Anna Weber", cadence_days=30))
    source.reminders.create(cid, NOW + timedelta(days=1), "Rückruf")
    export_archive(source, folder / "good.zip")
    engine.dispose()
    with zipfile.ZipFile(folder / "good.zip") as archive:
        return {name: archive.read(name) for name in archive.namelist()}


class EmptyTarget:
    """An empty database to restore into; replaced after an archive was restored."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.made = 0
        self.services = self._fresh()

    def _fresh(self) -> Services:
        self.made += 1
        engine = open_database(f"sqlite:///{self.folder / f'empty-{self.made}.db'}", lambda: NOW)
        return Services.build(engine, FixedClock(NOW), UTC)

    def renew(self) -> None:
        self.services.context.engine.dispose()
        self.services = self._fresh()


@pytest.fixture(scope="module")
def empty(folder: Path) -> Iterator[EmptyTarget]:
    target = EmptyTarget(folder)
    yield target
    target.services.context.engine.dispose()


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def import_zip(empty: EmptyTarget, data: bytes) -> None:
    path = empty.folder / "fuzz.zip"
    path.write_bytes(data)
    try:
        import_archive(empty.services, path)
    except DomainError as error:
        clean(error, "fuzz.zip")
    else:
        empty.renew()


def bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", json.dumps({"format": 1, "tables": {"notes": 1}}))
        with archive.open("data/notes.json", "w") as entry:
            zeros = bytes(1 << 20)
            for _ in range(64):  # 64 MB of zeros, some 64 KB packed
                entry.write(zeros)
    return buffer.getvalue()


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**90), 2**90)
    | st.floats()
    | st.text(max_size=20)
    | st.text(alphabet=CONTROL, max_size=8)
    | st.sampled_from(["2026-03-27T10:00:00+00:00", "0001-01-01", "2999-01-01", "kunde", ""]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


@FUZZ
@given(st.binary(max_size=800))
@example(bomb())
@example(zipped({"manifest.json": b"[1, 2, 3]"}))  # a manifest that is a list
@example(zipped({"manifest.json": b"[" * 100_000}))
@example(zipped({"manifest.json": json.dumps({"tables": {"contacts": 2**80}}).encode()}))
def test_archive_bytes(empty, data):
    import_zip(empty, data)


@FUZZ
@given(st.data())
def test_archive_values(empty, good_archive, data):
    """One value of the good archive replaced: a cell, a row, a whole entry or the manifest."""
    entries = dict(good_archive)
    name = data.draw(st.sampled_from(sorted(entries)), label="entry")
    parsed = json.loads(entries[name])
    where = data.draw(st.sampled_from(["cell", "row", "entry"]), label="where")
    replace_all = not (isinstance(parsed, list) and parsed) and name != "manifest.json"
    if where == "entry" or replace_all:
        parsed = data.draw(JSON, label="entry value")
    elif name == "manifest.json":
        key = data.draw(st.sampled_from([*parsed, "tables", "x"]), label="key")
        parsed[key] = data.draw(JSON, label="value")
    else:
        row = data.draw(st.integers(0, len(parsed) - 1), label="row")
        if where == "row":
            parsed[row] = data.draw(JSON, label="row value")
        else:
            column = data.draw(st.sampled_from([*parsed[row], "id", "unknown"]), label="column")
            parsed[row][column] = data.draw(JSON, label="cell value")
    entries[name] = json.dumps(parsed).encode()
    import_zip(empty, zipped(entries))


@FUZZ
@given(st.integers(-(2**100), 2**100), st.text(alphabet=CONTROL + "Anna", max_size=30))
@example(2**80, CONTROL)
@example(2**63, "An\x00na")
def test_archive_ids_and_control_characters(empty, good_archive, contact_id, given_name):
    entries = dict(good_archive)
    contacts = json.loads(entries["data/contacts.json"])
    contacts[0]["id"], contacts[0]["given_name"] = contact_id, given_name
    entries["data/contacts.json"] = json.dumps(contacts).encode()
    import_zip(empty, zipped(entries))
