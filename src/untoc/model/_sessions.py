"""Sessions of the Conference of the Parties, their participation figures and the Conference."""

import datetime as _dt
from typing import Literal

import attrs

from .._keys import choice, ordinal, require_bool, text_kind
from .._public import publish
from ._base import (
    Discrepancy,
    Record,
    as_tuple,
    at_least,
    at_most_items,
    composed,
    non_blank,
    one_of,
    ordered,
    quiet,
    ref,
    sources_field,
    tuple_of,
)
from ._parties import StatedPartyCount
from ._stated import Figure, Person
from ._texts import Resolution

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

MEASURES: tuple[Measure, ...] = Measure.__args__  # type: ignore[attr-defined]
"""Every participation measure, in display order."""


AdoptedKind = Literal["resolution", "decision", "text"]
"""What a stated count of adopted texts counts (``"text"``: the source does not say which)."""


@attrs.frozen(repr=False, kw_only=True)
class AdoptedCount(Figure):
    """How many texts a source states a session adopted ("Eight decisions were adopted").

    Attributes:
        kind: ``"resolution"``, ``"decision"`` or ``"text"`` (kind not stated).
        sources: Ids of the sources.
        quote: The sentence that states it.
        notes: Remarks.
    """

    kind: AdoptedKind = attrs.field(validator=one_of(AdoptedKind))
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        return f"{Figure.__str__(self)} {self.kind}{'' if self.value == 1 else 's'}"


@attrs.frozen(repr=False, kw_only=True)
class ParticipationFigure(Figure):
    """A participation figure for one session, as one source states it.

    ``status`` is ``"reported"`` for a figure stated during or after the session and
    ``"expected"`` for one announced before it; ``stated_as_record`` is true when the source
    itself calls it a record ("A record 1,400 participants"), and ``record_sense`` says in
    what sense when the source says so ("in-person").

    Attributes:
        id: Stable id (``"cop12-participants"``; ``-2`` ... for further figures).
        session: The session's number.
        measure: What it counts (one of ``untoc.model.MEASURES``).
        status: ``"reported"`` (during or after the session) or ``"expected"`` (announced before).
        stated_as_record: Whether the source calls it a record.
        record_sense: In what sense the source calls it a record (``"in-person"``), where it says.
        sources: Ids of the sources.
        quote: The sentence that states it.
        notes: Remarks.
    """

    id: str = attrs.field(validator=non_blank)
    session: int = ref("sessions", validator=at_least(1))
    measure: Measure = attrs.field(validator=one_of(Measure))
    status: Literal["reported", "expected"] = attrs.field(
        default="reported", validator=one_of(Literal["reported", "expected"])
    )
    stated_as_record: bool = False
    record_sense: str | None = None
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        text = Figure.__str__(self)
        if self.stated_as_record:
            text = (
                f"{text} (a record, {self.record_sense})"
                if self.record_sense
                else f"a record {text}"
            )
        if self.status == "expected":
            text += " (expected)"
        return text


