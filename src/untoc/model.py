"""The domain model: frozen, slotted attrs classes that hold the bundled record.

Objects are immutable (``attrs.frozen``), collections are tuples and mappings are read-only, so
nothing a caller does to a result can change what the next caller gets. Records refer to each
other by key (a session number, a source id, a topic slug, an instrument slug); the query
functions in :mod:`untoc` resolve those keys.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Literal

import attrs

__all__ = [
    "MEASURES",
    "Action",
    "AdoptedCount",
    "Attendee",
    "Conference",
    "ConsentKind",
    "Discrepancy",
    "Event",
    "Figure",
    "Instrument",
    "Kind",
    "Measure",
    "Observance",
    "Participation",
    "Party",
    "PartyCount",
    "PartyTable",
    "Person",
    "Qualifier",
    "Resolution",
    "Session",
    "Source",
    "StatedFigure",
    "Statement",
    "Theme",
    "Titles",
    "Topic",
]

Qualifier = Literal[
    "",
    "more than",
    "over",
    "at least",
    "around",
    "about",
    "approximately",
    "some",
    "almost",
    "nearly",
    "up to",
]
"""How a source qualified a figure; ``""`` means the figure was stated without qualifier."""

_LOWER_BOUNDS = frozenset({"more than", "over", "at least"})
_UPPER_BOUNDS = frozenset({"almost", "nearly", "up to"})

Kind = Literal["resolution", "decision"]
"""The two kinds of text a session of the Conference adopts."""

Measure = Literal[
    "participants",
    "delegates",
    "delegations",
    "states",
    "states_parties",
    "signatories",
    "observer_states",
    "observers",
    "intergovernmental_organizations",
    "non_governmental_organizations",
    "civil_society_organizations",
    "non_governmental_stakeholders",
    "side_events",
    "civil_society_side_events",
    "government_representatives",
    "ministers",
]
"""What a participation figure counts."""

MEASURES: tuple[Measure, ...] = (
    "participants",
    "delegates",
    "delegations",
    "states",
    "states_parties",
    "signatories",
    "observer_states",
    "observers",
    "intergovernmental_organizations",
    "non_governmental_organizations",
    "civil_society_organizations",
    "non_governmental_stakeholders",
    "side_events",
    "civil_society_side_events",
    "government_representatives",
    "ministers",
)
"""Every participation measure, in display order."""


class _Display:
    """Mixin: a record renders as an HTML table with its citations in Jupyter."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        from .display import record_html

        return record_html(self)


def _count(noun: str) -> Callable[[tuple[object, ...]], str]:
    """A field repr that shows how many items a tuple holds rather than all of them."""

    def show(items: tuple[object, ...]) -> str:
        return f"<{len(items)} {noun}>"

    return show


class Titles(Mapping[str, str]):
    """A read-only, hashable mapping of ISO 639-1 language code to a text's official title.

    English (``"en"``) is the default language; some texts are known only by a title in another
    official language (``{"es": "..."}``), kept as printed rather than translated.

    >>> t = Titles({"en": "Firearms", "es": "Armas de fuego"})
    >>> t["es"], t.default
    ('Armas de fuego', 'Firearms')
    """

    __slots__ = ("_items",)
    _items: tuple[tuple[str, str], ...]

    def __init__(self, items: Mapping[str, str] | Iterable[tuple[str, str]] = ()) -> None:
        pairs = items.items() if isinstance(items, Mapping) else items
        object.__setattr__(self, "_items", tuple(sorted((str(k), str(v)) for k, v in pairs)))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Titles is immutable")

    def __getitem__(self, language: str) -> str:
        for code, text in self._items:
            if code == language:
                return text
        raise KeyError(language)

    def __iter__(self) -> Iterator[str]:
        return (code for code, _ in self._items)

    def __len__(self) -> int:
        return len(self._items)

    def __hash__(self) -> int:
        return hash(self._items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Titles):
            return self._items == other._items
        if isinstance(other, Mapping):
            return dict(self._items) == dict(other)
        return NotImplemented

    def __repr__(self) -> str:
        return f"Titles({dict(self._items)!r})"

    @property
    def default(self) -> str | None:
        """The English title, or ``None`` when no English title is held."""
        return self.get("en")


