"""Read the bundled data table by table on first use; check it; index it.

Data flows one way: ``data/<table>.json`` -> the generated structuring functions -> checks ->
indexes. A table is loaded the first time a query needs it, together with the tables its
records refer to, so that a dangling reference is found when the referring table loads. Each
table is loaded once per process under a lock (re-created in a forked child); a load that
fails raises [`DataError`][untoc.DataError] and caches nothing, so the next call retries.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import json
import os
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from . import _tables
from ._keys import KeyIndex
from ._structure import Invalid, structurer
from .errors import DataError
from .model import FrozenMap, Records

if TYPE_CHECKING:
    from importlib.abc import Traversable

    from .model import (
        Body,
        Conference,
        DataInfo,
        Event,
        Instrument,
        Meeting,
        Observance,
        Participant,
        ParticipationFigure,
        PartyTable,
        Resolution,
        Session,
        Source,
        StatedPartyCount,
        Statement,
        Topic,
    )

T = TypeVar("T")
S = TypeVar("S")

FIRST_SESSION = _dt.date(2004, 6, 28)
"""The day the Conference first met; no session, figure or text can be older."""

MONTH = _dt.timedelta(days=30)


def data_root() -> Traversable | _Folder:
    """The package's ``data`` folder, wherever the package is (a folder, a wheel, a zip).

    A plain folder is read directly; anything else through ``importlib.resources``, which
    costs a first answer some 8 ms of imports that a folder does not need.
    """
    folder = os.path.join(os.path.dirname(__file__), "data")
    if os.path.isdir(folder):
        return _Folder(folder)
    from importlib.resources import files

    return files("untoc").joinpath("data")


class _Folder:
    """The data folder on the file system: the one method the store reads files with."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def joinpath(self, name: str) -> _Folder:
        return _Folder(os.path.join(self.path, name))

    def read_bytes(self) -> bytes:
        with open(self.path, "rb") as handle:
            return handle.read()


# Indexes -------------------------------------------------------------------------------------


class Table(Generic[T]):
    """The records of one table, in file order, and each by its key."""

    __slots__ = ("by_key", "records")

    def __init__(self, records: Records[T], by_key: Mapping[Any, T]) -> None:
        self.records = records
        self.by_key = by_key


class NamedTable(Table[T]):
    """A table whose records are also found by name (slug, label, alias, code)."""

    __slots__ = ("keys",)

    def __init__(self, records: Records[T], by_key: Mapping[Any, T], keys: KeyIndex) -> None:
        super().__init__(records, by_key)
        self.keys = keys


class Texts:
    """Resolutions and decisions, by id, by symbol, by session and by topic.

    ``by_spelling`` finds each text by its id, its label and, where no other text shares it,
    its bare symbol; ``by_topic_spelling`` finds a topic's texts by the topic's slug, label or
    alias as written (the fast path of `resolutions_by_topic`).
    """

    __slots__ = (
        "by_id",
        "by_session",
        "by_spelling",
        "by_symbol",
        "by_topic",
        "by_topic_spelling",
        "records",
    )

    def __init__(
        self,
        records: Records[Resolution],
        by_id: Mapping[str, Resolution],
        by_spelling: Mapping[str, Resolution],
        by_symbol: Mapping[tuple[int, int], Records[Resolution]],
        by_session: Mapping[int, Records[Resolution]],
        by_topic: Mapping[str, Records[Resolution]],
        by_topic_spelling: Mapping[str, Records[Resolution]],
    ) -> None:
        self.records = records
        self.by_id = by_id
        self.by_spelling = by_spelling
        self.by_symbol = by_symbol
        self.by_session = by_session
        self.by_topic = by_topic
        self.by_topic_spelling = by_topic_spelling


class Meetings:
    """Meetings by id and by body."""

    __slots__ = ("by_body", "by_id", "records")

    def __init__(
        self,
        records: Records[Meeting],
        by_id: Mapping[str, Meeting],
        by_body: Mapping[str, Records[Meeting]],
    ) -> None:
        self.records = records
        self.by_id = by_id
        self.by_body = by_body


