"""Who signed and joined the Convention and each Protocol, and when.

A participant counts as a party from the deposit of its instrument of consent (ratification,
acceptance, approval, accession or succession), as the UN Treaty Collection counts parties. The
participant tables are copies of the depositary's record, complete through a known date
(`party_table`); later deposits come from other stored pages. Past that date a count is a lower
bound and says so ([`PartyCount`][untoc.PartyCount]), carrying the latest count a source stated; a
list of parties past it comes with an [`IncompleteDataWarning`][untoc.IncompleteDataWarning].
"""

from __future__ import annotations

import bisect
import datetime as _dt
import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING

from . import _keys, _store
from ._keys import renamed
from ._public import publish
from .errors import IncompleteDataWarning
from .model import PartyCount, Records
from .queries import PerStore
from .queries import instrument as _instrument

if TYPE_CHECKING:
    from .model import Participant, PartyTable, StatedPartyCount

__all__ = [
    "participant",
    "participants",
    "parties",
    "party_count",
    "signatory_count",
    "stated_party_counts",
]


def party_table(instrument: str) -> PartyTable:
    """How far the participant table of an instrument reaches, and what was added to it."""
    found: PartyTable = _store.loaded("party_tables")[_instrument(instrument).slug]
    return found


@renamed(instrument_key="instrument")
def participants(instrument: str | None = None) -> Records[Participant]:
    """Every participant (signatory or party) held, optionally under one instrument."""
    if instrument is None:
        return _store.loaded("participants").records
    return _under(_instrument(instrument).slug)


def _compute_under(store: _store.Store, slug: str) -> Records[Participant]:
    return Records(p for p in store.table("participants").records if p.action(slug) is not None)


_under = PerStore(_compute_under)


class _Consents:
    """Each instrument's consent dates in order, and who consented on no date a source gives.

    ``dates`` holds the day each consent is known by (an undated consent's stated month or
    year end); ``unplaced`` the codes of participants whose consent no source places in time.
    """

    __slots__ = ("dates", "unplaced")

    def __init__(
        self, dates: Mapping[str, tuple[_dt.date, ...]], unplaced: Mapping[str, tuple[str, ...]]
    ) -> None:
        self.dates = dates
        self.unplaced = unplaced

    def parties_on(self, slug: str, day: _dt.date | None) -> int:
        """How many consents to ``slug`` are known to have been given by ``day``."""
        dates = self.dates[slug]
        if day is None:
            return len(dates) + len(self.unplaced[slug])
        return bisect.bisect_right(dates, day)


def _consents(table: _store.Loaded[Participant]) -> _Consents:
    slugs = [i.slug for i in _store.loaded("instruments").records]
    dates: dict[str, list[_dt.date]] = {slug: [] for slug in slugs}
    unplaced: dict[str, list[str]] = {slug: [] for slug in slugs}
    for person in table.records:
        for action in person.actions:
            known = action.consent_known_by
            if known is not None:
                dates[action.instrument].append(known)
            elif action.has_consented:
                unplaced[action.instrument].append(person.code)
    return _Consents(
        {k: tuple(sorted(v)) for k, v in dates.items()},
        {k: tuple(sorted(v)) for k, v in unplaced.items()},
    )


def participant(key: str) -> Participant:
    """A participant by ISO 3166-1 alpha-3 or alpha-2 code, depositary name or common name.

    Examples:
        >>> untoc.participant("Türkiye").code, untoc.participant("TUR").name
        ('TUR', 'Turkey')

    """
    table = _store.loaded("participants")
    found = table.by_key.get(key) if type(key) is str else None
    return found or table.find(key)  # type: ignore[no-any-return]


@renamed(instrument_key="instrument")
def parties(instrument: str, as_of: _dt.date | str | None = None) -> Records[Participant]:
    """The parties to an instrument on ``as_of`` (a date or ``"YYYY-MM-DD"``; default: all held).

    Past the participant table's completeness window the list may miss parties: an
    [`IncompleteDataWarning`][untoc.IncompleteDataWarning] says so.

    Examples:
        >>> len(untoc.parties("firearms-protocol", as_of="2008-09-26"))
        77

    """
    slug = _instrument(instrument).slug
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


