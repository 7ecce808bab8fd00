"""Building blocks every record uses: figures, read-only mappings, the ``Records`` collection.

Also the two conventions the other layers read from the model instead of repeating them:

* field metadata: ``ref(table)`` marks a field whose values are keys of another table (the
  loader checks them, the SQLite export makes them foreign keys); ``composed()`` marks a field
  the loader builds from other tables (never stored in a data file).
* ``HOOKS``: how records render as HTML and frames. The model only knows its attrs fields; the
  presentation layer installs richer renderers (citations, typed columns) when it is imported.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, SupportsIndex, TypeVar, overload

import attrs

from .._public import public

if TYPE_CHECKING:
    import pandas as pd

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

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


# Field conventions ---------------------------------------------------------------------------


def _count(noun: str) -> Callable[[tuple[object, ...]], str]:
    def show(items: tuple[object, ...]) -> str:
        return f"<{len(items)} {noun}>"

    return show


def ref(table: str, **kwargs: Any) -> Any:
    """A field whose value (or each item of it) is a key of ``table``."""
    return attrs.field(metadata={"ref": table}, **kwargs)


def sources_field() -> Any:
    """The ``sources`` field of every sourced record: ids of the sources it was read from."""
    return attrs.field(metadata={"ref": "sources"}, repr=_count("sources"))


def composed(**kwargs: Any) -> Any:
    """A field built at load from other tables; data files and exports leave it out."""
    kwargs.setdefault("repr", False)
    return attrs.field(metadata={"composed": True}, **kwargs)


def quiet(default: Any = None) -> Any:
    """An optional field left out of ``repr`` (quotes and notes: long, rarely wanted there)."""
    return attrs.field(default=default, repr=False)


# Rendering hooks -----------------------------------------------------------------------------


def _fields_html(record: object) -> str:
    import html

    if not attrs.has(type(record)):
        return f"<pre>{html.escape(repr(record))}</pre>"
    rows = "".join(
        f"<tr><th>{html.escape(f.name)}</th><td>{html.escape(str(getattr(record, f.name)))}</td>"
        "</tr>"
        for f in attrs.fields(type(record))  # type: ignore[arg-type]
        if f.repr is not False
    )
    return f"<table>{rows}</table>"


def _no_frames(records: Records[Any]) -> pd.DataFrame:
    from ..errors import MissingDependencyError

    raise MissingDependencyError(
        "frames need untoc's presentation layer: call untoc.to_pandas(records) instead"
    )


class _Hooks:
    """How records render beyond plain text; ``untoc.display`` installs the full renderers."""

    __slots__ = ("frame", "html")

    def __init__(self) -> None:
        self.html: Callable[[object], str] = _fields_html
        self.frame: Callable[[Records[Any]], pd.DataFrame] = _no_frames


HOOKS = _Hooks()


class Record:
    """Mixin of every record class: a concise ``repr`` and an HTML view in Jupyter."""

    __slots__ = ()

    def __repr__(self) -> str:
        parts = []
        for field in attrs.fields(type(self)):  # type: ignore[arg-type]
            if field.repr is False:
                continue
            value = getattr(self, field.name)
            if value is None or value == ():
                continue
            shown = field.repr(value) if callable(field.repr) else repr(value)
            parts.append(f"{field.name}={shown}")
        return f"{type(self).__name__}({', '.join(parts)})"

    def _repr_html_(self) -> str:
        return HOOKS.html(self)


# Values --------------------------------------------------------------------------------------


def _first(pair: tuple[Any, Any]) -> Any:
    return pair[0]


class FrozenMap(Mapping[K, V]):
    """A read-only, hashable, picklable mapping (kept sorted by key)."""

    __slots__ = ("_items",)
    _items: tuple[tuple[K, V], ...]

    def __init__(self, items: Mapping[K, V] | Iterable[tuple[K, V]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        object.__setattr__(self, "_items", tuple(sorted(pairs, key=_first)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is immutable")

    def __getitem__(self, key: K) -> V:
        for k, v in self._items:
            if k == key:
                return v
        raise KeyError(key)

    def __iter__(self) -> Iterator[K]:
        return (k for k, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, FrozenMap):
            return self._items == other._items
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self._items,))

    def __repr__(self) -> str:
        return f"{type(self).__name__}({dict(self._items)!r})"


class Titles(FrozenMap[str, str]):
    """A text's official titles: ISO 639-1 language code -> title as printed.

    English (``"en"``) is the default language; some texts are known only by a title in another
    official language (``{"es": "..."}``), kept as printed rather than translated.

    Examples:
        >>> t = Titles({"en": "Firearms", "es": "Armas de fuego"})
        >>> t["es"], t.default
        ('Armas de fuego', 'Firearms')

    """

    __slots__ = ()

    @property
    def default(self) -> str | None:
        """The English title, or ``None`` when no English title is held."""
        return self.get("en")


@public
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

    value: int
    qualifier: Qualifier = ""

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


@attrs.frozen(repr=False, kw_only=True)
class Discrepancy(Record):
    """Two sources disagree on a value: the one chosen, the other, and why.

    Attributes:
        field: The field the sources disagree on.
        chosen: The value held, as text.
        other: The other source's value, as text.
        other_sources: Ids of the sources giving the other value.
        reason: Why the held value was chosen.
    """

    field: str
    chosen: str
    other: str
    other_sources: tuple[str, ...] = ref("sources")
    reason: str


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


# The collection ------------------------------------------------------------------------------

_HEAD = 5
"""Rows shown at each end of a long collection's repr."""


@public
class Records(tuple[T, ...]):
    """An immutable tuple of records: prints like a frame, renders as a table in Jupyter.

    Examples:
        >>> rows = untoc.resolutions(session=12)
        >>> isinstance(rows, tuple), len(rows)
        (True, 4)

    """

    __slots__ = ()

    @overload
    def __getitem__(self, index: SupportsIndex) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Records[T]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T | Records[T]:
        if isinstance(index, slice):
            return Records(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)

    def __repr__(self) -> str:
        if not self:
            return "Records([])"
        kinds = sorted({type(r).__name__ for r in self})
        lines = [f"<{len(self)} {' and '.join(kinds)} record{'s' if len(self) > 1 else ''}>"]
        width = len(str(len(self) - 1))
        shown: Iterable[int] = range(len(self))
        if len(self) > 2 * _HEAD + 1:
            shown = [*range(_HEAD), -1, *range(len(self) - _HEAD, len(self))]
        for i in shown:
            if i == -1:
                lines.append(" " * width + "  ...")
                continue
            text = str(tuple.__getitem__(self, i)).replace("\n", " ")
            lines.append(f"{i:>{width}}  {text if len(text) <= 96 else text[:93] + '...'}")
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        return HOOKS.html(self)

    def to_frame(self) -> pd.DataFrame:
        """The records as a pandas DataFrame (needs pandas: ``pip install "untoc[pandas]"``)."""
        return HOOKS.frame(self)

    def __reduce__(self) -> tuple[object, ...]:
        return (Records, (tuple(self),))
