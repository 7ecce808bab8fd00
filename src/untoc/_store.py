"""Read the bundled data once, structure it with cattrs, check it, and index it.

Data flows one way: JSON tables in ``untoc/data/`` -> cattrs converter -> ``Store`` (objects and
indexes, built once under a lock) -> the query functions. Nothing here runs at import time.
A load that fails raises :class:`~untoc.errors.DataError` and caches nothing, so the next call
retries from scratch.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
import threading
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Optional, TypeVar

import attrs

from .display import Records
from .errors import DataError
from .model import (
    Action,
    Conference,
    Event,
    Instrument,
    Observance,
    Participation,
    Party,
    PartyCount,
    PartyTable,
    Resolution,
    Session,
    Source,
    StatedFigure,
    Statement,
    Topic,
)

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    import cattrs

T = TypeVar("T")

SESSION_YEARS = range(2004, 2027)
"""Sessions of the Conference held or scheduled in the period the data covers."""


def _data_root() -> Traversable:
    """The package's ``data`` folder, zip-safe (never turned into a filesystem path)."""
    if sys.version_info >= (3, 12):
        from importlib.resources import files
    else:  # pragma: no cover - exercised on older interpreters only
        from importlib_resources import files
    return files("untoc").joinpath("data")


def _build_converter(*, detailed: bool = True) -> cattrs.Converter:
    """A strict converter: unknown keys, wrong types and bad dates are errors.

    ``detailed=False`` gives the fast converter used for loading; it rejects the same input,
    and a record it rejects is structured again with the detailed one to name the bad field.
    """
    import datetime as dt

    import cattrs
    from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

    from .model import Titles

    conv = cattrs.Converter(forbid_extra_keys=True, detailed_validation=detailed)

    def strict(kind: type[T]) -> Callable[[object, object], T]:
        def hook(value: object, _: object) -> T:
            if type(value) is not kind:
                raise TypeError(f"expected {kind.__name__}, got {type(value).__name__}")
            return value

        return hook

    for kind in (str, int, bool):
        conv.register_structure_hook(kind, strict(kind))

    def date_hook(value: object, _: object) -> dt.date:
        if not isinstance(value, str):
            raise TypeError(f"expected an ISO date string, got {type(value).__name__}")
        return dt.date.fromisoformat(value)

    def titles_hook(value: object, _: object) -> Titles:
        if not isinstance(value, dict) or not all(
            isinstance(k, str) and isinstance(v, str) and v.strip() for k, v in value.items()
        ):
            raise TypeError("titles must map language codes to non-empty strings")
        return Titles(value)

    # Fast, strict hooks for the shapes most fields have (cattrs' generic ones are slower).
    def strings_hook(value: object, _: object) -> tuple[str, ...]:
        if type(value) is not list or not all(type(item) is str for item in value):
            raise TypeError("expected a list of strings")
        return tuple(value)

    def optional(kind: type[T], inner: Callable[[object, object], T]) -> None:
        def hook(value: object, _: object) -> T | None:
            return None if value is None else inner(value, kind)

        spellings = {Optional[kind], kind | None}  # noqa: UP045 - both spellings occur
        conv.register_structure_hook_func(lambda t: t in spellings, hook)

    def is_tuple_of_records(t: object) -> bool:
        args = typing.get_args(t)
        return (
            typing.get_origin(t) is tuple
            and len(args) == 2
            and args[1] is Ellipsis
            and attrs.has(args[0])
        )

    def tuple_of_records(t: Any) -> Callable[[object, object], tuple[Any, ...]]:
        item = typing.get_args(t)[0]
        structure = conv.get_structure_hook(item)

        def hook(value: object, _: object) -> tuple[Any, ...]:
            if type(value) is not list:
                raise TypeError(f"expected a list of {item.__name__}")
            return tuple([structure(v, item) for v in value])

        return hook

    conv.register_structure_hook_factory(is_tuple_of_records, tuple_of_records)
    conv.register_structure_hook(dt.date, date_hook)
    conv.register_structure_hook(Titles, titles_hook)
    conv.register_structure_hook_func(lambda t: t == tuple[str, ...], strings_hook)
    optional(str, strict(str))
    optional(int, strict(int))
    optional(dt.date, date_hook)
    conv.register_unstructure_hook(dt.date, lambda d: d.isoformat())
    conv.register_unstructure_hook(Titles, dict)
    # Sessions are composed from several tables: these fields never come from sessions.json.
    conv.register_structure_hook(
        Session,
        make_dict_structure_fn(
            Session,
            conv,
            _cattrs_forbid_extra_keys=True,
            resolutions=override(omit=True),
            participation=override(omit=True),
            party_counts=override(omit=True),
        ),
    )
    # Exports only: generated when first needed, not at load.
    conv.register_unstructure_hook_factory(
        lambda cls: cls is Session,
        lambda cls: make_dict_unstructure_fn(
            Session,
            conv,
            resolutions=override(omit=True),
            participation=override(omit=True),
            party_counts=override(omit=True),
        ),
    )
    conv.register_unstructure_hook_factory(
        lambda cls: cls is Action,
        lambda cls: make_dict_unstructure_fn(Action, conv, in_force=override(omit=True)),
    )
    return conv


