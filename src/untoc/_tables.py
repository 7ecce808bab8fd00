"""The one registry of data tables: file, record class, key and flat columns.

The store reads the files it names, the exports and the JSON Schema follow its order, frames
and CSV use its columns, the SQLite export its keys, and ``tools/build_data.py`` writes the
files it lists. Add a table here and everything else follows.
"""

from __future__ import annotations

import datetime as _dt
import importlib
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from ._keys import choice


@attrs.frozen
class Table:
    """One data table: ``data/<name>.json`` holds a JSON array of ``record`` objects."""

    name: str
    record: str
    """``"module:Class"`` of the record class, imported only when the table is used."""
    key: str
    """The field whose value identifies a record (unique within the table)."""
    columns: tuple[tuple[str, str], ...]
    """``(column, attribute path)`` of the flat form (frames, CSV); ``*`` is an exploded item."""
    row: str
    """What one record is called (``"resolution"``): names key columns in SQLite child tables."""
    explode: str | None = None
    """A tuple field whose items each make one flat row (participants: one row per action)."""
    description: str = ""

    @property
    def file(self) -> str:
        """The data file's name inside ``untoc/data``."""
        return f"{self.name}.json"

    @property
    def record_class(self) -> type:
        """The record class (imported on first use)."""
        module, _, name = self.record.partition(":")
        cls: type = getattr(importlib.import_module(module), name)
        return cls

    def rows(self, records: tuple[Any, ...]) -> Iterator[dict[str, object]]:
        """Each record (or each exploded item) as a flat row of plain values."""
        for record in records:
            items = getattr(record, self.explode) if self.explode else (None,)
            for item in items:
                yield {name: _path(record, item, path) for name, path in self.columns}


def _path(record: object, item: object, path: str) -> object:
    value: object = record
    for part in path.split("."):
        value = item if part == "*" else getattr(value, part)
        if value is None:
            return None
        if callable(value):
            value = value()
    return plain(value)


def plain(value: object) -> object:
    """A flat form of a field value: scalars and dates kept, strings of tuples as lists."""
    if value is None or isinstance(value, (str, int, float, bool, _dt.date)):
        return value
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return list(value)
        return "; ".join(str(v) for v in value)
    return str(value)


def table_of(records: tuple[Any, ...]) -> Table | None:
    """The table whose records these are (by the first record's class), if any."""
    if not records:
        return None
    suffix = f":{type(records[0]).__name__}"
    return next((t for t in TABLES if t.record.endswith(suffix)), None)


def records_rows(records: tuple[Any, ...]) -> list[dict[str, object]]:
    """Flat rows of records that belong to no table (search hits, summary rows): their fields."""
    rows = []
    for record in records:
        if attrs.has(type(record)):
            fields = attrs.fields(type(record))
            rows.append({f.name: plain(getattr(record, f.name)) for f in fields if f.repr})
        else:
            rows.append({"value": str(record)})
    return rows


def _table(name: str, record: str, key: str, columns: str, row: str, **kwargs: Any) -> Table:
    pairs = []
    for column in columns.split():
        label, _, path = column.partition("=")
        pairs.append((label, path or label))
    return Table(name, f"untoc.model.{record}", key, tuple(pairs), row, **kwargs)


TABLES: tuple[Table, ...] = (
    _table(
        "sources",
        "_sources:Source",
        "id",
        "id url title publisher published kind language notes",
        row="source",
        description="Pages and documents facts were read from.",
    ),
    _table(
        "topics",
        "_texts:Topic",
        "slug",
        "slug label description aliases keywords",
        row="topic",
        description="The controlled vocabulary texts are tagged with.",
    ),
    _table(
        "instruments",
        "_parties:Instrument",
        "slug",
        "slug name short_name treaty_number adopted opened_for_signature entry_into_force "
        "aliases sources",
        row="instrument",
        description="The Convention and its three Protocols.",
    ),
    _table(
        "conference",
        "_sessions:Conference",
        "short_name",
        "short_name name meets_every_years secretariat purposes sources",
        row="conference",
        description="The Conference of the Parties itself.",
    ),
    _table(
        "sessions",
        "_sessions:Session",
        "number",
        "number name ordinal start end city venue format president=president.name "
        "president_country=president.country report_symbol sources",
        row="session",
        description="Sessions of the Conference (composed with their texts and figures).",
    ),
    _table(
        "resolutions",
        "_texts:Resolution",
        "id",
        "id label kind session number symbol title heading subject adopted topics "
        "instruments sources",
        row="resolution",
        description="Resolutions and decisions adopted by the sessions.",
    ),
    _table(
        "bodies",
        "_bodies:Body",
        "slug",
        "slug name kind symbol_prefix aliases description sources",
        row="body",
        description="Subsidiary bodies of the Conference and the texts behind them.",
    ),
    _table(
        "meetings",
        "_bodies:Meeting",
        "id",
        "id body kind number number_as_stated title start end when_as_stated city format status "
        "chairs "
        "report_symbol topics reported_to_session sources",
        row="meeting",
        description="Meetings of the subsidiary bodies, dated where a source dates them.",
    ),
    _table(
        "participation",
        "_sessions:ParticipationFigure",
        "id",
        "id session measure value qualifier stated=__str__ status stated_as_record "
        "record_sense sources",
        row="figure",
        description="Participation figures as sources stated them, preferred first.",
    ),
    _table(
        "stated_party_counts",
        "_parties:StatedPartyCount",
        "id",
        "id instrument as_of measure value qualifier session reconciliation sources",
        row="stated_count",
        description="Counts of parties or signatories that sources stated.",
    ),
    _table(
        "events",
        "_events:Event",
        "id",
        "id title start end session place organizers participants sources",
        row="event",
        description="Events at or around sessions.",
    ),
    _table(
        "observances",
        "_events:Observance",
        "id",
        "id name month day first_observed proclaimed_by proclaimed_on sources",
        row="observance",
        description="Days proclaimed by the General Assembly.",
    ),
    _table(
        "statements",
        "_events:Statement",
        "id",
        "id date session speaker role organization kind summary sources",
        row="statement",
        description="Statements quoted by the sources.",
    ),
    _table(
        "participants",
        "_parties:Participant",
        "code",
        "code name instrument=*.instrument signature=*.signature consent=*.consent "
        "consent_kind=*.consent_kind consent_undated=*.consent_undated in_force=*.in_force "
        "sources=*.sources",
        explode="actions",
        row="participant",
        description="Signatories and parties with their actions (one row per instrument).",
    ),
    _table(
        "party_tables",
        "_parties:PartyTable",
        "instrument",
        "instrument complete_through evidence added not_added sources",
        row="party_table",
        description="How far each participant table reaches.",
    ),
)
"""Every table, in the order exports and the manifest list them."""

BY_NAME: Mapping[str, Table] = {t.name: t for t in TABLES}


def table(name: object) -> Table:
    """The table called ``name``; [`NotFoundError`][untoc.NotFoundError] naming the valid ones."""
    return BY_NAME[choice(name, BY_NAME, "table")]
