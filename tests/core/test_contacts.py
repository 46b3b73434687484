from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from beziehung.core.errors import AmbiguousError, NotFoundError, ValidationError
from beziehung.core.models import Contact, ContactMethod, Organisation, Referral
from beziehung.core.services.inputs import ContactInput, MethodInput, NoteInput


def count(services, model):
    with services.context.reading() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_create_splits_the_name_and_keeps_everything(services):
    cid = services.contacts.create(
        ContactInput(
            name="Dr. Jürgen Müller",
            organisation="Müller & Partner",
            role="Geschäftsführer",
            birthday=date(1968, 5, 4),
            about="Mag es kurz; nie vor 10 Uhr anrufen.",
            preferred_channel="phone",
            preferred_time="vormittags",
            stage="Stammkunde",
            cadence_days=30,
            methods=[
                MethodInput("email", "j.mueller@example.de"),
                MethodInput("phone", "0170 1234567", label="mobil"),
                MethodInput("phone", "+49 30 1234567", label="Büro", preferred=True),
                MethodInput(
                    "address", "", street="Hauptstr. 1", postal_code="10115", city="Berlin"
                ),
            ],
            tags=["VIP", "Erbrecht", "vip"],
        )
    )
    detail = services.contacts.get(cid)
    s = detail.summary
    assert (detail.title, s.given_name, s.family_name, s.display_name) == (
        "Dr.",
        "Jürgen",
        "Müller",
        "Jürgen Müller",
    )
    assert s.organisation == "Müller & Partner"
    assert s.stage == "stammkunde"
    assert s.tags == ["Erbrecht", "VIP"]
    assert s.phones == ["0170 1234567", "+49 30 1234567"]
    phones = [m for m in detail.methods if m.kind == "phone"]
    assert [m.phone_e164 for m in phones] == ["+491701234567", "+49301234567"]
    assert [m.is_preferred for m in phones] == [False, True]
    address = next(m for m in detail.methods if m.kind == "address")
    assert address.value == "Hauptstr. 1, 10115 Berlin"
    assert detail.cadence_days == 30
    assert detail.birthday == date(1968, 5, 4)


def test_the_first_method_of_a_kind_is_preferred_when_none_is_marked(services):
    cid = services.contacts.create(
        ContactInput(
            name="Anna Weber",
            methods=[MethodInput("email", "a@x.de"), MethodInput("email", "b@x.de")],
        )
    )
    emails = [m for m in services.contacts.get(cid).methods if m.kind == "email"]
    assert [m.is_preferred for m in emails] == [True, False]


def test_organisation_is_created_once(services):
    services.contacts.create(ContactInput(name="Anna Weber", organisation="Kanzlei Groß"))
    services.contacts.create(ContactInput(name="Bernd Weber", organisation="kanzlei  gross"))
    assert count(services, Organisation) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (ContactInput(name="   "), "A contact needs a name"),
        (ContactInput(name="Anna Weber", stage="vip"), "Unknown stage 'vip'"),
        (
            ContactInput(name="Anna Weber", methods=[MethodInput("email", "kein-at")]),
            "not an email",
        ),
        (
            ContactInput(name="Anna Weber", methods=[MethodInput("phone", "abc")]),
            "not a phone number",
        ),
        (ContactInput(name="Anna Weber", methods=[MethodInput("pager", "1")]), "Unknown kind"),
        (ContactInput(name="Anna Weber", cadence_days=0), "cadence"),
        (ContactInput(name="Anna Weber", photo=b"x" * 600_000), "photo"),
    ],
)
def test_invalid_contacts_write_nothing(services, data, message):
    with pytest.raises(ValidationError, match=message):
        services.contacts.create(data)
    assert count(services, Contact) == 0
    assert count(services, Organisation) == 0


def test_unknown_referrer_writes_nothing(services):
    with pytest.raises(NotFoundError, match="no contact with id 42"):
        services.contacts.create(
            ContactInput(name="Anna Weber", organisation="Neu GmbH", referred_by=[42])
        )
    assert count(services, Contact) == 0
    assert count(services, Organisation) == 0


def test_update_replaces_details_and_keeps_referrals_unless_given(services):
    referrer = services.contacts.create(ContactInput(name="Petra Öztürk"))
    cid = services.contacts.create(ContactInput(name="Anna Weber", referred_by=[referrer]))
    services.contacts.update(cid, ContactInput(name="Anna Schmidt-Weber", stage="kunde"))
    detail = services.contacts.get(cid)
    assert detail.summary.display_name == "Anna Schmidt-Weber"
    assert [r.id for r in detail.referred_by] == [referrer]
    services.contacts.update(cid, ContactInput(name="Anna Schmidt-Weber", referred_by=[]))
    assert services.contacts.get(cid).referred_by == []
    assert services.contacts.get(referrer).referred == []