def body_names(body: Body) -> tuple[str, ...]:
    """Every name a body is found by.

    Its name, aliases and symbol prefix, and the forms people write a working group's name in
    ("Firearms Working Group", "WG on Firearms", "WG Firearms", "firearms"; "WG TIP", as UNODC's
    own page addresses write it).
    """
    names = [body.name, *body.aliases, *([body.symbol_prefix] if body.symbol_prefix else [])]
    for prefix in ("Working Group of Government Experts on ", "Working Group on "):
        if body.name.startswith(prefix):
            subject = body.name[len(prefix) :]
            bare = subject[4:] if subject.startswith("the ") else subject
            initials = "".join(word[0] for word in bare.split()).upper()
            names += [f"{bare} Working Group", f"WG on {bare}", f"WG {bare}", bare]
            if len(initials) > 1:
                names.append(f"WG {initials}")
            break
    return tuple(dict.fromkeys(names))


class Participants:
    """Participants by code and name, and each instrument's consent dates in order.

    ``consents`` holds the day each consent is known by (an undated consent's stated month or
    year end); ``unplaced`` the codes of participants whose consent no source places in time.
    """

    __slots__ = ("by_code", "consents", "keys", "records", "unplaced")

    def __init__(
        self,
        records: Records[Participant],
        keys: KeyIndex,
        by_code: Mapping[str, Participant],
        consents: Mapping[str, tuple[_dt.date, ...]],
        unplaced: Mapping[str, tuple[str, ...]],
    ) -> None:
        self.records = records
        self.keys = keys
        self.by_code = by_code
        self.consents = consents
        self.unplaced = unplaced

    def parties_on(self, instrument: str, day: _dt.date | None) -> int:
        """How many consents to ``instrument`` are known to have been given by ``day``."""
        dates = self.consents[instrument]
        if day is None:
            return len(dates) + len(self.unplaced[instrument])
        return bisect.bisect_right(dates, day)


class StatedCounts:
    """Counts of parties that sources stated, per instrument, oldest first (undated last)."""

    __slots__ = ("by_instrument", "by_session", "records")

    def __init__(
        self,
        records: Records[StatedPartyCount],
        by_instrument: Mapping[str, Records[StatedPartyCount]],
        by_session: Mapping[int, tuple[StatedPartyCount, ...]],
    ) -> None:
        self.records = records
        self.by_instrument = by_instrument
        self.by_session = by_session


# Loading -------------------------------------------------------------------------------------

_lock = threading.RLock()


def _after_fork_in_child() -> None:
    global _lock
    _lock = threading.RLock()


if hasattr(os, "register_at_fork"):  # pragma: no branch - POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)

_MISSING: Any = object()


class _Loaded(Generic[S]):
    """A store attribute computed on first access, once, under the store lock."""

    def __init__(self, load: Callable[[Store], S]) -> None:
        self.load = load
        self.name = load.__name__

    def __get__(self, store: Store, owner: type | None = None) -> S:
        value = store._values.get(self.name, _MISSING)  # the fast path of every query
        if value is _MISSING:
            value = store.once(self.name, self.load)
        return value  # type: ignore[return-value]


def loaded(load: Callable[[Store], S]) -> _Loaded[S]:
    """Decorate a loader method: its result becomes a lazily loaded, cached attribute."""
    return _Loaded(load)