@renamed(instrument_key="instrument")
def party_count(instrument: str, as_of: _dt.date | str | None = None) -> PartyCount:
    """How many parties an instrument had on ``as_of`` (default: the data's as-of date).

    Exact, and usable as an ``int``, inside the participant table's completeness window; past
    it, a lower bound (``str()`` reads "at least ...") carrying the latest count a source
    stated on or before that date in ``.stated``, and in ``.undated`` the participants whose
    consent sources report without a date that settles whether it was given by then. On or
    after the data's as-of date, a consent sources report with no date at all counts (it was
    given before the pages that report it), so ``party_count(i)`` and
    ``party_count(i, as_of=untoc.data_info().as_of)`` are one answer. ``untoc.cite()`` of the
    count gives the depositary table, the pages of the later deposits it counts and those of
    the stated count.

    Examples:
        >>> n = untoc.party_count("convention", as_of=datetime.date(2005, 3, 4))  # Uruguay
        >>> n == 100, n.precision
        (True, 'exact')
        >>> print(untoc.party_count("firearms-protocol", as_of="2024-10-14"))  # doctest: +ELLIPSIS
        at least ... (the firearms-protocol table is complete through 2014-03-21; 123 stated ...)

    """
    slug = _instrument(instrument).slug
    today = _store.get().info.as_of
    day = today if as_of is None else _keys.day(as_of, "as_of")
    table = party_table(slug)
    consents = _store.loaded("participants").memo(_consents)
    dated = consents.parties_on(slug, day)
    if day <= table.complete_through:
        return PartyCount(
            dated,
            instrument=slug,
            as_of=day,
            complete_through=table.complete_through,
            dated=dated,
            sources=table.sources[:1],
        )
    reported = consents.unplaced[slug] if day >= today else ()
    stated = latest_stated(slug, day)
    undated = tuple(c for c in _undated_on(slug, day) if c not in reported)
    return PartyCount(
        dated + len(reported),
        "at least",
        instrument=slug,
        as_of=day,
        complete_through=table.complete_through,
        dated=dated,
        reported=len(reported),
        stated=stated,
        undated=undated,
        sources=_count_sources(slug, day, table, reported, stated, undated),
    )


def _signatures(table: _store.Loaded[Participant]) -> Mapping[str, tuple[_dt.date, ...]]:
    """Each instrument's signature dates, in order."""
    dates: dict[str, list[_dt.date]] = {i.slug: [] for i in _store.loaded("instruments").records}
    for person in table.records:
        for action in person.actions:
            if action.signature is not None:
                dates[action.instrument].append(action.signature)
    return {slug: tuple(sorted(days)) for slug, days in dates.items()}


@renamed(instrument_key="instrument")
def signatory_count(instrument: str, as_of: _dt.date | str | None = None) -> PartyCount:
    """How many signatories an instrument had on ``as_of`` (default: the data's as-of date).

    Counted from the signature dates of the participant table, a copy of the depositary's
    record. Exact inside the table's completeness window, like
    [`party_count`][untoc.party_count]. Past it the count is still exact when the instrument's
    own article closed signature before the table's last day (``Instrument.signature_rule``):
    no signature can come later, and ``rule`` says so (a derived exactness). Otherwise it is a
    lower bound. ``.stated`` carries the latest count of signatories a source stated, past
    the window, to compare with.

    Examples:
        >>> untoc.signatory_count("convention", as_of="2000-12-15")  # UNIS: "124 ... had signed"
        PartyCount(value=124, ...)
        >>> n = untoc.signatory_count("firearms-protocol")
        >>> n == 52, n.precision, n.stated.value
        (True, 'exact', 52)

    """
    found = _instrument(instrument)
    slug = found.slug
    day = _store.get().info.as_of if as_of is None else _keys.day(as_of, "as_of")
    table = party_table(slug)
    signed = bisect.bisect_right(_store.loaded("participants").memo(_signatures)[slug], day)
    rule = found.signature_rule
    stated = None if day <= table.complete_through else latest_stated(slug, day, "signatories")
    ids = [*table.sources[:1]]
    why = None
    if day > table.complete_through:
        if rule is not None and rule.closes <= table.complete_through:
            why = (
                f"signature closed on {rule.closes} (article {rule.article}), before the "
                f"{slug} table's last day ({table.complete_through}): the table holds every "
                "signature"
            )
            ids += rule.sources
        ids += stated.sources if stated is not None else ()
    exact = day <= table.complete_through or why is not None
    return PartyCount(
        signed,
        "" if exact else "at least",
        instrument=slug,
        as_of=day,
        complete_through=table.complete_through,
        dated=signed,
        stated=stated,
        sources=tuple(dict.fromkeys(ids)),
        measure="signatories",
        rule=why,
    )


