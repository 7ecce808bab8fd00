"""How records look in a notebook: HTML with citations as numbered footnotes.

The model knows only its attrs fields; importing this module installs the richer renderers
into its hooks (``import untoc`` does so on first use). A record shows the fields a reader
wants, long notes and discrepancies folded away, and its sources as footnotes; a collection
shows its flat columns (the same as frames and CSV), first and last rows of long ones.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Mapping
from typing import Any

import attrs

from . import _store, _tables
from .model import HOOKS, Records
from .model._base import Table
from .queries import Citations, source_ids

__all__: list[str] = []

_EDGE = 10
"""Rows shown at each end of a long collection."""
_ITEMS = 12
"""Items of a tuple field shown before "... N more"."""
_SOURCES = 30
"""Sources listed under a summary's table before "... and N more"."""


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def records_html(records: tuple[Any, ...]) -> str:
    """A collection as an HTML table: one row per record, first and last rows when long."""
    if not records:
        return "<p><em>no records</em></p>"
    table = _store.get().registry.of(records)
    rows = list(table.rows(records)) if table is not None else _tables.records_rows(records)
    columns = list(dict.fromkeys(k for row in rows for k in row))
    shown: list[dict[str, object] | None] = list(rows)
    if len(rows) > 3 * _EDGE:
        shown = [*rows[:_EDGE], None, *rows[-_EDGE:]]
    head = "".join(f"<th>{html.escape(c)}</th>" for c in columns)
    body = []
    for row in shown:
        if row is None:
            body.append(f'<tr><td colspan="{len(columns)}">…</td></tr>')
            continue
        cells = "".join(f"<td>{html.escape(_text(row.get(c)))}</td>" for c in columns)
        body.append(f"<tr>{cells}</tr>")
    kinds = " and ".join(sorted({type(r).__name__ for r in records}))
    caption = f"<caption>{len(records)} {kinds} record{'s' if len(records) > 1 else ''}</caption>"
    return f"<table>{caption}<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def _value_html(value: Any) -> str:
    if type(value).__name__ == "Participation":
        items = [f"{m.replace('_', ' ')}: {value.get(m)}" for m in value.measures]
        return _list_html(items)
    if isinstance(value, Mapping):
        return _list_html([f"{k}: {v}" for k, v in value.items()])
    if isinstance(value, tuple):
        return _list_html([str(v) for v in value])
    return html.escape(_text(value))


def _list_html(items: list[str]) -> str:
    if len(items) == 1:
        return html.escape(items[0])
    shown = [f"<li>{html.escape(i)}</li>" for i in items[:_ITEMS]]
    if len(items) > _ITEMS:
        shown.append(f"<li>… {len(items) - _ITEMS} more</li>")
    return f"<ul>{''.join(shown)}</ul>"


def record_html(record: Any) -> str:
    """One record: its fields, long ones folded away, and its sources as footnotes."""
    if not attrs.has(type(record)):
        return f"<pre>{html.escape(repr(record))}</pre>"
    main: list[str] = []
    folded: list[str] = []
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if field.name == "sources" or value is None or value == () or value == {}:
            continue
        if type(value).__name__ == "Participation" and not value.figures:
            continue
        row = f"<tr><th>{html.escape(field.name)}</th><td>{_value_html(value)}</td></tr>"
        (folded if field.repr is False and field.name != "participation" else main).append(row)
    for name in ("label", "title"):
        value = getattr(record, name, None)
        if isinstance(value, str) and not any(f">{name}<" in r for r in main):
            main.insert(0, f"<tr><th>{name}</th><td>{html.escape(value)}</td></tr>")
    parts = [
        f"<p><strong>{html.escape(str(record))}</strong></p>",
        f"<table>{''.join(main)}</table>",
    ]
    if folded:
        parts.append(
            "<details><summary>notes, quotes and other fields</summary>"
            f"<table>{''.join(folded)}</table></details>"
        )
    if getattr(record, "sources", None):
        notes = Citations()
        notes.numbers(source_ids(record))
        parts.append(f"<p>Sources:</p>{notes.render('html')}")
    return "".join(parts)


def html_of(value: object) -> str:
    """The HTML view of a record or a collection (what Jupyter shows)."""
    if isinstance(value, tuple):
        return records_html(value)
    return record_html(value)


def table_html(table: Table, sources: tuple[str, ...] = ()) -> str:
    """A summary's or report's table as HTML: caption, header, rows, notes, sources numbered."""
    head = "".join(f"<th>{html.escape(c)}</th>" for c in table.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(_text(v))}</td>" for v in row) + "</tr>"
        for row in table.rows
    )
    parts = [
        f"<table><caption>{html.escape(table.caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
    ]
    if table.notes:
        parts.append(
            "<ul>" + "".join(f"<li>{html.escape(n.strip())}</li>" for n in table.notes) + "</ul>"
        )
    if sources:
        notes = Citations()
        notes.numbers(sources[:_SOURCES])
        more = f"<p>… and {len(sources) - _SOURCES} more: untoc.cite() lists all.</p>"
        parts.append(
            f"<p>Sources:</p>{notes.render('html')}" + (more if len(sources) > _SOURCES else "")
        )
    return "".join(parts)


def _table_frame(table: Table) -> Any:
    from .frames import frame_of

    rows = [
        {c: _tables.plain(v) for c, v in zip(table.columns, row, strict=True)} for row in table.rows
    ]
    return frame_of(list(table.columns), rows)


def _frame(records: Records[Any]) -> Any:
    from .frames import to_pandas

    return to_pandas(records)


def install() -> None:
    """Make the model render through this module (``import untoc`` defers it to the first view)."""
    HOOKS.html = html_of
    HOOKS.frame = _frame
    HOOKS.table_html = table_html
    HOOKS.table_frame = _table_frame


install()
