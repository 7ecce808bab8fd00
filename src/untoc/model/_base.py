"""Building blocks every record uses: read-only mappings, discrepancies, the ``Records`` collection.

Also the conventions the other layers read from the model instead of repeating them:

* field helpers: ``ref(table)``/``refs(table)`` mark a field whose values are keys of another
  table (the loader checks them, the SQLite export makes them foreign keys); ``tuple_of()`` is a
  tuple field; ``composed()`` a field the loader builds from other tables and ``derived(rule)``
  one it computes by a stated rule (never stored in a data file).
* validators and converters: the one definition of a valid record. A tuple field takes a list
  or a tuple and keeps a tuple (a string, a set or a mapping is refused); numbers, months, ISO
  periods and literal choices are checked wherever a record is built: by hand, by
  ``load_json`` or from the bundled files.
* ``HOOKS``: how records render as HTML and frames, and how a participant reads an instrument's
  name. The model only knows its attrs fields; upper layers install richer hooks on first use.
"""

import re
import typing
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, SupportsIndex, TypeVar, overload

import attrs

from .._public import publish
from ..errors import InvalidArgumentError, InvalidTypeError

if TYPE_CHECKING:
    import pandas as pd

K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")


# Converters and validators --------------------------------------------------------------------

Validator = Callable[[Any, Any, Any], None]
"""An attrs validator: ``(instance, attribute, value)``, raising when the value is invalid."""


def as_tuple(value: Any) -> tuple[Any, ...]:
    """A tuple field's value: a tuple as given, a list as a tuple; anything else is refused."""
    if type(value) is tuple:
        return value
    if isinstance(value, (list, tuple)):
        return tuple(value)
    raise InvalidTypeError(f"expected a list or a tuple, not {type(value).__name__}")


def _where(instance: object, attribute: Any) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def at_least(low: int) -> Validator:
    """A validator: an ``int`` (not a ``bool``) no smaller than ``low``; ``None`` passes."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is None:
            return
        if type(value) is not int:
            raise InvalidTypeError(
                f"{_where(instance, attribute)} must be an int, not {type(value).__name__}"
            )
        if value < low:
            raise InvalidArgumentError(
                f"{_where(instance, attribute)} must be at least {low}, not {value}"
            )

    return check


def at_most_items(high: int, why: str) -> Validator:
    """A validator: a tuple of at most ``high`` items; ``why`` says where the bound comes from."""

    def check(instance: object, attribute: Any, value: tuple[object, ...]) -> None:
        if len(value) > high:
            raise InvalidArgumentError(
                f"{_where(instance, attribute)} holds {len(value)} items, at most {high} ({why})"
            )

    return check


def between(low: int, high: int) -> Validator:
    """A validator: an ``int`` from ``low`` to ``high`` (a month, a day of the month)."""

    def check(instance: object, attribute: Any, value: object) -> None:
        if type(value) is not int or not low <= value <= high:
            raise InvalidArgumentError(
                f"{_where(instance, attribute)} must be an int from {low} to {high}, "
                f"not {value!r:.40}"
            )

    return check


def non_blank(instance: Any, attribute: Any, value: Any) -> None:
    """A validator: a string with something other than spaces in it."""
    if not isinstance(value, str) or not value or value.isspace():
        raise InvalidArgumentError(f"{_where(instance, attribute)} must be a non-empty string")


def one_of(choices: Any) -> Validator:
    """A validator: one of a ``Literal``'s values (``None`` passes where the field allows it)."""
    allowed = frozenset(typing.get_args(choices))

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is not None and (type(value) not in (str, int) or value not in allowed):
            shown = ", ".join(repr(c) for c in sorted(allowed, key=str))
            raise InvalidArgumentError(
                f"{_where(instance, attribute)} must be one of {shown}, not {value!r:.40}"
            )

    return check


def matches(pattern: str, what: str) -> Validator:
    """A validator: a string matching ``pattern`` in full (``None`` passes)."""
    compiled = re.compile(pattern)

    def check(instance: object, attribute: Any, value: object) -> None:
        if value is not None and (type(value) is not str or not compiled.fullmatch(value)):
            raise InvalidArgumentError(
                f"{_where(instance, attribute)} must be {what}, not {value!r:.40}"
            )

    return check


