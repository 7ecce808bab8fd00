"""How complete the record is, session by session, computed from the data itself.

The report compares what sources state (texts adopted) with what untoc holds, counts titles held
in English or only in another language, and lists the figures and fields no source gives. The
documentation's "Data coverage" page is drawn from it, so the two cannot drift apart.
"""

import attrs

from . import _keys, _store
from ._public import publish
from .errors import NotFoundError
from .model._base import Table
from .model._sessions import AdoptedCount, Session
from .queries import PerStore, Tabular, sessions

__all__ = ["coverage"]

CORE_MEASURES = ("participants", "states", "intergovernmental_organizations", "side_events")
"""Participation measures whose absence the report calls out."""


@attrs.frozen
class SessionCoverage:
    """What is known and what is missing for one session."""

    session: int
    year: int
    stated: tuple[AdoptedCount, ...]
    held_resolutions: int
    held_decisions: int
    held_kind_unknown: int
    numbered: int
    unnumbered: int
    titled_in_english: int
    titled_in_other_language_only: int
    untitled: int
    missing_figures: tuple[str, ...]
    missing_fields: tuple[str, ...]

    @property
    def held(self) -> int:
        """Texts held, every kind."""
        return self.held_resolutions + self.held_decisions + self.held_kind_unknown

    @property
    def stated_total(self) -> int | None:
        """Texts the sources state were adopted (every kind), or ``None`` if none says."""
        exact = [c.value for c in self.stated if c.is_exact]
        return sum(exact) if exact else None

    @property
    def missing_texts(self) -> int | None:
        """Stated minus held, or ``None`` when no source states a count."""
        total = self.stated_total
        return None if total is None else max(total - self.held, 0)

    @property
    def complete(self) -> bool:
        """Every stated text held, numbered and titled (in some language)."""
        return (
            self.missing_texts == 0
            and self.unnumbered == 0
            and self.untitled == 0
            and self.stated_total is not None
        )


@attrs.frozen
class BodyCoverage:
    """How many of a subsidiary body's meetings the record holds, and which it cannot date."""

    body: str
    meetings: int
    dated: int
    undated: tuple[str, ...]
    """Ids of the meetings known to exist (from a cited source) whose first day no source gives."""


@attrs.frozen(repr=False)  # Tabular's: the table, not every field
class Coverage(Tabular):
    """The coverage report.

    Every session held, what is known of later ones, and the subsidiary bodies' meetings.
    """

    sessions: tuple[SessionCoverage, ...]
    as_of: str
    not_held: str
    """Why no later session is in the record (the data's as-of date and what sources say)."""
    bodies: tuple[BodyCoverage, ...] = ()

    def table(self) -> Table:
        """The report as a table: a row per session, then the bodies' meetings."""
        notes = [self.not_held]
        for body in self.bodies:
            undated = f", {len(body.undated)} not dated" if body.undated else ""
            notes.append(f"{body.body}: {body.meetings} meetings held{undated}")
        return Table(
            f"What the record holds, session by session (data as of {self.as_of})",
            (
                "session",
                "year",
                "stated",
                "held",
                "unnumbered",
                "English title",
                "other title",
                "untitled",
                "figures missing",
            ),
            (
                (
                    f"COP{r.session}",
                    r.year,
                    "?" if r.stated_total is None else r.stated_total,
                    r.held,
                    r.unnumbered,
                    r.titled_in_english,
                    r.titled_in_other_language_only,
                    r.untitled,
                    ", ".join(m.replace("_", " ") for m in r.missing_figures) or "-",
                )
                for r in self.sessions
            ),
            notes,
        )

    def session(self, number: int | str) -> SessionCoverage:
        """The row of one session (a number in any form [`untoc.session`][untoc.session] takes)."""
        wanted = _keys.session_number(number)
        for row in self.sessions:
            if row.session == wanted:
                return row
        raise NotFoundError("session", number, valid=self.not_held)


def _row(session: Session) -> SessionCoverage:
    texts = session.resolutions
    participation = session.participation
    missing_fields = tuple(
        name
        for name, value in (
            ("president", session.president),
            ("bureau", session.bureau or None),
            ("report_symbol", session.report_symbol),
            ("format", session.format),
        )
        if value is None
    )
    return SessionCoverage(
        session=session.number,
        year=session.year,
        stated=session.texts_adopted,
        held_resolutions=session.held_count("resolution"),
        held_decisions=session.held_count("decision"),
        held_kind_unknown=sum(1 for r in texts if r.kind is None),
        numbered=sum(1 for r in texts if r.number is not None),
        unnumbered=sum(1 for r in texts if r.number is None),
        titled_in_english=sum(1 for r in texts if r.titles.default is not None),
        titled_in_other_language_only=sum(
            1 for r in texts if r.titles and r.titles.default is None
        ),
        untitled=sum(1 for r in texts if not r.titles),
        missing_figures=tuple(m for m in CORE_MEASURES if participation.get(m) is None),
        missing_fields=missing_fields,
    )


def _compute(store: _store.Store, _: None) -> Coverage:
    info = store.info
    rows = tuple(_row(s) for s in sessions())
    last = rows[-1].session
    not_held = (
        f"sessions 1 to {last} are held; the data is as of {info.as_of.isoformat()} and no "
        f"stored source gives the dates of a {_keys.ordinal(last + 1)} session"
    )
    by_body = store.table("meetings").by("body")
    bodies = tuple(
        BodyCoverage(
            body.slug,
            len(held := by_body.get(body.slug, ())),
            sum(1 for m in held if m.dated),
            tuple(m.id for m in held if not m.dated),
        )
        for body in store.table("bodies").records
    )
    return Coverage(rows, info.as_of.isoformat(), not_held, bodies)


_coverage = PerStore(_compute)


def coverage() -> Coverage:
    """A per-session report of what the data holds against what sources state.

    Examples:
        >>> row = untoc.coverage().session(4)
        >>> row.stated_total, row.held, row.unnumbered
        (8, 8, 1)

    """
    return _coverage(None)


publish(globals())