@attrs.frozen
class Figure(_Display):
    """A number as a source states it, with its qualifier ("more than 1,500").

    ``value`` is the number printed; ``qualifier`` says whether it is exact, a bound or an
    approximation. ``str()`` reads as the source put it.

    >>> str(Figure(1500, "more than")), Figure(1500, "more than").bounds
    ('more than 1,500', (1500, None))
    """

    value: int
    qualifier: Qualifier = ""

    def __str__(self) -> str:
        return f"{self.qualifier} {self.value:,}".strip()

    @property
    def is_exact(self) -> bool:
        """Whether the source stated the figure without qualifier."""
        return self.qualifier == ""

    @property
    def precision(self) -> Literal["exact", "lower-bound", "upper-bound", "approximate"]:
        """How to read ``value``: exact, a lower or an upper bound, or an approximation."""
        if self.qualifier == "":
            return "exact"
        if self.qualifier in _LOWER_BOUNDS:
            return "lower-bound"
        if self.qualifier in _UPPER_BOUNDS:
            return "upper-bound"
        return "approximate"

    @property
    def bounds(self) -> tuple[int | None, int | None]:
        """``(low, high)``: what the statement says about the true number (``None`` = open).

        "more than"/"over" bounds are exclusive, "at least" and "up to" inclusive; an exact
        figure gives ``(value, value)``; an approximation gives ``(None, None)``.
        """
        precision = self.precision
        if precision == "exact":
            return (self.value, self.value)
        if precision == "lower-bound":
            return (self.value, None)
        if precision == "upper-bound":
            return (None, self.value)
        return (None, None)


@attrs.frozen(kw_only=True)
class StatedFigure(Figure):
    """A participation figure for one session, as one source states it.

    ``status`` is ``"reported"`` for a figure stated during or after the session and
    ``"expected"`` for one announced before it; ``stated_as_record`` is true when the source
    itself calls it a record ("A record 1,400 participants").
    """

    session: int
    measure: Measure
    status: Literal["reported", "expected"] = "reported"
    stated_as_record: bool = False
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    quote: str | None = attrs.field(default=None, repr=False)
    note: str | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        text = Figure.__str__(self)
        if self.stated_as_record:
            text = f"a record {text}"
        if self.status == "expected":
            text += " (expected)"
        return text


@attrs.frozen(kw_only=True)
class AdoptedCount(Figure):
    """How many texts a source states a session adopted ("Eight decisions were adopted")."""

    kind: Literal["resolution", "decision", "text"]
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    quote: str | None = attrs.field(default=None, repr=False)
    note: str | None = attrs.field(default=None, repr=False)


@attrs.frozen(kw_only=True)
class PartyCount(Figure):
    """A count of parties (or signatories) to an instrument that UNODC or the depositary stated.

    ``as_of`` is the date the source gives the count for (its publication date when the count is
    "today's"), or ``None`` when the source is undated. ``reconciliation`` explains why the
    figure differs from the count computed from the participant table, where it does.
    """

    instrument: str
    as_of: _dt.date | None
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    measure: Literal["parties", "signatories"] = "parties"
    quote: str | None = attrs.field(default=None, repr=False)
    session: int | None = None
    note: str | None = attrs.field(default=None, repr=False)
    reconciliation: str | None = None


@attrs.frozen
class Discrepancy(_Display):
    """Two sources disagree on a value: the one chosen, the other, and why."""

    field: str
    chosen: str
    other: str
    other_sources: tuple[str, ...]
    reason: str


