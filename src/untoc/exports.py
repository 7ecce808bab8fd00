"""The record as JSON, CSV or SQLite, and an exported JSON copy read back into records.

JSON has exactly the shape of the bundled data files: ``to_json("sessions")`` *is*
``data/sessions.json`` (fields in model order with the key first, defaults left out, ISO
dates), written through one strict cattrs converter; ``load_json`` reads it back with the same
converter and rejects anything the model does not allow.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as _dt
import io
import json
import os
import tempfile
from collections.abc import Collection, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import _store, _tables
from ._codec import converter, structure
from ._public import publish
from .errors import DataError, InvalidArgumentError, InvalidTypeError, OutputError
from .model import Records

__all__ = ["load_json", "to_csv", "to_json"]


# Writing files ------------------------------------------------------------------------------


def target_path(path: object) -> Path:
    """``path`` as a file to write: a ``str`` or path naming a file in an existing folder.

    Refused with [`OutputError`][untoc.OutputError] (an empty name, a NUL byte, a folder, a
    missing or non-folder parent) or [`InvalidTypeError`][untoc.InvalidTypeError] (not a path).
    """
    if isinstance(path, bool) or not isinstance(path, (str, os.PathLike)):
        raise InvalidTypeError(f"path must be a str or a path, not {type(path).__name__}")
    text = os.fspath(path)
    if not isinstance(text, str):
        raise InvalidTypeError("path must be a str or a path, not bytes")
    if not text.strip() or "\0" in text:
        raise OutputError(text, "not a file name")
    target = Path(text)
    if target.is_dir():
        raise OutputError(text, "it is a folder")
    parent = target.parent
    if not parent.is_dir():
        raise OutputError(text, f"no folder {str(parent)!r}")
    return target


@contextlib.contextmanager
def atomically(path: object) -> Iterator[Path]:
    """A temporary file beside ``path`` to write; renamed over ``path`` once written in full.

    On any failure (a full disk, an interrupt) the temporary file is removed and what was at
    ``path`` before is left as it was; an ``OSError`` becomes an `OutputError` naming the path.
    """
    target = target_path(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as error:
        raise OutputError(target, error.strerror or str(error)) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp made it private; give it a file's usual mode
        os.replace(temporary, target)
    except OSError as error:
        _remove(temporary)
        raise OutputError(target, error.strerror or str(error)) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: Path) -> None:
    """The temporary file and what a writer left beside it (SQLite's ``-journal``)."""
    for path in (temporary, *temporary.parent.glob(f"{temporary.name}-*")):
        path.unlink(missing_ok=True)


def write_text(path: object, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically (see `atomically`)."""
    with atomically(path) as temporary, open(temporary, "w", encoding="utf-8", newline="") as out:
        out.write(text)


# Tables -------------------------------------------------------------------------------------


def registry() -> _tables.Registry:
    """The tables of the process's data (the bundled registry, or a test's)."""
    return _store.get().registry


def table_records(name: str) -> Records[Any]:
    """The records of one table, as the queries return them (loaded and composed)."""
    table = registry().table(name)
    return _store.get().table(table.name).records


def table_rows(what: object, caller: str) -> tuple[list[str], list[dict[str, Any]]]:
    """The columns and plain rows of a table (by name) or a collection, as the frames show them.

    A collection of one table's records gets that table's columns; a collection of other
    records (search hits, summary rows), the union of their fields. A collection that mixes
    kinds of record is refused, naming them. ``caller`` names the function in messages.
    """
    if what == "facts":  # the per-fact provenance table (untoc.provenance)
        from .provenance import FACT_COLUMNS, facts

        return list(FACT_COLUMNS), facts()
    if isinstance(what, str):
        table: _tables.Table | None = registry().table(what)
        records: Sequence[Any] = table_records(what)
    elif isinstance(what, Sequence):
        records = what
        kinds = sorted({type(r).__name__ for r in records})
        if len(kinds) > 1:
            raise InvalidArgumentError(
                f"{caller} takes records of one kind; this collection mixes {' and '.join(kinds)}"
            )
        table = registry().of(records)
    else:
        raise InvalidTypeError(
            f"{caller} takes a table name or a collection, not {type(what).__name__}"
        )
    if table is not None:
        return [name for name, _ in table.columns], list(table.rows(records))
    rows = _tables.records_rows(records)
    return list(dict.fromkeys(k for row in rows for k in row)), rows


# JSON ---------------------------------------------------------------------------------------


def unstructure(table: _tables.Table, records: Sequence[Any]) -> list[dict[str, Any]]:
    """Records of ``table`` as JSON-ready objects: key first, then fields in model order."""
    conv = converter()
    out = []
    for record in records:
        fields = conv.unstructure(record)
        out.append({table.key: fields.pop(table.key), **fields})
    return out


def dumps(value: object) -> str:
    """JSON text as the data files are written: one-space indent, UTF-8, newline at the end."""
    return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def _answer(value: Any) -> Any:
    """An answer as JSON data: records as the data files write them, at any depth."""
    import attrs

    if attrs.has(type(value)):
        value = converter().unstructure(value)
    if isinstance(value, Mapping):
        return {k: _answer(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_answer(v) for v in value]
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def to_json(table: str | object | None = None) -> str:
    """One table as the text of its data file, the whole record as one JSON object, or answers.

    ``table`` may also be an answer: a record or count (a JSON object) or a collection of them
    (an array), written as the data files write records, so a tool can pass answers on.

    Examples:
        >>> import json
        >>> sessions = json.loads(untoc.to_json("sessions"))
        >>> sessions[-1]["number"], sessions[-1]["start"]
        (12, '2024-10-14')
        >>> json.loads(untoc.to_json(untoc.party_count("convention", as_of="2005-03-04")))["value"]
        100

    """
    import attrs

    if table is not None and not isinstance(table, str):
        if isinstance(table, Sequence) and all(attrs.has(type(item)) for item in table):
            return dumps([_answer(item) for item in table])
        if attrs.has(type(table)):
            return dumps(_answer(table))
        raise InvalidTypeError(
            f"to_json() takes a table name, a record or a collection of records, not "
            f"{type(table).__name__}"
        )
    tables = registry()
    if table is not None:
        found = tables.table(table)
        return dumps(unstructure(found, table_records(found.name)))
    info = _store.get().info
    payload: dict[str, Any] = {
        "manifest": {
            "data_version": info.version,
            "as_of": info.as_of.isoformat(),
            "licence": info.licence,
            "licence_url": info.licence_url,
        }
    }
    for t in tables.tables:
        payload[t.name] = unstructure(t, table_records(t.name))
    return dumps(payload)


def load_json(text: str | bytes, table: str | None = None) -> Any:
    """Records from exported JSON: a table's array (``table=`` its name) or a whole export.

    Returns a [`Records`][untoc.Records] for one table, or a mapping of table name to records.
    Whatever the bundled loader refuses is refused here too, by the same rules (the model's
    validators and the registry's table rules): unknown keys or tables, a key written twice,
    wrong types, bad dates, duplicate records, a session ending before it starts, a reference
    to a record neither the export nor the bundled data holds. Each raises
    [`DataError`][untoc.DataError].
    """
    if not isinstance(text, (str, bytes)):
        raise InvalidTypeError(f"load_json takes JSON text, not {type(text).__name__}")
    tables = registry()
    if table is not None:
        found = tables.table(table)
        rows = _store.loads_strict(found.file, text)
        context = _Export({found.name: rows}, None)
        return _build(found, rows, context)
    payload = _store.loads_strict("<export>", text)
    if type(payload) is not dict:
        raise DataError("<export>", None, "expected a JSON object of tables")
    unknown = [name for name in payload if name != "manifest" and name not in tables]
    if unknown:
        raise DataError("<export>", None, f"unknown table {unknown[0]!r}")
    raw = {name: rows for name, rows in payload.items() if name != "manifest"}
    context = _Export(raw, payload.get("manifest"))
    return {t.name: _build(t, raw[t.name], context) for t in tables.tables if t.name in raw}


def _build(table: _tables.Table, rows: object, context: _Export) -> Records[Any]:
    cls = table.record_class
    return _tables.build(table, rows, lambda row: structure(row, cls), context)


class _Export:
    """What the table rules ask of an export: its own tables first, else the bundled data."""

    def __init__(self, tables: Mapping[str, Any], manifest: object) -> None:
        self.tables = tables
        self.manifest = manifest

    def keys_of(self, name: str) -> Collection[Any]:
        rows = self.tables.get(name)
        if rows is None:
            return _store.get().keys_of(name)
        key = registry()[name].key
        return {row.get(key) for row in rows if type(row) is dict} if type(rows) is list else ()

    def records_of(self, name: str) -> Records[Any]:  # pragma: no cover - no compose here
        raise NotImplementedError("an export is read as stored, without composing")

    def links(
        self, name: str, field: str, target: str, *, skip_malformed: bool = False
    ) -> list[tuple[Any, Any]]:
        raise NotImplementedError("an export is read as stored, without composing")

    @property
    def as_of(self) -> _dt.date | None:
        stated = self.manifest.get("as_of") if isinstance(self.manifest, dict) else None
        if isinstance(stated, str):
            try:
                return _dt.date.fromisoformat(stated)
            except ValueError:
                raise DataError("<export>", None, "manifest.as_of is not a date") from None
        return _store.get().info.as_of


# CSV -----------------------------------------------------------------------------------------


def to_csv(what: str | Sequence[Any]) -> str:
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
        cell = "; ".join(map(str, value))
    elif isinstance(value, _dt.date):
        cell = value.isoformat()
    else:
        cell = str(value)
    if "\x00" in cell:  # Python 3.10's csv cannot write it; refuse it on every Python alike
        raise InvalidArgumentError(
            f"a CSV cell cannot hold the NUL character (U+0000): {cell!r}; to_json can"
        )
    return cell


def export(table: str | None = None, format: str = "json") -> str:
    """``to_json(table)`` or ``to_csv(table)``: for the command line's ``export``."""
    if format == "json":
        return to_json(table)
    if format == "csv":
        if table is None:
            names = ", ".join(registry())
            raise InvalidArgumentError(f"CSV export needs a table name: {names}")
        return to_csv(table)
    raise InvalidArgumentError(f"format must be 'json' or 'csv', not {format!r}")


publish(globals())
