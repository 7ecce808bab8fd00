"""What a source states of a number or a person: `Figure` ("more than 1,500") and `Person`.

Apart from ``_base`` so that a query about texts, whose records hold neither, does not create
their classes on its way to a first answer.
"""

from typing import Literal

import attrs

from .._public import publish
from ._base import Record, at_least, one_of

Qualifier = Literal[
    "",
    "more than",
    "over",
    "at least",
    "around",
    "about",
    "approximately",
    "some",
    "almost",
    "nearly",
    "up to",
]
"""How a source qualified a figure; ``""`` means the figure was stated without qualifier."""

_LOWER_BOUNDS = frozenset({"more than", "over", "at least"})
_UPPER_BOUNDS = frozenset({"almost", "nearly", "up to"})


@attrs.frozen(repr=False)
class Figure(Record):
    """A number as a source states it, with its qualifier ("more than 1,500").

    ``value`` is the number printed; ``qualifier`` says whether it is exact, a bound or an
    approximation. ``str()`` reads as the source put it.

    Attributes:
        value: The number printed.
        qualifier: How the source qualified it: ``""`` (exact), ``"more than"``, ``"about"``, ...

    Examples:
        >>> str(Figure(1500, "more than")), Figure(1500, "more than").bounds
        ('more than 1,500', (1500, None))

    """

    value: int = attrs.field(validator=at_least(0))
    qualifier: Qualifier = attrs.field(default="", validator=one_of(Qualifier))

    def __str__(self) -> str:
        return f"{self.qualifier} {self.value:,}".strip()

    @property
    def is_exact(self) -> bool:
        """Whether the figure was stated without qualifier."""
        return self.qualifier == ""

    @property
    def precision(self) -> Literal["exact", "lower-bound", "upper-bound", "approximate"]:
        """How to read ``value``: exact, a lower or an upper bound, or an approximation."""
        if self.qualifier == "":
            return "exact"
        if self.qualifier in _LOWER_BOUNDS:
            return "lower-bound"
        if self.qualifier in _UPPER_BOUNDS:
            return "upper-bound"
        return "approximate"

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """``(low, high)``: what the statement says about the true number (``None`` = open).

        An exact figure gives ``(value, value)``; "more than 1,500" gives ``(1500, None)``
        (read the low end as exclusive for "more than" and "over"); "up to 50" gives
        ``(None, 50)``; an approximation gives ``(None, None)``.
        """
        precision = self.precision
        if precision == "exact":
            return (self.value, self.value)
        if precision == "lower-bound":
            return (self.value, None)
        if precision == "upper-bound":
            return (None, self.value)
        return (None, None)


@attrs.frozen(repr=False)
class Person(Record):
    """A person and, where stated, the country or body they represent.

    ``name`` is ``None`` when a source names only the country (for example "Egypt was elected
    President of the Conference").

    Attributes:
        name: The person's name, or ``None`` when a source names only the country.
        country: The country or body represented, where stated.
        role: The role, where stated ("President").
    """

    name: str | None
    country: str | None = None
    role: str | None = None

    def __str__(self) -> str:
        if self.name is None:
            return f"(name not stated) ({self.country})" if self.country else "(name not stated)"
        return self.name if self.country is None else f"{self.name} ({self.country})"


publish(globals())