TABLES: dict[str, type] = {
    "sources": Source,
    "topics": Topic,
    "instruments": Instrument,
    "conference": Conference,
    "sessions": Session,
    "resolutions": Resolution,
    "participation": StatedFigure,
    "party_counts": PartyCount,
    "events": Event,
    "observances": Observance,
    "statements": Statement,
    "parties": Party,
    "party_tables": PartyTable,
}
"""Every data table (file ``data/<name>.json``) and the class of its records."""


@attrs.frozen
class DataInfo:
    """The bundled data's own version, as-of date and record counts per file."""

    version: str
    as_of: str
    counts: Mapping[str, int]
    description: str


class Store:
    """Every record, structured and indexed. Built once by :func:`get`; read-only after."""

    __slots__ = (
        "conference",
        "derived",
        "events",
        "events_by_id",
        "info",
        "instrument_keys",
        "instruments",
        "observances",
        "observances_by_id",
        "parties",
        "party_consents",
        "party_counts",
        "party_counts_by_instrument",
        "party_tables",
        "resolution_ids",
        "resolution_memo",
        "resolutions",
        "resolutions_by_session",
        "resolutions_by_symbol",
        "resolutions_by_topic",
        "session_numbers",
        "sessions",
        "sources",
        "sources_by_id",
        "statements",
        "statements_by_id",
        "topic_keys",
        "topics",
        "topics_by_slug",
    )

    def __init__(self, root: Traversable) -> None:
        self.derived: dict[object, object] = {}
        """Results computed from the data on first request (summaries), keyed by query."""
        conv = _build_converter(detailed=False)
        reader = _Reader(root, conv)

        manifest = reader.json("manifest.json")
        if not isinstance(manifest, dict):
            raise DataError("manifest.json", None, "expected an object")

        self.sources = reader.records("sources.json", Source, key=lambda s: s.id)
        self.sources_by_id = {s.id: s for s in self.sources}
        self.topics = reader.records("topics.json", Topic, key=lambda t: t.slug)
        self.topics_by_slug = {t.slug: t for t in self.topics}
        self.instruments = reader.records("instruments.json", Instrument, key=lambda i: i.slug)
        conference = reader.records("conference.json", Conference, key=lambda c: c.short_name)
        if len(conference) != 1:
            raise DataError("conference.json", None, "expected exactly one record")
        self.conference = conference[0]

        raw_sessions = reader.records("sessions.json", Session, key=lambda s: s.number)
        resolutions = reader.records("resolutions.json", Resolution, key=lambda r: r.id)
        figures = reader.records(
            "participation.json",
            StatedFigure,
            key=lambda f: (f.session, f.measure, f.sources, f.value, f.qualifier),
        )
        stated_counts = reader.records(
            "party_counts.json",
            PartyCount,
            key=lambda c: (c.instrument, c.as_of, c.value, c.sources),
        )
        # Oldest first, undated last: the order every query returns.
        self.party_counts = Records(
            sorted(stated_counts, key=lambda c: (c.as_of or _dt.date.max, c.instrument))
        )
        self.party_counts_by_instrument = {
            i.slug: Records(c for c in self.party_counts if c.instrument == i.slug)
            for i in self.instruments
        }
        self.events = reader.records("events.json", Event, key=lambda e: e.id)
        self.observances = reader.records("observances.json", Observance, key=lambda o: o.id)
        self.statements = reader.records("statements.json", Statement, key=lambda s: s.id)
        parties = reader.records("parties.json", Party, key=lambda p: p.code)
        tables = reader.records("party_tables.json", PartyTable, key=lambda t: t.instrument)

        self._check(raw_sessions, resolutions, figures, parties, tables)
        self._index_parties(parties, tables)
        self._index_resolutions(resolutions)
        self._compose_sessions(raw_sessions, figures)
        self.events_by_id = {e.id: e for e in self.events}
        self.observances_by_id = {o.id: o for o in self.observances}
        self.statements_by_id = {s.id: s for s in self.statements}
        self.topic_keys = _keys(self.topics, lambda t: (t.slug, t.label, *t.aliases), lambda t: t)
        self.instrument_keys = _keys(
            self.instruments,
            lambda i: (i.slug, i.name, i.short_name, i.treaty_number or i.slug, *i.aliases),
            lambda i: i,
        )

        counts = {
            "sources": len(self.sources),
            "topics": len(self.topics),
            "instruments": len(self.instruments),
            "sessions": len(self.sessions),
            "resolutions": len(self.resolutions),
            "participation": len(figures),
            "party_counts": len(self.party_counts),
            "events": len(self.events),
            "observances": len(self.observances),
            "statements": len(self.statements),
            "parties": len(self.parties),
            "party_tables": len(tables),
        }
        stated = manifest.get("counts", {})
        if stated != counts:
            raise DataError(
                "manifest.json", None, f"record counts {stated} do not match the data {counts}"
            )
        self.info = DataInfo(
            version=str(manifest.get("data_version")),
            as_of=str(manifest.get("as_of")),
            counts=_frozen_mapping(counts),
            description=str(manifest.get("description", "")),
        )

    def _check(
        self,
        raw_sessions: Sequence[Session],
        resolutions: Sequence[Resolution],
        figures: Sequence[StatedFigure],
        parties: Sequence[Party],
        tables: Sequence[PartyTable],
    ) -> None:
        """References resolve and values are sane; each failure is a DataError."""
        check = _Checker(self, {s.number for s in raw_sessions})
        for session in raw_sessions:
            check.session(session)
        for resolution in resolutions:
            check.resolution(resolution)
        for figure in figures:
            check.refs("participation.json", figure, session=figure.session)
        for count in self.party_counts:
            check.refs("party_counts.json", count, instrument=count.instrument)
            if count.session is not None:
                check.refs("party_counts.json", count, session=count.session)
        for event in self.events:
            check.refs("events.json", event, session=event.session)
        for observance in self.observances:
            check.refs("observances.json", observance)
            for theme in observance.themes:
                check.refs("observances.json", theme)
        for statement in self.statements:
            check.refs("statements.json", statement, session=statement.session)
        for instrument in self.instruments:
            check.refs("instruments.json", instrument)
        check.refs("conference.json", self.conference)

        for party in parties:
            check.party(party)
        for table in tables:
            check.refs("party_tables.json", table, instrument=table.instrument)

    def _index_parties(self, parties: Records[Party], tables: Sequence[PartyTable]) -> None:
        """Participants with their computed entry into force, and sorted consent dates."""
        self.party_tables = {t.instrument: t for t in tables}
        if set(self.party_tables) != {i.slug for i in self.instruments}:
            raise DataError("party_tables.json", None, "expected one table per instrument")
        _set_entry_into_force(parties, self.instruments)
        self.parties = parties
        consents: dict[str, list[_dt.date]] = {i.slug: [] for i in self.instruments}
        for party in self.parties:
            for action in party.actions:
                if action.consent is not None:
                    consents[action.instrument].append(action.consent)
        self.party_consents = {k: tuple(sorted(v)) for k, v in consents.items()}

    def _index_resolutions(self, resolutions: Sequence[Resolution]) -> None:
        """Resolutions in order, by id, symbol, session and topic; a symbol twice is an error."""
        self.resolutions = Records(
            sorted(resolutions, key=lambda r: (r.session, r.number is None, r.number or 0, r.kind))
        )
        self.resolution_ids = {r.id: r for r in self.resolutions}
        self.resolution_memo: dict[str, Resolution] = {}
        by_symbol: dict[tuple[int, int], list[Resolution]] = defaultdict(list)
        by_session: dict[int, list[Resolution]] = defaultdict(list)
        by_topic: dict[str, list[Resolution]] = {t.slug: [] for t in self.topics}
        for resolution in self.resolutions:
            if resolution.number is not None:
                siblings = by_symbol[(resolution.session, resolution.number)]
                if any(s.kind == resolution.kind for s in siblings):
                    raise DataError(
                        "resolutions.json",
                        resolution.id,
                        f"duplicate symbol {resolution.kind} {resolution.symbol}",
                    )
                siblings.append(resolution)
            by_session[resolution.session].append(resolution)
            for slug in resolution.topics:
                by_topic[slug].append(resolution)
        self.resolutions_by_symbol = {k: Records(v) for k, v in by_symbol.items()}
        self.resolutions_by_session = {k: Records(v) for k, v in by_session.items()}
        self.resolutions_by_topic = {k: Records(v) for k, v in by_topic.items()}

    def _compose_sessions(
        self, raw_sessions: Sequence[Session], figures: Sequence[StatedFigure]
    ) -> None:
        """Sessions with their texts, participation figures and stated party counts."""
        figures_by_session: dict[int, list[StatedFigure]] = defaultdict(list)
        for figure in figures:
            figures_by_session[figure.session].append(figure)
        counts_by_session: dict[int, list[PartyCount]] = defaultdict(list)
        for count in self.party_counts:
            if count.session is not None:
                counts_by_session[count.session].append(count)
        self.sessions = Records(
            attrs.evolve(
                session,
                resolutions=self.resolutions_by_session.get(session.number, ()),
                participation=Participation(tuple(figures_by_session.get(session.number, ()))),
                party_counts=tuple(counts_by_session.get(session.number, ())),
            )
            for session in sorted(raw_sessions, key=lambda s: s.number)
        )
        self.session_numbers = {s.number: s for s in self.sessions}


