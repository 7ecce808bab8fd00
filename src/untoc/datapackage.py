"""The record as data the field can reuse: a data package, a codebook, Datasette metadata.

All three are generated from the table registry (per-fact provenance is `untoc.provenance`).

* `to_datapackage` writes ``datapackage.json`` (Table Schema per resource, primary and foreign
  keys, licence, sources, version, created) and one CSV per table plus ``facts.csv``.
* `datasette_metadata` gives the ``metadata.json`` Datasette shows beside the SQLite export:
  title, description, licence, source, and per-table and per-column descriptions read from the
  model's docstrings; `codebook` the same descriptions as Markdown (``docs/codebook.md``).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs

from . import _store, _tables
from ._public import publish
from .errors import InvalidTypeError, OutputError
from .exports import atomically, registry, table_rows, to_csv, write_text
from .provenance import FACT_COLUMNS, facts

__all__ = ["codebook", "datasette_metadata", "to_datapackage"]

TITLE = "untoc: the UN Convention against Transnational Organized Crime and its Conference"


# The data package ----------------------------------------------------------------------------


def _field_type(values: Sequence[object]) -> str:
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, bool) for v in present):
        return "boolean"
    if present and all(type(v) is int for v in present):
        return "integer"
    if present and all(isinstance(v, _dt.date) for v in present):
        return "date"
    return "string"


def _column_refs(table: _tables.Table) -> dict[str, str]:
    """Columns whose values are keys of another table (single keys only: foreign keys)."""
    cls = table.record_class
    out: dict[str, str] = {}
    for label, path in table.columns:
        owner: Any = cls
        parts = path.split(".")
        if parts[0] == "*" and table.explode:
            item = attrs.fields_dict(cls)[table.explode].type
            owner, parts = _tuple_item(item), parts[1:]
        if len(parts) != 1 or not attrs.has(owner):
            continue
        field = attrs.fields_dict(owner).get(parts[0])
        if field is not None and "ref" in field.metadata and not _is_tuple(field.type):
            out[label] = field.metadata["ref"]
    return out


def _tuple_item(tp: Any) -> Any:
    import typing

    return typing.get_args(tp)[0]


def _is_tuple(tp: Any) -> bool:
    import typing

    return typing.get_origin(tp) is tuple


def _schema(table: _tables.Table, columns: list[str], rows: list[dict[str, Any]]) -> dict[str, Any]:
    descriptions = column_descriptions(table)
    fields = []
    for column in columns:
        field: dict[str, Any] = {
            "name": column,
            "type": _field_type([row.get(column) for row in rows]),
        }
        if descriptions.get(column):
            field["description"] = descriptions[column]
        fields.append(field)
    key = [table.key, *(["instrument"] if table.explode == "actions" else [])]
    schema: dict[str, Any] = {"fields": fields, "primaryKey": key, "missingValues": [""]}
    foreign = []
    for column, target in _column_refs(table).items():
        target_table = registry()[target]
        foreign.append(
            {
                "fields": [column],
                "reference": {"resource": target_table.name, "fields": [target_table.key]},
            }
        )
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def _licence() -> dict[str, str]:
    info = _store.get().info
    return {
        "name": info.licence,
        "path": info.licence_url,
        "title": "Creative Commons Attribution 4.0 International"
        if info.licence == "CC-BY-4.0"
        else info.licence,
    }


def descriptor() -> dict[str, Any]:
    """The ``datapackage.json`` of the record: a resource per table and the facts table."""
    info = _store.get().info
    resources = []
    for table in registry().tables:
        columns, rows = table_rows(table.name, "to_datapackage")
        resources.append(
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "title": table.name.replace("_", " "),
                "description": table.description,
                "schema": _schema(table, columns, rows),
            }
        )
    resources.append(
        {
            "name": "facts",
            "path": "facts.csv",
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "title": "facts",
            "description": "Every stated value with each source of the record that states it.",
            "schema": {
                "fields": [
                    {"name": c, "type": "date" if c == "source_published" else "string"}
                    for c in FACT_COLUMNS
                ],
                "missingValues": [""],
                "foreignKeys": [
                    {"fields": ["source"], "reference": {"resource": "sources", "fields": ["id"]}}
                ],
            },
        }
    )
    return {
        "profile": "tabular-data-package",
        "name": "untoc",
        "title": TITLE,
        "description": info.description,
        "version": info.version,
        "created": f"{info.as_of.isoformat()}T00:00:00Z",
        "licenses": [_licence()],
        "sources": [
            {
                "title": "Stored public pages, each cited by the records (the sources resource)",
                "path": "sources.csv",
            }
        ],
        "keywords": ["UNTOC", "Palermo Convention", "Conference of the Parties", "UNODC"],
        "resources": resources,
    }


def _facts_csv() -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(FACT_COLUMNS), lineterminator="\n")
    writer.writeheader()
    for row in facts():
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def to_datapackage(folder: str | Path) -> Path:
    """Write the record as a Frictionless Data Package into ``folder`` (created if needed).

    One CSV per table (the columns of `untoc.to_csv`) and ``facts.csv``, described by
    ``datapackage.json`` with types, keys, the licence, the sources and the data version; the
    licence's text is copied beside them as ``LICENSE-DATA``. Every file is written atomically.
    Returns the path of ``datapackage.json``.

    Examples:
        >>> import json, tempfile
        >>> path = untoc.datapackage.to_datapackage(tempfile.mkdtemp())
        >>> json.loads(path.read_text())["licenses"][0]["name"]
        'CC-BY-4.0'

    """
    if isinstance(folder, bool) or not isinstance(folder, (str, Path)):
        raise InvalidTypeError(f"folder must be a str or a path, not {type(folder).__name__}")
    if not str(folder).strip() or "\0" in str(folder):
        raise OutputError(folder, "not a folder name")
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(target, error.strerror or str(error)) from None
    for table in registry().tables:
        write_text(target / f"{table.name}.csv", to_csv(table.name))
    write_text(target / "facts.csv", _facts_csv())
    write_text(target / "LICENSE-DATA", licence_text())
    path = target / "datapackage.json"
    with atomically(path) as temporary:
        temporary.write_text(json.dumps(descriptor(), ensure_ascii=False, indent=1) + "\n", "utf-8")
    return path


def licence_text() -> str:
    """The data licence's text as shipped (``untoc/LICENSE-DATA``, else the project's)."""
    from importlib.metadata import PackageNotFoundError, distribution

    here = Path(__file__).parent
    for candidate in (here / "LICENSE-DATA", here.parent.parent / "LICENSE-DATA"):
        if candidate.is_file():
            return candidate.read_text("utf-8")
    try:
        files = distribution("untoc").files or ()
    except PackageNotFoundError:  # pragma: no cover - neither installed nor a source tree
        files = ()
    for file in files:
        if file.name == "LICENSE-DATA":
            return file.read_text()
    info = _store.get().info
    return f"The untoc data is licensed under {info.licence}: {info.licence_url}\n"


# Descriptions from the model ------------------------------------------------------------------

_ATTRIBUTE = re.compile(r"^ {4}(\w+): (.*)$")


def attribute_docs(cls: type) -> dict[str, str]:
    """The ``Attributes:`` section of a record class's docstring, field by field.

    Read from the cleaned docstring, so that it is the same on every Python (3.13 strips the
    indentation of docstrings when it compiles them).
    """
    import inspect

    docs: dict[str, str] = {}
    current = None
    inside = False
    for line in inspect.cleandoc(cls.__doc__ or "").splitlines():
        if line.strip() == "Attributes:":
            inside = True
            continue
        if not inside:
            continue
        match = _ATTRIBUTE.match(line)
        if match:
            current = match[1]
            docs[current] = match[2].strip()
        elif line.startswith(" " * 8) and current:
            docs[current] += " " + line.strip()
        elif line.strip() and not line.startswith(" " * 4):
            break
    return {k: v.replace("``", "") for k, v in docs.items()}


def column_descriptions(table: _tables.Table) -> dict[str, str]:
    """A description per flat column, from the docstrings of the fields it reads."""
    cls = table.record_class
    own = attribute_docs(cls)
    item_docs: dict[str, str] = {}
    if table.explode:
        item_docs = attribute_docs(_tuple_item(attrs.fields_dict(cls)[table.explode].type))
    out = {}
    for label, path in table.columns:
        first, _, rest = path.partition(".")
        if first == "*":
            out[label] = item_docs.get(rest, "")
        elif rest:
            out[label] = f"{own.get(first, first)} ({rest})"
        elif first == "__str__":
            out[label] = "The record as a person reads it (its str())."
        else:
            doc = getattr(getattr(cls, first, None), "__doc__", None)
            prop = doc if isinstance(getattr(cls, first, None), property) else None
            out[label] = own.get(first) or (prop or "").split("\n")[0].strip()
    return out


def datasette_metadata() -> dict[str, Any]:
    """Datasette's ``metadata.json`` for the SQLite export: what the database and tables are."""
    info = _store.get().info
    tables: dict[str, Any] = {
        "meta": {"description": "The data version, as-of date and licence of this database."}
    }
    for table in registry().tables:
        cls = table.record_class
        docs = attribute_docs(cls)
        columns = {
            name: text
            for name, text in docs.items()
            if name in attrs.fields_dict(cls)
            and not attrs.fields_dict(cls)[name].metadata.get("composed")
        }
        tables[table.name] = {"description": table.description, "columns": columns}
    tables["facts"] = {
        "description": "Every stated value with each source of the record that states it.",
        "columns": {
            "table": "The table holding the record.",
            "record": "The record's key.",
            "field": "The field, with its path inside the record (actions[2].consent).",
            "value": "The value as text.",
            "source": "Id of a source the record cites (a key of the sources table).",
            "quote": "The sentence of the record's sources that shows it.",
            "source_published": "The source's publication date, where it states one.",
            "source_url": "Where the source was read.",
        },
    }
    return {
        "title": TITLE,
        "description": f"{info.description} Data {info.version}, as of {info.as_of.isoformat()}.",
        "license": _licence()["title"],
        "license_url": info.licence_url,
        "source": "Stored public pages of the UN, UNODC and others, each cited by its records",
        "databases": {"untoc": {"tables": tables}},
    }


