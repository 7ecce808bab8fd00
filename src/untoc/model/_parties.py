"""The Convention and its Protocols, who joined them and when, and counts of parties."""

import datetime as _dt
import warnings
from typing import Any, Literal

import attrs

from .._keys import day as _parse_day
from .._public import publish
from ..errors import InvalidArgumentError
from ._base import (
    HOOKS,
    PERIOD,
    Discrepancy,
    Record,
    at_least,
    derived,
    matches,
    non_blank,
    one_of,
    quiet,
    ref,
    refs,
    sources_field,
    tuple_of,
)
from ._stated import Figure

ConsentKind = Literal["ratification", "acceptance", "approval", "accession", "succession"]
"""How a participant consented to be bound, as the depositary records it."""


@attrs.frozen(repr=False, kw_only=True)
class EntryRule(Record):
    """When an instrument enters into force for a party, as the instrument's own article says.

    Each instrument entered into force on the ninetieth day after the fortieth instrument of
    ratification, acceptance, approval or accession (paragraph 1); for a party consenting after
    the fortieth, on the thirtieth day after its deposit (paragraph 2), or, in the Protocols,
    on the Protocol's own entry into force "whichever is the later". The Convention's article
    38 has no such clause, so a consent after the fortieth whose thirtieth day falls before the
    Convention's entry into force is left unsettled (``None``) rather than guessed. A deposit
    on the day of the fortieth instrument counts with the first forty (in the record, one
    instrument was deposited that day, the fortieth).

    Attributes:
        article: The article (``"38"``).
        days_after_deposit: Days after a later consent's deposit (paragraph 2: 30).
        days_after_fortieth: Days after the fortieth instrument (paragraph 1: 90).
        or_its_own_entry_if_later: Whether paragraph 2 adds "or on the date this Protocol
            enters into force ..., whichever is the later".
        consent_kinds: The kinds of consent the article names (a succession is not one).
        sources: Ids of the sources that give the article's text.
        quote: The article's words.
    """

    article: str = attrs.field(validator=non_blank)
    days_after_deposit: int = attrs.field(validator=at_least(1))
    days_after_fortieth: int = attrs.field(validator=at_least(1))
    or_its_own_entry_if_later: bool
    consent_kinds: tuple[ConsentKind, ...] = tuple_of(default=attrs.NOTHING)
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def in_force(
        self, consent: _dt.date, kind: str | None, entry: _dt.date | None
    ) -> _dt.date | None:
        """The day the article gives for a consent deposited on ``consent``, where it gives one.

        ``entry`` is the instrument's own entry into force. ``None`` for a kind of consent the
        article does not name (a succession), without ``entry``, or where the article's words
        do not settle the day.
        """
        if kind not in self.consent_kinds or entry is None:
            return None
        later = consent + _dt.timedelta(days=self.days_after_deposit)
        if self.or_its_own_entry_if_later:
            return max(later, entry)
        if later >= entry:  # deposited after the fortieth instrument: paragraph 2
            return later
        if consent <= entry - _dt.timedelta(days=self.days_after_fortieth):
            return entry  # on or before the day of the fortieth instrument: paragraph 1
        return None

    def __str__(self) -> str:
        return f"article {self.article}: {self.days_after_deposit} days after a later deposit"


@attrs.frozen(repr=False, kw_only=True)
class SignatureRule(Record):
    """Until when an instrument was open for signature, as the instrument's own article says.

    After ``closes`` no State can sign: it becomes a party by accession. So once the depositary
    table copied is complete through a day after ``closes``, the table holds every signature
    there will ever be, and a count of signatories on any later day is exact (derived, with
    this rule).

    Attributes:
        article: The article (``"36"``).
        closes: The last day it was open for signature.
        sources: Ids of the sources that give the article's text.
        quote: The article's words.
    """

    article: str = attrs.field(validator=non_blank)
    closes: _dt.date
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        return f"article {self.article}: open for signature until {self.closes}"


@attrs.frozen(repr=False, kw_only=True)
class Instrument(Record):
    """The Convention or one of its three Protocols.

    ``slug`` is the key (``"convention"``, ``"trafficking-protocol"``, ``"smuggling-protocol"``,
    ``"firearms-protocol"``); ``treaty_number`` the UN Treaty Collection's (``"XVIII-12-c"``).

    Attributes:
        slug: The key.
        name: Full title.
        short_name: Short name.
        sources: Ids of the sources.
        treaty_number: The UN Treaty Collection's chapter number (``"XVIII-12-c"``).
        adopted: Date of adoption.
        adopted_by: The General Assembly resolution that adopted it.
        opened_for_signature: Date it opened for signature.
        entry_into_force: Date it entered into force.
        description: What it does, in a line.
        signature_period: When and where it was open for signature.
        aliases: Other names people use, each from a source.
        quote: The sentence that shows it.
        notes: Remarks.
        discrepancies: Where sources disagree and what was chosen.
        entry_rule: When it enters into force for a party that consents later, as its own
            article states it, where a source giving the article's text is held.
        signature_rule: Until when it was open for signature, as its own article states it.
    """

    slug: str = attrs.field(validator=non_blank)
    name: str
    short_name: str
    sources: tuple[str, ...] = sources_field()
    treaty_number: str | None = None
    adopted: _dt.date | None = None
    adopted_by: str | None = quiet()
    opened_for_signature: _dt.date | None = quiet()
    entry_into_force: _dt.date | None = None
    description: str | None = quiet()
    signature_period: str | None = quiet()
    aliases: tuple[str, ...] = tuple_of(repr=False)
    quote: str | None = quiet()
    notes: str | None = quiet()
    discrepancies: tuple[Discrepancy, ...] = tuple_of(repr=False)
    entry_rule: EntryRule | None = attrs.field(default=None, repr=False)
    signature_rule: SignatureRule | None = attrs.field(default=None, repr=False)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it is found by: name, short name, treaty number and aliases."""
        treaty = (self.treaty_number,) if self.treaty_number else ()
        return (self.name, self.short_name, *treaty, *self.aliases)

    def __str__(self) -> str:
        return self.name


WINDOW = r"[0-9]{4}-[0-9]{2}-[0-9]{2}/[0-9]{4}-[0-9]{2}-[0-9]{2}"
"""Two days between which a consent was given, as ISO 8601 writes an interval."""

UNDATED = rf"{PERIOD}|{WINDOW}|date not stated"
"""The forms of `Action.consent_undated`: a year, a year and month, a window between two days
(``"2014-10-06/2016-10-17"``: after the first, by the second), or "date not stated"."""


IN_FORCE_RULE = (
    "the instrument's own rule for a later consent (Instrument.entry_rule): the later of the "
    "instrument's entry into force and the stated number of days after the deposit, for the "
    "kinds of consent the rule names; None for a succession, an undated consent, or an "
    "instrument whose rule is not held"
)
"""How `Action.in_force` is derived (it is never stated by a source in the data)."""


@attrs.frozen(repr=False, kw_only=True)
class Action(Record):
    """One participant's signature and consent to be bound by one instrument.

    A participant counts as a party from ``consent``, the date its instrument was deposited (as
    the UN Treaty Collection counts parties). ``in_force`` is *derived*, never stated: the date
    the instrument entered into force for it by the instrument's own rule for later consents
    (`Instrument.entry_rule`), computed at load; ``None`` for a succession (which takes effect
    from a date the depositary states, not held here), an undated consent, or where no rule is
    held. ``in_force_rule`` says so in words.

    A consent that sources report but do not date is kept, never dropped: ``consent`` is then
    ``None`` and ``consent_undated`` says how far the sources date it (``"2017"``, ``"2015-06"``
    or ``"date not stated"``). Such a participant is a party (`Participant.is_party`), and
    counts on a date only once the stated month or year is over (`consent_known_by`).

    Attributes:
        instrument: Slug of the instrument.
        sources: Ids of the sources (the depositary table, later notices).
        signature: Date of signature, or ``None``.
        consent: Date the instrument of consent was deposited, or ``None``.
        consent_kind: Ratification, acceptance, approval, accession or succession.
        consent_undated: For a consent no source dates in full: the month or year stated, the
            window between two days a source places it in (``"2014-10-06/2016-10-17"``), or
            ``"date not stated"``; ``None`` otherwise.
        notes: Remarks (doubtful kinds, deposits added from later sources).
        discrepancies: Where sources disagree on the date or kind, and what was chosen.
        in_force: Derived: when it entered into force for the participant, by the instrument's
            rule (see ``IN_FORCE_RULE``); ``None`` where the rule does not give a date.
    """

    instrument: str = ref("instruments", validator=non_blank)
    sources: tuple[str, ...] = sources_field()
    signature: _dt.date | None = None
    consent: _dt.date | None = None
    consent_kind: ConsentKind | None = attrs.field(default=None, validator=one_of(ConsentKind))
    consent_undated: str | None = attrs.field(
        default=None,
        validator=matches(UNDATED, "a year, a year and month, a window, or 'date not stated'"),
    )
    notes: str | None = quiet()
    discrepancies: tuple[Discrepancy, ...] = tuple_of(repr=False)
    in_force: _dt.date | None = derived(IN_FORCE_RULE)

    def __attrs_post_init__(self) -> None:
        if self.consent is not None and self.consent_undated is not None:
            raise InvalidArgumentError(
                f"Action under {self.instrument}: a consent is either dated (consent) or not "
                "(consent_undated), not both"
            )
        window = self.consent_undated
        if window is not None and "/" in window:
            try:
                first, last = (_dt.date.fromisoformat(d) for d in window.split("/"))
            except ValueError:
                raise InvalidArgumentError(
                    f"Action under {self.instrument}: {window!r} is not a window of two days"
                ) from None
            if last < first:
                raise InvalidArgumentError(
                    f"Action under {self.instrument}: the window {window} ends before it starts"
                )
        if self.signature is None and self.consent is None and self.consent_undated is None:
            raise InvalidArgumentError(
                f"Action under {self.instrument}: an action has a signature or a consent"
            )

    @property
    def in_force_rule(self) -> str:
        """How ``in_force`` was derived (it is never a stated fact)."""
        return IN_FORCE_RULE

    @property
    def has_consented(self) -> bool:
        """Whether a source reports its consent to be bound, dated or not."""
        return self.consent is not None or self.consent_undated is not None

    @property
    def consent_known_by(self) -> _dt.date | None:
        """The day by which the consent is known to have been given.

        The deposit date when known; for an undated consent, the last day of the month or year
        the sources state; ``None`` when they state neither.
        """
        if self.consent is not None:
            return self.consent
        return _period_end(self.consent_undated)

    def may_be_party_on(self, day: _dt.date) -> bool:
        """Whether an undated consent might have been given by ``day`` (sources do not tell).

        True when no source states a month or year, or ``day`` falls inside the one stated.
        """
        if self.consent is not None or self.consent_undated is None:
            return False
        start, end = _period_start(self.consent_undated), _period_end(self.consent_undated)
        if start is None or end is None:
            return True
        return start <= _parse_day(day, "day") < end

    def is_party_on(self, day: _dt.date) -> bool:
        """Whether the participant is known to have consented on or before ``day``.

        An undated consent counts only from the end of the month or year the sources state.
        """
        known = self.consent_known_by
        return known is not None and known <= _parse_day(day, "day")

    def __str__(self) -> str:
        parts = [self.instrument]
        if self.signature:
            parts.append(f"signed {self.signature.isoformat()}")
        if self.consent:
            parts.append(f"{self.consent_kind or 'consent'} {self.consent.isoformat()}")
        elif self.consent_undated:
            parts.append(f"{self.consent_kind or 'consent'} reported ({self.consent_undated})")
        return ", ".join(parts)


def _period_start(stated: str | None) -> _dt.date | None:
    """The first day of a stated year, month or window; else ``None``."""
    if stated is None or not stated[:4].isdigit():
        return None
    if "/" in stated:
        return _dt.date.fromisoformat(stated.partition("/")[0])
    return _dt.date(int(stated[:4]), int(stated[5:7] or 1), 1)


def _period_end(stated: str | None) -> _dt.date | None:
    """The last day of a stated year ("2017"), month ("2015-06") or window; else ``None``."""
    if stated is None or not stated[:4].isdigit():
        return None
    if "/" in stated:
        return _dt.date.fromisoformat(stated.partition("/")[2])
    year = int(stated[:4])
    if len(stated) == 4:
        return _dt.date(year, 12, 31)
    month = int(stated[5:7])
    following = _dt.date(year + month // 12, month % 12 + 1, 1)
    return following - _dt.timedelta(days=1)


def _actions(actions: tuple[object, ...]) -> str:
    return f"<{len(actions)} actions>"


class _InstrumentNames:
    """What 0.6's ``Participant.instrument_keys`` offered: an instrument's slug by any name."""

    __slots__ = ()

    def resolve(self, name: str) -> str:
        """The slug of the instrument ``name`` names (raises `NotFoundError` for no match)."""
        slug: str = HOOKS.instrument(name)
        return slug


@attrs.frozen(repr=False, kw_only=True)
class Participant(Record):
    """A State (or the European Union) that signed or joined at least one of the instruments.

    ``code`` is the ISO 3166-1 alpha-3 code (``"EUU"`` for the European Union, which has
    none); ``name`` is the name the depositary uses.

    Attributes:
        code: ISO 3166-1 alpha-3 code (``"EUU"`` for the European Union).
        name: The name the depositary uses.
        actions: Its signature and consent under each instrument.
        aliases: Other names and codes it is found by (ISO 3166 through pycountry, CLDR
            English names through babel, and former names from ``sources``).
        sources: Pages that tie a former name to it, where ISO 3166 and CLDR do not.
    """

    code: str = attrs.field(validator=matches("[A-Z]{3}", "an ISO 3166-1 alpha-3 code"))
    name: str = attrs.field(validator=non_blank)
    actions: tuple[Action, ...] = tuple_of(default=attrs.NOTHING, repr=_actions)
    aliases: tuple[str, ...] = tuple_of(repr=False)
    sources: tuple[str, ...] = refs("sources", repr=False)

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for action in self.actions:
            if action.instrument in seen:
                raise InvalidArgumentError(
                    f"Participant {self.code}: two actions under {action.instrument}"
                )
            seen.add(action.instrument)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name and code it is found by."""
        return (self.name, *self.aliases)

    @property
    def instrument_keys(self) -> _InstrumentNames:
        """Deprecated since 0.7 (the index of instrument names each participant carried).

        Its ``resolve(name)`` still gives an instrument's slug, as `untoc.instrument` does;
        `action` reads instrument names itself.
        """
        warnings.warn(
            "Participant.instrument_keys is deprecated since untoc 0.7; write "
            "untoc.instrument(name).slug, or participant.action(name)",
            DeprecationWarning,
            stacklevel=2,
        )
        return _InstrumentNames()

    def action(self, instrument: Any) -> Action | None:
        """The participant's action under ``instrument``, or ``None`` if it has none.

        ``instrument`` is a slug, any name [`untoc.instrument`][untoc.instrument] accepts, or an
        [`Instrument`][untoc.Instrument]; a name that is no instrument raises
        [`NotFoundError`][untoc.NotFoundError].
        """
        slug = (
            instrument.slug if isinstance(instrument, Instrument) else HOOKS.instrument(instrument)
        )
        for action in self.actions:
            if action.instrument == slug:
                return action
        return None

    def is_party(self, instrument: Any, on: _dt.date | None = None) -> bool:
        """Whether the participant is a party to ``instrument`` (on ``on``, if given).

        Without ``on``, a consent the sources report but do not date counts; on a date, it
        counts once the month or year they state is over (see `Action.consent_known_by`).
        """
        action = self.action(instrument)
        if action is None or not action.has_consented:
            return False
        return on is None or action.is_party_on(on)

    @property
    def is_regional_organization(self) -> bool:
        """Whether this is a regional economic integration organization (the EU)."""
        return self.code == "EUU"

    def __str__(self) -> str:
        return f"{self.name} ({self.code})"


AsOfBasis = Literal["stated", "source date", "worked out"]
"""How a stated count's ``as_of`` was reached (see `StatedPartyCount.as_of_basis`)."""

_basis_is_one_of = one_of(AsOfBasis)

_BASIS_SHOWN = {"source date": " (the source's date)", "worked out": " (a day worked out)"}
"""How a count's text marks a day the source does not print."""


def _basis_with_day(instance: Any, attribute: Any, value: object) -> None:
    _basis_is_one_of(instance, attribute, value)
    if (value is None) != (instance.as_of is None):
        raise InvalidArgumentError(
            f"StatedPartyCount {instance.id!r}: as_of_basis is given exactly when as_of is "
            f"(as_of={instance.as_of}, as_of_basis={value!r})"
        )


@attrs.frozen(repr=False, kw_only=True)
class StatedPartyCount(Figure):
    """A count of parties (or signatories) to an instrument that a source stated.

    ``as_of`` is the date the count is for, or ``None`` when no day is known; ``as_of_basis``
    says how that day was reached, since most sources print a count in the present tense
    ("has 192 States Parties") and only some print its day. ``reconciliation`` explains why the
    figure differs from the count computed from the participant table, where it does.

    Attributes:
        id: Stable id (``"convention-2018-10-19"``).
        instrument: Slug of the instrument.
        as_of: The date the count is for, or ``None`` when undated.
        as_of_basis: How ``as_of`` was reached, by one rule applied when the data is built:
            ``"stated"`` (the quote prints the day), ``"source date"`` (the date of one of its
            sources, for a count the source gives as of its own day: published, or delivered),
            ``"worked out"`` (neither: the notes say how, such as a session's opening day);
            ``None`` when ``as_of`` is.
        measure: ``"parties"`` or ``"signatories"``.
        sources: Ids of the sources.
        session: The session at which it was stated, where it was.
        reconciliation: Why it differs from the table's count on that date, where it does.
        quote: The sentence that states it.
        notes: Remarks.
    """

    id: str = attrs.field(validator=non_blank)
    instrument: str = ref("instruments", validator=non_blank)
    as_of: _dt.date | None
    as_of_basis: AsOfBasis | None = attrs.field(default=None, validator=_basis_with_day)
    measure: Literal["parties", "signatories"] = attrs.field(
        default="parties", validator=one_of(Literal["parties", "signatories"])
    )
    sources: tuple[str, ...] = sources_field()
    session: int | None = ref("sessions", default=None, validator=at_least(1))
    reconciliation: str | None = None
    quote: str | None = quiet()
    notes: str | None = quiet()

    def __str__(self) -> str:
        when = self.as_of.isoformat() if self.as_of else "undated"
        if self.as_of_basis is not None and self.as_of_basis != "stated":
            when += f", {self.as_of_basis}"
        return f"{Figure.__str__(self)} {self.measure} ({self.instrument}, {when})"


@attrs.frozen(repr=False, kw_only=True)
class PartyTable(Record):
    """How far the participant table of one instrument reaches, and what was added to it.

    ``complete_through`` is the last date through which the copied depositary table is known
    complete; counts after it are computed from the table plus ``added`` deposits (each from a
    stored page) and are lower bounds.

    Attributes:
        instrument: Slug of the instrument.
        sources: The copied table, then the sources of later deposits.
        complete_through: The last date through which the copy is known complete.
        evidence: Why that date.
        added: Later deposits added from other sources.
        not_added: Deposits reported without a full date, or doubtful, and not counted.
    """

    instrument: str = ref("instruments", validator=non_blank)
    sources: tuple[str, ...] = sources_field()
    complete_through: _dt.date
    evidence: str = attrs.field(repr=False)
    added: tuple[str, ...] = tuple_of(repr=False)
    not_added: tuple[str, ...] = tuple_of(repr=False)


@attrs.frozen(repr=False, eq=False, kw_only=True)
class PartyCount(Figure):
    """How many parties an instrument had on a date: exact, or a lower bound that says so.

    Inside the participant table's completeness window the count is exact (``qualifier ==
    ""``) and behaves as an ``int`` everywhere (``bool``, arithmetic, ``range``, ``f"{n:d}"``).
    Past it, the count is computed from the table plus later deposits found in other sources, so
    it is a lower bound (``qualifier == "at least"``): an operation that needs the number itself
    raises, and ``stated`` carries the latest count a source stated on or before the date, with
    its date and sources. ``str()`` says what was counted.

    Attributes:
        instrument: Slug of the instrument.
        as_of: The date counted on (the data's as-of date when none was asked for).
        complete_through: How far the participant table is complete.
        dated: Consents counted whose deposit a source dates (to the day, or to a month or year
            over by ``as_of``).
        reported: Consents counted that sources report with no date at all: they were given
            before the pages that report them, so before the data's as-of date.
        stated: The latest count a source stated on or before the date (past the table's
            window only).
        undated: Codes of participants whose consent sources report without a date that places
            it before or after ``as_of``: not counted, possibly parties.
        sources: The depositary table copied, the pages of later deposits counted, and those of
            the stated count (see [`untoc.cite`][untoc.cite]).
        measure: ``"parties"``, or ``"signatories"`` for a count of
            [`untoc.signatory_count`][untoc.signatory_count].
        rule: Derived: why a count past the table's window is still exact (a signatory count
            once signature has closed); ``None`` when it is not derived so.

    Examples:
        >>> import datetime
        >>> n = untoc.party_count("convention", as_of=datetime.date(2005, 3, 4))
        >>> n == 100, n + 1, str(n), f"{n:d}", bool(n)
        (True, 101, '100', '100', True)

    """

    instrument: str
    as_of: _dt.date
    complete_through: _dt.date
    dated: int = attrs.field(default=0, validator=at_least(0))
    reported: int = attrs.field(default=0, validator=at_least(0))
    stated: StatedPartyCount | None = None
    undated: tuple[str, ...] = tuple_of()
    sources: tuple[str, ...] = tuple_of(repr=False)
    measure: Literal["parties", "signatories"] = attrs.field(
        default="parties", validator=one_of(Literal["parties", "signatories"]), repr=False
    )
    rule: str | None = attrs.field(default=None, repr=False)

    @property
    def is_lower_bound(self) -> bool:
        """Whether the count is a lower bound (past the table's completeness window)."""
        return self.qualifier != ""

    def _exact(self, operation: str = "an exact number") -> int:
        if self.qualifier != "":
            raise InvalidArgumentError(
                f"{self} is a lower bound, and {operation} needs the number itself: use .value "
                "for the bound or .stated for what a source stated"
            )
        return self.value

    def __int__(self) -> int:
        return self._exact()

    def __index__(self) -> int:
        return self._exact()

    def __float__(self) -> float:
        return float(self._exact())

    def __bool__(self) -> bool:
        if self.qualifier != "" and self.value > 0:
            return True  # at least one party, whatever the count is
        return bool(self._exact("truth"))

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return format(self._exact(f"the format {spec!r}"), spec)

    def __add__(self, other: int) -> int:
        return self._exact() + other

    __radd__ = __add__

    def __sub__(self, other: int) -> int:
        return self._exact() - other

    def __rsub__(self, other: int) -> int:
        return other - self._exact()

    def __mul__(self, other: int) -> int:
        return self._exact() * other

    __rmul__ = __mul__

    def __truediv__(self, other: int) -> float:
        return self._exact() / other

    def __rtruediv__(self, other: int) -> float:
        return other / self._exact()

    def __floordiv__(self, other: int) -> int:
        return self._exact() // other

    def __rfloordiv__(self, other: int) -> int:
        return other // self._exact()

    def __mod__(self, other: int) -> int:
        return self._exact() % other

    def __neg__(self) -> int:
        return -self._exact()

    def __pos__(self) -> int:
        return self._exact()

    def __abs__(self) -> int:
        return abs(self._exact())

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PartyCount):
            return self._key() == other._key()
        if isinstance(other, int) and not isinstance(other, bool):
            return self.qualifier == "" and self.value == other
        return NotImplemented

    def _key(self) -> tuple[object, ...]:
        return (
            self.value,
            self.qualifier,
            self.instrument,
            self.as_of,
            self.complete_through,
            self.dated,
            self.reported,
            self.stated,
            self.undated,
            self.sources,
            self.measure,
            self.rule,
        )

    def __hash__(self) -> int:
        if self.qualifier == "":
            return hash(self.value)
        return hash((self.value, self.qualifier, self.instrument, self.as_of, self.measure))

    def __lt__(self, other: int) -> bool:  # type: ignore[override]
        return self._exact() < other

    def __le__(self, other: int) -> bool:  # type: ignore[override]
        return self._exact() <= other

    def __gt__(self, other: int) -> bool:  # type: ignore[override]
        return self._exact() > other

    def __ge__(self, other: int) -> bool:  # type: ignore[override]
        return self._exact() >= other

    def __str__(self) -> str:
        if self.qualifier == "":
            return f"{self.value:,}"
        parts = [f"the {self.instrument} table is complete through {self.complete_through}"]
        if self.reported:
            parts.insert(0, f"{self.dated:,} dated and {self.reported:,} reported without a date")
        if self.stated is not None and self.stated.as_of is not None:
            basis = _BASIS_SHOWN.get(self.stated.as_of_basis or "", "")
            parts.append(f"{self.stated.value:,} stated as of {self.stated.as_of}{basis}")
        if self.undated:
            parts.append(
                f"{len(self.undated)} more reported without a date: {', '.join(self.undated)}"
            )
        noun = " signatories" if self.measure == "signatories" else ""
        return f"at least {self.value:,}{noun} ({'; '.join(parts)})"


publish(globals())