def _undated_on(slug: str, day: _dt.date) -> tuple[str, ...]:
    """Participants whose undated consent might have been given by ``day``."""
    found = []
    for person in _under(slug):
        action = person.action(slug)
        if action is not None and action.may_be_party_on(day):
            found.append(person.code)
    return tuple(found)


def _count_sources(
    slug: str,
    day: _dt.date,
    table: PartyTable,
    reported: tuple[str, ...],
    stated: StatedPartyCount | None,
    undated: tuple[str, ...],
) -> tuple[str, ...]:
    """The sources a count stands on, each once.

    The copied table, each later deposit counted (oldest first), the stated count, then what
    reports each consent the count names as not dated (``undated``).
    """
    later = []
    for person in _under(slug):
        action = person.action(slug)
        if action is None:
            continue
        known = action.consent_known_by
        counted = (known is not None and table.complete_through < known <= day) or (
            known is None and person.code in reported
        )
        if counted:
            later.append((known or day, action.sources))
    ids = [*table.sources[:1]]
    for _, sources in sorted(later, key=lambda item: item[0]):
        ids += sources
    if stated is not None:
        ids += stated.sources
    for code in undated:
        action = _store.loaded("participants").by_key[code].action(slug)
        ids += action.sources if action is not None else ()
    return tuple(dict.fromkeys(ids))


def latest_stated(
    instrument: str, day: _dt.date | None, measure: str = "parties"
) -> StatedPartyCount | None:
    """The latest count of parties (or signatories) a source stated on or before ``day``."""
    slug = _instrument(instrument).slug
    counts = _store.loaded("stated_party_counts").by("instrument").get(slug, ())
    best: StatedPartyCount | None = None
    for count in counts:
        if count.measure != measure or count.as_of is None:
            continue
        if day is not None and count.as_of > day:
            continue
        if best is None or count.as_of >= best.as_of:  # type: ignore[operator,unused-ignore]
            best = count
    return best


@renamed(instrument_key="instrument")
def stated_party_counts(instrument: str | None = None) -> Records[StatedPartyCount]:
    """Counts of parties (or signatories) that sources stated, oldest first (undated last)."""
    counts = _store.loaded("stated_party_counts")
    if instrument is None:
        return counts.records
    return counts.by("instrument").get(_instrument(instrument).slug, Records())


def ratification_timeline(instrument: str) -> tuple[tuple[_dt.date, int], ...]:
    """``(date, parties)`` steps, one per date on which the count changed (for plotting).

    The steps stop at the last deposit held; past `party_table`'s ``complete_through``
    they are lower bounds.
    """
    return _timeline(_instrument(instrument).slug)


def _compute_timeline(store: _store.Store, slug: str) -> tuple[tuple[_dt.date, int], ...]:
    steps: list[tuple[_dt.date, int]] = []
    consents = store.table("participants").memo(_consents)
    for count, day in enumerate(consents.dates[slug], start=1):
        if steps and steps[-1][0] == day:
            steps[-1] = (day, count)
        else:
            steps.append((day, count))
    return tuple(steps)


_timeline = PerStore(_compute_timeline)


publish(globals())
