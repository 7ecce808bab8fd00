"""The record as JSON, CSV or SQLite, and an exported JSON copy read back into records.

JSON has exactly the shape of the bundled data files: ``to_json("sessions")`` *is*
``data/sessions.json`` (fields in model order with the key first, defaults left out, ISO
dates), written through one strict cattrs converter; ``load_json`` reads it back with the same
converter and rejects anything the model does not allow.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import io
import json
import re
import sys
from collections.abc import Mapping
from typing import Any

import attrs

from . import _store, _tables
from ._public import public
from .errors import DataError, InvalidArgumentError, InvalidTypeError
from .model import Records, Titles, type_hints, type_namespace

__all__ = ["load_json", "to_csv", "to_json"]

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)


# The converter -------------------------------------------------------------------------------


@functools.cache
def converter() -> Any:
    """The strict cattrs converter: the one definition of what a valid record is.

    Unknown keys, wrong types (``1`` is not a ``bool``, ``"1"`` not an ``int``), dates other
    than ``YYYY-MM-DD`` and fields built at load (``composed``) are rejected; unstructuring
    leaves composed fields and default values out.
    """
    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    names = type_namespace()
    for value in names.values():
        if attrs.has(value):
            # What attrs.resolve_types does, with the defining module's names (exported classes
            # report __module__ "untoc").
            hints = type_hints(value)
            for field in attrs.fields(value):
                object.__setattr__(field, "type", hints[field.name])

    def resolved(cls: type) -> type:
        """Any other attrs class (a search hit, a coverage row) with its annotations resolved.

        Their modules import the model's names for annotations only, so the model's names
        are lent to them, as to the model's own classes above.
        """
        if cls not in names.values():
            attrs.resolve_types(cls, globalns=vars(sys.modules[cls.__module__]), localns=names)
        return cls

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
        item = tp.__args__[0]
        structure = conv.get_structure_hook(item)

        def hook(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise TypeError(f"expected an array of {item.__name__}")
            return tuple(structure(v, item) for v in value)

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

    conv.register_structure_hook(_dt.date, date_hook)
    conv.register_structure_hook(Titles, titles_hook)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], strings_hook)
    conv.register_structure_hook_factory(is_records, records_hook)
    conv.register_structure_hook_factory(
        attrs.has,
        lambda cls: make_dict_structure_fn(
            resolved(cls), conv, _cattrs_forbid_extra_keys=True, **composed(cls)
        ),
    )
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(Titles, dict)
    conv.register_unstructure_hook_factory(
        attrs.has,
        lambda cls: make_dict_unstructure_fn(
            resolved(cls), conv, _cattrs_omit_if_default=True, **composed(cls)
        ),
    )
    return conv


# JSON ----------------------------------------------------------------------------------------


def table_rows(what: str | tuple[Any, ...], caller: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and plain rows of a table (by name) or a collection, as the frames show them.

    A collection of one table's records gets that table's columns; any other collection, the
    union of its records' fields. ``caller`` names the function in the error for other input.
    """
    if isinstance(what, str):
        table: _tables.Table | None = _tables.table(what)
        records: tuple[Any, ...] = table_records(what)
    elif isinstance(what, tuple):
        table, records = _tables.table_of(what), what
    else:
        raise InvalidTypeError(
            f"{caller} takes a table name or a collection, not {type(what).__name__}"
        )
    if table is not None:
        return [name for name, _ in table.columns], list(table.rows(records))
    rows = _tables.records_rows(records)
    return list(dict.fromkeys(k for row in rows for k in row)), rows


def table_records(name: str) -> Records[Any]:
    """The records of one table, as the queries return them."""
    table = _tables.table(name).name
    store = _store.get()
    loaders: Mapping[str, Any] = {
        "sources": lambda: store.sources.records,
        "topics": lambda: store.topics.records,
        "instruments": lambda: store.instruments.records,
        "conference": lambda: Records([store.conference]),
        "sessions": lambda: store.sessions.records,
        "resolutions": lambda: store.texts.records,
        "bodies": lambda: store.bodies.records,
        "meetings": lambda: store.meetings.records,
        "participation": lambda: store.participation.records,
        "stated_party_counts": lambda: store.stated_counts.records,
        "events": lambda: store.events.records,
        "observances": lambda: store.observances.records,
        "statements": lambda: store.statements.records,
        "participants": lambda: store.participants.records,
        "party_tables": lambda: store.party_tables.records,
    }
    records: Records[Any] = loaders[table]()
    return records


def unstructure(name: str, records: tuple[Any, ...]) -> list[dict[str, Any]]:
    """Records of table ``name`` as JSON-ready objects: key first, then fields in model order."""
    key = _tables.table(name).key
    conv = converter()
    out = []
    for record in records:
        fields = conv.unstructure(record)
        out.append({key: fields.pop(key), **fields})
    return out


