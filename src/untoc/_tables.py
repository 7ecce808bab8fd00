"""The registry: every table of the record declared once, and what makes a table valid.

A `Table` says everything the rest of untoc needs about a table: its file, its record class,
its key, the names its records are found by, the fields it is grouped by, its table-level rules
(unique keys, unique combinations, checks that span records or tables), the step that composes
its records with other tables at load, its flat columns (frames, CSV) and what one record is
called (SQLite child tables). The store loads every table with one generic loader driven by
these declarations; `build` is the one definition of a valid table, shared by the store and
`untoc.load_json`; JSON, CSV, frames, SQLite, the JSON Schema, the command line and
``tools/build_data.py`` all read `REGISTRY`. Add a table here, with its record class and its
data file, and everything else follows (see ``docs/architecture.md``).
"""

from __future__ import annotations

import datetime as _dt
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import attrs

from . import _sync
from ._codec import Complete, Invalid
from ._keys import choice
from .errors import DataError
from .model._base import Records

if TYPE_CHECKING:
    from .model import Resolution, Session


class Context(Protocol):
    """What table rules and compose steps may ask of whoever loads a table."""

    def keys_of(self, name: str) -> Collection[Any]:
        """The keys of table ``name`` (to check a reference without loading that table)."""

    def records_of(self, name: str) -> Records[Any]:
        """The loaded, composed records of table ``name``."""

    def links(
        self, name: str, field: str, target: str, *, skip_malformed: bool = False
    ) -> list[tuple[Any, Any]]:
        """``(key, target key)`` for every ``record.field[*].target`` of table ``name``."""

    @property
    def as_of(self) -> _dt.date | None:
        """The data's as-of date, where known."""


Check = Callable[["Table", Records[Any], Context], None]
"""A table-level rule: raises `DataError` for the first record that breaks it."""
Compose = Callable[[Context], Mapping[type, Complete]]
"""A step that completes the records of a table with what other tables hold: given those
tables, for each class of record inside (nested ones too), a function that adds the composed
fields to a record's arguments before it is built, so that each record is built once."""


@attrs.frozen
class Table:
    """One data table: ``data/<name>.json`` holds a JSON array of ``record`` objects."""

    name: str
    record: type | str
    """The record class, or ``"module:Class"`` imported on first use (see `record_class`)."""
    key: str
    """The field whose value identifies a record (unique within the table)."""
    row: str
    """What one record is called (``"resolution"``): names key columns in SQLite child tables."""
    description: str
    columns: tuple[tuple[str, str], ...]
    """``(column, attribute path)`` of the flat form (frames, CSV); ``*`` is an exploded item."""
    explode: str | None = None
    """A tuple field whose items each make one flat row (participants: one row per action)."""
    names: Callable[[Any], Iterable[str]] | None = None
    """The names a record is found by, besides its key (``participant("Italy")``)."""
    noun: str = ""
    """What a record is called in messages ("instrument"); the row name by default."""
    groups: tuple[str, ...] = ()
    """Fields the loaded table is grouped by on first use (``table.by("session")``)."""
    unique: tuple[tuple[tuple[str, ...], str, str], ...] = ()
    """``(fields, what, shown)``: no two records share these values (``None`` values excepted);
    a message calls the combination ``what`` and shows the record's ``shown`` attribute."""
    checks: tuple[Check, ...] = ()
    """Rules over the whole table (or across tables), run after every record is built."""
    compose: Compose | None = None
    """Completes the records with other tables at load (their ``composed`` fields), as each
    record is built (see `Compose`)."""
    exactly: int | None = None
    """The number of records the table must hold, where fixed (the Conference: one)."""

    @property
    def file(self) -> str:
        """The data file's name inside ``untoc/data``."""
        return f"{self.name}.json"

    @property
    def record_class(self) -> type:
        """The record class (its module imported on first use, under the package lock).

        The bundled tables name their classes lazily so that a query about texts never pays
        for creating the classes of the participant tables (about 20 ms of a first answer).
        """
        if isinstance(self.record, type):
            return self.record
        module, _, name = self.record.partition(":")
        cls: type = getattr(_sync.module(module), name)
        return cls

    @property
    def what(self) -> str:
        """The noun messages use for one record."""
        return self.noun or self.row.replace("_", " ")

    def rows(self, records: Sequence[Any]) -> Iterator[dict[str, object]]:
        """Each record (or each exploded item) as a flat row of plain values."""
        for record in records:
            items = getattr(record, self.explode) if self.explode else (None,)
            for item in items:
                yield {name: _path(record, item, path) for name, path in self.columns}


