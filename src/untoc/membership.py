"""Who signed and joined the Convention and each Protocol, and when.

A participant counts as a party from the deposit of its instrument of consent (ratification,
acceptance, approval, accession or succession), as the UN Treaty Collection counts parties. The
participant tables are copies of the depositary's record, complete through a known date
(`party_table`); later deposits come from other stored pages. Past that date a count is a lower
bound and says so ([`PartyCount`][untoc.PartyCount]), carrying the latest count a source stated; a
list of parties past it comes with an [`IncompleteDataWarning`][untoc.IncompleteDataWarning].
"""

from __future__ import annotations

import datetime as _dt
import warnings
from typing import TYPE_CHECKING

from . import _keys, _store
from ._public import public
from .errors import IncompleteDataWarning
from .model import PartyCount, Records
from .queries import PerStore, instrument

if TYPE_CHECKING:
    from .model import Participant, PartyTable, StatedPartyCount

__all__ = [
    "participant",
    "participants",
    "parties",
    "party_count",
    "stated_party_counts",
]


def party_table(instrument_key: str) -> PartyTable:
    """How far the participant table of an instrument reaches, and what was added to it."""
    return _store.get().party_tables.by_key[instrument(instrument_key).slug]


@public
def participants(instrument_key: str | None = None) -> Records[Participant]:
    """Every participant (signatory or party) held, optionally under one instrument."""
    if instrument_key is None:
        return _store.get().participants.records
    return _under(instrument(instrument_key).slug)


def _compute_under(store: _store.Store, slug: str) -> Records[Participant]:
    return Records(p for p in store.participants.records if p.action(slug) is not None)


_under = PerStore(_compute_under)


@public
def participant(key: str) -> Participant:
    """A participant by ISO 3166-1 alpha-3 or alpha-2 code, depositary name or common name.

    Examples:
        >>> untoc.participant("Türkiye").code, untoc.participant("TUR").name
        ('TUR', 'Turkey')

    """
    table = _store.get().participants
    found = table.by_code.get(key) if type(key) is str else None
    return found or table.by_code[table.keys.resolve(key)]


@public
def parties(instrument_key: str, as_of: _dt.date | str | None = None) -> Records[Participant]:
    """The parties to an instrument on ``as_of`` (a date or ``"YYYY-MM-DD"``; default: all held).

    Past the participant table's completeness window the list may miss parties: an
    [`IncompleteDataWarning`][untoc.IncompleteDataWarning] says so.

    Examples:
        >>> len(untoc.parties("firearms-protocol", as_of="2008-09-26"))
        77

    """
    slug = instrument(instrument_key).slug
    day = None if as_of is None else _keys.day(as_of, "as_of")
    table = party_table(slug)
    if day is None or day > table.complete_through:
        warnings.warn(
            f"the {slug} participant table is complete through "
            f"{table.complete_through.isoformat()}; this list adds later deposits found in "
            "other sources and may miss parties (see untoc.party_count for the stated count)",
            IncompleteDataWarning,
            stacklevel=2,
        )
    return Records(p for p in _under(slug) if p.is_party(slug, day))


@public
def party_count(instrument_key: str, as_of: _dt.date | str | None = None) -> PartyCount:
    """How many parties an instrument had on ``as_of`` (default: as far as the data knows).

    Exact, and usable as an ``int``, inside the participant table's completeness window; past
    it, a lower bound (``str()`` reads "at least ...") carrying the latest count a source
    stated on or before that date in ``.stated``, and in ``.undated`` the participants whose
    consent sources report without a date that settles whether it was given by then. Without
    ``as_of``, every consent held counts, dated or not.

    Examples:
        >>> n = untoc.party_count("convention", as_of=datetime.date(2005, 3, 4))  # Uruguay
        >>> n == 100, n.precision
        (True, 'exact')
        >>> print(untoc.party_count("firearms-protocol", as_of="2024-10-14"))  # doctest: +ELLIPSIS
        at least ... (the firearms-protocol table is complete through 2014-03-21; 123 stated ...)

    """
    slug = instrument(instrument_key).slug
    day = None if as_of is None else _keys.day(as_of, "as_of")
    store = _store.get()
    table = store.party_tables.by_key[slug]
    value = store.participants.parties_on(slug, day)
    if day is not None and day <= table.complete_through:
        return PartyCount(
            value, instrument=slug, as_of=day, complete_through=table.complete_through
        )
    undated = () if day is None else _undated_on(slug, day)
    return PartyCount(
        value,
        "at least",
        instrument=slug,
        as_of=day,
        complete_through=table.complete_through,
        stated=latest_stated(slug, day),
        undated=undated,
    )


def _undated_on(slug: str, day: _dt.date) -> tuple[str, ...]:
    """Participants whose undated consent might have been given by ``day``."""
    found = []
    for person in _under(slug):
        action = person.action(slug)
        if action is not None and action.may_be_party_on(day):
            found.append(person.code)
    return tuple(found)


def latest_stated(instrument_key: str, day: _dt.date | None) -> StatedPartyCount | None:
    """The latest count of parties a source stated on or before ``day`` (any date if None)."""
    counts = _store.get().stated_counts.by_instrument[instrument(instrument_key).slug]
    best: StatedPartyCount | None = None
    for count in counts:
        if count.measure != "parties" or count.as_of is None:
            continue
        if day is not None and count.as_of > day:
            continue
        if best is None or count.as_of >= best.as_of:  # type: ignore[operator]
            best = count
    return best


@public
def stated_party_counts(instrument_key: str | None = None) -> Records[StatedPartyCount]:
    """Counts of parties (or signatories) that sources stated, oldest first (undated last)."""
    counts = _store.get().stated_counts
    if instrument_key is None:
        return counts.records
    return counts.by_instrument[instrument(instrument_key).slug]


def ratification_timeline(instrument_key: str) -> tuple[tuple[_dt.date, int], ...]:
    """``(date, parties)`` steps, one per date on which the count changed (for plotting).

    The steps stop at the last deposit held; past `party_table`'s ``complete_through``
    they are lower bounds.
    """
    return _timeline(instrument(instrument_key).slug)


def _compute_timeline(store: _store.Store, slug: str) -> tuple[tuple[_dt.date, int], ...]:
    steps: list[tuple[_dt.date, int]] = []
    for count, day in enumerate(store.participants.consents[slug], start=1):
        if steps and steps[-1][0] == day:
            steps[-1] = (day, count)
        else:
            steps.append((day, count))
    return tuple(steps)


_timeline = PerStore(_compute_timeline)