PERIOD = r"[0-9]{4}(-(0[1-9]|1[0-2]))?"
"""A year (``"2017"``) or a year and month (``"2015-06"``)."""


def ordered(*pairs: tuple[str, str]) -> Callable[[Any], None]:
    """An ``__attrs_post_init__``: for each ``(start, end)`` pair, ``end`` is not before it."""

    def check(self: Any) -> None:
        for first, last in pairs:
            start, end = getattr(self, first), getattr(self, last)
            if start is not None and end is not None and end < start:
                raise InvalidArgumentError(
                    f"{type(self).__name__}.{last} ({end}) is before {first} ({start})"
                )

    return check


# Field conventions ---------------------------------------------------------------------------


def _count(noun: str) -> Callable[[tuple[object, ...]], str]:
    def show(items: tuple[object, ...]) -> str:
        return f"<{len(items)} {noun}>"

    return show


def ref(table: str, **kwargs: Any) -> Any:
    """A field whose value is a key of ``table`` (``None`` where the field allows it)."""
    return attrs.field(metadata={"ref": table}, **kwargs)


def refs(table: str, **kwargs: Any) -> Any:
    """A tuple field whose items are keys of ``table``."""
    kwargs.setdefault("default", ())
    return attrs.field(metadata={"ref": table}, converter=as_tuple, **kwargs)


def tuple_of(**kwargs: Any) -> Any:
    """A tuple field (of values or nested records); a list given for it is kept as a tuple."""
    kwargs.setdefault("default", ())
    return attrs.field(converter=as_tuple, **kwargs)


def sources_field() -> Any:
    """The ``sources`` field of every sourced record: ids of the sources it was read from."""
    return attrs.field(metadata={"ref": "sources"}, converter=as_tuple, repr=_count("sources"))


def composed(**kwargs: Any) -> Any:
    """A field built at load from other tables; data files and exports leave it out."""
    kwargs.setdefault("repr", False)
    return attrs.field(metadata={"composed": True}, **kwargs)


def derived(rule: str, **kwargs: Any) -> Any:
    """A field the loader computes by a stated ``rule``: never stored, marked derived everywhere.

    The rule is kept in the field's metadata, so that frames, CSV, SQLite and the schema can say
    that the value is derived and how.
    """
    kwargs.setdefault("repr", False)
    kwargs.setdefault("default", None)
    return attrs.field(metadata={"composed": True, "derived": rule}, **kwargs)


def quiet(default: Any = None) -> Any:
    """An optional field left out of ``repr`` (quotes and notes: long, rarely wanted there)."""
    return attrs.field(default=default, repr=False)


def is_derived(field: Any) -> bool:
    """Whether a field holds a value computed by a rule rather than stated by a source."""
    return "derived" in field.metadata


# Rendering hooks -----------------------------------------------------------------------------


def _fields_html(record: object) -> str:
    from .._sync import module

    html = module("html")

    if not attrs.has(type(record)):
        return f"<pre>{html.escape(repr(record))}</pre>"
    rows = "".join(
        f"<tr><th>{html.escape(f.name)}</th><td>{html.escape(str(getattr(record, f.name)))}</td>"
        "</tr>"
        for f in attrs.fields(type(record))  # type: ignore[arg-type]
        if f.repr is not False
    )
    return f"<table>{rows}</table>"


def _no_frames(records: "Records[Any]") -> "pd.DataFrame":
    from ..errors import MissingDependencyError

    raise MissingDependencyError(
        "frames need untoc's presentation layer: call untoc.to_pandas(records) instead"
    )


