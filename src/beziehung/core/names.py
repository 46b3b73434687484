"""Splitting a typed name into salutation, academic title, given and family name."""

from __future__ import annotations

from dataclasses import dataclass

# Each spelling of a salutation and the German word it is stored as.
SALUTATION_WORDS = {
    "herr": "Herr",
    "hr": "Herr",
    "mr": "Herr",
    "mister": "Herr",
    "frau": "Frau",
    "fr": "Frau",
    "mrs": "Frau",
    "ms": "Frau",
    "miss": "Frau",
}
SALUTATIONS = {*SALUTATION_WORDS, "divers"}
TITLE_WORDS = {
    "dr",
    "prof",
    "dipl",
    "ing",
    "mag",
    "med",
    "jur",
    "rer",
    "nat",
    "pol",
    "phil",
    "oec",
    "habil",
    "mba",
    "llm",
}
PARTICLES = {
    "von",
    "van",
    "de",
    "der",
    "den",
    "zu",
    "zum",
    "zur",
    "vom",
    "del",
    "da",
    "di",
    "ten",
    "ter",
}


@dataclass(frozen=True)
class NameParts:
    salutation: str | None
    title: str | None
    given_name: str
    family_name: str

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)


def _is_title(token: str) -> bool:
    parts = [p for p in token.replace("-", ".").split(".") if p]
    return (
        bool(parts)
        and all(p.casefold() in TITLE_WORDS for p in parts)
        and (token.endswith(".") or token.casefold().rstrip(".") in {"mba", "llm"})
    )


def _leading_honorifics(tokens: list[str]) -> tuple[str | None, list[str], list[str]]:
    salutation = None
    titles: list[str] = []
    while tokens:
        head = tokens[0]
        if salutation is None and not titles and head.casefold().rstrip(".") in SALUTATIONS:
            salutation = salutation_word(head) or head
        elif _is_title(head):
            titles.append(head)
        else:
            break
        tokens = tokens[1:]
    return salutation, titles, tokens


def split_name(text: str) -> NameParts:
    """Split "Dr. Jürgen Müller", "Müller, Jürgen" or "Frau Anna von Bergen".

    The family name is the last word together with particles such as "von der" before it; in
    the comma form it is everything before the comma.
    """
    text = " ".join(text.split())
    if "," in text:
        family_part, _, given_part = text.partition(",")
        salutation, titles, given = _leading_honorifics(given_part.split())
        family_tokens = family_part.split()
        _, more_titles, family_tokens = _leading_honorifics(family_tokens)
        titles = more_titles + titles
        return NameParts(
            salutation,
            " ".join(titles) or None,
            " ".join(given),
            " ".join(family_tokens),
        )
    salutation, titles, rest = _leading_honorifics(text.split())
    if not rest:
        return NameParts(salutation, " ".join(titles) or None, "", "")
    if len(rest) == 1:
        return NameParts(salutation, " ".join(titles) or None, "", rest[0])
    split_at = len(rest) - 1
    while split_at > 1 and rest[split_at - 1].casefold() in PARTICLES:
        split_at -= 1
    return NameParts(
        salutation,
        " ".join(titles) or None,
        " ".join(rest[:split_at]),
        " ".join(rest[split_at:]),
    )


def salutation_word(token: str) -> str | None:
    """The German salutation ("Herr", "Frau") that a word such as "Mr." or "Hr." stands for."""
    return SALUTATION_WORDS.get(token.casefold().rstrip("."))


def honorifics(salutation: str | None, title: str | None) -> tuple[str | None, str | None]:
    """Salutation and academic title apart, whichever field each arrived in.

    Address books put "Herr" in the name prefix and Outlook's *Anrede* column holds both
    "Herr" and "Dr.", so a salutation found in the title moves out of it, and a title typed
    as salutation moves into it. A salutation is stored in German; one that is neither a
    known salutation nor a title (such as "Divers") stays as typed.
    """
    found: str | None = None
    kept: list[str] = []
    titles: list[str] = []
    for token in (salutation or "").split():
        word = salutation_word(token)
        if word is not None:
            found = found or word
        elif _is_title(token):
            titles.append(token)
        else:
            kept.append(token)
    for token in (title or "").split():
        word = salutation_word(token)
        if word is not None:
            found = found or word
        else:
            titles.append(token)
    return found or " ".join(kept) or None, " ".join(titles) or None
