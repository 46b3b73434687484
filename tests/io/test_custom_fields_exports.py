"""The user's own fields and the letter salutation in vCard (out and back in) and the CSV."""

from beziehung.core.services.history import Selection
from beziehung.core.services.importing import Incoming
from beziehung.core.services.inputs import ContactInput, NoteInput
from beziehung.io.history import export_history
from beziehung.io.vcard import incoming_from_files, read_vcards, write_vcards
from tests.io.test_archive_and_ical import fresh


def test_own_fields_go_out_in_vcard_and_come_back_into_another_database(services, tmp_path, clock):
    verein = services.fields.add("Verein", "text")
    wein = services.fields.add("Wein", "choice", "Rot\nWeiß")
    seit = services.fields.add("Kunde seit", "date")
    cid = services.contacts.create(
        ContactInput(
            name="Frau Anna Schäfer",
            custom={verein: "Segelclub; Wannsee", wein: "Weiß", seit: "2019-03-01"},
        )
    )
    text = write_vcards([services.contacts.get(cid)])
    assert "X-BEZIEHUNG-FIELD;KIND=text;NAME=Verein:Segelclub\\; Wannsee" in text
    (card,) = read_vcards(text.encode(), "out.vcf")
    assert card.custom_fields == (
        ("Verein", "text", "Segelclub; Wannsee"),
        ("Wein", "choice", "Weiß"),
        ("Kunde seit", "date", "2019-03-01"),
    )

    # Into a database that knows none of the fields: they are defined as they were.
    other = fresh(tmp_path, "other.db", clock)
    path = tmp_path / "out.vcf"
    path.write_text(text, encoding="utf-8")
    other.importing.import_contacts(incoming_from_files([path]))
    (new,) = other.contacts.list()
    values = {v.name: (v.kind, v.value) for v in other.contacts.get(new.id).custom_fields}
    assert values == {
        "Verein": ("text", "Segelclub; Wannsee"),
        "Wein": ("choice", "Weiß"),
        "Kunde seit": ("date", "2019-03-01"),
    }
    assert [h.contact_id for h in other.search.search("wannsee")] == [new.id]
    # A duplicate imported again keeps the values it has and takes only missing ones.
    other.fields.set_values(new.id, {other.fields.named("Verein").id: "Ruderclub"})
    again = [
        Incoming(
            i.contact, i.where, custom_fields=(("Verein", "text", "X"), ("Hobby", "text", "Golf"))
        )
        for i in incoming_from_files([path])
    ]
    other.importing.import_contacts(again, on_duplicate="merge")
    values = {v.name: v.value for v in other.contacts.get(new.id).custom_fields}
    assert values["Verein"] == "Ruderclub" and values["Hobby"] == "Golf"
    other.context.engine.dispose()


def test_the_history_csv_has_the_salutation_and_a_column_per_field(services, tmp_path):
    verein = services.fields.add("Verein", "text")
    services.fields.add("Newsletter", "bool")
    cid = services.contacts.create(
        ContactInput(name="Herr Prof. Dr. Jürgen Weber", custom={verein: "Segelclub"})
    )
    services.notes.log(NoteInput(contact_id=cid, body="Gespräch"))
    target = tmp_path / "h.csv"
    export_history(services, Selection(ids=(cid,)), "csv", target)
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].endswith(";next_step;letter_salutation;Verein;Newsletter")
    assert lines[1].endswith(";Sehr geehrter Herr Prof. Dr. Weber,;Segelclub;")
