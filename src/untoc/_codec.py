"""JSON and records, both ways: one strict converter at the edges, one small decoder inside.

* `converter()` is the strict cattrs converter: everything that *enters* untoc goes through it
  (``make data`` building the shipped files, `untoc.load_json` reading an export), and so does
  everything that leaves as JSON (`untoc.to_json`, the CLI's ``--json``). No coercion: ``"1"``
  is not an int, ``1`` not a bool, ``"20181015"`` not a date, an unknown key is an error.
* `decoder(cls)` rebuilds records from the *shipped* files, whose digests the store has just
  checked against the manifest (so they are byte for byte what the converter wrote). It is
  driven by ``attrs.fields``: it refuses unknown and missing fields and parses dates; the
  record classes' own validators and converters do the rest, as for any record built by hand.
  It keeps ``import cattrs`` (about 35 ms) off the path of a plain query. `composing` is the
  same decoder, adding each record's composed fields (a table's compose step) to its
  arguments before the record is built: every record is built once.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from .model._base import FrozenMap, Titles

__all__ = ["Complete", "Invalid", "composing", "converter", "decoder", "explain"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_MISSING = r"missing [0-9]+ required (?:keyword-only |positional )?arguments?: (.*)"
"""A constructor's words for missing arguments (compiled on first use: only errors need it)."""


class Invalid(Exception):
    """A value does not fit the model: ``path`` says where, ``message`` what is wrong."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(path, message)
        self.path = path
        self.message = message

    def under(self, prefix: str) -> Invalid:
        """The same problem seen from the record that holds this one."""
        sep = "" if self.path.startswith("[") or not self.path else "."
        return Invalid(f"{prefix}{sep}{self.path}", self.message)

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


def explain(error: BaseException) -> str:
    """A record constructor's complaint in the words of a data error."""
    text = str(error)
    missing = re.search(_MISSING, text)
    if isinstance(error, TypeError) and missing:
        names = ", ".join(n.strip(" '") for n in missing[1].replace(" and ", ", ").split(","))
        return f"{names}: is required but missing"
    return text


def shape(row: object, known: frozenset[str]) -> None:
    """``row`` is a JSON object with no field the record lacks; `TypeError` saying otherwise."""
    if type(row) is not dict:
        raise TypeError(f"expected an object, got {type(row).__name__}")
    if not row.keys() <= known:
        unknown = ", ".join(repr(k) for k in sorted(set(row) - known))
        raise TypeError(f"unknown field(s) {unknown}")


# The decoder of verified files -------------------------------------------------------------

_DATES: dict[str, _dt.date] = {}
"""Dates already parsed, by their text (many records share a date)."""

Complete = Callable[[dict[str, Any]], None]
"""Adds a record's composed fields to its arguments, from the other tables (``_tables``)."""

# How a field's JSON value becomes its value, where it is not already the value. A decoder
# groups its fields by these codes and converts each group in a loop of its own, rather than
# calling a function per field: it runs for each of the record's 1,637 objects, and on the path
# of every first answer.
_INTERN = 1  # a key or a literal choice: one copy in memory
_INTERN_EACH = 2  # a tuple of keys
_DATE = 3
_RECORD = 4  # a nested record
_RECORDS = 5  # a tuple of nested records


def _date(value: Any) -> _dt.date:
    """A date read for the first time (the decoder looks in `_DATES` before it calls this)."""
    if type(value) is not str or not _ISO_DATE.fullmatch(value):
        raise Invalid("", f"expected a date 'YYYY-MM-DD', got {value!r:.40}")
    try:
        parsed = _dt.date.fromisoformat(value)
    except ValueError:
        raise Invalid("", f"expected a date 'YYYY-MM-DD', got {value!r:.40}") from None
    if len(_DATES) < 4096:  # the data holds fewer distinct dates
        _DATES[value] = parsed
    return parsed


def _date_of(name: str, value: Any) -> _dt.date:
    try:
        return _date(value)
    except Invalid as error:
        raise error.under(name) from None


_ABSENT: Any = object()


def _records(decode: Callable[[Any], Any], value: Any) -> tuple[Any, ...]:
    if type(value) is not list:
        raise Invalid("", "expected an array")
    out = []
    for position, item in enumerate(value):
        try:
            out.append(decode(item))
        except Invalid as error:
            raise error.under(f"[{position}]") from None
    return tuple(out)


_KINDS: dict[tuple[Any, bool], tuple[int, bool, type | None] | None] = {}
"""`_kind_of` by annotation: many fields share one (``str | None``, ``tuple[str, ...]``)."""


def _kind(tp: Any, ref: bool) -> tuple[int, bool, type | None] | None:
    """`_kind_of` a field of annotation ``tp`` (a reference if ``ref``), worked out once."""
    key = (tp, ref)
    try:
        found = _KINDS.get(key, _ABSENT)
    except TypeError:  # an annotation that cannot be hashed (Annotated with a dict)
        return _kind_of(tp, ref or _is_literal(tp))
    if found is _ABSENT:
        found = _KINDS[key] = _kind_of(tp, ref or _is_literal(tp))
    return found  # type: ignore[no-any-return]


