"""The whole record as one SQLite database with primary and foreign keys.

Each table of the record becomes an SQL table of its scalar fields (a reference becomes a
foreign key); a list of references becomes a link table (``resolutions_topics``, ``..._sources``),
a list of values or of nested records a child table keyed by its parent and position
(``sessions_texts_adopted``, ``participants_actions``), titles a ``..._titles`` table. The
shape is derived from the model, so it follows every change. Open the file in Datasette or any
SQL tool; the ``meta`` table says which data version it holds.
"""

from __future__ import annotations

import datetime as _dt
import os
import sqlite3
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from . import _store, _tables
from ._public import publish
from .errors import InvalidTypeError, OutputError
from .exports import atomically, registry, table_records, target_path
from .model import Titles

__all__ = ["to_sqlite"]

_SQL_TYPES = {str: "TEXT", int: "INTEGER", bool: "INTEGER", _dt.date: "TEXT"}


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """``(type, nullable)`` of an annotation, Literals read as their values' type."""
    args = typing.get_args(tp)
    nullable = False
    if typing.get_origin(tp) in (typing.Union, types.UnionType) and type(None) in args:
        (tp,) = [a for a in args if a is not type(None)]
        nullable = True
    if typing.get_origin(tp) is typing.Literal:
        tp = type(typing.get_args(tp)[0])
    return tp, nullable


def _singular(name: str) -> str:
    if name.endswith("ies"):
        return name[:-3] + "y"
    return name[:-1] if name.endswith("s") else name


@attrs.define
class _SqlTable:
    name: str
    columns: dict[str, str] = attrs.Factory(dict)
    primary: list[str] = attrs.Factory(list)
    foreign: list[tuple[str, str, str]] = attrs.Factory(list)
    rows: list[dict[str, object]] = attrs.Factory(list)

    def ddl(self) -> str:
        parts = [f'"{c}" {t}' for c, t in self.columns.items()]
        if self.primary:
            parts.append(f"PRIMARY KEY ({', '.join(map(_quote, self.primary))})")
        parts += [f'FOREIGN KEY ("{c}") REFERENCES "{t}" ("{k}")' for c, t, k in self.foreign]
        return f'CREATE TABLE "{self.name}" (\n  ' + ",\n  ".join(parts) + "\n)"


def _quote(name: str) -> str:
    return f'"{name}"'


class _Writer:
    """Builds the SQL tables and their rows from the records, walking the model's fields."""

    def __init__(self, tables: _tables.Registry) -> None:
        self.registry = tables
        self.tables: dict[str, _SqlTable] = {}

    def table(self, name: str, keys: dict[str, str]) -> _SqlTable:
        table = self.tables.get(name)
        if table is None:
            table = _SqlTable(name, dict(keys), list(keys))
            self.tables[name] = table
        return table

    def fields(self, cls: type) -> list[tuple[Any, Any]]:
        """The fields written: stored ones, and derived scalars (``in_force``), with types."""
        out = []
        for field in attrs.fields(cls):
            if field.metadata.get("composed") and _unwrap(field.type)[0] not in _SQL_TYPES:
                continue
            out.append((field, field.type))
        return out

    def add(
        self, name: str, record: Any, keys: dict[str, object], key_types: dict[str, str]
    ) -> None:
        """One record (with its children) into SQL table ``name``; ``keys`` identify it."""
        table = self.table(name, key_types)
        row: dict[str, object] = dict(keys)
        child_keys = dict(keys)
        child_types = dict(key_types)
        top = self.registry.get(name)
        if top is not None:  # children know a record by "<row>_<key>": resolution_id
            child_keys = {f"{top.row}_{k}": v for k, v in keys.items()}
            child_types = {f"{top.row}_{k}": v for k, v in key_types.items()}
        if "position" in keys:  # a child's children know it by its position
            mark = f"{_singular(name.rsplit('__', 1)[-1].split('_', 1)[-1])}_position"
            child_keys[mark] = child_keys.pop("position")
            child_types[mark] = child_types.pop("position")
        for field, annotation in self.fields(type(record)):
            value = getattr(record, field.name)
            tp, _ = _unwrap(annotation)
            ref = field.metadata.get("ref")
            if tp in _SQL_TYPES and field.name in keys:
                continue
            if tp in _SQL_TYPES:
                table.columns.setdefault(field.name, _SQL_TYPES[tp])
                row[field.name] = _sql(value)
                if ref:
                    target = self.registry[ref]
                    _foreign(table, field.name, ref, target.key)
            elif tp is Titles:
                titles = self.table(f"{name}_titles", {**child_types, "language": "TEXT"})
                titles.columns.setdefault("title", "TEXT")
                for language, title in value.items():
                    titles.rows.append({**child_keys, "language": language, "title": title})
            elif typing.get_origin(tp) is tuple:
                item = typing.get_args(tp)[0]
                child = f"{name}_{field.name}"
                types_ = {**child_types, "position": "INTEGER"}
                if attrs.has(item):
                    for position, value_ in enumerate(value):
                        self.add(child, value_, {**child_keys, "position": position}, types_)
                    continue
                sub = self.table(child, types_)
                column = "value"
                if ref:
                    target = self.registry[ref]
                    column = f"{target.row}_{target.key}"
                    _foreign(sub, column, ref, target.key)
                sub.columns.setdefault(column, "TEXT")
                for position, item_ in enumerate(value):
                    sub.rows.append({**child_keys, "position": position, column: item_})
            elif attrs.has(tp):  # a single nested record: its scalar fields inline
                for inner, inner_type in self.fields(tp):
                    itp, _ = _unwrap(inner_type)
                    if itp in _SQL_TYPES:
                        column = f"{field.name}_{inner.name}"
                        table.columns.setdefault(column, _SQL_TYPES[itp])
                        row[column] = None if value is None else _sql(getattr(value, inner.name))
            else:
                raise InvalidTypeError(f"no SQLite shape for {name}.{field.name}")
        table.rows.append(row)


