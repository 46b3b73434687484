import pytest

from beziehung.core.errors import NotFoundError, ValidationError
from beziehung.core.events import Topic
from beziehung.core.services.inputs import ContactInput


@pytest.fixture
def firms(services):
    ids = {
        "anna": services.contacts.create(ContactInput(name="Anna Weber", organisation="Groß AG")),
        "jan": services.contacts.create(ContactInput(name="Jan Roth", organisation="Groß AG")),
        "eva": services.contacts.create(ContactInput(name="Eva Kern", organisation="Klein KG")),
    }
    ids["gross"] = services.organisations.find("Groß AG")
    ids["klein"] = services.organisations.find("Klein KG")
    return ids


def changes(services):
    seen = []
    services.context.bus.subscribe(seen.append)
    return seen


def names(services, **kwargs):
    return [(o.name, o.people) for o in services.organisations.list(**kwargs)]


def test_find_compares_names_folded(services, firms):
    assert services.organisations.find("  GROSS   ag ") == firms["gross"]
    with pytest.raises(ValidationError):
        services.organisations.find("Mittel GmbH")


def test_rename_announces_and_reindexes_its_people(services, firms):
    seen = changes(services)
    services.organisations.rename(firms["gross"], "Söhne Bau")
    assert names(services) == [("Klein KG", 1), ("Söhne Bau", 2)]
    assert seen[-1].topics == Topic.ORGANISATIONS | Topic.CONTACTS
    assert seen[-1].contact_ids == {firms["anna"], firms["jan"]}
    found = {h.contact_id for h in services.search.search("söhne")}
    assert found == {firms["anna"], firms["jan"]}
    assert services.search.search("groß") == []


def test_rename_to_another_spelling_of_its_own_name_is_allowed(services, firms):
    services.organisations.rename(firms["gross"], "GROSS AG")
    assert services.contacts.get(firms["anna"]).summary.organisation == "GROSS AG"


def test_rename_refuses_a_name_another_organisation_has_folded(services, firms):
    seen = changes(services)
    with pytest.raises(ValidationError) as refused:
        services.organisations.rename(firms["gross"], "klein  kg")
    assert refused.value.code == "organisation_exists"
    with pytest.raises(ValidationError) as empty:
        services.organisations.rename(firms["gross"], "   ")
    assert empty.value.code == "organisation_name_empty"
    assert names(services)[0] == ("Groß AG", 2)
    assert seen == []


def test_merge_moves_every_person_and_removes_the_merged_one(services, firms):
    seen = changes(services)
    assert services.organisations.merge(firms["klein"], firms["gross"]) == 1
    assert names(services, include_empty=True) == [("Groß AG", 3)]
    assert services.contacts.get(firms["eva"]).summary.organisation == "Groß AG"
    assert seen[-1].topics == Topic.ORGANISATIONS | Topic.CONTACTS
    assert firms["eva"] in seen[-1].contact_ids
    assert {h.contact_id for h in services.search.search("groß")} == {
        firms["anna"],
        firms["jan"],
        firms["eva"],
    }


def test_merge_refuses_itself_and_unknown_ones(services, firms):
    with pytest.raises(ValidationError):
        services.organisations.merge(firms["gross"], firms["gross"])
    with pytest.raises(NotFoundError):
        services.organisations.merge(firms["gross"], 9999)
    assert names(services) == [("Groß AG", 2), ("Klein KG", 1)]


def test_delete_refuses_while_people_belong_to_it(services, firms):
    seen = changes(services)
    with pytest.raises(ValidationError) as refused:
        services.organisations.delete(firms["klein"])
    assert refused.value.code == "organisation_has_people"
    assert refused.value.params["count"] == 1
    assert seen == []


def test_delete_counts_restricted_people_too(services, firms):
    from dataclasses import replace

    detail = services.contacts.get(firms["eva"])
    services.contacts.update(firms["eva"], replace(detail.as_input(), restricted=True))
    assert ("Klein KG", 1) not in names(services)
    with pytest.raises(ValidationError):
        services.organisations.delete(firms["klein"])


def test_delete_with_unlink_keeps_the_people_without_organisation(services, firms):
    seen = changes(services)
    assert services.organisations.delete(firms["klein"], unlink=True) == 1
    assert services.contacts.get(firms["eva"]).summary.organisation is None
    assert names(services, include_empty=True) == [("Groß AG", 2)]
    assert seen[-1].contact_ids == {firms["eva"]}
    assert services.search.search("klein") == []


def test_an_organisation_whose_last_person_is_deleted_is_not_listed(services, firms):
    services.contacts.delete(firms["eva"])
    assert names(services) == [("Groß AG", 2)]
    # It is still there to be deleted, and deleting it needs no unlinking.
    assert names(services, include_empty=True) == [("Groß AG", 2), ("Klein KG", 0)]
    assert services.organisations.delete(firms["klein"]) == 0
    assert names(services, include_empty=True) == [("Groß AG", 2)]
