"""Who joined the Convention and each Protocol, and when: queries over the participant tables.

A participant counts as a party from the deposit of its instrument of consent (ratification,
acceptance, approval, accession or succession), as the UN Treaty Collection counts parties.
The tables are copies of the depositary's record, complete through a known date
(:func:`party_table`); later deposits come from other stored pages. A query for a date past
that point emits :class:`IncompleteDataWarning`, because the answer may undercount.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import warnings

from . import _store
from ._store import _keys, normalize_key
from .display import Records
from .errors import InvalidTypeError, NotFoundError
from .model import Party, PartyTable
from .queries import _close, _instrument, _require_str

__all__ = [
    "IncompleteDataWarning",
    "participants",
    "parties",
    "party",
    "party_count",
    "party_table",
    "ratification_timeline",
]


class IncompleteDataWarning(UserWarning):
    """A query reaches past the date through which a participant table is complete.

    The answer counts the table plus later deposits found in stored pages, and may be lower
    than the depositary's own count on that date.
    """


def _as_of(value: object) -> _dt.date | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime) or not isinstance(value, _dt.date):
        raise InvalidTypeError(f"as_of must be a datetime.date or None, not {type(value).__name__}")
    return value


def _warn_if_incomplete(table: PartyTable, as_of: _dt.date | None) -> None:
    if as_of is None or as_of > table.complete_through:
        when = "today" if as_of is None else as_of.isoformat()
        warnings.warn(
            f"the {table.instrument} participant table is complete through "
            f"{table.complete_through.isoformat()}; the answer for {when} adds "
            f"{len(table.added)} later deposit(s) from other sources and may undercount",
            IncompleteDataWarning,
            stacklevel=3,
        )


def party_table(instrument: str) -> PartyTable:
    """How far the participant table of ``instrument`` goes, and what was added to it."""
    return _store.get().party_tables[_instrument(instrument).slug]


def participants(instrument: str | None = None) -> Records[Party]:
    """Every participant (signatory or party) held, optionally under one instrument."""
    store = _store.get()
    if instrument is None:
        return store.parties
    slug = _instrument(instrument).slug
    return Records(p for p in store.parties if p.action(slug) is not None)


def parties(instrument: str, as_of: _dt.date | None = None) -> Records[Party]:
    """The parties to ``instrument`` on ``as_of`` (default: as far as the data knows).

    >>> len(untoc.parties("firearms-protocol", as_of=datetime.date(2008, 9, 26)))
    77
    """
    slug = _instrument(instrument).slug
    day = _as_of(as_of)
    _warn_if_incomplete(party_table(slug), day)
    out = []
    for p in _store.get().parties:
        action = p.action(slug)
        if (
            action is not None
            and action.consent is not None
            and (day is None or action.consent <= day)
        ):
            out.append(p)
    return Records(out)


def party_count(instrument: str, as_of: _dt.date | None = None) -> int:
    """How many parties ``instrument`` had on ``as_of``, computed from the table.

    >>> untoc.party_count("convention", as_of=datetime.date(2005, 3, 4))
    100
    """
    slug = _instrument(instrument).slug
    day = _as_of(as_of)
    _warn_if_incomplete(party_table(slug), day)
    consents = _store.get().party_consents[slug]
    return len(consents) if day is None else bisect.bisect_right(consents, day)


def ratification_timeline(instrument: str) -> tuple[tuple[_dt.date, int], ...]:
    """``(date, parties)`` steps, one per date on which the count changed (for plotting).

    The steps stop at the last deposit held; see :func:`party_table` for how far that is
    complete.
    """
    slug = _instrument(instrument).slug
    store = _store.get()
    cached = store.derived.get(("timeline", slug))
    if isinstance(cached, tuple):
        return cached
    steps: list[tuple[_dt.date, int]] = []
    for count, day in enumerate(store.party_consents[slug], start=1):
        if steps and steps[-1][0] == day:
            steps[-1] = (day, count)
        else:
            steps.append((day, count))
    result = tuple(steps)
    store.derived[("timeline", slug)] = result
    return result


def party(key: str) -> Party:
    """A participant by ISO 3166-1 alpha-3 or alpha-2 code, depositary name or common name.

    >>> untoc.party("Türkiye").code, untoc.party("turkey").code, untoc.party("TUR").name
    ('TUR', 'TUR', 'Turkey')
    """
    store = _store.get()
    text = _require_str(key, "party")
    keys = store.derived.get("party-keys")
    if not isinstance(keys, dict):
        keys = _keys(store.parties, lambda p: (p.code, p.name, *p.aliases), lambda p: p)
        # Exact spellings too, so the common lookups skip normalizing.
        for p in store.parties:
            for spelling in (p.code, p.name, *p.aliases):
                keys.setdefault(spelling, p)
        store.derived["party-keys"] = keys
    found = keys.get(text)
    if found is None:
        found = keys.get(normalize_key(text))
    if found is None:
        names = {normalize_key(p.name): p.name for p in store.parties}
        suggestions = _close(normalize_key(text), names)
        raise NotFoundError(
            "participant",
            key,
            tuple(names[s] for s in suggestions),
            valid="an ISO 3166-1 code, the depositary's name or a common short name",
        )
    return found
