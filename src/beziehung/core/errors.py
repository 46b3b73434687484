"""Errors with messages a consultant understands.

Each error carries a stable ``code`` and its ``params`` so that the window can show a translated
text, while ``str(error)`` is the English sentence the CLI prints.
"""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """Something the user asked for cannot be done; nothing was written."""

    code = "error"
    template = "{detail}"

    def __init__(self, code: str | None = None, template: str | None = None, **params: Any) -> None:
        if code is not None:
            self.code = code
        if template is not None:
            self.template = template
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return str(self)


class ValidationError(DomainError):
    code = "invalid"


class NotFoundError(DomainError):
    code = "not_found"


class AmbiguousError(DomainError):
    """A name matched several contacts; ``candidates`` lists (id, display name) pairs."""

    code = "ambiguous"

    def __init__(self, query: str, candidates: list[tuple[int, str]], total: int) -> None:
        self.candidates = candidates
        shown = "; ".join(f"{cid}: {name}" for cid, name in candidates)
        more = f" and {total - len(candidates)} more" if total > len(candidates) else ""
        super().__init__(
            template="'{query}' matches {total} contacts: {shown}{more}; use an id",
            query=query,
            total=total,
            shown=shown,
            more=more,
        )


class SchemaError(DomainError):
    code = "schema"


def invalid(code: str, template: str, **params: Any) -> ValidationError:
    return ValidationError(code, template, **params)


def not_found(kind: str, ident: object) -> NotFoundError:
    return NotFoundError(
        f"{kind}_not_found", "There is no {kind} with id {ident}", kind=kind, ident=ident
    )


# The parameter that names where in a file an error was found ("cards.vcf: card 3").
LOCATION = "location"


def located(error: DomainError, where: str) -> DomainError:
    """The same error said of one place in a file, keeping its code and parameters so that
    the window can still translate it."""
    params = {**error.params, LOCATION: where, "problem": str(error)}
    return DomainError(error.code, "{location}: {problem}", **params)


class ConflictError(DomainError):
    """Someone saved the same record since the user opened it: nothing was written.

    ``stored`` is the record as it is now (a ``ContactDetail``, ``NoteRecord`` or
    ``ReminderRecord``), ``wanted`` what the user meant to save (the ``ContactInput``,
    ``NoteInput`` or ``ReminderChange``), so that both can be shown side by side to merge; a
    new save then carries ``stored_version``."""

    code = "edit_conflict"

    def __init__(
        self,
        kind: str,
        ident: int,
        stored_version: int,
        wanted_version: int,
        stored: object,
        wanted: object,
    ) -> None:
        self.stored = stored
        self.wanted = wanted
        super().__init__(
            template="Someone else changed {kind} {ident} since you opened it (now version"
            " {stored_version}, yours {wanted_version}); nothing was saved, compare and save again",
            kind=kind,
            ident=ident,
            stored_version=stored_version,
            wanted_version=wanted_version,
        )

    @property
    def stored_version(self) -> int:
        version: int = self.params["stored_version"]
        return version

    @property
    def wanted_version(self) -> int:
        version: int = self.params["wanted_version"]
        return version