@attrs.frozen
class Person(_Display):
    """A person and, where stated, the country or body they represent.

    ``name`` is ``None`` when a source names only the country (for example "Egypt was elected
    President of the Conference").
    """

    name: str | None
    country: str | None = None
    role: str | None = None

    def __str__(self) -> str:
        if self.name is None:
            return f"(name not stated) ({self.country})" if self.country else "(name not stated)"
        return self.name if self.country is None else f"{self.name} ({self.country})"


@attrs.frozen
class Participation(_Display):
    """Every participation figure stated for one session, with the preferred one per measure.

    Attribute access (``.participants``, ``.states``, ...) gives the preferred *reported* figure
    for that measure, or ``None`` when no source states one. ``figures`` keeps every stated
    figure, alternates and pre-session expectations included.
    """

    figures: tuple[StatedFigure, ...] = attrs.field(default=(), repr=_count("figures"))

    def get(self, measure: str, *, include_expected: bool = False) -> StatedFigure | None:
        """The preferred figure for ``measure`` (reported only, unless asked otherwise)."""
        for figure in self.figures:
            if figure.measure == measure and (include_expected or figure.status == "reported"):
                return figure
        return None

    def all(self, measure: str) -> tuple[StatedFigure, ...]:
        """Every stated figure for ``measure``, preferred first."""
        return tuple(f for f in self.figures if f.measure == measure)

    @property
    def measures(self) -> tuple[str, ...]:
        """The measures with at least one reported figure, in display order."""
        return tuple(m for m in MEASURES if self.get(m) is not None)

    @property
    def participants(self) -> StatedFigure | None:
        """People taking part (all delegations, organizations and observers)."""
        return self.get("participants")

    @property
    def delegates(self) -> StatedFigure | None:
        """Delegates, where a source counts delegates rather than participants."""
        return self.get("delegates")

    @property
    def delegations(self) -> StatedFigure | None:
        """Delegations (registered or attending), where a source counts delegations."""
        return self.get("delegations")

    @property
    def states(self) -> StatedFigure | None:
        """States (or countries) represented."""
        return self.get("states")

    @property
    def states_parties(self) -> StatedFigure | None:
        """States parties represented."""
        return self.get("states_parties")

    @property
    def signatories(self) -> StatedFigure | None:
        """Signatory States (not yet parties) represented."""
        return self.get("signatories")

    @property
    def observer_states(self) -> StatedFigure | None:
        """Non-party States attending as observers."""
        return self.get("observer_states")

    @property
    def observers(self) -> StatedFigure | None:
        """Observers of any kind, where a source does not say what they represent."""
        return self.get("observers")

    @property
    def intergovernmental_organizations(self) -> StatedFigure | None:
        """Intergovernmental (international and regional) organizations represented."""
        return self.get("intergovernmental_organizations")

    @property
    def non_governmental_organizations(self) -> StatedFigure | None:
        """Non-governmental organizations represented."""
        return self.get("non_governmental_organizations")

    @property
    def civil_society_organizations(self) -> StatedFigure | None:
        """Civil-society organizations, where a source counts them under that name."""
        return self.get("civil_society_organizations")

    @property
    def non_governmental_stakeholders(self) -> StatedFigure | None:
        """Non-governmental stakeholders (NGOs, academia, private sector) attending."""
        return self.get("non_governmental_stakeholders")

    @property
    def side_events(self) -> StatedFigure | None:
        """Side events held in the margins of the session."""
        return self.get("side_events")

    @property
    def civil_society_side_events(self) -> StatedFigure | None:
        """Side events organized or co-organized by civil-society organizations."""
        return self.get("civil_society_side_events")

    @property
    def government_representatives(self) -> StatedFigure | None:
        """Government representatives attending."""
        return self.get("government_representatives")

    @property
    def ministers(self) -> StatedFigure | None:
        """Ministers attending."""
        return self.get("ministers")


