"""How a letter to a contact begins, derived once from salutation, title, name and letter form.

The rules, as German business letters (DIN 5008) have them:

- formal (``sie``) with *Herr*/*Frau*: "Sehr geehrter Herr Prof. Dr. Weber," /
  "Sehr geehrte Frau Dr. Schäfer,". Only the academic degrees *Prof.* and *Dr.* go into the
  salutation (a "Dr. med." is addressed as "Dr."); other titles (Dipl.-Ing., MBA) stay on the
  envelope.
- formal without *Herr*/*Frau* (not known, or *divers*): "Guten Tag Kim Berger," – the
  gender-neutral form that still names the person; "Sehr geehrte Damen und Herren," only when
  there is no family name to address.
- first name (``du``): "Lieber Jürgen," / "Liebe Anna,", and "Hallo Kim," without a gendered
  salutation; without a given name the formal line is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    # Only for the annotation: the services import this module.
    from beziehung.core.services.records import ContactDetail

NOBODY_IN_PARTICULAR = "Sehr geehrte Damen und Herren,"


def salutation_titles(title: str | None) -> str:
    """The academic degrees that belong in a salutation, in the order written."""
    kept: list[str] = []
    for word in (title or "").replace(",", " ").split():
        lowered = word.casefold()
        if lowered.startswith("prof"):
            kept.append("Prof.")
        elif lowered.startswith("dr"):
            kept.append("Dr.")
    return " ".join(kept)


def salutation_line(
    salutation: str | None,
    title: str | None,
    given_name: str,
    family_name: str,
    letter_form: str = "sie",
) -> str:
    """The first line of a letter; see the module's rules."""
    given, family = given_name.strip(), family_name.strip()
    gender = (salutation or "").strip().casefold()
    if letter_form == "du" and given:
        if gender == "frau":
            return f"Liebe {given},"
        if gender == "herr":
            return f"Lieber {given},"
        return f"Hallo {given},"
    if not family:
        return NOBODY_IN_PARTICULAR
    degrees = salutation_titles(title)
    addressed = " ".join(p for p in (degrees, family) if p)
    if gender == "frau":
        return f"Sehr geehrte Frau {addressed},"
    if gender == "herr":
        return f"Sehr geehrter Herr {addressed},"
    return "Guten Tag " + " ".join(p for p in (degrees, given, family) if p) + ","


def letter_salutation(contact: ContactDetail) -> str:
    """How a letter to ``contact`` begins."""
    s = contact.summary
    return salutation_line(
        contact.salutation, contact.title, s.given_name, s.family_name, contact.letter_form
    )
