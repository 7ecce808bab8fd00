"""Lookups of sessions, texts, topics, instruments, events and sources, served from indexes.

Lookups are forgiving about form where people expect it ("Resolution 12/4", " Firearms ", "Palermo
Convention") but never guess: a key either finds exactly one record or raises
[`NotFoundError`][untoc.NotFoundError] with close matches ([`AmbiguousError`][untoc.AmbiguousError]
when it names several). Collections come back as cached [`Records`][untoc.Records] tuples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from . import _keys, _store
from ._public import public
from .errors import AmbiguousError, InvalidTypeError, NotFoundError
from .model import Records

if TYPE_CHECKING:
    from .model import (
        Conference,
        DataInfo,
        Event,
        Instrument,
        Observance,
        Resolution,
        Session,
        Source,
        Statement,
        Topic,
    )

__all__ = [
    "cite",
    "data_info",
    "events",
    "instrument",
    "instruments",
    "observances",
    "resolution",
    "resolutions",
    "resolutions_by_topic",
    "session",
    "sessions",
    "source",
    "sources",
    "statements",
    "topic",
    "topics",
]

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
_MISSING: Any = object()


class PerStore(Generic[K, T]):
    """Values computed from the loaded data, once per canonical key, until the data reloads.

    Keys are canonical (a slug, a session number), so the cache is bounded by the data.
    """

    def __init__(self, compute: Callable[[_store.Store, K], T]) -> None:
        self._compute = compute
        self._store: _store.Store | None = None
        self._values: dict[K, T] = {}

    def __call__(self, key: K) -> T:
        store = _store.get()
        values = self._values
        if self._store is not store:
            values = {}
            self._store, self._values = store, values
        value = values.get(key, _MISSING)
        if value is _MISSING:
            value = self._compute(store, key)
            values[key] = value
        return value  # type: ignore[no-any-return]


# Sessions -----------------------------------------------------------------------------------


@public
def sessions() -> Records[Session]:
    """Every session of the Conference held in the data, ordered by number.

    Examples:
        >>> untoc.sessions()[-1].name
        'COP12'

    """
    return _store.get().sessions.records


@public
def session(number: int | str) -> Session:
    """The session numbered ``number``: ``12``, ``"12"``, ``"COP12"`` or ``"twelfth"``.

    Nothing looser: ``"1/2"`` or ``"-1"`` raise
    [`InvalidArgumentError`][untoc.InvalidArgumentError], a number no session has raises
    [`NotFoundError`][untoc.NotFoundError] saying which sessions are held and why a later one is
    not.

    Examples:
        >>> untoc.session("COP12").city
        'Vienna'

    """
    store = _store.get()
    held = store.sessions.by_key
    found = held.get(number) if type(number) is int else None
    if found is not None:
        return found
    wanted = _keys.session_number(number)
    found = held.get(wanted)
    if found is None:
        first, last = min(held), max(held)
        why = ""
        if wanted == last + 1:
            why = (
                f"; no stored source gives the dates of a {_keys.ordinal(wanted)} session "
                f"(data as of {store.info.as_of.isoformat()})"
            )
        raise NotFoundError("session", number, valid=f"sessions {first} to {last}{why}")
    return found


# Resolutions and decisions --------------------------------------------------------------------

_SYMBOL = re.compile(
    r"(?:(?P<kind>resolutions?|res\.?|decisions?|dec\.?) ?)?(?:no\.? ?)?"
    r"(?P<session>[0-9]{1,3}) ?/ ?(?P<number>[0-9]{1,3})",
    re.ASCII,
)
_KIND_WORDS = {"res": "resolution", "dec": "decision"}


@public
def resolutions(
    session: int | str | None = None,
    *,
    topic: str | None = None,
    kind: str | None = None,
    instrument: str | None = None,
) -> Records[Resolution]:
    """Texts adopted by the Conference, oldest first; resolutions and decisions alike.

    Filters combine: ``resolutions(session=12, topic="firearms")``. An unknown session, topic,
    kind or instrument raises rather than returning nothing.

    Examples:
        >>> len(untoc.resolutions(session=12))
        4

    """
    texts = _store.get().texts
    pool = texts.records
    if session is not None:
        pool = texts.by_session.get(_session_number(session), Records())
    if topic is not None:
        slug = _topic(topic).slug
        pool = Records(r for r in pool if slug in r.topics)
    if kind is not None:
        wanted = _keys.text_kind(kind)
        pool = Records(r for r in pool if r.kind == wanted)
    if instrument is not None:
        wanted_instrument = _instrument(instrument).slug
        pool = Records(r for r in pool if wanted_instrument in r.instruments)
    return pool


@public
def resolution(symbol: str) -> Resolution:
    """One text by symbol: ``"12/4"``, ``"Resolution 12/4"``, ``"decision 6/1"`` or its id.

    A bare symbol shared by a resolution and a decision raises
    [`AmbiguousError`][untoc.AmbiguousError] naming both.

    Examples:
        >>> untoc.resolution("Resolution 12/4").kind
        'resolution'

    """
    texts = _store.get().texts
    found = texts.by_spelling.get(symbol) if type(symbol) is str else None
    if found is not None:
        return found
    text = _keys.bounded(symbol, "resolution or decision")
    match = _SYMBOL.fullmatch(" ".join(text.casefold().split()))
    if match is None:
        raise NotFoundError(
            "resolution or decision",
            symbol,
            _keys.close_matches(text.strip(), {i: i for i in texts.by_id}),
            valid="a symbol such as '12/4', 'Resolution 12/4' or 'Decision 6/1', or a record id",
        )
    key = (int(match["session"]), int(match["number"]))
    candidates: tuple[Resolution, ...] = texts.by_symbol.get(key, ())
    if match["kind"]:
        word = match["kind"].rstrip(".")
        kind = _KIND_WORDS.get(word, word.rstrip("s"))
        candidates = tuple(r for r in candidates if r.kind == kind)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        raise AmbiguousError("resolution or decision", symbol, [r.label for r in candidates])
    held = [r.label for r in texts.by_session.get(key[0], ()) if r.number is not None]
    valid = (
        f"numbered texts held for COP{key[0]}: {', '.join(held)}"
        if held
        else f"no numbered text is held for COP{key[0]}"
    )
    raise NotFoundError("resolution or decision", symbol, valid=valid)


def _session_number(value: object) -> int:
    return session(value).number  # type: ignore[arg-type]


# Topics --------------------------------------------------------------------------------------


@public
def topics() -> Records[Topic]:
    """The controlled vocabulary of topics used to tag texts."""
    return _store.get().topics.records


@public
def topic(key: str) -> Topic:
    """A topic by slug, label or alias: ``"firearms"``, ``"Crimes that affect the environment"``.

    Examples:
        >>> untoc.topic(" Firearms ").slug
        'firearms'

    """
    return _topic(key)


def _topic(key: object) -> Topic:
    table = _store.get().topics
    return table.by_key[table.keys.resolve(key)]


@public
def resolutions_by_topic(key: str) -> Records[Resolution]:
    """Every text tagged with a topic, oldest first (the same as ``resolutions(topic=key)``).

    Examples:
        >>> untoc.resolutions_by_topic("environment")[-1].session
        12

    """
    texts = _store.get().texts
    found = texts.by_topic_spelling.get(key) if type(key) is str else None
    return found if found is not None else texts.by_topic[_topic(key).slug]


# Instruments, events, observances, statements ---------------------------------------------------


@public
def instruments() -> Records[Instrument]:
    """The Convention and its three Protocols."""
    return _store.get().instruments.records


@public
def instrument(key: str) -> Instrument:
    """An instrument by slug, name, short name, common name or UN Treaty Collection number.

    Slugs: ``"convention"``, ``"trafficking-protocol"``, ``"smuggling-protocol"``,
    ``"firearms-protocol"``.

    Examples:
        >>> untoc.instrument("XVIII-12-c").slug, untoc.instrument("Palermo Convention").slug
        ('firearms-protocol', 'convention')

    """
    return _instrument(key)


def _instrument(key: object) -> Instrument:
    table = _store.get().instruments
    return table.by_key[table.keys.resolve(key)]


@public
def events(session: int | str | None = None) -> Records[Event]:
    """Events held at or around sessions (ministerial events, briefings, panels)."""
    records = _store.get().events.records
    if session is None:
        return records
    number = _session_number(session)
    return Records(e for e in records if e.session == number)


def event(event_id: str) -> Event:
    """One event by id."""
    return _find("event", event_id, _store.get().events.by_key)


@public
def observances() -> Records[Observance]:
    """Observances such as the International Day on 15 November."""
    return _store.get().observances.records


def observance(observance_id: str) -> Observance:
    """One observance by id."""
    return _find("observance", observance_id, _store.get().observances.by_key)


@public
def statements(session: int | str | None = None) -> Records[Statement]:
    """Statements quoted by the sources, optionally for one session."""
    records = _store.get().statements.records
    if session is None:
        return records
    number = _session_number(session)
    return Records(s for s in records if s.session == number)


def statement(statement_id: str) -> Statement:
    """One statement by id."""
    return _find("statement", statement_id, _store.get().statements.by_key)


@public
def conference() -> Conference:
    """The Conference of the Parties: how often it meets, what it is for."""
    return _store.get().conference


# Sources -----------------------------------------------------------------------------------


@public
def sources() -> Records[Source]:
    """Every source the data cites."""
    return _store.get().sources.records


@public
def source(source_id: str) -> Source:
    """One source by id; every record's ``sources`` ids resolve here."""
    return _find("source", source_id, _store.get().sources.by_key)


@public
def cite(record: object) -> tuple[str, ...]:
    """One-line citations for every source of ``record`` (any object with ``sources``).

    Examples:
        >>> untoc.cite(untoc.session(12))[0].startswith("UNODC")
        True

    """
    ids = getattr(record, "sources", None)
    if not isinstance(ids, tuple):
        raise InvalidTypeError(f"{type(record).__name__} has no sources to cite")
    by_id = _store.get().sources.by_key
    return tuple(by_id[i].cite() if i in by_id else source(i).cite() for i in ids)


@public
def data_info() -> DataInfo:
    """The bundled data's version, as-of date and record counts."""
    return _store.get().info


def _find(what: str, key: object, index: Mapping[str, T]) -> T:
    text = _keys.bounded(key, f"{what} id").strip()
    found = index.get(text)
    if found is None:
        raise NotFoundError(what, key, _keys.close_matches(text, {k: k for k in index}))
    return found