def test_delete_removes_notes_reminders_and_referral_links(services, clock):
    other = services.contacts.create(ContactInput(name="Petra Öztürk"))
    cid = services.contacts.create(ContactInput(name="Anna Weber", referred_by=[other]))
    services.notes.log(NoteInput(contact_id=cid, body="Erstgespräch Erbschaft"))
    services.reminders.create(cid, clock.now() + timedelta(days=1), "Rückruf")
    preview = services.contacts.preview_delete(cid)
    assert (preview.notes, preview.reminders, preview.referrals) == (1, 1, 1)
    services.contacts.delete(cid)
    with pytest.raises(NotFoundError):
        services.contacts.get(cid)
    assert count(services, Referral) == 0
    assert count(services, ContactMethod) == 0
    assert services.reminders.list() == []
    assert services.search.search("erbschaft") == []
    assert services.contacts.get(other).referred == []


class TestResolve:
    @pytest.fixture
    def people(self, services):
        return {
            "juergen": services.contacts.create(ContactInput(name="Dr. Jürgen Müller")),
            "julia": services.contacts.create(ContactInput(name="Julia Müller")),
            "petra": services.contacts.create(ContactInput(name="Petra Straßmann")),
            "jo": services.contacts.create(ContactInput(name="Jo Weber")),
            "jonas": services.contacts.create(ContactInput(name="Jonas Weber")),
        }

    def test_a_number_is_an_id(self, services, people):
        assert services.contacts.resolve(str(people["petra"])) == people["petra"]
        with pytest.raises(NotFoundError):
            services.contacts.resolve("999")

    def test_word_starts_of_one_contact(self, services, people):
        assert services.contacts.resolve("jür mü") == people["juergen"]
        assert services.contacts.resolve("strassmann") == people["petra"]
        assert services.contacts.resolve("Mueller Jürgen") == people["juergen"]

    def test_an_exact_full_name_wins(self, services, people):
        assert services.contacts.resolve("Jo Weber") == people["jo"]

    def test_ambiguous_lists_candidates_with_ids(self, services, people):
        with pytest.raises(AmbiguousError) as caught:
            services.contacts.resolve("müller")
        assert caught.value.candidates == [
            (people["juergen"], "Jürgen Müller"),
            (people["julia"], "Julia Müller"),
        ]
        assert f"{people['julia']}: Julia Müller" in str(caught.value)

    def test_no_match(self, services, people):
        with pytest.raises(ValidationError, match="No contact matches 'meier'"):
            services.contacts.resolve("meier")


def test_list_pages_in_name_order(services):
    for name in ("Zoë Adler", "Anna Zander", "Ömer Öztürk", "Bernd Müller"):
        services.contacts.create(ContactInput(name=name))
    first = services.contacts.list(limit=2)
    assert [c.display_name for c in first] == ["Zoë Adler", "Bernd Müller"]
    last = first[-1]
    rest = services.contacts.list(after=("mueller bernd", last.id))
    assert [c.display_name for c in rest] == ["Ömer Öztürk", "Anna Zander"]
    assert services.contacts.count() == 4


def test_update_keeps_unchanged_methods(services):
    cid = services.contacts.create(
        ContactInput(
            name="Anna Weber",
            methods=[MethodInput("email", "a@b.de"), MethodInput("phone", "030 123456")],
        )
    )
    services.contacts.update(
        cid,
        ContactInput(
            name="Anna Weber",
            methods=[
                MethodInput("email", "a@b.de"),
                MethodInput("email", "c@d.de", preferred=True),
            ],
        ),
    )
    emails = [(m.value, m.is_preferred) for m in services.contacts.get(cid).methods]
    assert emails == [("a@b.de", False), ("c@d.de", True)]


def test_decomposed_umlauts_are_the_same_letters(services):
    decomposed = "Ju\u0308rgen Mu\u0308ller"
    cid = services.contacts.create(ContactInput(name=decomposed, organisation="Mu\u0308ller GmbH"))
    services.contacts.create(ContactInput(name="Anna Weber", organisation="Müller GmbH"))
    assert services.contacts.get(cid).summary.display_name == "Jürgen Müller"
    assert services.contacts.resolve("jürgen") == cid
    assert services.search.search("mueller")[0].contact_id == cid
    assert count(services, Organisation) == 1


def test_odd_numbers_are_not_ids(services):
    with pytest.raises(ValidationError):
        services.contacts.resolve("²")
    with pytest.raises(NotFoundError):
        services.contacts.resolve("99999999999999999999")


@pytest.mark.sqlite_only(reason="BEGIN IMMEDIATE is SQLite's")
def test_writes_take_the_lock_when_they_begin(services):
    from sqlalchemy import event

    begun = []
    event.listen(
        services.context.engine,
        "before_cursor_execute",
        lambda *a: begun.append(a[2]) if a[2].startswith("BEGIN") else None,
    )
    services.contacts.create(ContactInput(name="Anna Weber"))
    services.contacts.list()
    assert begun == ["BEGIN IMMEDIATE", "BEGIN"]
