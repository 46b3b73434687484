import pytest

from beziehung.core.names import split_name


@pytest.mark.parametrize(
    ("typed", "salutation", "title", "given", "family"),
    [
        ("Dr. Jürgen Müller", None, "Dr.", "Jürgen", "Müller"),
        ("Müller, Jürgen", None, None, "Jürgen", "Müller"),
        ("Müller, Dr. Jürgen", None, "Dr.", "Jürgen", "Müller"),
        ("Frau Prof. Dr. Anna von der Heide", "Frau", "Prof. Dr.", "Anna", "von der Heide"),
        ("Hans-Peter  Schulze", None, None, "Hans-Peter", "Schulze"),
        ("Dipl.-Ing. Karl Heinz Berger", None, "Dipl.-Ing.", "Karl Heinz", "Berger"),
        ("Cher", None, None, "", "Cher"),
    ],
)
def test_split_name(typed, salutation, title, given, family):
    parts = split_name(typed)
    assert (parts.salutation, parts.title, parts.given_name, parts.family_name) == (
        salutation,
        title,
        given,
        family,
    )


def test_display_name_leaves_titles_out():
    assert split_name("Dr. Jürgen Müller").display_name == "Jürgen Müller"
