"""Presentation: flat rows for tables, HTML for Jupyter, and the ``Records`` collection type.

Every query that returns several records returns a :class:`Records` tuple: an ordinary,
immutable tuple that also renders as an HTML table in a notebook (``_repr_html_``) and turns
into a pandas DataFrame with :meth:`Records.to_frame` (pandas is an optional extra).
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["Records", "flat_row", "html_table", "record_html"]

T = TypeVar("T")
_MAX_ROWS = 60


class Records(tuple[T, ...]):
    """An immutable tuple of records that renders as a table in Jupyter.

    >>> rows = untoc.resolutions(session=12)
    >>> isinstance(rows, tuple), len(rows)
    (True, 4)
    """

    __slots__ = ()

    def _repr_html_(self) -> str:
        return html_table(self)

    def to_frame(self) -> pd.DataFrame:
        """The records as a pandas DataFrame, one row per record (needs pandas)."""
        from .frames import frame_of

        return frame_of(self)


def _cell(value: object) -> object:
    """A flat, table-friendly form of one field's value."""
    if value is None or isinstance(value, (str, int, float, bool, _dt.date)):
        return value
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, tuple):
        if all(isinstance(v, str) for v in value):
            return list(value)
        return "; ".join(str(v) for v in value)
    return str(value)


def flat_row(record: object) -> dict[str, object]:
    """One record as a flat mapping of field name to a plain value (str, int, date, list)."""
    if not attrs.has(type(record)):
        return {"value": str(record)}
    row: dict[str, object] = {}
    for field in attrs.fields(type(record)):  # type: ignore[arg-type]
        if field.name in {"quote", "resolutions", "participation", "party_counts", "actions"}:
            continue
        row[field.name] = _cell(getattr(record, field.name))
    return row


def _text(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, _dt.date):
        return value.isoformat()
    return "" if value is None else str(value)


def html_table(records: Iterable[object]) -> str:
    """An HTML table of records, one row each (the first rows only, for long collections)."""
    rows = [flat_row(r) for r in records]
    if not rows:
        return "<p><em>no records</em></p>"
    columns = list(dict.fromkeys(k for row in rows for k in row))
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_text(row.get(c)))}</td>" for c in columns) + "</tr>"
        for row in rows[:_MAX_ROWS]
    )
    more = f"<p>{len(rows) - _MAX_ROWS} more rows</p>" if len(rows) > _MAX_ROWS else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def record_html(record: Any) -> str:
    """An HTML table of one record's fields, with its citations underneath."""
    row = flat_row(record)
    body = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(_text(v))}</td></tr>"
        for k, v in row.items()
        if k != "sources"
    )
    cites = ""
    if getattr(record, "sources", None):
        from .queries import cite

        items = "".join(f"<li>{html.escape(c)}</li>" for c in cite(record))
        cites = f"<p>Sources:</p><ol>{items}</ol>"
    return f"<table><tbody>{body}</tbody></table>{cites}"