class Registry(Mapping[str, Table]):
    """The tables of the record, in the order exports and the manifest list them."""

    __slots__ = ("_by_name", "tables")

    def __init__(self, tables: Iterable[Table]) -> None:
        self.tables = tuple(tables)
        self._by_name = {t.name: t for t in self.tables}
        if len(self._by_name) != len(self.tables):
            raise ValueError("two tables share a name")

    def __getitem__(self, name: str) -> Table:
        return self._by_name[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._by_name)

    def __len__(self) -> int:
        return len(self.tables)

    def table(self, name: object) -> Table:
        """The table called ``name``; `NotFoundError` naming the valid ones."""
        return self._by_name[choice(name, self._by_name, "table")]

    def of(self, records: Sequence[Any]) -> Table | None:
        """The table whose records these are (by the first record's class), if any."""
        if not records:
            return None
        cls = type(records[0])
        name = f":{cls.__name__}"
        for table in self.tables:
            if table.record is cls or (
                isinstance(table.record, str) and table.record.endswith(name)
            ):
                return table if table.record_class is cls else None
        return None

    def extended(self, *tables: Table) -> Registry:
        """This registry with more tables (a test's throwaway table, a downstream tool's)."""
        return Registry((*self.tables, *tables))


# The flat form ------------------------------------------------------------------------------


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


def records_rows(records: Sequence[Any]) -> list[dict[str, object]]:
    """Flat rows of records that belong to no table (search hits, summary rows): their fields."""
    rows = []
    for record in records:
        if attrs.has(type(record)):
            fields = attrs.fields(type(record))
            rows.append({f.name: plain(getattr(record, f.name)) for f in fields if f.repr})
        else:
            rows.append({"value": str(record)})
    return rows


# What makes a table valid ---------------------------------------------------------------------


def build(
    table: Table,
    rows: object,
    decode: Callable[[Any], Any],
    context: Context,
    *,
    references_checked: bool = False,
) -> Records[Any]:
    """The records of ``table`` from its parsed JSON, or a `DataError` saying what is wrong.

    The one definition of a valid table, whoever reads it: each row becomes a record through
    ``decode`` (the record's own validators run there), keys are unique, the table's unique
    combinations, size and checks hold, and every reference, at any depth, names a record the
    target table holds. ``references_checked`` skips that last walk for files whose digests
    prove they are the ones ``make data`` checked as a whole (the bundled data).
    """
    if type(rows) is not list:
        raise DataError(table.file, None, "expected a JSON array of records")
    records = []
    seen: set[object] = set()
    for position, row in enumerate(rows):
        try:
            record = decode(row)
        except Invalid as error:
            raise DataError(table.file, row_id(row, table.key, position), str(error)) from None
        key = getattr(record, table.key)
        if key in seen:
            raise DataError(table.file, repr(key), f"duplicate {table.key} {key!r}")
        seen.add(key)
        records.append(record)
    out = Records(records)
    if table.exactly is not None and len(out) != table.exactly:
        raise DataError(table.file, None, f"expected exactly {table.exactly} record(s)")
    for fields, what, shown in table.unique:
        _check_unique(table, out, fields, what, shown)
    if not references_checked:
        check_references(table, out, context.keys_of)
    for check in table.checks:
        check(table, out, context)
    return out


def _check_unique(
    table: Table, records: Records[Any], fields: tuple[str, ...], what: str, shown: str
) -> None:
    seen: set[tuple[object, ...]] = set()
    for record in records:
        values = tuple(getattr(record, f) for f in fields)
        if None in values:
            continue
        if values in seen:
            raise _problem(table, record, f"duplicate {what} {getattr(record, shown)}")
        seen.add(values)


def check_references(
    table: Table, records: Iterable[Any], keys_of: Callable[[str], Collection[Any]]
) -> None:
    """Every reference inside ``records``, at any depth, names a record that exists."""
    known: dict[str, Collection[Any]] = {}
    for record in records:
        for target, key, path in references(record):
            keys = known.get(target)
            if keys is None:
                keys = known[target] = keys_of(target)
            if key not in keys:
                raise DataError(
                    table.file,
                    repr(getattr(record, table.key)),
                    f"{path}: no {target} record {key!r}",
                )