class Store:
    """Every table, loaded on first use. One per process; read-only once loaded."""

    def __init__(self, root: Traversable | _Folder) -> None:
        self.root = root
        self._values: dict[str, object] = {}

    def once(self, name: str, load: Callable[[Store], Any]) -> Any:
        """``self._values[name]``, computed by ``load`` the first time, under the store lock."""
        value = self._values.get(name, _MISSING)
        if value is _MISSING:
            with _lock:
                value = self._values.get(name, _MISSING)
                if value is _MISSING:
                    value = self._values[name] = load(self)
        return value

    def load_all(self) -> None:
        """Load, check and index every table (the benchmark's measure; queries load lazily)."""
        for name in _LOADERS:
            getattr(self, name)

    def is_loaded(self, name: str) -> bool:
        """Whether the table (or index) ``name`` has been loaded yet."""
        return name in self._values

    # Raw reading -------------------------------------------------------------------------

    def read(self, file: str) -> Any:
        """One data file as JSON; any problem is a ``DataError`` naming the file."""
        try:
            data = self.root.joinpath(file).read_bytes()
        except OSError as error:
            raise DataError(file, None, f"cannot be read ({error})") from None
        try:
            return json.loads(data, parse_constant=_no_constant)
        except RecursionError:
            raise DataError(file, None, "is nested too deeply") from None
        except ValueError as error:  # JSONDecodeError, bad UTF-8, a huge integer
            raise DataError(file, None, f"is not valid JSON ({error})") from None

    @loaded
    def manifest(self) -> Mapping[str, Any]:
        """``manifest.json``: data version, as-of date, record count per table."""
        manifest = self.read("manifest.json")
        if not (
            isinstance(manifest, dict)
            and isinstance(manifest.get("counts"), dict)
            and isinstance(manifest.get("data_version"), str)
            and isinstance(manifest.get("as_of"), str)
        ):
            raise DataError("manifest.json", None, "expected data_version, as_of and counts")
        return manifest

    def records(self, name: str) -> Records[Any]:
        """The records of table ``name``, structured, keys unique, count as the manifest says."""
        table = _tables.BY_NAME[name]
        rows = self.read(table.file)
        if type(rows) is not list:
            raise DataError(table.file, None, "expected a JSON array of records")
        structure = structurer(table.record)
        out = []
        seen: set[object] = set()
        for position, row in enumerate(rows):
            try:
                record = structure(row)
            except Invalid as error:
                raise DataError(table.file, _row_id(row, table.key, position), str(error)) from None
            key = getattr(record, table.key)
            if key in seen:
                raise DataError(table.file, repr(key), f"duplicate {table.key} {key!r}")
            seen.add(key)
            out.append(record)
        self.check_count(name, len(out))
        return Records(out)

    def check_refs(self, name: str, records: Iterable[Any]) -> None:
        """Every reference inside ``records``, at any depth, names a record that exists."""
        table = _tables.BY_NAME[name]
        known: dict[str, Collection[Any]] = {}
        for record in records:
            for target, key, path in references(record):
                keys = known.get(target)
                if keys is None:
                    keys = known[target] = self.keys_of(target)
                if key not in keys:
                    raise DataError(
                        table.file,
                        repr(getattr(record, table.key)),
                        f"{path}: no {target} record {key!r}",
                    )

    def keys_of(self, name: str) -> Collection[Any]:
        """The keys of table ``name``: its index if loaded, else the keys its file holds.

        Checking a reference needs only the keys, so a first query does not structure the
        tables its records point to; each is still checked in full when it is loaded.
        """
        home = _KEYED.get(name)
        if home is None:
            raise KeyError(f"no reference index for table {name!r}")
        if home in self._values:
            return getattr(self, home).by_key  # type: ignore[no-any-return]
        return self.once(f"keys:{name}", lambda store: store.file_keys(name))  # type: ignore[no-any-return]

    def file_keys(self, name: str) -> frozenset[Any]:
        """The key of every record in the file of table ``name``, read without structuring."""
        table = _tables.BY_NAME[name]
        rows = self.read(table.file)
        if type(rows) is not list:
            raise DataError(table.file, None, "expected a JSON array of records")
        keys: set[Any] = set()
        for row in rows:
            key = row.get(table.key) if type(row) is dict else None
            if type(key) in (str, int):
                if key in keys:
                    raise DataError(table.file, repr(key), f"duplicate {table.key} {key!r}")
                keys.add(key)
        self.check_count(name, len(rows))
        return frozenset(keys)

    def check_count(self, name: str, found: int) -> None:
        """The file of table ``name`` holds as many records as the manifest states."""
        stated = self.manifest["counts"].get(name)
        if stated != found:
            raise DataError(
                "manifest.json", None, f"{name}: {stated} records stated, {found} in the file"
            )

    # Tables ------------------------------------------------------------------------------

    @loaded
    def sources(self) -> Table[Source]:
        """Every source, by id."""
        records: Records[Source] = self.records("sources")
        return Table(records, {s.id: s for s in records})

    @loaded
    def topics(self) -> NamedTable[Topic]:
        """The topic vocabulary, by slug and by any of its names."""
        records: Records[Topic] = self.records("topics")
        keys = KeyIndex("topic", {t.slug: (t.label, *t.aliases) for t in records})
        return NamedTable(records, {t.slug: t for t in records}, keys)

    @loaded
    def instruments(self) -> NamedTable[Instrument]:
        """The four instruments, by slug and by name, short name, treaty number or alias."""
        records: Records[Instrument] = self.records("instruments")
        self.check_refs("instruments", records)
        names = {
            i.slug: (
                i.name,
                i.short_name,
                *([i.treaty_number] if i.treaty_number else ()),
                *i.aliases,
            )
            for i in records
        }
        return NamedTable(records, {i.slug: i for i in records}, KeyIndex("instrument", names))

    @loaded
    def conference(self) -> Conference:
        """The Conference of the Parties."""
        records: Records[Conference] = self.records("conference")
        if len(records) != 1:
            raise DataError("conference.json", None, "expected exactly one record")
        self.check_refs("conference", records)
        return records[0]

    @loaded
    def session_rows(self) -> Table[Session]:
        """Sessions as stored (without their texts and figures), by number."""
        records: Records[Session] = self.records("sessions")
        as_of = self.info.as_of
        for session in records:
            where = repr(session.number)
            if session.end < session.start:
                raise DataError("sessions.json", where, "ends before it starts")
            if not FIRST_SESSION <= session.start <= as_of:
                raise DataError(
                    "sessions.json", where, f"start {session.start} outside 2004 to {as_of}"
                )
        self.check_refs("sessions", records)
        return Table(records, {s.number: s for s in records})

    @loaded
    def text_rows(self) -> Table[Resolution]:
        """Resolutions and decisions as stored (without the bodies they concern), by id."""
        records: Records[Resolution] = self.records("resolutions")
        self.check_refs("resolutions", records)
        return Table(records, {t.id: t for t in records})

    @loaded
    def bodies(self) -> NamedTable[Body]:
        """Subsidiary bodies, by slug and by any name (see `body_names`)."""
        records: Records[Body] = self.records("bodies")
        self.check_refs("bodies", records)
        keys = KeyIndex("body", {b.slug: body_names(b) for b in records})
        return NamedTable(records, {b.slug: b for b in records}, keys)

    @loaded
    def meetings(self) -> Meetings:
        """Meetings of the subsidiary bodies, by id and by body, in file order."""
        records: Records[Meeting] = self.records("meetings")
        self.check_refs("meetings", records)
        by_body: dict[str, list[Meeting]] = {b.slug: [] for b in self.bodies.records}
        for meeting in records:
            if meeting.start and meeting.end and meeting.end < meeting.start:
                raise DataError("meetings.json", repr(meeting.id), "ends before it starts")
            by_body[meeting.body].append(meeting)
        return Meetings(records, {m.id: m for m in records}, _frozen(by_body))

    @loaded
    def texts(self) -> Texts:
        """Resolutions and decisions with their indexes.

        Each text carries the bodies it established or instructed; two texts with one symbol is
        an error.
        """
        concerned: dict[str, list[str]] = defaultdict(list)
        for slug, resolution in self.body_links():
            if slug not in concerned[resolution]:
                concerned[resolution].append(slug)
        records = Records(
            attrs.evolve(t, bodies=tuple(concerned[t.id])) if t.id in concerned else t
            for t in self.text_rows.records
        )
        by_symbol: dict[tuple[int, int], list[Resolution]] = defaultdict(list)
        by_session: dict[int, list[Resolution]] = defaultdict(list)
        by_topic: dict[str, list[Resolution]] = {t.slug: [] for t in self.topics.records}
        for text in records:
            if not text.subject.strip():
                raise DataError("resolutions.json", repr(text.id), "has no subject")
            if text.number is not None:
                siblings = by_symbol[(text.session, text.number)]
                if any(s.kind == text.kind for s in siblings):
                    raise DataError(
                        "resolutions.json", repr(text.id), f"duplicate symbol {text.label}"
                    )
                siblings.append(text)
            by_session[text.session].append(text)
            for slug in text.topics:
                by_topic[slug].append(text)
        spellings: dict[str, Resolution] = {}
        for text in records:
            spellings[text.id] = text
            if text.symbol is not None:
                spellings[text.label] = spellings[text.label.casefold()] = text
                if len(by_symbol[(text.session, text.number)]) == 1:  # type: ignore[index]
                    spellings[text.symbol] = text
        topics = _frozen(by_topic)
        topic_spellings: dict[str, Records[Resolution]] = {}
        shared: set[str] = set()  # a spelling two topics share goes the slow, checking way
        for topic in self.topics.records:
            for name in (topic.slug, topic.label, *topic.aliases):
                for spelling in (name, name.casefold()):
                    if topic_spellings.get(spelling, topics[topic.slug]) is not topics[topic.slug]:
                        shared.add(spelling)
                    topic_spellings[spelling] = topics[topic.slug]
        for spelling in shared:
            del topic_spellings[spelling]
        return Texts(
            records,
            {t.id: t for t in records},
            spellings,
            _frozen(by_symbol),
            _frozen(by_session),
            topics,
            topic_spellings,
        )

    def body_links(self) -> list[tuple[str, str]]:
        """``(body, text id)`` for each text a body links to, in file order.

        Read from the loaded bodies if they are, else from the file without structuring it
        (the bodies are checked in full when loaded); a link of the wrong shape is an error.
        """
        if "bodies" in self._values:
            return [
                (body.slug, link.resolution)
                for body in self.bodies.records
                for link in body.texts
                if link.resolution is not None
            ]
        rows = self.read("bodies.json")
        links = []
        for position, row in enumerate(rows if type(rows) is list else [None]):
            texts = row.get("texts", []) if type(row) is dict else None
            if type(texts) is not list or type(row.get("slug")) is not str:
                raise DataError("bodies.json", _row_id(row, "slug", position), "malformed record")
            for link in texts:
                target = link.get("resolution") if type(link) is dict else link
                if type(link) is not dict or type(target) not in (str, type(None)):
                    raise DataError("bodies.json", repr(row["slug"]), "malformed text link")
                if target is not None:
                    links.append((row["slug"], target))
        return links

    @loaded
    def participation(self) -> Table[ParticipationFigure]:
        """Participation figures in preference order, by id."""
        records: Records[ParticipationFigure] = self.records("participation")
        self.check_refs("participation", records)
        return Table(records, {f.id: f for f in records})

    @loaded
    def stated_counts(self) -> StatedCounts:
        """Counts of parties stated by sources, oldest first."""
        records: Records[StatedPartyCount] = self.records("stated_party_counts")
        self.check_refs("stated_party_counts", records)
        by_instrument: dict[str, list[StatedPartyCount]] = {
            i.slug: [] for i in self.instruments.records
        }
        by_session: dict[int, list[StatedPartyCount]] = defaultdict(list)
        for count in records:
            by_instrument[count.instrument].append(count)
            if count.session is not None:
                by_session[count.session].append(count)
        return StatedCounts(
            records,
            _frozen(by_instrument),
            {k: tuple(v) for k, v in by_session.items()},
        )

    @loaded
    def sessions(self) -> Table[Session]:
        """Sessions composed with their texts, participation figures and stated counts."""
        texts = self.texts.by_session
        figures: dict[int, list[ParticipationFigure]] = defaultdict(list)
        for figure in self.participation.records:
            figures[figure.session].append(figure)
        counts = self.stated_counts.by_session
        from .model import Participation

        records = Records(
            attrs.evolve(
                s,
                resolutions=texts.get(s.number, Records()),
                participation=Participation(tuple(figures.get(s.number, ()))),
                stated_party_counts=counts.get(s.number, ()),
            )
            for s in self.session_rows.records
        )
        return Table(records, {s.number: s for s in records})

    @loaded
    def events(self) -> Table[Event]:
        """Events at or around sessions, by id."""
        records: Records[Event] = self.records("events")
        self.check_refs("events", records)
        return Table(records, {e.id: e for e in records})

    @loaded
    def observances(self) -> Table[Observance]:
        """Observances, by id."""
        records: Records[Observance] = self.records("observances")
        self.check_refs("observances", records)
        return Table(records, {o.id: o for o in records})

    @loaded
    def statements(self) -> Table[Statement]:
        """Statements, by id."""
        records: Records[Statement] = self.records("statements")
        self.check_refs("statements", records)
        return Table(records, {s.id: s for s in records})

    @loaded
    def party_tables(self) -> Table[PartyTable]:
        """How far each instrument's participant table reaches, one per instrument."""
        records: Records[PartyTable] = self.records("party_tables")
        self.check_refs("party_tables", records)
        if {t.instrument for t in records} != {i.slug for i in self.instruments.records}:
            raise DataError("party_tables.json", None, "expected one table per instrument")
        return Table(records, {t.instrument: t for t in records})

    @loaded
    def participants(self) -> Participants:
        """Participants with each action's entry into force, by code and by name."""
        raw: Records[Participant] = self.records("participants")
        self.check_refs("participants", raw)
        instruments = self.instruments
        entry = {i.slug: i.entry_into_force for i in instruments.records}
        consents: dict[str, list[_dt.date]] = {slug: [] for slug in entry}
        unplaced: dict[str, list[str]] = {slug: [] for slug in entry}
        records = []
        for participant in raw:
            actions = []
            seen: set[str] = set()
            for action in participant.actions:
                where = repr(participant.code)
                if action.instrument in seen:
                    raise DataError(
                        "participants.json", where, f"two actions under {action.instrument}"
                    )
                seen.add(action.instrument)
                if action.consent is not None and action.consent_undated is not None:
                    raise DataError(
                        "participants.json",
                        where,
                        f"a dated consent that is also undated under {action.instrument}",
                    )
                if action.signature is None and not action.has_consented:
                    raise DataError(
                        "participants.json", where, f"empty action under {action.instrument}"
                    )
                own = entry[action.instrument]
                known = action.consent_known_by
                if known is not None:
                    consents[action.instrument].append(known)
                elif action.has_consented:
                    unplaced[action.instrument].append(participant.code)
                if action.consent is not None and own is not None:
                    action = attrs.evolve(action, in_force=max(action.consent + MONTH, own))
                actions.append(action)
            records.append(
                attrs.evolve(participant, actions=tuple(actions), instrument_keys=instruments.keys)
            )
        names = {p.code: (p.name, *p.aliases) for p in records}
        return Participants(
            Records(records),
            KeyIndex("participant", names),
            {p.code: p for p in records},
            {k: tuple(sorted(v)) for k, v in consents.items()},
            {k: tuple(sorted(v)) for k, v in unplaced.items()},
        )

    @loaded
    def info(self) -> DataInfo:
        """The data's version, as-of date and record counts."""
        from .model import DataInfo

        manifest = self.manifest
        try:
            as_of = _dt.date.fromisoformat(manifest["as_of"])
        except ValueError:
            raise DataError("manifest.json", None, "as_of is not a date") from None
        counts = manifest["counts"]
        if set(counts) != set(_tables.BY_NAME) or not all(type(v) is int for v in counts.values()):
            raise DataError("manifest.json", None, "counts must give an integer per table")
        return DataInfo(
            version=manifest["data_version"],
            as_of=as_of,
            counts=FrozenMap(counts),
            description=str(manifest.get("description", "")),
            built_with=FrozenMap(
                {str(k): str(v) for k, v in manifest.get("built_with", {}).items()}
            ),
        )


