"""How complete the record is, session by session, computed from the data itself.

The report compares what sources state (texts adopted) with what untoc holds, counts titles held
in English or only in another language, and lists the figures and fields no source gives. The
documentation's "Data coverage" page is rendered from it, so the two cannot drift apart.
"""

from __future__ import annotations

import attrs

from . import _store
from .model import AdoptedCount, Session

__all__ = ["CORE_MEASURES", "Coverage", "SessionCoverage", "coverage"]

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
    numbered: int
    unnumbered: int
    titled_in_english: int
    titled_in_other_language_only: int
    untitled: int
    missing_figures: tuple[str, ...]
    missing_fields: tuple[str, ...]

    @property
    def held(self) -> int:
        """Texts held, both kinds."""
        return self.held_resolutions + self.held_decisions

    @property
    def stated_total(self) -> int | None:
        """Texts the sources state were adopted (both kinds), or ``None`` if none says."""
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
class Coverage:
    """The coverage report for every session."""

    sessions: tuple[SessionCoverage, ...]

    def session(self, number: int) -> SessionCoverage:
        """The row of one session."""
        for row in self.sessions:
            if row.session == number:
                return row
        raise KeyError(number)

    def to_markdown(self) -> str:
        """The report as the Markdown of the documentation's "Data coverage" page."""
        info = _store.get().info
        lines = [
            "# Data coverage",
            "",
            "<!-- Generated from the data by `python tools/gen_docs.py`; do not edit. -->",
            "",
            f"Data version {info.version}, as of {info.as_of}. This page is rendered from",
            "`untoc.coverage()`; a test fails if it falls out of date.",
            "",
            "| session | year | stated adopted | held (res. / dec.) | missing | unnumbered "
            "| titles: English / other only / none | figures not stated | fields not stated |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        for row in self.sessions:
            stated = ", ".join(f"{c} {c.kind}s" for c in row.stated) or "not stated"
            missing = "?" if row.missing_texts is None else str(row.missing_texts)
            lines.append(
                f"| COP{row.session} | {row.year} | {stated} "
                f"| {row.held} ({row.held_resolutions} / {row.held_decisions}) | {missing} "
                f"| {row.unnumbered} "
                f"| {row.titled_in_english} / {row.titled_in_other_language_only} "
                f"/ {row.untitled} "
                f"| {', '.join(m.replace('_', ' ') for m in row.missing_figures) or '-'} "
                f"| {', '.join(f.replace('_', ' ') for f in row.missing_fields) or '-'} |"
            )
        lines += [
            "",
            "*Stated adopted* is what a source says the session adopted; *held* is what untoc",
            "has a record of. *Missing* is the difference where a source states a count (`?`",
            "where none does). A text is *unnumbered* when no stored source gives its number,",
            "and titled in *other only* when its official title is stored only in Spanish or",
            "French. The figures listed are participation measures no source states for the",
            "session (participants, States, intergovernmental organizations, side events).",
            "",
        ]
        return "\n".join(lines)


def _row(session: Session) -> SessionCoverage:
    texts = session.resolutions
    english = sum(1 for r in texts if r.titles.default is not None)
    other = sum(1 for r in texts if r.titles and r.titles.default is None)
    participation = session.participation
    missing_figures = tuple(m for m in CORE_MEASURES if participation.get(m) is None)
    missing_fields = tuple(
        name
        for name, value in (
            ("president", session.president),
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
        numbered=sum(1 for r in texts if r.number is not None),
        unnumbered=sum(1 for r in texts if r.number is None),
        titled_in_english=english,
        titled_in_other_language_only=other,
        untitled=sum(1 for r in texts if not r.titles),
        missing_figures=missing_figures,
        missing_fields=missing_fields,
    )


def coverage() -> Coverage:
    """A per-session report of what the data holds against what sources state.

    >>> row = untoc.coverage().session(4)
    >>> row.stated_total, row.held, row.unnumbered
    (8, 8, 1)
    """
    store = _store.get()
    cached = store.derived.get("coverage")
    if isinstance(cached, Coverage):
        return cached
    report = Coverage(tuple(_row(s) for s in store.sessions))
    store.derived["coverage"] = report
    return report