def references(record: object, prefix: str = "") -> Iterator[tuple[str, Any, str]]:
    """``(table, key, path)`` for every reference inside ``record``, at any depth."""
    refs, others = _plan(type(record))
    for field, target in refs:
        value = getattr(record, field)
        if isinstance(value, tuple):
            for item in value:
                yield target, item, f"{prefix}{field}"
        elif value is not None:
            yield target, value, f"{prefix}{field}"
    for field in others:
        value = getattr(record, field)
        if isinstance(value, tuple):
            if value and attrs.has(type(value[0])):
                for position, item in enumerate(value):
                    yield from references(item, f"{prefix}{field}[{position}].")
        elif attrs.has(type(value)):
            yield from references(value, f"{prefix}{field}.")


_PLANS: dict[type, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {}


def _plan(cls: type) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The fields of ``cls`` that are references (with their table), and the other stored ones."""
    plan = _PLANS.get(cls)
    if plan is None:
        stored = [f for f in attrs.fields(cls) if not f.metadata.get("composed")]
        plan = (
            tuple((f.name, f.metadata["ref"]) for f in stored if "ref" in f.metadata),
            tuple(f.name for f in stored if "ref" not in f.metadata and _nested(f.type)),
        )
        _PLANS[cls] = plan
    return plan


def forget() -> None:
    """Drop the reference plans worked out per class (``_store.reset``)."""
    _PLANS.clear()


def _nested(tp: Any) -> bool:
    """Whether a field of annotation ``tp`` can hold records (which may hold references).

    An annotation left as a string (a class defined with postponed annotations) may.
    """
    import typing

    if isinstance(tp, str):
        return True
    return any(
        _nested(a) if isinstance(a, str) else attrs.has(a)
        for a in (tp, *typing.get_args(tp))
        if isinstance(a, (type, str))
    )


def row_id(row: object, key: str, position: int) -> str:
    """How a message names a row: ``repr`` of its key (cut to 80 characters), else ``#N``."""
    if isinstance(row, dict) and type(row.get(key)) in (str, int):
        return repr(row[key])[:80]
    return f"#{position}"


def _problem(table: Table, record: Any, message: str) -> DataError:
    return DataError(table.file, repr(getattr(record, table.key)), message)


# The rules and compose steps of the bundled tables --------------------------------------------


def _sessions_in_time(table: Table, records: Records[Session], context: Context) -> None:
    """Sessions in number order meet in date order, none after the data's as-of date."""
    previous = None
    for session in sorted(records, key=lambda s: s.number):
        if previous is not None and session.start <= previous.end:
            raise _problem(
                table, session, f"starts on or before the last day of session {previous.number}"
            )
        if context.as_of is not None and session.start > context.as_of:
            raise _problem(table, session, f"start {session.start} after the data's as-of date")
        previous = session


def _announced_not_held(table: Table, records: Records[Any], context: Context) -> None:
    """An announced session is one no source reports as held: it comes after every session."""
    held = context.keys_of("sessions")
    for announced in records:
        if announced.number <= max(held, default=0):
            raise _problem(
                table, announced, f"session {announced.number} is not after the sessions held"
            )


def _one_per_instrument(table: Table, records: Records[Any], context: Context) -> None:
    if {r.instrument for r in records} != set(context.keys_of("instruments")):
        raise DataError(table.file, None, "expected one table per instrument")


def _texts_with_bodies(context: Context) -> Mapping[type, Complete]:
    """Each text with the bodies it set up or instructed and the later texts that name it.

    The bodies are read from the bodies' links, the later texts from their ``recalls``.
    """
    from .model import Resolution

    concerned: dict[str, list[str]] = defaultdict(list)
    for slug, text in context.links("bodies", "texts", "resolution"):
        if text is not None and slug not in concerned[text]:
            concerned[text].append(slug)
    named: dict[str, list[str]] = defaultdict(list)
    for later, text in context.links("resolutions", "recalls", "text", skip_malformed=True):
        if later not in named[text]:
            named[text].append(later)

    def complete(text: dict[str, Any]) -> None:
        key = text.get("id")
        if type(key) is not str:
            return  # the record's validators say what is wrong
        if key in concerned:
            text["bodies"] = tuple(concerned[key])
        if key in named:
            text["recalled_by"] = tuple(named[key])

    return {Resolution: complete}


def _recalls_agree(table: Table, records: Records[Resolution], context: Context) -> None:
    """A text named by a later one is earlier, and the date it is given is its adoption date."""
    by_id = {r.id: r for r in records}
    for later in records:
        for recall in later.recalls:
            named = by_id.get(recall.text)
            if named is None:
                continue  # a dangling reference: reported by the reference check
            if named.session > later.session:
                raise _problem(table, later, f"recalls {named.id}, adopted at a later session")
            if recall.date and named.adopted and recall.date != named.adopted:
                raise _problem(
                    table,
                    later,
                    f"gives {named.id} the date {recall.date}, but it was adopted on "
                    f"{named.adopted}",
                )


def _sessions_composed(context: Context) -> Mapping[type, Complete]:
    """Each session with its texts, participation figures and the counts stated there."""
    from .model import Participation, Session

    texts = _grouped(context.records_of("resolutions"), "session")
    figures = _grouped(context.records_of("participation"), "session")
    counts = _grouped(context.records_of("stated_party_counts"), "session")

    def complete(session: dict[str, Any]) -> None:
        number = session.get("number")
        if type(number) is not int:
            return  # the record's validators say what is wrong
        session["resolutions"] = texts.get(number, Records())
        session["participation"] = Participation(figures.get(number, ()))
        session["stated_party_counts"] = counts.get(number, ())

    return {Session: complete}


def _participants_in_force(context: Context) -> Mapping[type, Complete]:
    """Each action with its entry into force, derived by the instrument's rule (`EntryRule`)."""
    from .model import Action

    rules = {  # each instrument's rule and its own entry into force (no rule: None)
        i.slug: None if i.entry_rule is None else (i.entry_rule.in_force, i.entry_into_force)
        for i in context.records_of("instruments")
    }

    def complete(action: dict[str, Any]) -> None:
        slug, consent = action.get("instrument"), action.get("consent")
        if type(slug) is not str:
            return  # the record's validators say what is wrong
        if slug not in rules:  # the build's reference check would have said so
            raise Invalid("instrument", f"no instruments record {slug!r}")
        found = rules[slug]
        if found is not None and consent is not None:
            in_force, entry = found
            day = in_force(consent, action.get("consent_kind"), entry)
            if day is not None:
                action["in_force"] = day

    return {Action: complete}


def _meetings_named(context: Context) -> Mapping[type, Complete]:
    """Each meeting with its English name (`MEETING_NAME_RULE`), from its body's name."""
    from .model._bodies import Meeting, meeting_name

    names = {b.slug: b.name for b in context.records_of("bodies")}
    defaults = {  # what an absent field holds (the files leave defaults out; none is a factory)
        f.name: f.default for f in attrs.fields(Meeting) if f.default is not attrs.NOTHING
    }

    def complete(meeting: dict[str, Any]) -> None:
        slug, title, number = meeting.get("body"), meeting.get("title"), meeting.get("number")
        if (
            type(slug) is not str
            or type(title) not in (str, type(None))
            or type(number) not in (int, type(None))
        ):
            return  # the record's validators say what is wrong
        if slug not in names:  # the build's reference check would have said so
            raise Invalid("body", f"no bodies record {slug!r}")
        meeting["name"] = meeting_name({**defaults, **meeting}, names[slug])

    return {Meeting: complete}


def _grouped(records: Iterable[Any], field: str) -> dict[Any, Records[Any]]:
    groups: dict[Any, list[Any]] = defaultdict(list)
    for record in records:
        groups[getattr(record, field)].append(record)
    return {k: Records(v) for k, v in groups.items()}


def _columns(spec: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for column in spec.split():
        label, _, path = column.partition("=")
        pairs.append((label, path or label))
    return tuple(pairs)


def _names(record: Any) -> Iterable[str]:
    names: Iterable[str] = record.names
    return names


def _topic_names(topic: Any) -> Iterable[str]:
    return (topic.label, *topic.aliases)


REGISTRY = Registry(
    (
        Table(
            "sources",
            "untoc.model._sources:Source",
            key="id",
            row="source",
            description="Pages and documents facts were read from.",
            columns=_columns("id url title publisher published kind language notes"),
        ),
        Table(
            "topics",
            "untoc.model._texts:Topic",
            key="slug",
            row="topic",
            description="The controlled vocabulary texts are tagged with.",
            columns=_columns("slug label description aliases keywords"),
            names=_topic_names,
        ),
        Table(
            "instruments",
            "untoc.model._parties:Instrument",
            key="slug",
            row="instrument",
            description="The Convention and its three Protocols.",
            columns=_columns(
                "slug name short_name treaty_number adopted opened_for_signature "
                "entry_into_force aliases sources"
            ),
            names=_names,
        ),
        Table(
            "conference",
            "untoc.model._sessions:Conference",
            key="short_name",
            row="conference",
            description="The Conference of the Parties itself.",
            columns=_columns("short_name name meets_every_years secretariat purposes sources"),
            exactly=1,
        ),
        Table(
            "sessions",
            "untoc.model._sessions:Session",
            key="number",
            row="session",
            description="Sessions of the Conference (composed with their texts and figures).",
            columns=_columns(
                "number name ordinal start end city venue format president=president.name "
                "president_country=president.country bureau report_symbol sources"
            ),
            checks=(_sessions_in_time,),
            compose=_sessions_composed,
        ),
        Table(
            "announced_sessions",
            "untoc.model._events:AnnouncedSession",
            key="number",
            row="announced_session",
            description="Sessions a source announces and none yet reports as held.",
            columns=_columns("number name status when_as_stated period city sources"),
            checks=(_announced_not_held,),
        ),
        Table(
            "resolutions",
            "untoc.model._texts:Resolution",
            key="id",
            row="resolution",
            noun="resolution or decision",
            description="Resolutions and decisions adopted by the sessions.",
            columns=_columns(
                "id label kind session number symbol title heading subject adopted topics "
                "instruments sources"
            ),
            groups=("session", "topics"),
            unique=((("session", "kind", "number"), "symbol", "label"),),
            checks=(_recalls_agree,),
            compose=_texts_with_bodies,
        ),
        Table(
            "bodies",
            "untoc.model._bodies:Body",
            key="slug",
            row="body",
            description="Subsidiary bodies of the Conference and the texts behind them.",
            columns=_columns("slug name kind symbol_prefix aliases description sources"),
            names=_names,
        ),
        Table(
            "meetings",
            "untoc.model._bodies:Meeting",
            key="id",
            row="meeting",
            description="Meetings of the subsidiary bodies, dated where a source dates them.",
            columns=_columns(
                "id body kind name number number_as_stated title start end when_as_stated city "
                "format status chairs report_symbol topics reported_to_session sources"
            ),
            groups=("body",),
            compose=_meetings_named,
        ),
        Table(
            "participation",
            "untoc.model._sessions:ParticipationFigure",
            key="id",
            row="figure",
            noun="participation figure",
            description="Participation figures as sources stated them, preferred first.",
            columns=_columns(
                "id session measure value qualifier stated=__str__ status stated_as_record "
                "record_sense sources"
            ),
            groups=("session",),
        ),
        Table(
            "stated_party_counts",
            "untoc.model._parties:StatedPartyCount",
            key="id",
            row="stated_count",
            noun="stated count",
            description="Counts of parties or signatories that sources stated.",
            columns=_columns(
                "id instrument as_of as_of_basis measure value qualifier session reconciliation "
                "sources"
            ),
            groups=("instrument", "session"),
        ),
        Table(
            "events",
            "untoc.model._events:Event",
            key="id",
            row="event",
            description="Events at or around sessions.",
            columns=_columns("id title start end session place organizers participants sources"),
            groups=("session",),
        ),
        Table(
            "observances",
            "untoc.model._events:Observance",
            key="id",
            row="observance",
            description="Days proclaimed by the General Assembly.",
            columns=_columns(
                "id name month day first_observed proclaimed_by proclaimed_on sources"
            ),
        ),
        Table(
            "statements",
            "untoc.model._events:Statement",
            key="id",
            row="statement",
            description="Statements quoted by the sources.",
            columns=_columns("id date session speaker role organization kind summary sources"),
            groups=("session",),
        ),
        Table(
            "participants",
            "untoc.model._parties:Participant",
            key="code",
            row="participant",
            description="Signatories and parties with their actions (one row per instrument).",
            columns=_columns(
                "code name instrument=*.instrument signature=*.signature consent=*.consent "
                "consent_kind=*.consent_kind consent_undated=*.consent_undated "
                "in_force=*.in_force sources=*.sources"
            ),
            explode="actions",
            names=_names,
            compose=_participants_in_force,
        ),
        Table(
            "party_tables",
            "untoc.model._parties:PartyTable",
            key="instrument",
            row="party_table",
            noun="participant table",
            description="How far each participant table reaches.",
            columns=_columns("instrument complete_through evidence added not_added sources"),
            checks=(_one_per_instrument,),
        ),
    )
)
"""Every table of the bundled record, in the order exports and the manifest list them."""

TABLES = REGISTRY.tables
"""The tables of `REGISTRY`, in order."""


def table(name: object) -> Table:
    """The bundled table called ``name``; `NotFoundError` naming the valid ones."""
    return REGISTRY.table(name)