def _foreign(table: _SqlTable, column: str, target: str, key: str) -> None:
    entry = (column, target, key)
    if entry not in table.foreign:
        table.foreign.append(entry)


def _sql(value: object) -> object:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def to_sqlite(path: str | os.PathLike[str]) -> None:
    """Write the whole record to an SQLite database at ``path`` (replacing any file there).

    The file is written beside ``path`` first and renamed over it once complete, so a failure
    (a full disk, a bad path: [`OutputError`][untoc.OutputError]) leaves what was there.

    Examples:
        >>> import contextlib, sqlite3, tempfile, pathlib
        >>> file = pathlib.Path(tempfile.mkdtemp()) / "untoc.sqlite"
        >>> untoc.to_sqlite(file)
        >>> sql = '''SELECT count(*) FROM resolutions_topics WHERE topic_slug = 'firearms' '''
        >>> with contextlib.closing(sqlite3.connect(file)) as db:
        ...     firearms = db.execute(sql).fetchone()[0]
        >>> firearms == len(untoc.resolutions_by_topic("firearms"))
        True

    """
    target = target_path(path)
    tables = registry()
    writer = _Writer(tables)
    for table in tables.tables:
        records = table_records(table.name)
        key_type = attrs.fields_dict(table.record_class)[table.key].type
        key_sql = _SQL_TYPES[_unwrap(key_type)[0]]
        writer.table(table.name, {table.key: key_sql})
        for record in records:
            key = {table.key: _sql(getattr(record, table.key))}
            writer.add(table.name, record, key, {table.key: key_sql})
    from .provenance import FACT_COLUMNS, facts

    provenance = _SqlTable("facts", dict.fromkeys(FACT_COLUMNS, "TEXT"), [])
    provenance.foreign.append(("source", "sources", "id"))
    provenance.rows = facts()
    writer.tables["facts"] = provenance
    info = _store.get().info
    with atomically(target) as temporary:
        temporary.unlink()  # sqlite3 makes the file itself
        try:
            _write(temporary, writer, info)
        except sqlite3.Error as error:  # a full disk, an unwritable folder
            raise OutputError(target, str(error)) from None


def _write(file: Path, writer: _Writer, info: Any) -> None:
    """The tables and rows into a new database at ``file``, with the data's version."""
    connection = sqlite3.connect(file)
    try:
        connection.execute("PRAGMA foreign_keys = ON")
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("data_version", info.version),
                ("as_of", info.as_of.isoformat()),
                ("licence", info.licence),
                ("licence_url", info.licence_url),
            ],
        )
        for sql in writer.tables.values():
            connection.execute(sql.ddl())
        for sql in writer.tables.values():
            columns = list(sql.columns)
            placeholders = ", ".join("?" for _ in columns)
            connection.executemany(
                f'INSERT INTO "{sql.name}" ({", ".join(map(_quote, columns))}) '
                f"VALUES ({placeholders})",
                [[row.get(c) for c in columns] for row in sql.rows],
            )
        connection.commit()
    finally:
        connection.close()


publish(globals())