@attrs.frozen(repr=False)
class Participation(Record):
    """Every participation figure stated for one session, the preferred one first per measure.

    Attribute access (``.participants``, ``.states``, ...) gives the preferred *reported* figure
    for that measure, or ``None`` when no source states one. ``figures`` keeps every stated
    figure, alternates and pre-session expectations included.

    Attributes:
        figures: Every figure stated for the session, the preferred one first per measure.
    """

    figures: tuple[ParticipationFigure, ...] = tuple_of()

    def get(self, measure: str, *, include_expected: bool = False) -> ParticipationFigure | None:
        """The preferred figure for ``measure`` (reported only, unless asked otherwise).

        An unknown measure raises [`NotFoundError`][untoc.NotFoundError] naming the valid ones.
        """
        wanted = choice(measure, MEASURES, "participation measure")
        expected = require_bool(include_expected, "include_expected")
        for figure in self.figures:
            if figure.measure == wanted and (expected or figure.status == "reported"):
                return figure
        return None

    def all(self, measure: str) -> tuple[ParticipationFigure, ...]:
        """Every stated figure for ``measure``, preferred first."""
        wanted = choice(measure, MEASURES, "participation measure")
        return tuple(f for f in self.figures if f.measure == wanted)

    @property
    def measures(self) -> tuple[Measure, ...]:
        """The measures with at least one reported figure, in display order."""
        held = {f.measure for f in self.figures if f.status == "reported"}
        return tuple(m for m in MEASURES if m in held)

    def __str__(self) -> str:
        return "; ".join(f"{m.replace('_', ' ')}: {self.get(m)}" for m in self.measures) or "-"

    @property
    def participants(self) -> ParticipationFigure | None:
        """People taking part (all delegations, organizations and observers)."""
        return self.get("participants")

    @property
    def delegates(self) -> ParticipationFigure | None:
        """Delegates, where a source counts delegates rather than participants."""
        return self.get("delegates")

    @property
    def delegations(self) -> ParticipationFigure | None:
        """Delegations (registered or attending), where a source counts delegations."""
        return self.get("delegations")

    @property
    def states(self) -> ParticipationFigure | None:
        """States (or countries) represented."""
        return self.get("states")

    @property
    def states_parties(self) -> ParticipationFigure | None:
        """States parties represented."""
        return self.get("states_parties")

    @property
    def signatories(self) -> ParticipationFigure | None:
        """Signatory States (not yet parties) represented."""
        return self.get("signatories")

    @property
    def observer_states(self) -> ParticipationFigure | None:
        """Non-party States attending as observers."""
        return self.get("observer_states")

    @property
    def observers(self) -> ParticipationFigure | None:
        """Observers of any kind, where a source does not say what they represent."""
        return self.get("observers")

    @property
    def intergovernmental_organizations(self) -> ParticipationFigure | None:
        """Intergovernmental (international and regional) organizations represented."""
        return self.get("intergovernmental_organizations")

    @property
    def non_governmental_organizations(self) -> ParticipationFigure | None:
        """Non-governmental organizations represented."""
        return self.get("non_governmental_organizations")

    @property
    def civil_society_organizations(self) -> ParticipationFigure | None:
        """Civil-society organizations, where a source counts them under that name."""
        return self.get("civil_society_organizations")

    @property
    def non_governmental_stakeholders(self) -> ParticipationFigure | None:
        """Non-governmental stakeholders (NGOs, academia, private sector) attending."""
        return self.get("non_governmental_stakeholders")

    @property
    def side_events(self) -> ParticipationFigure | None:
        """Side events held in the margins of the session."""
        return self.get("side_events")

    @property
    def civil_society_side_events(self) -> ParticipationFigure | None:
        """Side events organized or co-organized by civil-society organizations."""
        return self.get("civil_society_side_events")

    @property
    def government_representatives(self) -> ParticipationFigure | None:
        """Government representatives attending."""
        return self.get("government_representatives")

    @property
    def ministers(self) -> ParticipationFigure | None:
        """Ministers attending."""
        return self.get("ministers")


