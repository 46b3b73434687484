"""Fields the user defines: validation per kind, search, merge, undo and the archive."""

from datetime import timedelta

import pytest

from beziehung.clock import FixedClock
from beziehung.core.errors import ValidationError
from beziehung.core.migrate import open_database
from beziehung.core.services import Services
from beziehung.core.services.inputs import ContactInput
from beziehung.io.archive import export_archive, import_archive
from tests.conftest import BERLIN


@pytest.fixture
def fields(services):
    f = services.fields
    return {
        "Verein": f.add("Verein", "text"),
        "Seit": f.add("Kunde seit", "date"),
        "Newsletter": f.add("Newsletter", "bool"),
        "Wein": f.add("Wein", "choice", "Rot\nWeiß\n\nrot"),
    }


def values(services, cid):
    return {v.name: v.value for v in services.contacts.get(cid).custom_fields}


def test_definitions_in_order_with_choices(services, fields):
    defs = services.fields.definitions()
    assert [(d.name, d.kind) for d in defs] == [
        ("Verein", "text"),
        ("Kunde seit", "date"),
        ("Newsletter", "bool"),
        ("Wein", "choice"),
    ]
    assert defs[3].choices == ("Rot", "Weiß")
    services.fields.move(fields["Wein"], -3)
    assert services.fields.definitions()[0].name == "Wein"
    with pytest.raises(ValidationError, match="already a field 'verein'"):
        services.fields.add("verein", "text")
    with pytest.raises(ValidationError, match="needs at least one option"):
        services.fields.add("Farbe", "choice", "")


def test_values_are_checked_per_kind_and_stored_normalised(services, fields):
    cid = services.contacts.create(
        ContactInput(
            name="Anna Schäfer",
            custom={
                fields["Verein"]: " Segelclub  Wannsee ",
                fields["Seit"]: "2019-03-01",
                fields["Newsletter"]: "ja",
                fields["Wein"]: "weiß",
            },
        )
    )
    assert values(services, cid) == {
        "Verein": "Segelclub Wannsee",
        "Kunde seit": "2019-03-01",
        "Newsletter": "1",
        "Wein": "Weiß",
    }
    for field, raw, message in (
        ("Seit", "1.3.2019", "'1.3.2019' is not a date for field 'Kunde seit'"),
        ("Seit", "1899-12-31", "not between the years"),
        ("Newsletter", "vielleicht", "not yes or no for field 'Newsletter'"),
        ("Wein", "Rosé", "not an option of field 'Wein': use one of Rot, Weiß"),
    ):
        with pytest.raises(ValidationError, match=message) as caught:
            services.fields.set_values(cid, {fields[field]: raw})
        assert "\n" not in str(caught.value)
    assert values(services, cid)["Kunde seit"] == "2019-03-01"
    # An empty value clears; editing with None leaves values as they are.
    services.fields.set_values(cid, {fields["Wein"]: ""})
    services.contacts.update(cid, services.contacts.get(cid).as_input())
    assert "Wein" not in values(services, cid)
    assert values(services, cid)["Verein"] == "Segelclub Wannsee"


def test_a_value_makes_the_contact_findable_and_follows_rename_and_removal(services, fields):
    cid = services.contacts.create(ContactInput(name="Anna Schäfer"))
    assert not [h for h in services.search.search("Segelclub") if h.kind == "contact"]
    services.fields.set_values(cid, {fields["Verein"]: "Segelclub Wannsee"})
    hits = [h.contact_id for h in services.search.search("Segelclub") if h.kind == "contact"]
    assert hits == [cid]
    services.fields.rename(fields["Verein"], "Sportverein")
    assert [h.contact_id for h in services.search.search("segel") if h.kind == "contact"] == [cid]
    assert services.fields.value_count(fields["Verein"]) == 1
    assert services.fields.remove(fields["Verein"]) == 1
    assert not [h for h in services.search.search("Segelclub") if h.kind == "contact"]
    # A choice value is searchable too; a date is not a word anyone searches for.
    services.fields.set_values(cid, {fields["Wein"]: "Rot"})
    assert [h.contact_id for h in services.search.search("Rot") if h.kind == "contact"] == [cid]


def test_options_in_use_cannot_be_taken_away(services, fields):
    cid = services.contacts.create(ContactInput(name="Anna Schäfer"))
    services.fields.set_values(cid, {fields["Wein"]: "Rot"})
    with pytest.raises(ValidationError, match="still have 'Rot'"):
        services.fields.set_choices(fields["Wein"], "Weiß\nRosé")
    services.fields.set_choices(fields["Wein"], "Rot\nRosé")
    assert services.fields.definitions()[3].choices == ("Rot", "Rosé")


def test_values_survive_merge_and_undone_deletion(services, fields):
    keep = services.contacts.create(
        ContactInput(name="Anna Schäfer", custom={fields["Verein"]: "A"})
    )
    drop = services.contacts.create(
        ContactInput(name="Anna Schaefer", custom={fields["Verein"]: "B", fields["Wein"]: "Rot"})
    )
    services.merge.merge(keep, drop)
    assert values(services, keep) == {"Verein": "A", "Wein": "Rot"}
    snapshot = services.undo.delete_contact(keep)
    services.undo.restore(snapshot)
    assert values(services, keep) == {"Verein": "A", "Wein": "Rot"}
    assert [h.contact_id for h in services.search.search("Rot") if h.kind == "contact"] == [keep]


def test_fields_and_values_go_through_the_archive(services, fields, tmp_path, clock):
    cid = services.contacts.create(
        ContactInput(
            name="Anna Schäfer",
            custom={fields["Verein"]: "Segelclub", fields["Newsletter"]: "0"},
        )
    )
    path = tmp_path / "all.zip"
    export_archive(services, path)
    engine = open_database(f"sqlite:///{tmp_path / 'restored.db'}", clock.now)
    restored = Services.build(engine, FixedClock(clock.now() + timedelta(hours=1)), BERLIN)
    try:
        import_archive(restored, path)
        assert [(d.name, d.kind, d.choices) for d in restored.fields.definitions()] == [
            (d.name, d.kind, d.choices) for d in services.fields.definitions()
        ]
        assert values(restored, cid) == {"Verein": "Segelclub", "Newsletter": "0"}
        hits = [h.contact_id for h in restored.search.search("Segelclub") if h.kind == "contact"]
        assert hits == [cid]
    finally:
        engine.dispose()