def dumps(value: object) -> str:
    """JSON text as the data files are written: one-space indent, UTF-8, newline at the end."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


@public
def to_json(table: str | None = None) -> str:
    """One table as the text of its data file, or the whole record as one JSON object.

    Examples:
        >>> import json
        >>> sessions = json.loads(untoc.to_json("sessions"))
        >>> sessions[-1]["number"], sessions[-1]["start"]
        (12, '2024-10-14')

    """
    if table is not None:
        return dumps(unstructure(table, table_records(table)))
    info = _store.get().info
    payload: dict[str, Any] = {
        "manifest": {"data_version": info.version, "as_of": info.as_of.isoformat()}
    }
    for t in _tables.TABLES:
        payload[t.name] = unstructure(t.name, table_records(t.name))
    return dumps(payload)


@public
def load_json(text: str | bytes, table: str | None = None) -> Any:
    """Records from exported JSON: a table's array (``table=`` its name) or a whole export.

    Returns a [`Records`][untoc.Records] for one table, or a mapping of table name to records.
    Anything the model does not allow (unknown keys or tables, wrong types, bad dates,
    references to records the export lacks) raises [`DataError`][untoc.DataError].
    """
    if not isinstance(text, (str, bytes)):
        raise InvalidTypeError(f"load_json takes JSON text, not {type(text).__name__}")
    where = "<export>" if table is None else _tables.table(table).file
    try:
        payload = json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise DataError(where, None, "is nested too deeply") from None
    except ValueError as error:
        raise DataError(where, None, f"is not valid JSON ({error})") from None
    if table is not None:
        return _structure(table, payload)
    if type(payload) is not dict:
        raise DataError(where, None, "expected a JSON object of tables")
    out: dict[str, Records[Any]] = {}
    for name, rows in payload.items():
        if name == "manifest":
            continue
        if name not in _tables.BY_NAME:
            raise DataError(where, None, f"unknown table {name!r}")
        out[name] = _structure(name, rows)
    _check_references(out)
    return out


def _structure(name: str, rows: object) -> Records[Any]:
    table = _tables.table(name)
    if type(rows) is not list:
        raise DataError(table.file, None, "expected a JSON array of records")
    import cattrs

    conv = converter()
    cls = table.record_class
    out = []
    for position, row in enumerate(rows):
        try:
            out.append(conv.structure(row, cls))
        except (cattrs.BaseValidationError, TypeError, ValueError, KeyError) as error:
            problem = (
                "; ".join(cattrs.transform_error(error, format_exception=_explain))
                if isinstance(error, cattrs.BaseValidationError)
                else str(error)
            )
            record = _record_id(row, table.key, position)
            raise DataError(table.file, record, problem) from None
    return Records(out)


def _explain(error: BaseException, _: type | None) -> str:
    """The converter's own words for a rejected value; cattrs' for a missing field."""
    import cattrs

    if isinstance(error, KeyError) or not str(error):
        return str(cattrs.v.format_exception(error, _))
    return str(error)


def _check_references(tables: Mapping[str, Records[Any]]) -> None:
    keys = {
        name: {getattr(r, _tables.BY_NAME[name].key) for r in records}
        for name, records in tables.items()
    }
    for name, records in tables.items():
        table = _tables.BY_NAME[name]
        for record in records:
            for target, key, path in _store.references(record):
                if target in keys and key not in keys[target]:
                    raise DataError(
                        table.file,
                        repr(getattr(record, table.key)),
                        f"{path}: no {target} record {key!r}",
                    )


def _record_id(row: object, key: str, position: int) -> str:
    if isinstance(row, dict) and type(row.get(key)) in (str, int):
        return repr(row[key])[:80]
    return f"#{position}"


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


# CSV -----------------------------------------------------------------------------------------


@public
def to_csv(what: str | tuple[Any, ...]) -> str:
    """A table (by name) or a collection of records as CSV, with the frames' columns.

    Lists are joined with "; ", dates written ``YYYY-MM-DD``, missing values left empty.
    Participants give one row per participant and instrument.

    Examples:
        >>> print(untoc.to_csv("participants").splitlines()[0])
        code,name,instrument,signature,consent,consent_kind,consent_undated,in_force,sources

    """
    columns, rows = table_rows(what, "to_csv")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _csv_cell(v) for k, v in row.items()})
    return out.getvalue()


def _csv_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(map(str, value))
    if isinstance(value, _dt.date):
        return value.isoformat()
    return str(value)


def export(table: str | None = None, format: str = "json") -> str:
    """``to_json(table)`` or ``to_csv(table)``: for the command line's ``export``."""
    if format == "json":
        return to_json(table)
    if format == "csv":
        if table is None:
            names = ", ".join(_tables.BY_NAME)
            raise InvalidArgumentError(f"CSV export needs a table name: {names}")
        return to_csv(table)
    raise InvalidArgumentError(f"format must be 'json' or 'csv', not {format!r}")
