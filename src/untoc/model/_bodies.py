"""The Conference's subsidiary bodies and their meetings.

Working groups, expert groups and the Review Mechanism.
"""

import datetime as _dt
from collections.abc import Mapping
from typing import Any, Literal

import attrs

from .._keys import ordinal
from .._public import publish
from ..errors import InvalidArgumentError
from ._base import (
    PERIOD,
    Discrepancy,
    Record,
    at_least,
    derived,
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
from ._stated import Figure, Person

BodyKind = Literal["working group", "expert group", "review mechanism"]
"""What kind of body of the Conference."""

MeetingKind = Literal["meeting", "constructive dialogue", "intergovernmental meeting", "other"]
"""What kind of meeting: a session of the body, a constructive dialogue with civil society under
the Review Mechanism, an intergovernmental meeting (on the Mechanism's procedures), or other."""


@attrs.frozen(repr=False, kw_only=True)
class BodyText(Record):
    """A text that established a body or gave it a mandate, as the sources name it.

    Attributes:
        relation: ``"established"`` or ``"mandated"``.
        text: The text as the sources name it (``"Resolution 5/4"``).
        resolution: The id of that text in untoc's record, where the record holds it.
        sources: Ids of the sources.
        quote: The sentence that says so.
    """

    relation: Literal["established", "mandated"] = attrs.field(
        validator=one_of(Literal["established", "mandated"])
    )
    text: str
    resolution: str | None = ref("resolutions", default=None)
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return f"{self.relation} by {self.text}"


@attrs.frozen(repr=False, kw_only=True)
class ReviewGroup(Record):
    """A group of States drawn by lot to start their reviews in one year.

    Attributes:
        name: The group as the sources name it (``"first group"``).
        year_started: The year its reviews started, where stated.
        states: How many States it has, where stated.
        reviews: How many reviews it has, where stated.
        sources: Ids of the sources.
        quote: The sentence that states it.
        notes: Remarks.
    """

    name: str
    year_started: int | None = attrs.field(default=None, validator=at_least(1))
    states: int | None = attrs.field(default=None, validator=at_least(0))
    reviews: int | None = attrs.field(default=None, validator=at_least(0))
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        parts = [self.name]
        if self.year_started:
            parts.append(f"started {self.year_started}")
        if self.states is not None:
            parts.append(f"{self.states} States")
        if self.reviews is not None:
            parts.append(f"{self.reviews} reviews")
        return ", ".join(parts)


@attrs.frozen(repr=False, kw_only=True)
class Cluster(Record):
    """A thematic cluster of articles reviewed together.

    Attributes:
        number: Its number, where stated.
        name: What it covers, as stated.
        articles: Which articles, where stated.
        sources: Ids of the sources.
        quote: The sentence that states it.
    """

    number: int | None = attrs.field(default=None, validator=at_least(1))
    name: str | None = None
    articles: str | None = None
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return f"cluster {self.number or '?'}: {self.name or 'name not stated'}"


@attrs.frozen(repr=False, kw_only=True)
class Phase(Record):
    """A phase of the review process, with its dates as the sources give them.

    Attributes:
        name: The phase as the sources name it.
        start: When it began, as stated (``"2020-10"``: a month), or ``None``.
        end: When it ends, as stated, or ``None``.
        sources: Ids of the sources.
        quote: The sentence that states it.
        notes: Remarks.
    """

    name: str
    start: str | None = None
    end: str | None = None
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        return f"{self.name} ({self.start or '?'} to {self.end or '?'})"


@attrs.frozen(repr=False, kw_only=True)
class Step(Record):
    """A step of each review, in order.

    Attributes:
        order: Its place in the review (1 first).
        name: The step.
        sources: Ids of the sources.
        quote: The sentence that states it.
    """

    order: int = attrs.field(validator=at_least(1))
    name: str
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"


@attrs.frozen(repr=False, kw_only=True)
class StatusFigure(Figure):
    """A dated figure on the Mechanism's progress, as a source states it.

    Attributes:
        as_of: The date (or month) it is for, as stated, or ``None`` when undated.
        measure: What it counts, in the source's words.
        sources: Ids of the sources.
        quote: The sentence that states it.
        notes: Remarks.
    """

    as_of: str | None
    measure: str
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        return f"{Figure.__str__(self)} {self.measure} ({self.as_of or 'undated'})"


@attrs.frozen(repr=False, kw_only=True)
class ReviewStructure(Record):
    """How the Review Mechanism is organized and how far it has gone, as sources state it.

    Attributes:
        clusters_total: How many thematic clusters there are, where stated.
        groups: The review groups.
        clusters: The clusters whose names are stated.
        phases: The phases of the process.
        steps: The steps of each review.
        status: Dated figures on progress, oldest first (undated last).
        sources: Ids of the sources of ``clusters_total``.
        quote: The sentence that states it.
    """

    clusters_total: int | None = attrs.field(default=None, validator=at_least(1))
    groups: tuple[ReviewGroup, ...] = tuple_of()
    clusters: tuple[Cluster, ...] = tuple_of()
    phases: tuple[Phase, ...] = tuple_of()
    steps: tuple[Step, ...] = tuple_of()
    status: tuple[StatusFigure, ...] = tuple_of()
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()


@attrs.frozen(repr=False, kw_only=True)
class Body(Record):
    """A subsidiary body of the Conference: a working group, an expert group, the Review Mechanism.

    Attributes:
        slug: The key (``"firearms-working-group"``).
        name: Its name as the sources give it.
        kind: ``"working group"``, ``"expert group"`` or ``"review mechanism"``.
        sources: Ids of the sources.
        aliases: Other names it is found by, as sources print them.
        symbol_prefix: The prefix of its documents' symbols (``"CTOC/COP/WG.6"``), where stated.
        description: What it does, in a line.
        texts: The texts that established it and gave it mandates.
        structure: For the Review Mechanism: groups, clusters, phases, steps and status figures.
        quote: The sentence that shows its name and kind.
        notes: Remarks, including any inference (marked as such).
    """

    slug: str = attrs.field(validator=non_blank)
    name: str = attrs.field(validator=non_blank)
    kind: BodyKind = attrs.field(validator=one_of(BodyKind))
    sources: tuple[str, ...] = sources_field()
    aliases: tuple[str, ...] = tuple_of(repr=False)
    symbol_prefix: str | None = None
    description: str | None = quiet()
    texts: tuple[BodyText, ...] = tuple_of(repr=False)
    structure: ReviewStructure | None = attrs.field(default=None, repr=False)
    quote: str | None = quiet()
    notes: str | None = quiet()

    @property
    def established_by(self) -> tuple[BodyText, ...]:
        """The texts that established it."""
        return tuple(t for t in self.texts if t.relation == "established")

    @property
    def mandated_by(self) -> tuple[BodyText, ...]:
        """The texts that gave it (further) mandates."""
        return tuple(t for t in self.texts if t.relation == "mandated")

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is found by.

        Its name, aliases and symbol prefix, and the forms people write a working group's name
        in ("Firearms Working Group", "WG on Firearms", "WG Firearms", "firearms"; "WG TIP", as
        UNODC's own page addresses write it).
        """
        names = [self.name, *self.aliases, *([self.symbol_prefix] if self.symbol_prefix else [])]
        for prefix in ("Working Group of Government Experts on ", "Working Group on "):
            if self.name.startswith(prefix):
                subject = self.name[len(prefix) :]
                bare = subject[4:] if subject.startswith("the ") else subject
                initials = "".join(word[0] for word in bare.split()).upper()
                names += [f"{bare} Working Group", f"WG on {bare}", f"WG {bare}", bare]
                if prefix != "Working Group on ":
                    names.append(f"Working Group on {subject}")  # as UN pages shorten it
                if len(initials) > 1:
                    names.append(f"WG {initials}")
                break
        return tuple(dict.fromkeys(names))

    def __str__(self) -> str:
        return self.name


@attrs.frozen(repr=False, kw_only=True)
class Document(Record):
    """A document of a meeting: its symbol, its title, or both, as the sources give them.

    Attributes:
        symbol: The UN document symbol (``"CTOC/COP/WG.6/2018/3"``), where stated.
        title: Its title as printed, where stated.
        sources: Ids of the sources.
    """

    symbol: str | None = None
    title: str | None = None
    sources: tuple[str, ...] = sources_field()

    def __str__(self) -> str:
        return ": ".join(x for x in (self.symbol, self.title) if x) or "(document)"


CITY_NAMES: dict[str, str] = {"Viena": "Vienna", "Vienne": "Vienna", "Вене": "Vienna"}
"""The English name of a city a source prints in another language (`Meeting.city_as_stated`)."""

MEETING_NAME_RULE = (
    "built from the record, never stated: its English title (the body's name where the title "
    "is held only in another language), first letter capitalised; then, if the title does "
    "not already say it, the ordinal of its number: 'Working Group on Firearms, ninth "
    "meeting', 'Second Constructive Dialogue on Firearms'; a meeting without a number is "
    "named by its title alone"
)
"""How `Meeting.name` is derived."""


def meeting_name(meeting: Mapping[str, Any], body_name: str) -> str:
    """A meeting's English name, by `MEETING_NAME_RULE`, from its fields (as given to `Meeting`).

    The loader names each meeting as it builds it, from the arguments it is about to be built
    with (its defaults included).
    """
    title, number, kind = meeting.get("title"), meeting.get("number"), meeting.get("kind")
    base = title if title and meeting.get("title_language") is None else body_name
    if number is not None and ordinal(number) not in base.lower():
        if kind == "constructive dialogue":
            base = f"{ordinal(number)} {base}"
        else:
            base = f"{base}, {ordinal(number)} {kind}"
    return base[:1].upper() + base[1:]


def _stated_city(meeting: "Meeting", attribute: Any, value: object) -> None:
    """A validator: a stated city is one `CITY_NAMES` knows, and ``city`` is its English name."""
    if value is not None and CITY_NAMES.get(str(value)) != meeting.city:
        raise InvalidArgumentError(
            f"Meeting.city_as_stated {value!r} must be one of {sorted(CITY_NAMES)}, with city "
            f"its English name (got city {meeting.city!r})"
        )


@attrs.frozen(repr=False, kw_only=True)
class Meeting(Record):
    """A meeting of a subsidiary body, with what the sources state of it; unknown is ``None``.

    Attributes:
        id: Stable id (``"firearms-working-group-2018-05"``).
        body: Slug of the body.
        kind: A session of the body (``"meeting"``), a ``"constructive dialogue"``, an
            ``"intergovernmental meeting"``, or ``"other"``.
        sources: Ids of the sources.
        number: Its number as the sources number it, or ``None``.
        number_as_stated: The words the sources use ("ninth session").
        title: Its title, where stated, as printed.
        title_language: The language of ``title`` where it is not English (``"es"``): held
            only in a copy in that language.
        start: First day, or ``None`` when no source gives the day.
        end: Last day, or ``None``.
        when_as_stated: The month or year a source gives when it gives no day (``"2025-10"``).
        city: Where, in English: as printed, or the English name (`CITY_NAMES`) of a city
            printed in another language.
        city_as_stated: The city as printed, where that is not its English name ("Viena").
        venue: The building, where stated.
        format: ``"in person"``, ``"hybrid"`` or ``"online"``, where stated.
        status: ``"announced"`` when every page that dates it was written before it (a
            schedule, not a record that it was held as dated); else ``"reported"``.
        chairs: Who chaired, as stated.
        report_symbol: Symbol of its report, where stated.
        documents: Other documents, by symbol.
        agenda: Agenda items, verbatim.
        topics: Slugs of the topics it dealt with.
        reported_to_session: The session of the Conference it reported to, where a source says
            so (a report only expected is not one).
        quote: The sentence that dates it.
        notes: Remarks, including any inference (marked as such).
        discrepancies: Where sources disagree (its number, its year) and what was chosen.
        name: Derived: its English name, built by ``MEETING_NAME_RULE`` from the body's name,
            the title, the number and the kind; the stated words stay in ``title`` and
            ``number_as_stated``.
    """

    id: str = attrs.field(validator=non_blank)
    body: str = ref("bodies", validator=non_blank)
    kind: MeetingKind = attrs.field(default="meeting", validator=one_of(MeetingKind))
    sources: tuple[str, ...] = sources_field()
    number: int | None = attrs.field(default=None, validator=at_least(1))
    number_as_stated: str | None = quiet()
    title: str | None = attrs.field(
        default=None, repr=False, validator=attrs.validators.optional(non_blank)
    )
    title_language: str | None = attrs.field(
        default=None, repr=False, validator=matches("[a-z]{2}", "a two-letter language code")
    )
    start: _dt.date | None = None
    end: _dt.date | None = None
    when_as_stated: str | None = attrs.field(
        default=None, validator=matches(PERIOD, "a year or a year and month")
    )
    city: str | None = None
    city_as_stated: str | None = attrs.field(default=None, repr=False, validator=_stated_city)
    venue: str | None = quiet()
    format: Literal["in person", "hybrid", "online"] | None = attrs.field(
        default=None, validator=one_of(Literal["in person", "hybrid", "online"])
    )
    status: Literal["reported", "announced"] = attrs.field(
        default="reported", validator=one_of(Literal["reported", "announced"])
    )
    chairs: tuple[Person, ...] = tuple_of(repr=False)
    report_symbol: str | None = None
    documents: tuple[Document, ...] = tuple_of(repr=False)
    agenda: tuple[str, ...] = tuple_of(repr=False)
    topics: tuple[str, ...] = refs("topics", repr=False)
    reported_to_session: int | None = attrs.field(default=None, validator=at_least(1))
    quote: str | None = quiet()
    notes: str | None = quiet()
    discrepancies: tuple[Discrepancy, ...] = tuple_of(repr=False)
    name: str | None = derived(MEETING_NAME_RULE)

    __attrs_post_init__ = ordered(("start", "end"))

    @property
    def year(self) -> int | None:
        """The year it met: from its first day, else from the month or year a source gives."""
        if self.start is not None:
            return self.start.year
        return int(self.when_as_stated[:4]) if self.when_as_stated else None

    @property
    def dated(self) -> bool:
        """Whether a source gives its first day."""
        return self.start is not None

    def __str__(self) -> str:
        when = self.start.isoformat() if self.start else (self.when_as_stated or "date unknown")
        if self.end and self.end != self.start:
            when += f" to {self.end.isoformat()}"
        announced = " (announced)" if self.status == "announced" else ""
        return f"{self.name or self.title or self.body}, {when}{announced}"


publish(globals())
