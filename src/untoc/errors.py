"""Exceptions raised by untoc.

Every exception derives from :class:`UntocError` and also from the built-in exception a caller
would expect (``LookupError``, ``ValueError`` or ``TypeError``), so both ``except
untoc.UntocError`` and ``except LookupError`` work.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "AmbiguousError",
    "DataError",
    "InvalidArgumentError",
    "InvalidTypeError",
    "MissingDependencyError",
    "NotFoundError",
    "UntocError",
]


class UntocError(Exception):
    """Base class of every exception untoc raises on purpose."""


class NotFoundError(UntocError, LookupError):
    """Nothing matches the key asked for.

    ``suggestions`` holds close matches (possibly empty), ``valid`` a short description of what
    would be accepted.

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
        message = f"no {what} matches {query!r}"
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
            f"{query!r} matches more than one {what}: "
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
    """A bundled data file is missing, unreadable or inconsistent.

    ``file`` names the data file and ``record`` the offending record (when known).
    """

    def __init__(self, file: str, record: str | None, problem: str) -> None:
        self.file = file
        self.record = record
        self.problem = problem
        where = file if record is None else f"{file}, record {record}"
        super().__init__(f"invalid untoc data in {where}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.file, self.record, self.problem))


class MissingDependencyError(UntocError, ImportError):
    """An optional extra (pandas, matplotlib) is needed for this call; the message says how."""