_KEYED = {
    "sources": "sources",
    "topics": "topics",
    "instruments": "instruments",
    "sessions": "session_rows",
    "resolutions": "text_rows",
    "bodies": "bodies",
}
"""The tables records refer to, and the store attribute that indexes each by key."""

_LOADERS = (
    "sources",
    "topics",
    "instruments",
    "conference",
    "session_rows",
    "text_rows",
    "bodies",
    "meetings",
    "texts",
    "participation",
    "stated_counts",
    "sessions",
    "events",
    "observances",
    "statements",
    "party_tables",
    "participants",
    "info",
)
"""Every loaded attribute of the store, in an order that loads each table once."""


# References ----------------------------------------------------------------------------------


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
            if value and _is_record(type(value[0])):
                for position, item in enumerate(value):
                    yield from references(item, f"{prefix}{field}[{position}].")
        elif _is_record(type(value)):
            yield from references(value, f"{prefix}{field}.")


_RECORD_TYPES: dict[type, bool] = {}


def _is_record(cls: type) -> bool:
    """Whether ``cls`` is an attrs class (cached: asked for every field of every record)."""
    found = _RECORD_TYPES.get(cls)
    if found is None:
        found = _RECORD_TYPES[cls] = attrs.has(cls)
    return found


_PLANS: dict[type, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {}


def _plan(cls: type) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The fields of ``cls`` that are references (with their table), and the other stored ones."""
    plan = _PLANS.get(cls)
    if plan is None:
        stored = [f for f in attrs.fields(cls) if not f.metadata.get("composed")]
        plan = (
            tuple((f.name, f.metadata["ref"]) for f in stored if "ref" in f.metadata),
            tuple(f.name for f in stored if "ref" not in f.metadata),
        )
        _PLANS[cls] = plan
    return plan


# Helpers -------------------------------------------------------------------------------------


def _frozen(groups: Mapping[Any, Sequence[T]]) -> Mapping[Any, Records[T]]:
    return {k: Records(v) for k, v in groups.items()}


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not a JSON number")


def _row_id(row: object, key: str, position: int) -> str:
    if isinstance(row, dict) and isinstance(row.get(key), (str, int)):
        value = row[key]
        if not isinstance(value, bool):
            return repr(value)[:80]
    return f"#{position}"


_store: Store | None = None


def get() -> Store:
    """The process's store (created on first use; tables load when first needed)."""
    store = _store
    if store is None:
        with _lock:
            if _store is None:
                _set(Store(data_root()))
            store = _store
    assert store is not None
    return store


def _set(store: Store | None) -> None:
    global _store
    _store = store


def reset() -> None:
    """Forget every loaded table (for tests); the next query reads the data again."""
    with _lock:
        _set(None)
        _PLANS.clear()
