"""Export the data as JSON or CSV, and read an exported JSON copy back into objects.

The JSON export has the shape of the bundled data files (one array of records per table,
ISO dates, keys in the model's field order), so ``load_json(to_json())`` gives back records
equal to the bundled ones; ``data/schema.json`` describes it for other languages.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, Literal

from . import _store
from ._store import TABLES, _build_converter
from .display import flat_row
from .errors import DataError, InvalidArgumentError

__all__ = ["TABLES", "export", "load_json", "table_records", "to_csv", "to_json"]


def table_records(name: str) -> tuple[Any, ...]:
    """The records of one table, as the data files hold them (sessions without composed parts)."""
    if not isinstance(name, str) or name not in TABLES:
        raise InvalidArgumentError(f"no table named {name!r}; valid: {', '.join(TABLES)}")
    store = _store.get()
    if name == "conference":
        return (store.conference,)
    if name == "participation":
        return tuple(f for s in store.sessions for f in s.participation.figures)
    if name == "party_tables":
        return tuple(store.party_tables.values())
    records: tuple[Any, ...] = getattr(store, name)
    return records


def _unstructured(name: str) -> list[Any]:
    conv = _converter()
    return [conv.unstructure(record) for record in table_records(name)]


def _converter() -> Any:
    store = _store.get()
    conv = store.derived.get("converter")
    if conv is None:
        conv = _build_converter()
        store.derived["converter"] = conv
    return conv


def to_json(table: str | None = None) -> str:
    """The whole dataset (or one table) as JSON text, ISO dates, stable key order.

    >>> import json
    >>> sessions = json.loads(untoc.to_json("sessions"))["sessions"]
    >>> last = sessions[-1]
    >>> last["start"]
    '2024-10-14'
    """
    names = list(TABLES) if table is None else [table]
    payload: dict[str, Any] = {}
    if table is None:
        info = _store.get().info
        payload["manifest"] = {"data_version": info.version, "as_of": info.as_of}
    for name in names:
        payload[name] = _unstructured(name)
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def to_csv(table: str) -> str:
    """One table as CSV: one row per record; lists joined with "; ", nested values as text."""
    rows = [flat_row(record) for record in table_records(table)]
    out = io.StringIO()
    columns = list(dict.fromkeys(k for row in rows for k in row))
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(
            {
                k: "; ".join(map(str, v)) if isinstance(v, list) else ("" if v is None else str(v))
                for k, v in row.items()
            }
        )
    return out.getvalue()


def export(table: str | None = None, format: Literal["json", "csv"] = "json") -> str:
    """``to_json(table)`` or ``to_csv(table)``; CSV needs one table."""
    if format == "json":
        return to_json(table)
    if format == "csv":
        if table is None:
            raise InvalidArgumentError("CSV export needs a table name: " + ", ".join(TABLES))
        return to_csv(table)
    raise InvalidArgumentError(f"format must be 'json' or 'csv', not {format!r}")


def load_json(text: str) -> dict[str, tuple[Any, ...]]:
    """Structure an exported JSON text back into records (table name -> tuple of records)."""
    try:
        payload = json.loads(text)
    except json.JSONDecodeError as error:
        raise DataError("<export>", None, f"is not valid JSON ({error})") from error
    conv = _converter()
    out: dict[str, tuple[Any, ...]] = {}
    for name, rows in payload.items():
        if name == "manifest":
            continue
        if name not in TABLES:
            raise DataError("<export>", name, "unknown table")
        try:
            out[name] = tuple(conv.structure(row, TABLES[name]) for row in rows)
        except Exception as error:
            raise DataError("<export>", name, str(error)) from error
    return out
