"""The checks the generated structuring functions call; strict in the same way as cattrs.

A value either has exactly the type the model declares or the record is rejected with
:class:`Invalid`, whose ``path`` names the field (``titles.en``, ``actions[2].consent``).
No coercion: ``"1"`` is not an int, ``1`` is not a bool, ``"20181015"`` is not a date.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Collection
from typing import Any, NoReturn, TypeVar

from ..model._base import Titles

T = TypeVar("T")

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
EMPTY_TITLES = Titles()


class Invalid(Exception):
    """A value does not fit the model: ``path`` says where, ``message`` what is wrong."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def under(self, prefix: str) -> Invalid:
        """The same problem seen from the record that holds this one."""
        sep = "" if self.path.startswith("[") else "."
        return Invalid(f"{prefix}{sep}{self.path}" if self.path else prefix, self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def _type_name(value: object) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean"}.get(
        type(value), "null" if value is None else type(value).__name__
    )


def fail(field: str, expected: str, value: object) -> NoReturn:
    """Raise :class:`Invalid` for ``field``: expected one thing, got ``value``."""
    raise Invalid(field, f"expected {expected}, got {_type_name(value)}")


def obj(value: object, known: Collection[str]) -> dict[str, Any]:
    """``value`` as a JSON object with no key outside ``known``."""
    if type(value) is not dict:
        fail("", "an object", value)
    if not value.keys() <= known:  # type: ignore[operator]
        unknown = sorted(set(value) - set(known))
        raise Invalid("", f"unknown field(s) {', '.join(map(repr, unknown))}")
    return value


def missing(error: KeyError) -> Invalid:
    """The :class:`Invalid` for a required field the object lacks."""
    return Invalid(str(error.args[0]), "is required but missing")


def s(value: object, field: str) -> str:
    """A string."""
    if type(value) is str:
        return value
    fail(field, "a string", value)


def i(value: object, field: str) -> int:
    """An integer (not a boolean, not a float)."""
    if type(value) is int:
        return value
    fail(field, "an integer", value)


def b(value: object, field: str) -> bool:
    """A boolean."""
    if type(value) is bool:
        return value
    fail(field, "a boolean", value)


def d(value: object, field: str) -> _dt.date:
    """A date written ``YYYY-MM-DD`` (the only form, on every Python version)."""
    if type(value) is str:
        known = _DATES.get(value)
        if known is not None:
            return known
    if type(value) is str and _ISO_DATE.fullmatch(value):
        try:
            parsed = _dt.date.fromisoformat(value)
        except ValueError:
            pass
        else:
            if len(_DATES) < 4096:  # the data holds fewer distinct dates; user input is bounded
                _DATES[value] = parsed
            return parsed
    if type(value) is str:
        raise Invalid(field, f"expected a date 'YYYY-MM-DD', got {value[:40]!r}")
    fail(field, "a date string", value)


_DATES: dict[str, _dt.date] = {}
"""Dates already parsed, by their text (many records share a date)."""


def lit(value: object, options: Collection[object], field: str) -> Any:
    """One of ``options`` exactly."""
    if type(value) in (str, int, bool) and value in options:
        return value
    shown = ", ".join(repr(o) for o in sorted(options, key=repr))
    raise Invalid(field, f"expected one of {shown}, got {str(value)[:40]!r}")


def strs(value: object, field: str) -> tuple[str, ...]:
    """An array of strings, as a tuple."""
    if type(value) is list and all(type(item) is str for item in value):
        return tuple(value)
    fail(field, "an array of strings", value)


def titles(value: object, field: str) -> Titles:
    """An object mapping language codes to non-empty titles."""
    if type(value) is dict and all(
        type(k) is str and type(v) is str and v.strip() for k, v in value.items()
    ):
        return Titles(value)
    fail(field, "an object of non-empty strings", value)


def rec(value: object, structure: Callable[[object], T], field: str) -> T:
    """A nested record."""
    try:
        return structure(value)
    except Invalid as error:
        raise error.under(field) from None


def recs(value: object, structure: Callable[[object], T], field: str) -> tuple[T, ...]:
    """An array of nested records, as a tuple."""
    if type(value) is not list:
        fail(field, "an array", value)
    out = []
    for position, item in enumerate(value):
        try:
            out.append(structure(item))
        except Invalid as error:
            raise error.under(f"{field}[{position}]") from None
    return tuple(out)


def opt(check: Callable[[object, str], T], value: object, field: str) -> T | None:
    """``None`` or what ``check`` accepts."""
    return None if value is None else check(value, field)