class Table:
    """A small table an answer shows itself as: a caption, columns, rows of plain values.

    Summaries and reports build one for ``str()``, ``_repr_html_`` and ``to_frame()``, so the
    three views say the same thing; ``notes`` are lines printed under it.
    """

    __slots__ = ("caption", "columns", "notes", "rows")

    def __init__(
        self,
        caption: str,
        columns: tuple[str, ...],
        rows: Iterable[tuple[object, ...]],
        notes: Iterable[str] = (),
    ) -> None:
        self.caption = caption
        self.columns = columns
        self.rows = tuple(rows)
        self.notes = tuple(notes)

    def text(self) -> str:
        """The table as aligned plain text, its notes under it."""
        cells = [self.columns, *(tuple("" if v is None else str(v) for v in r) for r in self.rows)]
        widths = [max(len(row[i]) for row in cells) for i in range(len(self.columns))]
        lines = [self.caption, ""]
        for row in cells:
            lines.append("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if self.notes:
            lines += ["", *self.notes]
        return "\n".join(lines)


def _no_table_frames(table: Table) -> "pd.DataFrame":
    from ..errors import MissingDependencyError

    raise MissingDependencyError("frames need untoc's presentation layer: import untoc first")


def _table_text_html(table: Table, sources: tuple[str, ...] = ()) -> str:
    from .._sync import module

    html = module("html")
    return f"<pre>{html.escape(table.text())}</pre>"


def _slug_only(key: object) -> str:
    if isinstance(key, str):
        return key
    raise InvalidTypeError(f"an instrument is named by a str, not {type(key).__name__}")


class _Hooks:
    """What records need from the layers above, installed there on first use.

    ``html`` and ``frame`` render records (``untoc.display``); ``instrument`` turns an
    instrument's name into its slug (``untoc.queries``), so that
    ``participant.action("Firearms Protocol")`` works without an index inside each record.
    """

    __slots__ = ("frame", "html", "instrument", "table_frame", "table_html")

    def __init__(self) -> None:
        self.html: Callable[[object], str] = _fields_html
        self.frame: Callable[[Records[Any]], pd.DataFrame] = _no_frames
        self.table_frame: Callable[[Table], pd.DataFrame] = _no_table_frames
        self.table_html: Callable[[Table, tuple[str, ...]], str] = _table_text_html
        self.instrument: Callable[[object], str] = _slug_only


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


_LANGUAGE = re.compile(r"[a-z]{2}")


def as_titles(value: Any) -> "Titles":
    """A titles field's value: ``Titles`` as given, a mapping of language to title converted."""
    if type(value) is Titles:
        return value
    if isinstance(value, Mapping):
        return Titles(value)
    raise InvalidTypeError(f"titles are a mapping of language to title, not {type(value).__name__}")


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

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        pairs = tuple(items.items() if isinstance(items, Mapping) else items)
        for language, title in pairs:
            if type(language) is not str or not _LANGUAGE.fullmatch(language):
                raise InvalidArgumentError(
                    f"a title's language is an ISO 639-1 code such as 'en', not {language!r:.20}"
                )
            if type(title) is not str or not title.strip():
                raise InvalidArgumentError(f"the {language} title must be a non-empty string")
        super().__init__(pairs)

    @property
    def default(self) -> str | None:
        """The English title, or ``None`` when no English title is held."""
        return self.get("en")


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
    other_sources: tuple[str, ...] = refs("sources", default=attrs.NOTHING)
    reason: str

    def __str__(self) -> str:
        def shown(value: str) -> str:
            return f"“{value}”" if value.strip() else "none"

        return f"{self.field}: {shown(self.chosen)} chosen over {shown(self.other)}"


# The collection ------------------------------------------------------------------------------

_HEAD = 5
"""Rows shown at each end of a long collection's repr."""


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
    def __getitem__(self, index: slice) -> "Records[T]": ...
    def __getitem__(self, index: SupportsIndex | slice) -> "T | Records[T]":
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

    def to_frame(self) -> "pd.DataFrame":
        """The records as a pandas DataFrame (needs pandas: ``pip install "untoc[pandas]"``)."""
        return HOOKS.frame(self)

    def __reduce__(self) -> tuple[object, ...]:
        return (Records, (tuple(self),))


_MOVED = frozenset({"Figure", "Person", "Qualifier"})
"""Names that lived here until 0.7 and live in ``model._stated`` now."""


def __getattr__(name: str) -> Any:
    """``Person``, ``Figure`` and ``Qualifier`` as before (a pickle made by 0.7 names them here)."""
    if name in _MOVED:
        from . import _stated

        return getattr(_stated, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


publish(globals())