def codebook() -> str:
    """``docs/codebook.md``: every table, column, type, meaning and an example, as Markdown."""
    info = _store.get().info
    lines = [
        "# Codebook",
        "",
        f"Generated from the table registry and the model (data {info.version}, as of "
        f"{info.as_of.isoformat()}): `python tools/gen_codebook.py` writes this page, and a test",
        "fails when it is out of date. Each table is a CSV of the data package and a table of the",
        "SQLite export; a row per record (participants: one row per instrument).",
        "",
    ]
    for table in registry().tables:
        columns, rows = table_rows(table.name, "codebook")
        descriptions = column_descriptions(table)
        lines += [
            f"## {table.name}",
            "",
            f"{table.description} {len(rows)} rows; key: `{table.key}`.",
            "",
            "| column | type | meaning | example |",
            "|---|---|---|---|",
        ]
        for column in columns:
            values = [row.get(column) for row in rows]
            example = next((v for v in values if v not in (None, [], "")), None)
            shown = "; ".join(map(str, example)) if isinstance(example, list) else example
            text = str(shown if shown is not None else "")
            if len(text) > 60:
                text = text[:57] + "..."
            meaning = descriptions.get(column, "").replace("|", "\\|")
            lines.append(
                f"| `{column}` | {_field_type(values)} | {meaning} | "
                f"{text.replace('|', '/') or '–'} |"
            )
        lines.append("")
    lines += [
        "## facts",
        "",
        "Every stated value with each source of the record that states it "
        '(`untoc.to_pandas("facts")`, the `facts` table of the SQLite export, `facts.csv` of '
        "the data package).",
        "",
        "| column | meaning |",
        "|---|---|",
        *(
            f"| `{c}` | {d} |"
            for c, d in datasette_metadata()["databases"]["untoc"]["tables"]["facts"][
                "columns"
            ].items()
        ),
        "",
    ]
    return "\n".join(lines)


publish(globals())
