"""Exceptions and warnings raised by untoc.

Every exception derives from [`UntocError`][untoc.UntocError] and also from the built-in a caller
would expect, so both ``except untoc.UntocError`` and ``except LookupError`` work::

    UntocError
    ├── NotFoundError (LookupError)        nothing matches a key; suggestions attached
    │   └── AmbiguousError                 a key matches several records
    ├── InvalidArgumentError (ValueError)  right type, impossible value
    ├── InvalidTypeError (TypeError)       wrong type
    ├── DataError (ValueError)             a bundled or exported data file is broken
    ├── OutputError (OSError)              an export cannot be written (path, disk, permission)
    └── MissingDependencyError (ImportError)  an optional extra is not installed

    IncompleteDataWarning (UserWarning)    an answer reaches past what the data covers
"""

from __future__ import annotations

from collections.abc import Iterable

from ._public import publish

__all__ = [
    "AmbiguousError",
    "DataError",
    "IncompleteDataWarning",
    "InvalidArgumentError",
    "InvalidTypeError",
    "MissingDependencyError",
    "NotFoundError",
    "OutputError",
    "UntocError",
]


class UntocError(Exception):
    """Base class of every exception untoc raises on purpose."""


class NotFoundError(UntocError, LookupError):
    """Nothing matches the key asked for.

    ``suggestions`` holds close matches (possibly empty), ``valid`` a short description of what
    would be accepted.

    Examples:
        >>> import untoc
        >>> try:
        ...     untoc.topic("firarms")
        ... except untoc.NotFoundError as error:
        ...     print(error.suggestions)
        ('firearms',)

    """

    def __init__(
        self,
        what: str,
        query: object,
        suggestions: Iterable[str] = (),
        valid: str | None = None,
    ) -> None:
        self.what = what
        self.query = query
        self.suggestions = tuple(suggestions)
        self.valid = valid
        message = f"no {what} matches {shown(query)}"
        if self.suggestions:
            quoted = ", ".join(repr(s) for s in self.suggestions)
            message += f"; did you mean {quoted}?"
        if valid:
            message += f" (valid: {valid})"
        super().__init__(message)

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.what, self.query, self.suggestions, self.valid))


class AmbiguousError(NotFoundError):
    """A key matches several records; the message names each of them.

    A bare ``"6/1"`` names both resolution 6/1 and decision 6/1.
    """

    def __init__(self, what: str, query: object, candidates: Iterable[str]) -> None:
        self.candidates = tuple(candidates)
        UntocError.__init__(
            self,
            f"{shown(query)} matches more than one {what}: "
            + ", ".join(repr(c) for c in self.candidates)
            + "; name one of them",
        )
        self.what = what
        self.query = query
        self.suggestions = self.candidates
        self.valid = None

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.what, self.query, self.candidates))


class InvalidArgumentError(UntocError, ValueError):
    """An argument has the right type but a value that cannot be valid."""


class InvalidTypeError(UntocError, TypeError):
    """An argument has the wrong type."""


class DataError(UntocError, ValueError):
    """A bundled data file (or an exported copy given back) is missing, unreadable or wrong.

    ``file`` names the file and ``record`` the offending record's id (when known).
    """

    def __init__(self, file: str, record: str | None, problem: str) -> None:
        self.file = file
        self.record = record
        self.problem = problem
        where = file if record is None else f"{file}, record {record}"
        super().__init__(f"invalid untoc data in {where}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.file, self.record, self.problem))


class OutputError(UntocError, OSError):
    """An export cannot be written: a bad path, a full disk, no permission.

    ``path`` names the file; whatever was there before is left as it was (every export is
    written to a temporary file first, then renamed over the target).
    """

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"cannot write {self.path!r}: {problem}")

    def __str__(self) -> str:
        return f"cannot write {self.path!r}: {self.problem}"

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.path, self.problem))


class MissingDependencyError(UntocError, ImportError):
    """An optional extra (pandas, matplotlib) is needed for this call; the message says how."""


class IncompleteDataWarning(UserWarning):
    """An answer reaches past the date through which the record is known complete.

    Raised by [`untoc.parties`][untoc.parties] for a date past a participant table's completeness
    window: the list holds the table plus later deposits found in other sources and may miss some.
    """


def shown(query: object) -> str:
    """A caller's value as messages show it: its repr, cut to 60 characters, safe for any int."""
    try:
        text = repr(query)
    except ValueError:  # an int too long to print
        return "a very large integer"
    return text if len(text) <= 60 else text[:57] + "..."


publish(globals())
