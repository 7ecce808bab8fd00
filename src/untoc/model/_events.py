"""Events at or around sessions, statements made there, and the International Day."""

import datetime as _dt
from typing import Literal

import attrs

from .._keys import ordinal as _ordinal
from .._keys import year as _parse_year
from .._public import publish
from ..errors import InvalidArgumentError
from ._base import (
    PERIOD,
    Record,
    at_least,
    between,
    matches,
    non_blank,
    one_of,
    ordered,
    quiet,
    ref,
    refs,
    sources_field,
    tuple_of,
)
from ._stated import Figure

MONTHS = (
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
"""English month names, as UN pages print dates ("15 November")."""


@attrs.frozen(repr=False, kw_only=True)
class Attendee(Record):
    """Someone who attended an event, by role and, where stated, country and name.

    Attributes:
        role: The role, as stated.
        country: The country, where stated.
        name: The name, where stated.
        organization: The organization, where stated.
        sources: Ids of the sources.
        notes: Remarks.
    """

    role: str
    country: str | None = None
    name: str | None = None
    organization: str | None = None
    sources: tuple[str, ...] = refs("sources")
    notes: str | None = quiet()

    def __str__(self) -> str:
        parts = [self.role]
        if self.country:
            parts.append(f"of {self.country}")
        if self.organization:
            parts.append(f"({self.organization})")
        text = " ".join(parts)
        return f"{self.name}, {text}" if self.name else text


@attrs.frozen(repr=False, kw_only=True)
class Event(Record):
    """A meeting held at or around a session (a ministerial event, a briefing, a panel).

    ``start`` is ``None`` when no source gives the day.

    Attributes:
        id: Stable id.
        title: The event's name.
        start: First day, or ``None`` when no source gives it.
        sources: Ids of the sources.
        end: Last day, where different.
        session: The session it was held with, if any.
        place: Where, as stated.
        attendees: Who attended, as stated.
        organizers: Who organized it.
        participants: How many took part, as stated.
        purpose: What it was for.
        quote: The sentence that shows it.
        notes: Remarks.
    """

    id: str = attrs.field(validator=non_blank)
    title: str
    start: _dt.date | None
    sources: tuple[str, ...] = sources_field()
    end: _dt.date | None = None
    session: int | None = ref("sessions", default=None, validator=at_least(1))
    place: str | None = None
    attendees: tuple[Attendee, ...] = tuple_of(repr=False)
    organizers: tuple[str, ...] = tuple_of(repr=False)
    participants: Figure | None = None
    purpose: str | None = quiet()
    quote: str | None = quiet()
    notes: str | None = quiet()

    __attrs_post_init__ = ordered(("start", "end"))

    def __str__(self) -> str:
        when = self.start.isoformat() if self.start else "date unknown"
        return f"{self.title} ({when})"


@attrs.frozen(repr=False, kw_only=True)
class Theme(Record):
    """The theme of one year's observance.

    Attributes:
        year: The year.
        theme: The theme, as stated.
        sources: Ids of the sources.
        quote: The sentence that states it.
    """

    year: int = attrs.field(validator=between(1, 9999))
    theme: str
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return f"{self.year}: {self.theme}"


@attrs.frozen(repr=False, kw_only=True)
class Observance(Record):
    """A recurring day proclaimed by the General Assembly, such as 15 November.

    Attributes:
        id: Stable id.
        name: The day's name.
        month: Month it falls in.
        day: Day of the month.
        first_observed: First year observed.
        sources: Ids of the sources.
        proclaimed_by: The resolution that proclaimed it.
        proclaimed_on: When it was proclaimed.
        date_reason: Why that date.
        purpose: What it is for, as the General Assembly put it.
        sponsors: Main sponsors of the resolution.
        themes: Themes by year.
        quote: The sentence that shows it.
        notes: Remarks.
    """

    id: str = attrs.field(validator=non_blank)
    name: str
    month: int = attrs.field(validator=between(1, 12))
    day: int = attrs.field(validator=between(1, 31))
    first_observed: int = attrs.field(validator=between(1, 9999))
    sources: tuple[str, ...] = sources_field()
    proclaimed_by: str | None = None
    proclaimed_on: _dt.date | None = None
    date_reason: str | None = quiet()
    purpose: str | None = quiet()
    sponsors: tuple[str, ...] = tuple_of(repr=False)
    themes: tuple[Theme, ...] = tuple_of(repr=False)
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __attrs_post_init__(self) -> None:
        try:
            _dt.date(2000, self.month, self.day)  # a leap year: 29 February is a day
        except ValueError:
            raise InvalidArgumentError(
                f"Observance {self.id}: {self.month}-{self.day} is not a day of the year"
            ) from None

    def date_in(self, year: int) -> _dt.date:
        """The date the day falls on in ``year`` (an ``int``; ``True`` is not a year)."""
        return _dt.date(_parse_year(year), self.month, self.day)

    def is_observed_in(self, year: int) -> bool:
        """Whether the day was (or will be) observed in ``year``."""
        return _parse_year(year) >= self.first_observed

    def theme_in(self, year: int) -> Theme | None:
        """The theme for ``year``, or ``None`` if none is held."""
        wanted = _parse_year(year)
        for theme in self.themes:
            if theme.year == wanted:
                return theme
        return None

    def __str__(self) -> str:
        return f"{self.name} ({self.day} {MONTHS[self.month - 1]})"


@attrs.frozen(repr=False, kw_only=True)
class Statement(Record):
    """Words spoken at or around a session, quoted as a source quotes them.

    ``quotes`` are the speaker's words verbatim; ``summary`` is a source's reported speech
    where no words are quoted. ``speaker`` and ``role`` are ``None`` when the source names
    only the delegation.

    Attributes:
        id: Stable id.
        speaker: Who spoke, or ``None`` when only the delegation is named.
        role: The speaker's role.
        organization: The delegation or organization.
        date: When, or ``None``.
        kind: What kind of statement ("closing remarks").
        sources: Ids of the sources.
        quotes: The speaker's words, verbatim.
        summary: A source's reported speech, where no words are quoted.
        session: The session it was made at.
        notes: Remarks.
    """

    id: str = attrs.field(validator=non_blank)
    speaker: str | None
    role: str | None
    organization: str
    date: _dt.date | None
    kind: str
    sources: tuple[str, ...] = sources_field()
    quotes: tuple[str, ...] = tuple_of(repr=False)
    summary: str | None = quiet()
    session: int | None = ref("sessions", default=None, validator=at_least(1))
    notes: str | None = quiet()

    def __str__(self) -> str:
        when = self.date.isoformat() if self.date else "date unknown"
        who = ", ".join(p for p in (self.speaker, self.role, self.organization) if p)
        return f"{who}, {self.kind} ({when})"


@attrs.frozen(repr=False, kw_only=True)
class AnnouncedSession(Record):
    """A session of the Conference that a source announces and none yet reports as held.

    Only what the announcement says: the time and place as stated, never dates, a President or
    outcomes worked out. Once a source reports the session as held it becomes a
    [`Session`][untoc.Session] and leaves this table.

    Attributes:
        number: The session's number (13 for the thirteenth).
        when_as_stated: The time as the announcement words it ("October 2026").
        sources: Ids of the sources.
        status: Always ``"announced"``: an announcement, never an outcome.
        period: The year or year and month announced (``"2026-10"``), where stated.
        city: The city announced, where stated.
        quote: The sentence that announces it.
        notes: Remarks.
    """

    number: int = attrs.field(validator=at_least(1))
    when_as_stated: str = attrs.field(validator=non_blank)
    sources: tuple[str, ...] = sources_field()
    status: Literal["announced"] = attrs.field(
        default="announced", validator=one_of(Literal["announced"])
    )
    period: str | None = attrs.field(
        default=None, validator=matches(PERIOD, "a year or a year and month (YYYY or YYYY-MM)")
    )
    city: str | None = None
    quote: str | None = quiet()
    notes: str | None = quiet()

    @property
    def name(self) -> str:
        """Short name: ``"COP13"``."""
        return f"COP{self.number}"

    def __str__(self) -> str:
        where = f", {self.city}" if self.city else ""
        return (
            f"{self.name} ({_ordinal(self.number)} session){where}, "
            f"announced for {self.when_as_stated}"
        )


publish(globals())
