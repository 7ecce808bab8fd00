"""pandas DataFrames of the data, for notebooks. pandas is an optional extra.

``untoc.to_pandas("sessions")`` and friends give one row per record with typed columns: dates
as ``datetime64``, counts as nullable ``Int64``, lists (topics, sources) as list cells.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from .display import flat_row
from .errors import InvalidArgumentError, MissingDependencyError
from .model import MEASURES

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["FRAMES", "frame_of", "to_pandas"]


def _pandas() -> Any:
    try:
        import pandas
    except ImportError as error:
        raise MissingDependencyError(
            "pandas is needed for DataFrames; install it with: pip install 'untoc[pandas]'"
        ) from error
    return pandas


def _frame(rows: list[dict[str, Any]], dates: Iterable[str] = (), ints: Iterable[str] = ()) -> Any:
    pd = _pandas()
    frame = pd.DataFrame(rows)
    for column in dates:
        if column in frame:
            frame[column] = pd.to_datetime(frame[column])
    for column in ints:
        if column in frame:
            frame[column] = frame[column].astype("Int64")
    return frame


def _sessions() -> list[dict[str, Any]]:
    from .queries import sessions

    rows = []
    for s in sessions():
        row: dict[str, Any] = {
            "number": s.number,
            "name": s.name,
            "start": s.start,
            "end": s.end,
            "city": s.city,
            "format": s.format,
            "president": s.president.name if s.president else None,
            "president_country": s.president.country if s.president else None,
            "report_symbol": s.report_symbol,
            "texts_held": s.held_count(),
            "resolutions_stated": _value(s.stated_count("resolution")),
            "decisions_stated": _value(s.stated_count("decision")),
        }
        for measure in MEASURES:
            figure = s.participation.get(measure)
            row[measure] = _value(figure)
            row[f"{measure}_qualifier"] = figure.qualifier if figure else None
        row["sources"] = list(s.sources)
        rows.append(row)
    return rows


def _value(figure: Any) -> int | None:
    return None if figure is None else int(figure.value)


def _resolutions() -> list[dict[str, Any]]:
    from .queries import resolutions

    return [
        {
            "id": r.id,
            "symbol": r.symbol,
            "label": r.label,
            "kind": r.kind,
            "session": r.session,
            "number": r.number,
            "title": r.title or next(iter(r.titles.values()), None),
            "title_language": "en" if r.title else next(iter(r.titles), None),
            "subject": r.subject,
            "adopted": r.adopted,
            "topics": list(r.topics),
            "instruments": list(r.instruments),
            "sources": list(r.sources),
        }
        for r in resolutions()
    ]


def _participation() -> list[dict[str, Any]]:
    from .queries import sessions

    rows = []
    for s in sessions():
        for f in s.participation.figures:
            rows.append(
                {
                    "session": f.session,
                    "year": s.year,
                    "measure": f.measure,
                    "value": f.value,
                    "qualifier": f.qualifier,
                    "stated": str(f),
                    "status": f.status,
                    "stated_as_record": f.stated_as_record,
                    "preferred": s.participation.get(f.measure, include_expected=True) is f,
                    "sources": list(f.sources),
                }
            )
    return rows


def _parties() -> list[dict[str, Any]]:
    from .membership import participants

    return [
        {
            "code": p.code,
            "name": p.name,
            "instrument": a.instrument,
            "signature": a.signature,
            "consent": a.consent,
            "consent_kind": a.consent_kind,
            "in_force": a.in_force,
            "sources": list(a.sources),
        }
        for p in participants()
        for a in p.actions
    ]


def _party_counts() -> list[dict[str, Any]]:
    from .queries import party_counts

    return [
        {
            "instrument": c.instrument,
            "as_of": c.as_of,
            "measure": c.measure,
            "value": c.value,
            "qualifier": c.qualifier,
            "session": c.session,
            "reconciliation": c.reconciliation,
            "sources": list(c.sources),
        }
        for c in party_counts()
    ]


def _sources() -> list[dict[str, Any]]:
    from .queries import sources

    return [flat_row(s) for s in sources()]


FRAMES: dict[str, tuple[Callable[[], list[dict[str, Any]]], tuple[str, ...], tuple[str, ...]]] = {
    "sessions": (
        _sessions,
        ("start", "end"),
        ("resolutions_stated", "decisions_stated", *MEASURES),
    ),
    "resolutions": (_resolutions, ("adopted",), ("number",)),
    "participation": (_participation, (), ("value",)),
    "parties": (_parties, ("signature", "consent", "in_force"), ()),
    "party_counts": (_party_counts, ("as_of",), ("value", "session")),
    "sources": (_sources, ("published",), ()),
}
"""The frames :func:`to_pandas` builds: name -> (rows, date columns, integer columns)."""


def to_pandas(name: str) -> pd.DataFrame:
    """One table of the data as a pandas DataFrame.

    ``name`` is one of "sessions", "resolutions", "participation", "parties",
    "party_counts", "sources". Needs pandas (``pip install "untoc[pandas]"``).

    >>> frame = untoc.to_pandas("resolutions")
    >>> ", ".join(frame.loc[frame.symbol == "12/4", "topics"].iloc[0])
    'environment, working-groups'
    """
    if not isinstance(name, str) or name not in FRAMES:
        raise InvalidArgumentError(f"no frame named {name!r}; valid: {', '.join(FRAMES)}")
    rows_of, dates, ints = FRAMES[name]
    rows = rows_of()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        return _frame(rows, dates, ints)  # type: ignore[no-any-return]


def frame_of(records: Iterable[object]) -> pd.DataFrame:
    """Any collection of records as a DataFrame (one row per record, flat columns)."""
    rows = [flat_row(r) for r in records]
    dates = [k for k in (rows[0] if rows else {}) if k in _DATE_FIELDS]
    return _frame(rows, dates)  # type: ignore[no-any-return]


_DATE_FIELDS = frozenset(
    {"start", "end", "adopted", "published", "as_of", "date", "signature", "consent", "in_force"}
)
