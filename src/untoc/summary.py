"""Participation across sessions: per-session rows, highs per measure, and changes.

Stated figures are compared as stated: a high is the largest figure a source gives for a
measure, and the summary says whether a source itself called it a record ("a record 1,400") or
whether it is merely the largest figure this library holds (a computed maximum).
"""

from __future__ import annotations

import itertools
from typing import Literal

import attrs

from . import _store
from .model import MEASURES, Participation, StatedFigure

__all__ = ["Change", "MeasureHigh", "ParticipationRow", "ParticipationSummary"]


@attrs.frozen
class ParticipationRow:
    """One session's stated participation figures."""

    session: int
    year: int
    participation: Participation

    def get(self, measure: str) -> StatedFigure | None:
        """The preferred reported figure for ``measure``, or ``None``."""
        return self.participation.get(measure)


@attrs.frozen
class MeasureHigh:
    """The highest figure held for a measure and the session that holds it.

    ``basis`` is ``"stated record"`` when the source calls the figure a record, and
    ``"computed maximum"`` when untoc only found it to be the largest figure it holds.
    """

    measure: str
    session: int
    figure: StatedFigure

    @property
    def basis(self) -> Literal["stated record", "computed maximum"]:
        """Whether a source called this a record, or untoc computed it."""
        return "stated record" if self.figure.stated_as_record else "computed maximum"


@attrs.frozen
class Change:
    """A figure against the same measure at the previous session that states it."""

    measure: str
    session: int
    previous_session: int
    current: StatedFigure
    previous: StatedFigure

    @property
    def difference(self) -> int:
        """``current.value - previous.value`` (read with the figures' qualifiers)."""
        return self.current.value - self.previous.value

    @property
    def exact(self) -> bool:
        """Whether both figures were stated without qualifier, so the difference is exact."""
        return self.current.is_exact and self.previous.is_exact


@attrs.frozen
class ParticipationSummary:
    """Participation figures across sessions, with the high and the changes per measure."""

    rows: tuple[ParticipationRow, ...]
    highs: tuple[MeasureHigh, ...]
    changes: tuple[Change, ...]

    def row(self, session: int) -> ParticipationRow:
        """The row of one session."""
        for row in self.rows:
            if row.session == session:
                return row
        raise KeyError(session)

    def high(self, measure: str) -> MeasureHigh | None:
        """The high for ``measure``, or ``None`` when no session states it."""
        for high in self.highs:
            if high.measure == measure:
                return high
        return None


def participation_summary(session: int | str | None = None) -> ParticipationSummary:
    """Stated participation figures across every session (or one session).

    >>> s = untoc.participation_summary(12)
    >>> str(s.rows[0].participation.participants)
    'a record 1,400'
    """
    from .queries import session as find_session
    from .queries import sessions

    number = None if session is None else find_session(session).number
    derived = _store.get().derived
    cached = derived.get(("participation_summary", number))
    if isinstance(cached, ParticipationSummary):
        return cached
    everything = sessions()
    rows = tuple(
        ParticipationRow(s.number, s.year, s.participation)
        for s in everything
        if s.participation.measures and (number is None or s.number == number)
    )
    highs: list[MeasureHigh] = []
    changes: list[Change] = []
    for measure in MEASURES:
        held = [(row.session, row.get(measure)) for row in rows]
        present = [(n, f) for n, f in held if f is not None]
        if not present:
            continue
        best_session, best = max(present, key=lambda item: (item[1].value, -item[0]))
        highs.append(MeasureHigh(measure, best_session, best))
        for (prev_n, prev), (cur_n, cur) in itertools.pairwise(present):
            changes.append(Change(measure, cur_n, prev_n, cur, prev))
    summary = ParticipationSummary(rows, tuple(highs), tuple(changes))
    derived[("participation_summary", number)] = summary
    return summary
