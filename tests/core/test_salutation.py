import pytest

from beziehung.core.salutation import letter_salutation, salutation_line
from beziehung.core.services.inputs import ContactInput


@pytest.mark.parametrize(
    ("salutation", "title", "given", "family", "form", "expected"),
    [
        ("Frau", "Dr.", "Anna", "Schäfer", "sie", "Sehr geehrte Frau Dr. Schäfer,"),
        ("Herr", "Prof. Dr.", "Jürgen", "Weber", "sie", "Sehr geehrter Herr Prof. Dr. Weber,"),
        ("Herr", "Dr. med.", "Jürgen", "Weber", "sie", "Sehr geehrter Herr Dr. Weber,"),
        ("Herr", "Dipl.-Ing.", "Jürgen", "Weber", "sie", "Sehr geehrter Herr Weber,"),
        ("Frau", None, "Anna", "Schäfer", "sie", "Sehr geehrte Frau Schäfer,"),
        (None, None, "Kim", "Berger", "sie", "Guten Tag Kim Berger,"),
        ("divers", "Dr.", "Kim", "Berger", "sie", "Guten Tag Dr. Kim Berger,"),
        (None, None, "Kim", "", "sie", "Sehr geehrte Damen und Herren,"),
        ("Frau", "Dr.", "Anna", "Schäfer", "du", "Liebe Anna,"),
        ("Herr", None, "Jürgen", "Weber", "du", "Lieber Jürgen,"),
        (None, None, "Kim", "Berger", "du", "Hallo Kim,"),
        ("Frau", None, "", "Schäfer", "du", "Sehr geehrte Frau Schäfer,"),
    ],
)
def test_salutation_table(salutation, title, given, family, form, expected):
    assert salutation_line(salutation, title, given, family, form) == expected


def test_letter_salutation_of_a_stored_contact(services):
    cid = services.contacts.create(ContactInput(name="Frau Dr. Anna Schäfer"))
    assert letter_salutation(services.contacts.get(cid)) == "Sehr geehrte Frau Dr. Schäfer,"
    detail = services.contacts.get(cid)
    data = detail.as_input()
    data.letter_form = "du"
    services.contacts.update(cid, data)
    assert letter_salutation(services.contacts.get(cid)) == "Liebe Anna,"
