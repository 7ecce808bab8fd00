"""Query helpers: the functions users call, served from the indexes built at load time.

Lookups are forgiving about case, spacing and prefixes ("Resolution 12/4", " Firearms ") but
never guess: an unknown key raises :class:`~untoc.errors.NotFoundError` listing close matches.
Collections are returned as cached tuples.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TypeVar

from . import _store
from ._store import DataInfo, normalize_key
from .display import Records
from .errors import AmbiguousError, InvalidArgumentError, InvalidTypeError, NotFoundError
from .model import (
    Conference,
    Event,
    Instrument,
    Kind,
    Observance,
    PartyCount,
    Resolution,
    Session,
    Source,
    Statement,
    Topic,
)

__all__ = [
    "cite",
    "conference",
    "data_info",
    "event",
    "events",
    "instrument",
    "instruments",
    "observance",
    "observances",
    "party_counts",
    "resolution",
    "resolutions",
    "resolutions_by_topic",
    "session",
    "sessions",
    "source",
    "sources",
    "statement",
    "statements",
    "topic",
    "topics",
]

T = TypeVar("T")

_KINDS: dict[str, Kind] = {
    "resolution": "resolution",
    "resolutions": "resolution",
    "res": "resolution",
    "decision": "decision",
    "decisions": "decision",
    "dec": "decision",
}
_SYMBOL = re.compile(
    r"^(?:(?P<kind>resolutions?|res|decisions?|dec)\.?\s*)?"
    r"(?:no\.?\s*)?(?P<session>\d{1,3})\s*/\s*(?P<number>\d{1,3})$"
)
_SESSION = re.compile(r"^(?:cop\s*-?\s*)?(?P<number>\d{1,3})$")


def _require_str(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidTypeError(f"{name} must be a str, not {type(value).__name__}")
    return value


def _close(query: str, candidates: Iterable[str], n: int = 3) -> tuple[str, ...]:
    import difflib

    if len(query) > 100:  # no key is that long; spare difflib a quadratic comparison
        return ()
    return tuple(difflib.get_close_matches(query, list(candidates), n=n, cutoff=0.6))


# Sessions -----------------------------------------------------------------------------------


def sessions() -> Records[Session]:
    """Every session of the Conference held in the data, ordered by number.

    >>> untoc.sessions()[-1].name
    'COP12'
    """
    return _store.get().sessions


def session(number: int | str) -> Session:
    """The session numbered ``number`` (``12``, ``"12"`` or ``"COP12"``).

    >>> untoc.session(12).city
    'Vienna'
    """
    return _session(number)


def _session(number: int | str) -> Session:
    store = _store.get()
    if isinstance(number, bool) or not isinstance(number, (int, str)):
        raise InvalidTypeError(f"session number must be an int, not {type(number).__name__}")
    key: int | None = number if isinstance(number, int) else None
    if isinstance(number, str):
        match = _SESSION.match(normalize_key(number).replace(" ", ""))
        key = int(match["number"]) if match else None
    found = store.session_numbers.get(key) if key is not None else None
    if found is None:
        numbers = sorted(store.session_numbers)
        raise NotFoundError(
            "session", number, valid=f"session numbers {numbers[0]} to {numbers[-1]}"
        )
    return found


# Resolutions and decisions --------------------------------------------------------------------


def _kind(kind: str | None) -> Kind | None:
    if kind is None:
        return None
    normalized = normalize_key(_require_str(kind, "kind"))
    if normalized not in _KINDS:
        raise InvalidArgumentError(f"kind must be 'resolution' or 'decision', not {kind!r}")
    return _KINDS[normalized]


def resolutions(
    session: int | str | None = None,
    *,
    topic: str | None = None,
    kind: str | None = None,
    instrument: str | None = None,
) -> Records[Resolution]:
    """Texts adopted by the Conference, optionally filtered; resolutions and decisions alike.

    Filters combine: ``resolutions(session=12, topic="firearms")``. Unknown topics, sessions
    or instruments raise :class:`~untoc.NotFoundError` rather than returning nothing.

    >>> len(untoc.resolutions(session=12))
    4
    """
    store = _store.get()
    wanted_kind = _kind(kind)
    pool: Records[Resolution]
    if session is not None:
        pool = store.resolutions_by_session.get(_session(session).number, Records())
    elif topic is not None:
        pool = resolutions_by_topic(topic)
        topic = None
    else:
        pool = store.resolutions
    if topic is None and wanted_kind is None and instrument is None:
        return pool
    slug = _topic(topic).slug if topic is not None else None
    instrument_slug = _instrument(instrument).slug if instrument is not None else None
    return Records(
        r
        for r in pool
        if (slug is None or slug in r.topics)
        and (wanted_kind is None or r.kind == wanted_kind)
        and (instrument_slug is None or instrument_slug in r.instruments)
    )


def resolution(symbol: str) -> Resolution:
    """One text by symbol: ``"12/4"``, ``"Resolution 12/4"``, ``"decision 6/1"`` or its id.

    A bare symbol shared by a resolution and a decision raises
    :class:`~untoc.AmbiguousError` naming both.

    >>> untoc.resolution("Resolution 12/4").kind
    'resolution'
    """
    store = _store.get()
    seen = store.resolution_memo.get(symbol) if type(symbol) is str else None
    if seen is not None:
        return seen
    found = _resolution(store, _require_str(symbol, "symbol"))
    if len(store.resolution_memo) < _MEMO_LIMIT:
        store.resolution_memo[symbol] = found
    return found


_MEMO_LIMIT = 4096
"""How many distinct lookup strings are remembered (only strings that found a record)."""


def _resolution(store: _store.Store, text: str) -> Resolution:
    by_id = store.resolution_ids.get(text.strip())
    if by_id is not None:
        return by_id
    match = _SYMBOL.match(" ".join(text.casefold().split()))
    if match is None:
        raise NotFoundError(
            "resolution or decision",
            text,
            _close(text.strip(), store.resolution_ids),
            valid="a symbol such as '12/4', 'Resolution 12/4' or 'Decision 6/1', or a record id",
        )
    key = (int(match["session"]), int(match["number"]))
    kind = _KINDS[match["kind"]] if match["kind"] else None
    candidates: tuple[Resolution, ...] = store.resolutions_by_symbol.get(key, ())
    if kind is not None:
        candidates = tuple(r for r in candidates if r.kind == kind)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        raise AmbiguousError("resolution or decision", text, [r.label for r in candidates])
    held = [r.label for r in store.resolutions_by_session.get(key[0], ()) if r.number is not None]
    valid = (
        f"numbered texts held for COP{key[0]}: {', '.join(held)}"
        if held
        else f"no numbered text is held for COP{key[0]}"
    )
    raise NotFoundError("resolution or decision", text, valid=valid)


# Topics ----------------------------------------------------------------------------------------


def topics() -> Records[Topic]:
    """The controlled vocabulary of topics used to tag texts."""
    return _store.get().topics


def _topic(key: str) -> Topic:
    store = _store.get()
    exact = store.topics_by_slug.get(key) if type(key) is str else None
    if exact is not None:
        return exact
    found = store.topic_keys.get(normalize_key(_require_str(key, "topic")))
    if found is None:
        slugs = [t.slug for t in store.topics]
        suggestions = _close(normalize_key(key), store.topic_keys)
        named = tuple(dict.fromkeys(store.topic_keys[s].slug for s in suggestions))
        raise NotFoundError("topic", key, named, valid=", ".join(slugs))
    return found


def topic(key: str) -> Topic:
    """A topic by slug, label or alias: ``"firearms"``, ``"Crimes that affect the environment"``.

    >>> untoc.topic(" Firearms ").slug
    'firearms'
    """
    return _topic(key)


def resolutions_by_topic(key: str) -> Records[Resolution]:
    """Every text tagged with a topic, oldest first.

    >>> untoc.resolutions_by_topic("environment")[-1].session
    12
    """
    return _store.get().resolutions_by_topic[_topic(key).slug]


# Instruments, events, observances, statements ---------------------------------------------------


def instruments() -> Records[Instrument]:
    """The Convention and its three Protocols."""
    return _store.get().instruments


def instrument(key: str) -> Instrument:
    """An instrument by slug, name or treaty number.

    Slugs: ``"convention"``, ``"trafficking-protocol"``, ``"smuggling-protocol"``,
    ``"firearms-protocol"``.

    >>> untoc.instrument("convention").slug
    'convention'
    """
    return _instrument(key)


def _instrument(key: str) -> Instrument:
    store = _store.get()
    found = store.instrument_keys.get(normalize_key(_require_str(key, "instrument")))
    if found is None:
        slugs = [i.slug for i in store.instruments]
        suggestions = _close(normalize_key(key), store.instrument_keys)
        named = tuple(dict.fromkeys(store.instrument_keys[s].slug for s in suggestions))
        raise NotFoundError("instrument", key, named, valid=", ".join(slugs))
    return found


def events(session: int | str | None = None) -> Records[Event]:
    """Events held at or around sessions (ministerial events, briefings, panels)."""
    store = _store.get()
    if session is None:
        return store.events
    number = _session(session).number
    return Records(e for e in store.events if e.session == number)


def event(event_id: str) -> Event:
    """One event by id."""
    return _find("event", event_id, _store.get().events_by_id)


def observances() -> Records[Observance]:
    """Observances such as the International Day on 15 November."""
    return _store.get().observances


def observance(observance_id: str) -> Observance:
    """One observance by id."""
    return _find("observance", observance_id, _store.get().observances_by_id)


def statements(session: int | str | None = None) -> Records[Statement]:
    """Statements quoted by the sources, optionally for one session."""
    store = _store.get()
    if session is None:
        return store.statements
    number = _session(session).number
    return Records(s for s in store.statements if s.session == number)


def statement(statement_id: str) -> Statement:
    """One statement by id."""
    return _find("statement", statement_id, _store.get().statements_by_id)


def party_counts(instrument: str | None = None) -> Records[PartyCount]:
    """Counts of parties that UNODC or the depositary stated, oldest first (undated last)."""
    store = _store.get()
    if instrument is None:
        return store.party_counts
    return store.party_counts_by_instrument[_instrument(instrument).slug]


def conference() -> Conference:
    """The Conference of the Parties: how often it meets, what it is for."""
    return _store.get().conference


# Sources -----------------------------------------------------------------------------------


def sources() -> Records[Source]:
    """Every source the data cites."""
    return _store.get().sources


def source(source_id: str) -> Source:
    """One source by id; every record's ``sources`` ids resolve here."""
    return _find("source", source_id, _store.get().sources_by_id)


def cite(record: object) -> tuple[str, ...]:
    """One-line citations for every source of ``record`` (any object with ``sources``).

    >>> untoc.cite(untoc.session(12))[0].startswith("UNODC")
    True
    """
    ids = getattr(record, "sources", None)
    if not isinstance(ids, tuple):
        raise InvalidTypeError(f"{type(record).__name__} has no sources to cite")
    return tuple(source(i).cite() for i in ids)


def data_info() -> DataInfo:
    """The bundled data's version, as-of date and record counts."""
    return _store.get().info


def _find(what: str, key: object, index: Mapping[str, T]) -> T:
    text = _require_str(key, f"{what} id")
    found = index.get(text.strip())
    if found is None:
        raise NotFoundError(what, key, _close(text.strip(), index))
    return found