@attrs.frozen
class Source(_Display):
    """A page or document a fact was read from.

    ``kind`` is ``"official"`` (UN, UNODC, UN Information Service, UN Treaty Collection),
    ``"copy"`` (a faithful third-party copy of a UN document) or ``"secondary"`` (news, NGO,
    mission pages). ``title`` is ``None`` when the stored copy shows none.
    """

    id: str
    url: str
    title: str | None
    publisher: str
    published: _dt.date | None
    kind: Literal["official", "copy", "secondary"]
    language: str = "en"
    note: str | None = attrs.field(default=None, repr=False)

    def cite(self) -> str:
        """A one-line citation: publisher, title, date and URL."""
        date = self.published.isoformat() if self.published else "n.d."
        title = f"“{self.title}”" if self.title else "untitled page"
        return f"{self.publisher}, {title} ({date}). {self.url}"


@attrs.frozen
class Topic(_Display):
    """A subject in the controlled vocabulary used to tag texts.

    ``aliases`` are accepted by :func:`untoc.topic`; ``keywords`` document which words in a
    title or subject lead to this topic.
    """

    slug: str
    label: str
    description: str
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@attrs.frozen
class Resolution(_Display):
    """A resolution or decision adopted by a session of the Conference of the Parties.

    ``number`` and ``titles`` are ``None``/empty when no stored source gives them; ``subject``
    always says what the text is about. ``symbol`` is ``"12/4"`` style, ``label`` reads
    ``"Resolution 12/4"``.
    """

    id: str
    kind: Kind
    session: int
    number: int | None
    subject: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    titles: Titles = attrs.field(factory=Titles)
    adopted: _dt.date | None = None
    topics: tuple[str, ...] = ()
    instruments: tuple[str, ...] = ()
    quote: str | None = attrs.field(default=None, repr=False)
    notes: str | None = attrs.field(default=None, repr=False)
    discrepancies: tuple[Discrepancy, ...] = ()

    @property
    def symbol(self) -> str | None:
        """``"SESSION/NUMBER"``, or ``None`` when the number is unknown."""
        return None if self.number is None else f"{self.session}/{self.number}"

    @property
    def label(self) -> str:
        """``"Resolution 12/4"``; ``"Resolution (COP12, number unknown)"`` when unnumbered."""
        if self.symbol is None:
            return f"{self.kind.capitalize()} (COP{self.session}, number unknown)"
        return f"{self.kind.capitalize()} {self.symbol}"

    @property
    def title(self) -> str | None:
        """The English title, or ``None`` when no English title is held."""
        return self.titles.default

    def __str__(self) -> str:
        title = self.title or next(iter(self.titles.values()), None) or self.subject
        return f"{self.label}: {title}"


@attrs.frozen
class Session(_Display):
    """A session of the Conference of the Parties (COP1 in 2004 ... COP12 in 2024).

    ``resolutions`` holds every text held for the session, resolutions and decisions alike;
    ``texts_adopted`` what sources state was adopted, kept apart so that gaps are visible.
    """

    number: int
    start: _dt.date
    end: _dt.date
    city: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    venue: str | None = None
    format: Literal["in person", "hybrid"] | None = None
    president: Person | None = None
    report_symbol: str | None = None
    texts_adopted: tuple[AdoptedCount, ...] = attrs.field(default=(), repr=False)
    discrepancies: tuple[Discrepancy, ...] = attrs.field(default=(), repr=False)
    notes: str | None = attrs.field(default=None, repr=False)
    quote: str | None = attrs.field(default=None, repr=False)
    resolutions: tuple[Resolution, ...] = attrs.field(default=(), repr=_count("texts"))
    participation: Participation = attrs.field(factory=lambda: Participation(), repr=False)
    party_counts: tuple[PartyCount, ...] = attrs.field(default=(), repr=False)

    @property
    def name(self) -> str:
        """Short name: ``"COP12"``."""
        return f"COP{self.number}"

    @property
    def ordinal(self) -> str:
        """The session's ordinal as UN documents write it: ``"twelfth"``."""
        return _ORDINALS.get(self.number, f"{self.number}th")

    @property
    def year(self) -> int:
        """The year the session opened."""
        return self.start.year

    @property
    def days(self) -> int:
        """Calendar days from opening to closing, both included."""
        return (self.end - self.start).days + 1

    def stated_count(self, kind: str = "resolution") -> AdoptedCount | None:
        """What a source states the session adopted of ``kind`` ("resolution", "decision")."""
        for count in self.texts_adopted:
            if count.kind == kind:
                return count
        return None

    def parties_count(self, instrument: str = "convention") -> int:
        """Parties to ``instrument`` on the session's opening day, computed from the tables.

        Emits :class:`untoc.IncompleteDataWarning` when the opening day is past the date
        through which the instrument's table is complete.
        """
        from .membership import party_count

        return party_count(instrument, as_of=self.start)

    def held_count(self, kind: str | None = None) -> int:
        """How many texts of ``kind`` (``None``: any) this dataset holds for the session."""
        return sum(1 for r in self.resolutions if kind is None or r.kind == kind)

    def __str__(self) -> str:
        return (
            f"{self.name} ({self.ordinal} session), {self.city}, "
            f"{self.start.isoformat()} to {self.end.isoformat()}"
        )


