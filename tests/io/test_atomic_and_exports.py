"""Files are replaced whole or not at all; vCard and iCalendar exports read contacts in batches."""

import stat

import pytest
from sqlalchemy import event

from beziehung.core.services.history import Selection
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput
from beziehung.io import atomic, exports, vcard
from beziehung.io.archive import export_archive
from beziehung.io.history import export_history
from beziehung.io.vcard import read_vcards


@pytest.fixture
def folder(tmp_path):
    path = tmp_path / "out"
    path.mkdir()
    return path


@pytest.fixture
def people(services):
    anna = services.contacts.create(
        ContactInput(
            name="Anna Weber",
            tags=["VIP"],
            methods=[
                MethodInput("email", "anna@weber.de"),
                MethodInput("address", "", street="Ring 1", postal_code="50667", city="Köln"),
            ],
        )
    )
    bernd = services.contacts.create(ContactInput(name="Bernd Adler", referred_by=[anna]))
    services.contacts.create(ContactInput(name="Rita Restrikt", restricted=True))
    services.notes.log(NoteInput(contact_id=anna, body="Erstgespräch"))
    services.reminders.create(anna, services.context.clock.now(), "Angebot")
    return anna, bernd


def test_a_write_replaces_the_file_readable_by_its_owner_only(folder):
    target = folder / "a.txt"
    target.write_text("old")
    atomic.write_text(target, "new\r\n")
    assert target.read_bytes() == b"new\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert list(folder.iterdir()) == [target]


@pytest.mark.parametrize("error", [RuntimeError("disk full"), KeyboardInterrupt()])
def test_a_failure_mid_write_keeps_the_old_file_and_leaves_no_temporary_file(folder, error):
    target = folder / "a.txt"
    target.write_text("old")
    with pytest.raises(type(error)), atomic.atomic_path(target) as partial:
        partial.write_text("half of the new")
        raise error
    assert target.read_text() == "old"
    assert list(folder.iterdir()) == [target]


def test_an_unwritable_folder_is_reported_with_the_target_name(tmp_path):
    target = tmp_path / "missing" / "a.vcf"
    with pytest.raises(FileNotFoundError) as raised:
        atomic.write_text(target, "x")
    assert raised.value.filename == str(target)


def test_vcard_export_failing_mid_write_keeps_the_previous_file(
    services, people, folder, monkeypatch
):
    target = folder / "kontakte.vcf"
    assert exports.export_vcards(services, Selection(everyone=True), target) == 2
    previous = target.read_bytes()
    written = []

    def fail_on_second(details):
        written.append(details)
        if len(written) == 2:
            raise OSError(28, "No space left on device")
        return real(details)

    real = vcard.write_vcards
    monkeypatch.setattr(vcard, "write_vcards", fail_on_second)
    services.contacts.create(ContactInput(name="Clara Neu"))
    with pytest.raises(OSError, match="No space"):
        exports.export_vcards(services, Selection(everyone=True), target)
    assert target.read_bytes() == previous
    assert list(folder.iterdir()) == [target]


def test_ical_export_failing_keeps_the_previous_file(services, people, folder, monkeypatch):
    target = folder / "rueckrufe.ics"
    assert exports.export_ical(services, target) == 1
    previous = target.read_bytes()

    def broken(_path, _data):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.Path, "write_bytes", broken)
    with pytest.raises(OSError):
        exports.export_ical(services, target)
    monkeypatch.undo()
    assert target.read_bytes() == previous
    assert list(folder.iterdir()) == [target]


@pytest.mark.parametrize("which", ["archive", "history"])
def test_archive_and_history_failing_keep_the_previous_file(
    services, people, folder, monkeypatch, which
):
    target = folder / "out.zip"
    target.write_bytes(b"previous")

    def broken(*_args, **_kwargs):
        raise RuntimeError("broken")

    with pytest.raises(RuntimeError):
        if which == "archive":
            monkeypatch.setattr(services.archive, "snapshot", broken)
            export_archive(services, target)
        else:
            monkeypatch.setattr(services.contacts, "details", broken)
            export_history(services, Selection(everyone=True), "md", target)
    assert target.read_bytes() == b"previous"
    assert list(folder.iterdir()) == [target]


def test_vcard_export_leaves_out_restricted_contacts_and_follows_a_tag(services, people, folder):
    target = folder / "vip.vcf"
    assert exports.export_vcards(services, Selection(tag="vip"), target) == 1
    (card,) = read_vcards(target.read_bytes(), "vip.vcf")
    assert card.contact.given_name == "Anna"
    address = next(m for m in card.contact.methods if m.kind == "address")
    assert (address.street, address.city) == ("Ring 1", "Köln")
    everyone = folder / "all.vcf"
    assert exports.export_vcards(services, Selection(everyone=True), everyone) == 2
    assert "Restrikt" not in everyone.read_text(encoding="utf-8")


def test_details_read_many_contacts_like_get_reads_one(services, people):
    anna, bernd = people
    missing = 999
    batch = services.contacts.details([bernd, missing, anna])
    assert [d.id for d in batch] == [bernd, anna]
    assert batch == [services.contacts.get(bernd), services.contacts.get(anna)]
    short = services.contacts.details([anna], history=False)[0]
    assert (short.notes, short.reminders, short.referred) == ([], [], [])
    assert short.methods == services.contacts.get(anna).methods


def test_details_cost_a_fixed_number_of_queries(services):
    def queries_for(n):
        ids = [services.contacts.create(ContactInput(name=f"Kunde Nummer{i}")) for i in range(n)]
        for cid in ids:
            services.notes.log(NoteInput(contact_id=cid, body="x"))
        statements = []
        engine = services.context.engine

        def count(*_args):
            statements.append(1)

        event.listen(engine, "before_cursor_execute", count)
        try:
            assert len(services.contacts.details(ids)) == n
        finally:
            event.remove(engine, "before_cursor_execute", count)
        return len(statements)

    assert queries_for(3) == queries_for(40)