def _frozen_mapping(values: Mapping[str, int]) -> Mapping[str, int]:
    from types import MappingProxyType

    return MappingProxyType(dict(values))


def normalize_key(text: str) -> str:
    """Case-, accent-, space- and punctuation-insensitive form of a lookup key."""
    folded = text.casefold()
    if not folded.isascii():
        import unicodedata

        decomposed = unicodedata.normalize("NFKD", folded)
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join("".join(c if c.isalnum() else " " for c in folded).split())


def _keys(
    records: Iterable[T], names: Callable[[T], Sequence[str]], value: Callable[[T], T]
) -> dict[str, T]:
    index: dict[str, T] = {}
    for record in records:
        for name in names(record):
            index.setdefault(normalize_key(name), value(record))
    return index


class _Reader:
    """Reads one data file at a time and structures its records, naming any bad record."""

    def __init__(self, root: Traversable, conv: cattrs.Converter) -> None:
        self.root = root
        self.conv = conv

    def json(self, name: str) -> Any:
        try:
            text = self.root.joinpath(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise DataError(name, None, f"cannot be read ({error})") from error
        try:
            return json.loads(text)
        except json.JSONDecodeError as error:
            raise DataError(name, None, f"is not valid JSON ({error})") from error

    def records(self, name: str, cls: type[T], key: Callable[[T], object]) -> Records[T]:
        rows = self.json(name)
        if not isinstance(rows, list):
            raise DataError(name, None, "expected a JSON array of records")
        out: list[T] = []
        seen: set[object] = set()
        structure = self.conv.structure
        for position, row in enumerate(rows):
            try:
                record = structure(row, cls)
            except Exception as error:  # cattrs raises several exception types
                raise DataError(name, _label(row, position), _explain(row, cls, error)) from None
            record_key = key(record)
            if record_key in seen:
                raise DataError(name, _label(row, position), f"duplicate key {record_key!r}")
            seen.add(record_key)
            out.append(record)
        return Records(out)


def _explain(row: object, cls: type, error: Exception) -> str:
    """Why a record failed, field by field, from the detailed (slower) converter."""
    import cattrs

    try:
        _build_converter(detailed=True).structure(row, cls)
    except Exception as detailed:
        if isinstance(detailed, cattrs.BaseValidationError):
            return "; ".join(cattrs.transform_error(detailed))
        return str(detailed)
    return str(error)


def _label(row: object, position: int) -> str:
    if isinstance(row, dict):
        for field in ("id", "slug", "number"):
            if field in row:
                return f"#{position} ({field}={row[field]!r})"
    return f"#{position}"


class _Checker:
    """Referential and sanity checks run while loading; each failure is a DataError."""

    def __init__(self, store: Store, session_numbers: set[int]) -> None:
        self.store = store
        self.session_numbers = session_numbers

    def refs(
        self,
        file: str,
        record: Any,
        *,
        session: int | None = None,
        instrument: str | None = None,
    ) -> None:
        def label() -> str:
            return str(getattr(record, "id", None) or getattr(record, "slug", None) or record)

        sources = getattr(record, "sources", ())
        if not sources:
            raise DataError(file, label(), "has no source")
        for source_id in (*sources, *_other_sources(record)):
            if source_id not in self.store.sources_by_id:
                raise DataError(file, label(), f"unknown source id {source_id!r}")
        if session is not None and session not in self.session_numbers:
            raise DataError(file, label(), f"unknown session {session}")
        if instrument is not None and not any(i.slug == instrument for i in self.store.instruments):
            raise DataError(file, label(), f"unknown instrument {instrument!r}")

    def session(self, session: Session) -> None:
        label = f"session {session.number}"
        self.refs("sessions.json", session)
        for count in session.texts_adopted:
            self.refs("sessions.json", count)
        if session.end < session.start:
            raise DataError("sessions.json", label, "ends before it starts")
        if session.start.year not in SESSION_YEARS:
            raise DataError("sessions.json", label, f"year {session.start.year} out of range")

    def party(self, party: Party) -> None:
        label = party.code
        seen: set[str] = set()
        for action in party.actions:
            self.refs("parties.json", action, instrument=action.instrument)
            if action.instrument in seen:
                raise DataError("parties.json", label, f"two actions under {action.instrument}")
            seen.add(action.instrument)
            if action.signature is None and action.consent is None:
                raise DataError("parties.json", label, f"empty action under {action.instrument}")
            if action.in_force is not None:
                raise DataError("parties.json", label, "in_force is computed, not stored")

    def resolution(self, resolution: Resolution) -> None:
        self.refs("resolutions.json", resolution, session=resolution.session)
        for slug in resolution.topics:
            if slug not in self.store.topics_by_slug:
                raise DataError("resolutions.json", resolution.id, f"unknown topic {slug!r}")
        for slug in resolution.instruments:
            self.refs("resolutions.json", resolution, instrument=slug)
        if not resolution.subject.strip():
            raise DataError("resolutions.json", resolution.id, "has no subject")


def _set_entry_into_force(parties: Iterable[Party], instruments: Iterable[Instrument]) -> None:
    """Set each action's ``in_force``: 30 days after deposit, or the instrument's own date.

    The actions were just structured and nobody else holds them yet, so the computed field is
    set in place (as an ``__attrs_post_init__`` would) rather than by copying every record.
    """
    general = {i.slug: i.entry_into_force for i in instruments}
    month = _dt.timedelta(days=30)
    for party in parties:
        for action in party.actions:
            own = general.get(action.instrument)
            if action.consent is not None and own is not None:
                object.__setattr__(action, "in_force", max(action.consent + month, own))


def _other_sources(record: Any) -> tuple[str, ...]:
    out: list[str] = []
    for discrepancy in getattr(record, "discrepancies", ()):
        out.extend(discrepancy.other_sources)
    return tuple(out)


_lock = threading.Lock()
_store: Store | None = None


def get() -> Store:
    """The loaded store, loading it on first use (once, thread-safe)."""
    store = _store
    if store is None:
        store = _load()
    return store


def _load() -> Store:
    global _store
    with _lock:
        if _store is None:
            _store = Store(_data_root())
        return _store


def reset() -> None:
    """Forget the loaded data (for tests): the next query loads it again."""
    global _store
    with _lock:
        _store = None