_ORDINALS = {
    1: "first",
    2: "second",
    3: "third",
    4: "fourth",
    5: "fifth",
    6: "sixth",
    7: "seventh",
    8: "eighth",
    9: "ninth",
    10: "tenth",
    11: "eleventh",
    12: "twelfth",
    13: "thirteenth",
    14: "fourteenth",
}


@attrs.frozen
class Instrument(_Display):
    """The Convention or one of its three Protocols."""

    slug: str
    name: str
    short_name: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    treaty_number: str | None = None
    adopted: _dt.date | None = None
    adopted_by: str | None = None
    opened_for_signature: _dt.date | None = None
    entry_into_force: _dt.date | None = None
    description: str | None = None
    signature_period: str | None = None
    aliases: tuple[str, ...] = ()
    quote: str | None = attrs.field(default=None, repr=False)
    notes: str | None = attrs.field(default=None, repr=False)
    discrepancies: tuple[Discrepancy, ...] = ()

    def __str__(self) -> str:
        return self.name


@attrs.frozen
class Attendee(_Display):
    """Someone who attended an event, by role and, where stated, country and name."""

    role: str
    country: str | None = None
    name: str | None = None
    organization: str | None = None
    sources: tuple[str, ...] = attrs.field(default=(), repr=_count("sources"))
    notes: str | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        parts = [self.role]
        if self.country:
            parts.append(f"of {self.country}")
        if self.organization:
            parts.append(f"({self.organization})")
        text = " ".join(parts)
        return f"{self.name}, {text}" if self.name else text


@attrs.frozen
class Event(_Display):
    """A meeting held at or around a session (a ministerial event, a briefing, a panel).

    ``start`` is ``None`` when no source gives the day.
    """

    id: str
    title: str
    start: _dt.date | None
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    end: _dt.date | None = None
    session: int | None = None
    place: str | None = None
    attendees: tuple[Attendee, ...] = ()
    organizers: tuple[str, ...] = ()
    participants: Figure | None = None
    purpose: str | None = None
    quote: str | None = attrs.field(default=None, repr=False)
    notes: str | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        when = self.start.isoformat() if self.start else "date unknown"
        return f"{self.title} ({when})"


@attrs.frozen
class Theme(_Display):
    """The theme of one year's observance."""

    year: int
    theme: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    quote: str | None = attrs.field(default=None, repr=False)


