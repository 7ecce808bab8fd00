"""A JSON Schema of the data files, generated from the model's attrs classes.

The schema ships as ``untoc/data/schema.json`` so that a copy of the data (or an export) can be
validated in any language. It is generated, never hand-edited: ``tools/gen_docs.py`` writes it
and a test checks that the shipped file matches the model.
"""

from __future__ import annotations

import datetime as _dt
import types
import typing
from typing import Any

import attrs

from ._store import TABLES
from .model import Titles

__all__ = ["json_schema"]

SCHEMA_ID = "https://untoc.invalid/schema/data.json"
_COMPOSED = {"Session": {"resolutions", "participation", "party_counts"}, "Action": {"in_force"}}


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
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if tp is Titles:
        return {
            "type": "object",
            "propertyNames": {"pattern": "^[a-z]{2}$"},
            "additionalProperties": {"type": "string", "minLength": 1},
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
    hints = typing.get_type_hints(cls)
    skip = _COMPOSED.get(name, set())
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        if field.name in skip:
            continue
        properties[field.name] = _type(hints[field.name], defs)
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


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export / of the data files, one property per table.

    >>> ", ".join(sorted(untoc.json_schema()["properties"])[:3])
    'conference, events, instruments'
    """
    defs: dict[str, Any] = {}
    properties: dict[str, Any] = {
        "manifest": {
            "type": "object",
            "properties": {
                "data_version": {"type": "string"},
                "as_of": {"type": "string", "format": "date"},
            },
        }
    }
    for name, cls in TABLES.items():
        properties[name] = {"type": "array", "items": _type(cls, defs)}
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