@attrs.frozen(repr=False, kw_only=True)
class Session(Record):
    """A session of the Conference of the Parties (COP1 in 2004 ... COP12 in 2024).

    ``resolutions`` holds every text held for the session, resolutions and decisions alike;
    ``texts_adopted`` what sources state was adopted, kept apart so that gaps are visible.
    ``stated_party_counts`` are counts of parties a source gave at the session.

    Attributes:
        number: The session's number (1 for the first, 2004).
        start: Opening day.
        end: Closing day.
        city: Where it met.
        sources: Ids of the sources.
        venue: The building, where stated.
        format: ``"in person"`` or ``"hybrid"``, where stated.
        president: The President of the session, where stated.
        bureau: The other officers of the session a source names (Vice-Presidents, the
            Rapporteur; ``role`` is "member of the bureau" where the source does not say which),
            in the source's order; empty where none is named. The rules of procedure give
            a President, eight Vice-Presidents and a Rapporteur, so fewer than nine here means
            the sources name fewer, not that there were fewer.
        report_symbol: Symbol of the session's report (``"CTOC/COP/2008/19"``), where stated.
        texts_adopted: How many texts sources state were adopted.
        discrepancies: Where sources disagree (dates...) and what was chosen.
        quote: The sentence that gives the dates and place.
        notes: Remarks.
        resolutions: The texts held for the session (built at load).
        participation: Its participation figures (built at load).
        stated_party_counts: Counts of parties sources stated at the session (built at load).
    """

    number: int = attrs.field(validator=at_least(1))
    start: _dt.date
    end: _dt.date
    city: str = attrs.field(validator=non_blank)
    sources: tuple[str, ...] = sources_field()
    venue: str | None = None
    format: Literal["in person", "hybrid"] | None = attrs.field(
        default=None, validator=one_of(Literal["in person", "hybrid"])
    )
    president: Person | None = None
    bureau: tuple[Person, ...] = tuple_of(
        repr=False,
        validator=at_most_items(9, "rule 22: eight Vice-Presidents and a Rapporteur"),
    )
    report_symbol: str | None = None
    texts_adopted: tuple[AdoptedCount, ...] = tuple_of(repr=False)
    discrepancies: tuple[Discrepancy, ...] = tuple_of(repr=False)
    quote: str | None = quiet()
    notes: str | None = quiet()
    resolutions: tuple[Resolution, ...] = composed(default=(), converter=as_tuple)
    participation: Participation = composed(factory=Participation)
    stated_party_counts: tuple[StatedPartyCount, ...] = composed(default=(), converter=as_tuple)

    __attrs_post_init__ = ordered(("start", "end"))

    @property
    def name(self) -> str:
        """Short name: ``"COP12"``."""
        return f"COP{self.number}"

    @property
    def ordinal(self) -> str:
        """The session's ordinal as UN documents write it: ``"twelfth"``."""
        return ordinal(self.number)

    @property
    def year(self) -> int:
        """The year the session opened."""
        return self.start.year

    @property
    def days(self) -> int:
        """Calendar days from opening to closing, both included."""
        return (self.end - self.start).days + 1

    def stated_count(self, kind: str = "resolution") -> AdoptedCount | None:
        """What a source states the session adopted of ``kind``.

        ``kind`` is "resolution", "decision" (either word, any number) or "text" (a count
        that does not say which kind).
        """
        wanted = "text" if isinstance(kind, str) and kind.strip().casefold() == "text" else None
        wanted = wanted or text_kind(kind)
        for count in self.texts_adopted:
            if count.kind == wanted:
                return count
        return None

    def held_count(self, kind: str | None = None) -> int:
        """How many texts of ``kind`` (``None``: any) this dataset holds for the session."""
        wanted = None if kind is None else text_kind(kind)
        return sum(1 for r in self.resolutions if wanted is None or r.kind == wanted)

    def __str__(self) -> str:
        return (
            f"{self.name} ({self.ordinal} session), {self.city}, "
            f"{self.start.isoformat()} to {self.end.isoformat()}"
        )


@attrs.frozen(repr=False, kw_only=True)
class Conference(Record):
    """The Conference of the Parties itself: what it is, how often it meets, what it is for.

    Attributes:
        short_name: The key (``"COP"``).
        name: Full name.
        meets_every_years: How often it meets, in years.
        purposes: What it is for, as sources put it.
        secretariat: Who serves as its secretariat.
        sources: Ids of the sources.
        quote: The sentence that shows it.
    """

    short_name: str = attrs.field(validator=non_blank)
    name: str
    meets_every_years: int = attrs.field(validator=at_least(1))
    purposes: tuple[str, ...] = tuple_of(default=attrs.NOTHING, repr=False)
    secretariat: str
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return self.name


publish(globals())
