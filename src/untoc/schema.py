"""A JSON Schema of the data files and of exports, generated from the model's attrs classes.

The schema ships as ``untoc/data/schema.json`` so that a copy of the data (or an export) can
be checked in any language. It is generated, never edited: ``make generate`` writes it and a
test checks that the shipped file equals `json_schema`.
"""

from __future__ import annotations

import datetime as _dt
import types
import typing
from typing import Any

import attrs

from . import _tables
from .model import Titles

__all__ = ["json_schema"]

SCHEMA_ID = "urn:untoc:data-schema"


def _type(tp: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if tp is str:
        return {"type": "string"}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer"}
    if tp is _dt.date:
        return {"type": "string", "format": "date", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}
    if tp is Titles:
        return {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z]{2}$"},
            "additionalProperties": {"type": "string", "minLength": 1, "pattern": r"\S"},
        }
    if origin is typing.Literal:
        return {"enum": list(args)}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_type(a, defs) for a in args]}
    if tp is type(None):
        return {"type": "null"}
    if origin is tuple:
        return {"type": "array", "items": _type(args[0], defs)}
    if attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    raise TypeError(f"no JSON Schema for {tp!r}")


def _define(cls: type, defs: dict[str, Any]) -> None:
    name = cls.__name__
    if name in defs:
        return
    defs[name] = {}  # placeholder against recursion
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if field.metadata.get("composed"):
            continue
        prop = _type(field.type, defs)
        if "ref" in field.metadata:
            prop = {**prop, "description": f"key(s) of the {field.metadata['ref']} table"}
        properties[field.name] = prop
        if field.default is attrs.NOTHING:
            required.append(field.name)
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if cls.__doc__:
        schema["description"] = " ".join(cls.__doc__.split("\n\n")[0].split())
    if required:
        schema["required"] = required
    defs[name] = schema


def json_schema(tables: _tables.Registry = _tables.REGISTRY) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export: one property (an array) per table.

    Examples:
        >>> ", ".join(sorted(untoc.schema.json_schema()["properties"])[:3])
        'announced_sessions, bodies, conference'

    """
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {
        "manifest": {
            "type": "object",
            "properties": {
                "data_version": {"type": "string"},
                "as_of": {"type": "string", "format": "date"},
                "licence": {"type": "string"},
                "licence_url": {"type": "string"},
            },
        }
    }
    for table in tables.tables:
        properties[table.name] = {
            "type": "array",
            "description": table.description,
            "items": _type(table.record_class, defs),
        }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "untoc data",
        "description": "The bundled data of the untoc package: one array of records per table. "
        "A data file data/<table>.json holds the array of that table.",
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }
