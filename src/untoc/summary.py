"""Participation across sessions: per-session rows, the largest figure per measure, changes.

Figures are compared as stated. For each measure the summary gives the largest figure any
source states (``highest``) and, separately, any figure a source itself calls a record, with the
sense the source gives ("in-person"), so that "more than 1,500 participants" at COP11 and "a
record 1,400 in-person participants" at COP12 are both reported without contradiction.
"""

import itertools

import attrs

from . import _keys
from ._keys import renamed
from ._public import publish
from .errors import NotFoundError
from .model import MEASURES
from .model._base import Table
from .model._sessions import Participation, ParticipationFigure
from .queries import PerStore, Tabular, sessions
from .queries import session as _session

__all__ = ["participation_summary"]


@attrs.frozen
class ParticipationRow:
    """One session's stated participation figures."""

    session: int
    year: int
    participation: Participation

    def get(self, measure: str) -> ParticipationFigure | None:
        """The preferred reported figure for ``measure``, or ``None``."""
        return self.participation.get(measure)

    def __str__(self) -> str:
        return f"COP{self.session} ({self.year}): {self.participation}"


@attrs.frozen
class MeasureHigh:
    """The largest figure stated for a measure, and any figure a source calls a record.

    ``figure`` is the largest value any source states (read with its qualifier: "more than
    1,500" may be a lower bound); ``called_record`` is the figure a source itself calls a
    record for this measure, which need not be the largest (it may count only in-person
    participants, for example: see its ``record_sense``).
    """

    measure: str
    session: int
    figure: ParticipationFigure
    called_record: ParticipationFigure | None = None

    def __str__(self) -> str:
        text = (
            f"{self.measure.replace('_', ' ')}: largest stated {self.figure} at COP{self.session}"
        )
        record = self.called_record
        if record is not None and record is not self.figure:
            sense = f" ({record.record_sense})" if record.record_sense else ""
            text += f"; called a record{sense}: {record.value:,} at COP{record.session}"
        elif record is not None:
            text += " (called a record by its source)"
        return text


@attrs.frozen
class Change:
    """A figure against the same measure at the previous session that states it."""

    measure: str
    session: int
    previous_session: int
    current: ParticipationFigure
    previous: ParticipationFigure

    @property
    def difference(self) -> int:
        """``current.value - previous.value`` (read with the figures' qualifiers)."""
        return self.current.value - self.previous.value

    @property
    def exact(self) -> bool:
        """Whether both figures were stated without qualifier, so the difference is exact."""
        return self.current.is_exact and self.previous.is_exact

    def __str__(self) -> str:
        sign = "+" if self.difference >= 0 else ""
        how = "" if self.exact else " (figures qualified as stated)"
        return (
            f"{self.measure.replace('_', ' ')}: {self.previous} at COP{self.previous_session} "
            f"to {self.current} at COP{self.session}, {sign}{self.difference:,}{how}"
        )


SHOWN = (
    "participants",
    "delegates",
    "states",
    "states_parties",
    "intergovernmental_organizations",
    "non_governmental_organizations",
    "side_events",
)
"""The measures the summary's table shows as columns; the others appear in its notes."""


@attrs.frozen(repr=False)  # Tabular's: the table, not every field
class ParticipationSummary(Tabular):
    """Participation figures across sessions, with the high and the changes per measure."""

    rows: tuple[ParticipationRow, ...]
    highs: tuple[MeasureHigh, ...]
    changes: tuple[Change, ...]

    def table(self) -> Table:
        """The summary as a table: a row per session, a column per main measure, the highs."""
        measures = [m for m in SHOWN if any(r.get(m) is not None for r in self.rows)]
        others = [m for m in MEASURES if m not in measures and any(r.get(m) for r in self.rows)]
        notes = []
        if len(self.rows) > 1:
            notes += ["Largest figure stated per measure:", *(f"  {high}" for high in self.highs)]
        if others and len(self.rows) == 1:
            row = self.rows[0]
            notes.append(
                "Also stated: " + "; ".join(f"{m.replace('_', ' ')} {row.get(m)}" for m in others)
            )
        elif others:
            notes.append("Also stated: " + ", ".join(m.replace("_", " ") for m in others))
        notes.append("Figures read as the sources state them; untoc.cite(summary) gives them.")
        return Table(
            "Participation stated per session (preferred reported figure per measure)",
            ("session", "year", *(_short(m) for m in measures)),
            ((f"COP{r.session}", r.year, *(r.get(m) for m in measures)) for r in self.rows),
            notes,
        )

    def row(self, number: int | str) -> ParticipationRow:
        """The row of one session (a number in any form [`untoc.session`][untoc.session] takes)."""
        wanted = _keys.session_number(number)
        for row in self.rows:
            if row.session == wanted:
                return row
        held = ", ".join(str(r.session) for r in self.rows)
        raise NotFoundError("session row", number, valid=f"sessions with figures: {held}")

    def high(self, measure: str) -> MeasureHigh | None:
        """The high for ``measure``, or ``None`` when no session states it."""
        wanted = _keys.choice(measure, MEASURES, "participation measure")
        for high in self.highs:
            if high.measure == wanted:
                return high
        return None


def _short(measure: str) -> str:
    return {
        "intergovernmental_organizations": "IGOs",
        "non_governmental_organizations": "NGOs",
        "states_parties": "states parties",
        "side_events": "side events",
    }.get(measure, measure)


@renamed(session_key="session")
def participation_summary(session: int | str | None = None) -> ParticipationSummary:
    """Stated participation figures across every session (or one session).

    Examples:
        >>> s = untoc.participation_summary()
        >>> print(s.high("participants"))  # doctest: +NORMALIZE_WHITESPACE
        participants: largest stated more than 1,500 at COP11;
        called a record (in-person): 1,400 at COP12

    """
    number = None if session is None else _session(session).number
    return _summaries(number)


def _compute(_: object, number: int | None) -> ParticipationSummary:
    rows = tuple(
        ParticipationRow(s.number, s.year, s.participation)
        for s in sessions()
        if s.participation.measures and (number is None or s.number == number)
    )
    highs: list[MeasureHigh] = []
    changes: list[Change] = []
    for measure in MEASURES:
        present = [(row.session, f) for row in rows if (f := row.get(measure)) is not None]
        if not present:
            continue
        best_session, best = max(present, key=lambda item: (item[1].value, -item[0]))
        records = [
            f
            for row in rows
            for f in row.participation.all(measure)
            if f.stated_as_record and f.status == "reported"
        ]
        # The latest figure a source calls a record; one that says in what sense, if any.
        called = max(records, key=lambda f: (f.session, f.record_sense is not None), default=None)
        highs.append(MeasureHigh(measure, best_session, best, called))
        for (prev_n, prev), (cur_n, cur) in itertools.pairwise(present):
            changes.append(Change(measure, cur_n, prev_n, cur, prev))
    return ParticipationSummary(rows, tuple(highs), tuple(changes))


_summaries = PerStore(_compute)


publish(globals())