def _kind_of(tp: Any, shared: bool) -> tuple[int, bool, type | None] | None:
    """``(code, optional, record class inside)`` for a field of annotation ``tp``, or ``None``.

    ``None``: the JSON value is the value (str, int, bool, tuples of strings, titles: the class
    converts them). ``shared`` values (references, literal choices) are interned: a source id or
    an instrument slug named by hundreds of records is kept once.
    """
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if shared and (tp is str or origin is typing.Literal or _literal_or_str(args)):
        return _INTERN, True, None
    if shared and origin is tuple and args and args[0] is str:
        return _INTERN_EACH, True, None
    if origin in (typing.Union, types.UnionType) and type(None) in args:
        (inner,) = [a for a in args if a is not type(None)]
        kind = _kind_of(inner, False)
        return None if kind is None else (kind[0], True, kind[2])
    if tp is _dt.date:
        return _DATE, False, None
    if attrs.has(tp):
        return _RECORD, False, tp
    if origin is tuple and args and attrs.has(args[0]):
        return _RECORDS, False, args[0]
    return None


@functools.cache
def decoder(cls: type) -> Callable[[Any], Any]:
    """A function from a verified JSON object to a ``cls`` record (cached per class)."""
    return _decoder(cls, {})


def composing(cls: type, completing: Mapping[type, Complete]) -> Callable[[Any], Any]:
    """`decoder`, with ``completing[c]`` adding the composed fields of each ``c`` record inside.

    The store builds each record once, composed: the arguments are completed before the class
    is called, so its validators run once, on the record as it is kept. Without completions it
    is the cached `decoder`.
    """
    return _decoder(cls, completing) if completing else decoder(cls)


def _decoder(cls: type, completions: Mapping[type, Complete]) -> Callable[[Any], Any]:
    stored = [f for f in attrs.fields(cls) if not f.metadata.get("composed")]
    known = frozenset(f.name for f in stored)
    parts = tuple(
        (f.name, code, optional, None if inner is None else composing(inner, completions))
        for f in stored
        if (kind := _kind(f.type, "ref" in f.metadata)) is not None
        for code, optional, inner in (kind,)
    )  # only the fields whose JSON value is not already the value
    # The fields by what their values need, each group read in its own loop.
    keys = tuple(name for name, code, _, _ in parts if code == _INTERN)
    key_tuples = tuple(name for name, code, _, _ in parts if code == _INTERN_EACH)
    dates = tuple((name, optional) for name, code, optional, _ in parts if code == _DATE)
    records = tuple(
        (name, optional, code == _RECORDS, nested)
        for name, code, optional, nested in parts
        if nested is not None  # a record or a tuple of records
    )
    complete = completions.get(cls)
    intern, parsed = sys.intern, _DATES

    def decode(row: Any) -> Any:
        if type(row) is not dict or not row.keys() <= known:
            try:
                shape(row, known)
            except TypeError as error:
                raise Invalid("", str(error)) from None
        kwargs = row.copy()
        for name in keys:
            value = kwargs.get(name)
            if type(value) is str:
                kwargs[name] = intern(value)
        for name in key_tuples:
            value = kwargs.get(name)
            if type(value) is list:
                try:
                    kwargs[name] = tuple(map(intern, value))
                except TypeError:  # sys.intern takes strings only
                    raise Invalid(name, "expected an array of strings") from None
        for name, optional in dates:
            value = kwargs.get(name, _ABSENT)
            if value is _ABSENT or (value is None and optional):
                continue
            day = parsed.get(value) if type(value) is str else None
            kwargs[name] = day if day is not None else _date_of(name, value)
        for name, optional, many, nested in records:
            value = kwargs.get(name, _ABSENT)
            if value is _ABSENT or (value is None and optional):
                continue
            try:
                kwargs[name] = _records(nested, value) if many else nested(value)
            except Invalid as error:
                raise error.under(name) from None
        try:
            if complete is not None:
                complete(kwargs)
            return cls(**kwargs)
        except (TypeError, ValueError, OverflowError) as error:  # OverflowError: a day + 30
            raise Invalid("", explain(error)) from None

    return decode


def forget() -> None:
    """Drop the decoders, the converter and the dates already parsed (``_store.reset``)."""
    decoder.cache_clear()
    converter.cache_clear()
    _DATES.clear()
    _KINDS.clear()


# The strict converter ----------------------------------------------------------------------


