"""Per-fact provenance: every stated value, with the sources and the quote behind it.

`facts` flattens the record into one row per stated value and source: table, record, field,
value, source id, the record's quote, the source's date and URL; so that "where does 131 States
come from?" is one query, in frames (``untoc.to_pandas("facts")``), the SQLite export and the
data package alike.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from typing import Any

import attrs

from . import _store

__all__ = ["FACT_COLUMNS", "facts"]

FACT_COLUMNS = (
    "table",
    "record",
    "field",
    "value",
    "source",
    "quote",
    "source_published",
    "source_url",
)
"""The columns of the facts table."""

_SKIPPED = frozenset({"sources", "quote", "quotes", "notes", "discrepancies", "other_sources"})
"""Fields that say where a value comes from rather than state one."""


def facts() -> list[dict[str, Any]]:
    """Every stated value with each source of the record that states it (one row per pair).

    Nested records (a participant's actions, a session's stated counts) are walked with their
    path (``actions[2].consent``) and cite their own sources and quote where they have them,
    else their parent's. Values built at load (``composed``, ``derived``) are not stated and
    are left out.
    """
    sources = _store.get().table("sources").by_key
    rows: list[dict[str, Any]] = []
    store = _store.get()
    for table in store.registry.tables:
        if table.name == "sources":
            continue
        for record in store.table(table.name).records:
            key = str(getattr(record, table.key))
            for field, value, cited, quote in _stated(record, "", (), None):
                for source_id in cited:
                    source = sources.get(source_id)
                    rows.append(
                        {
                            "table": table.name,
                            "record": key,
                            "field": field,
                            "value": value,
                            "source": source_id,
                            "quote": quote,
                            "source_published": source.published.isoformat()
                            if source is not None and source.published
                            else None,
                            "source_url": source.url if source is not None else None,
                        }
                    )
    return rows


def _stated(
    record: Any, prefix: str, sources: tuple[str, ...], quote: str | None
) -> Iterator[tuple[str, str, tuple[str, ...], str | None]]:
    own = getattr(record, "sources", None)
    cited = own if isinstance(own, tuple) and own else sources
    said = getattr(record, "quote", None) or quote
    for field in attrs.fields(type(record)):
        if field.metadata.get("composed") or field.name in _SKIPPED:
            continue
        value = getattr(record, field.name)
        path = f"{prefix}{field.name}"
        if value is None or value == () or value == "":
            continue
        if attrs.has(type(value)):
            yield from _stated(value, f"{path}.", cited, said)
        elif isinstance(value, tuple) and attrs.has(type(value[0])):
            for position, item in enumerate(value):
                yield from _stated(item, f"{path}[{position}].", cited, said)
        else:
            yield path, _text(value), cited, said


def _text(value: object) -> str:
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, tuple):
        return "; ".join(map(str, value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if hasattr(value, "items"):
        return "; ".join(f"{k}: {v}" for k, v in value.items())  # titles by language
    return str(value)
