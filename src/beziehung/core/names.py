"""Splitting a typed name into salutation, academic title, given and family name."""

from __future__ import annotations

from dataclasses import dataclass

SALUTATIONS = {"herr", "frau", "mr", "mrs", "ms", "divers"}
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
            salutation = head
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