@functools.cache
def converter() -> Any:
    """The strict cattrs converter: the one engine at the edges (build, ``load_json``, output).

    Unknown keys, wrong types (``1`` is not a ``bool``, ``"1"`` not an ``int``), dates other
    than ``YYYY-MM-DD`` and fields built at load (``composed``, ``derived``) are rejected;
    unstructuring leaves those fields and default values out. The records' validators run as
    the records are built, as everywhere.
    """
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    conv = cattrs.Converter(forbid_extra_keys=True)

    def strict(kind: type) -> Any:
        def hook(value: object, _: object) -> Any:
            if type(value) is not kind:
                raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
            return value

        return hook

    for kind in (str, int, bool):
        conv.register_structure_hook(kind, strict(kind))

    def date_hook(value: object, _: object) -> _dt.date:
        if type(value) is not str or not _ISO_DATE.fullmatch(value):
            raise ValueError(f"expected a date 'YYYY-MM-DD', got {value!r:.40}")
        return _dt.date.fromisoformat(value)

    def titles_hook(value: object, _: object) -> Titles:
        if type(value) is not dict or not all(
            type(k) is str and type(v) is str and v.strip() for k, v in value.items()
        ):
            raise TypeError("expected an object of non-empty strings")
        return Titles(value)

    def strings_hook(value: object, _: object) -> tuple[str, ...]:
        if type(value) is not list or not all(type(item) is str for item in value):
            raise TypeError("expected an array of strings")
        return tuple(value)

    def records_hook(tp: Any) -> Any:
        from cattrs.errors import IterableValidationError, IterableValidationNote

        item = tp.__args__[0]
        structure = conv.get_structure_hook(item)

        def hook(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise TypeError(f"expected an array of {item.__name__}")
            out = []
            for index, element in enumerate(value):
                try:
                    out.append(structure(element, item))
                except Exception as error:
                    note = IterableValidationNote(f"@ index {index}", index, item)
                    notes = vars(error).setdefault("__notes__", [])  # add_note() from 3.11
                    notes.append(note)
                    raise IterableValidationError(
                        f"While structuring {tp!r}", [error], tp
                    ) from None
            return tuple(out)

        return hook

    def is_records(tp: Any) -> bool:
        args: tuple[Any, ...] = getattr(tp, "__args__", ())
        return (
            getattr(tp, "__origin__", None) is tuple
            and len(args) == 2
            and args[1] is Ellipsis
            and attrs.has(args[0])
        )

    def composed(cls: type) -> dict[str, Any]:
        return {
            f.name: override(omit=True) for f in attrs.fields(cls) if f.metadata.get("composed")
        }

    def literal_hook(value: object, _: object) -> Any:
        return value  # the record's own validator says which values are allowed

    def records_of(cls: type) -> Any:
        generated: Any = make_dict_structure_fn(cls, conv, **composed(cls))
        known = frozenset(f.name for f in attrs.fields(cls) if not f.metadata.get("composed"))

        def hook(value: object, _: object) -> Any:
            shape(value, known)
            return generated(value, cls)

        return hook

    conv.register_structure_hook_func(_is_literal, literal_hook)
    conv.register_structure_hook(_dt.date, date_hook)
    conv.register_structure_hook(Titles, titles_hook)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], strings_hook)
    conv.register_structure_hook_factory(is_records, records_hook)
    conv.register_structure_hook_factory(attrs.has, records_of)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(Titles, dict)
    conv.register_unstructure_hook(FrozenMap, dict)
    conv.register_unstructure_hook_factory(
        attrs.has,
        lambda cls: make_dict_unstructure_fn(
            cls, conv, _cattrs_omit_if_default=True, **composed(cls)
        ),
    )
    return conv


def _is_literal(tp: object) -> bool:
    origin: object = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        return any(_is_literal(a) for a in typing.get_args(tp))
    return origin is typing.Literal


def _literal_or_str(args: tuple[Any, ...]) -> bool:
    """Whether an optional annotation's other member is ``str`` or a ``Literal``."""
    return type(None) in args and any(a is str or _is_literal(a) for a in args)


def structure(row: object, cls: type) -> Any:
    """``row`` as a ``cls`` record through the strict converter; `Invalid` saying why not."""
    import cattrs

    try:
        return converter().structure(row, cls)
    except cattrs.BaseValidationError as error:
        problems = cattrs.transform_error(error, format_exception=_format)
        raise Invalid("", "; ".join(_located(p) for p in problems)) from None
    except (TypeError, ValueError, KeyError) as error:
        raise Invalid("", explain(error)) from None


def _located(problem: str) -> str:
    """Cattrs' ``"message @ $.path"`` as the decoder words it: ``"path: message"``."""
    message, at, path = problem.rpartition(" @ $")
    if not at:
        return problem
    path = path.removeprefix(".")
    return f"{path}: {message}" if path else message


def _format(error: BaseException, _: type | None) -> str:
    """The converter's own words for a rejected value; cattrs' for a missing field."""
    import cattrs

    if isinstance(error, KeyError):
        return "is required but missing"
    if not str(error):
        return str(cattrs.v.format_exception(error, _))
    return explain(error)
