"""Structuring functions for ``untoc.model._base``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._base import Discrepancy, Figure, Person
from ._runtime import i, lit, missing, obj, s, strs

_DISCREPANCY_KEYS = frozenset(["chosen", "field", "other", "other_sources", "reason"])
_PERSON_KEYS = frozenset(["country", "name", "role"])
_FIGURE_KEYS = frozenset(["qualifier", "value"])
_FIGURE_QUALIFIER = frozenset(
    [
        "",
        "about",
        "almost",
        "approximately",
        "around",
        "at least",
        "more than",
        "nearly",
        "over",
        "some",
        "up to",
    ]
)


def structure_Discrepancy(value: object) -> Discrepancy:
    """A :class:`~untoc.model.Discrepancy` from its JSON object."""
    o = obj(value, _DISCREPANCY_KEYS)
    try:
        return Discrepancy(
            field=s(o["field"], "field"),
            chosen=s(o["chosen"], "chosen"),
            other=s(o["other"], "other"),
            other_sources=strs(o["other_sources"], "other_sources"),
            reason=s(o["reason"], "reason"),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Person(value: object) -> Person:
    """A :class:`~untoc.model.Person` from its JSON object."""
    o = obj(value, _PERSON_KEYS)
    try:
        return Person(
            name=(None if o["name"] is None else s(o["name"], "name")),
            country=(None if o["country"] is None else s(o["country"], "country"))
            if "country" in o
            else None,
            role=(None if o["role"] is None else s(o["role"], "role")) if "role" in o else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Figure(value: object) -> Figure:
    """A :class:`~untoc.model.Figure` from its JSON object."""
    o = obj(value, _FIGURE_KEYS)
    try:
        return Figure(
            value=i(o["value"], "value"),
            qualifier=lit(o["qualifier"], _FIGURE_QUALIFIER, "qualifier")
            if "qualifier" in o
            else "",
        )
    except KeyError as error:
        raise missing(error) from None