@attrs.frozen
class Observance(_Display):
    """A recurring day proclaimed by the General Assembly, such as 15 November."""

    id: str
    name: str
    month: int
    day: int
    first_observed: int
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    proclaimed_by: str | None = None
    proclaimed_on: _dt.date | None = None
    date_reason: str | None = None
    purpose: str | None = None
    sponsors: tuple[str, ...] = ()
    themes: tuple[Theme, ...] = ()
    quote: str | None = attrs.field(default=None, repr=False)
    notes: str | None = attrs.field(default=None, repr=False)

    def date_in(self, year: int) -> _dt.date:
        """The date the day falls on in ``year``."""
        return _dt.date(year, self.month, self.day)

    def is_observed_in(self, year: int) -> bool:
        """Whether the day was (or will be) observed in ``year``."""
        return year >= self.first_observed

    def theme_in(self, year: int) -> Theme | None:
        """The theme for ``year``, or ``None`` if none is held."""
        for theme in self.themes:
            if theme.year == year:
                return theme
        return None

    def __str__(self) -> str:
        return f"{self.name} ({self.day} {_MONTHS[self.month - 1]})"


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@attrs.frozen
class Statement(_Display):
    """Words spoken at or around a session, quoted as a source quotes them.

    ``quotes`` are the speaker's words verbatim; ``summary`` is a source's reported speech
    where no words are quoted. ``speaker`` and ``role`` are ``None`` when the source names
    only the delegation.
    """

    id: str
    speaker: str | None
    role: str | None
    organization: str
    date: _dt.date | None
    kind: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    quotes: tuple[str, ...] = ()
    summary: str | None = None
    session: int | None = None
    notes: str | None = attrs.field(default=None, repr=False)

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date else "date unknown"
        who = ", ".join(p for p in (self.speaker, self.role, self.organization) if p)
        return f"{who}, {self.kind} ({when})"


@attrs.frozen
class Conference(_Display):
    """The Conference of the Parties itself: what it is, how often it meets, what it is for."""

    name: str
    short_name: str
    meets_every_years: int
    purposes: tuple[str, ...]
    secretariat: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    quote: str | None = attrs.field(default=None, repr=False)


ConsentKind = Literal["ratification", "acceptance", "approval", "accession", "succession"]
"""How a participant consented to be bound, as the depositary records it."""


@attrs.frozen
class Action(_Display):
    """One participant's signature and consent to be bound by one instrument.

    A participant counts as a party from ``consent``, the date its instrument was deposited (as
    the UN Treaty Collection counts parties). ``in_force`` is the date the instrument entered
    into force for it: the thirtieth day after deposit, or the instrument's own entry into force
    if that is later (computed at load; ``None`` without a consent date).
    """

    instrument: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    signature: _dt.date | None = None
    consent: _dt.date | None = None
    consent_kind: ConsentKind | None = None
    notes: str | None = attrs.field(default=None, repr=False)
    in_force: _dt.date | None = None

    def is_party_on(self, day: _dt.date) -> bool:
        """Whether the participant had deposited its consent on or before ``day``."""
        return self.consent is not None and self.consent <= day


@attrs.frozen
class Party(_Display):
    """A State (or the European Union) and its actions under the four instruments.

    ``code`` is the ISO 3166-1 alpha-3 code (``"EUU"`` for the European Union, which has
    none); ``name`` is the name the depositary uses.
    """

    code: str
    name: str
    actions: tuple[Action, ...] = attrs.field(repr=_count("actions"))
    aliases: tuple[str, ...] = attrs.field(default=(), repr=False)

    def action(self, instrument: str) -> Action | None:
        """The participant's action under ``instrument`` (a slug), or ``None``."""
        for action in self.actions:
            if action.instrument == instrument:
                return action
        return None

    @property
    def is_regional_organization(self) -> bool:
        """Whether this is a regional economic integration organization (the EU)."""
        return self.code == "EUU"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


@attrs.frozen
class PartyTable(_Display):
    """How far the participant table of one instrument goes, and what was added to it.

    ``complete_through`` is the last date through which the copied depositary table is known
    complete; counts after it are computed from the table plus ``added`` events (each from a
    stored page) and may undercount.
    """

    instrument: str
    sources: tuple[str, ...] = attrs.field(repr=_count("sources"))
    complete_through: _dt.date
    evidence: str
    added: tuple[str, ...] = ()
    not_added: tuple[str, ...] = ()
