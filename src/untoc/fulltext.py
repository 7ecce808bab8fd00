"""Full-text search over titles, subjects and descriptions, case- and accent-insensitive.

Ranking: a query found as a whole phrase in a title outranks one found in a subject or topic,
which outranks records that merely contain every word; ties go to the older record. The text
index is built once, on the first search.
"""

from __future__ import annotations

from typing import Literal

import attrs

from . import _store
from ._store import normalize_key
from .display import Records
from .errors import InvalidArgumentError, InvalidTypeError
from .model import Event, Resolution, Session

__all__ = ["SearchHit", "search"]


@attrs.frozen
class SearchHit:
    """One search result: the record, what kind it is, its score and the field that matched."""

    kind: Literal["resolution", "session", "event"]
    record: Resolution | Session | Event
    score: int
    field: str


@attrs.frozen
class _Entry:
    kind: Literal["resolution", "session", "event"]
    record: Resolution | Session | Event
    order: tuple[int, int]
    fields: tuple[tuple[str, int, str], ...]  # (field name, weight, normalized text)


def _entries() -> tuple[_Entry, ...]:
    store = _store.get()
    cached = store.derived.get("search-index")
    if isinstance(cached, tuple):
        return cached
    entries: list[_Entry] = []
    for position, r in enumerate(store.resolutions):
        fields = [("title", 10, normalize_key(text)) for text in r.titles.values()]
        fields.append(("subject", 6, normalize_key(r.subject)))
        fields.append(("label", 8, normalize_key(r.label)))
        for slug in r.topics:
            topic = store.topics_by_slug[slug]
            fields.append(("topic", 4, normalize_key(" ".join((topic.label, *topic.aliases)))))
        entries.append(_Entry("resolution", r, (r.session, position), tuple(fields)))
    for s in store.sessions:
        text = " ".join(
            x for x in (s.name, f"{s.ordinal} session", s.city, s.report_symbol, s.notes) if x
        )
        entries.append(_Entry("session", s, (s.number, -1), (("session", 5, normalize_key(text)),)))
    for position, e in enumerate(store.events):
        fields = [("title", 10, normalize_key(e.title))]
        if e.purpose:
            fields.append(("purpose", 5, normalize_key(e.purpose)))
        entries.append(_Entry("event", e, (e.session or 99, 1000 + position), tuple(fields)))
    result = tuple(entries)
    store.derived["search-index"] = result
    return result


def search(query: str, *, limit: int | None = 20) -> Records[SearchHit]:
    """Search texts, sessions and events; best matches first.

    Case, accents and punctuation are ignored ("Crimes that affect the ENVIRONMENT",
    "proteccion" finds "protección").

    >>> hits = untoc.search("cultural property")
    >>> hits[0].kind, "cultural-property" in hits[0].record.topics
    ('resolution', True)
    """
    if not isinstance(query, str):
        raise InvalidTypeError(f"query must be a str, not {type(query).__name__}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise InvalidTypeError("limit must be an int or None")
    if limit is not None and limit < 1:
        raise InvalidArgumentError("limit must be at least 1")
    phrase = normalize_key(query)[:500]
    words = phrase.split()
    if not words:
        return Records()
    hits: list[tuple[int, tuple[int, int], SearchHit]] = []
    for entry in _entries():
        best = 0
        best_field = ""
        for name, weight, text in entry.fields:
            if phrase in text:
                score = weight * 10
            elif all(word in text for word in words):
                score = weight * 3
            else:
                continue
            if score > best:
                best, best_field = score, name
        if best:
            hits.append((best, entry.order, SearchHit(entry.kind, entry.record, best, best_field)))
    hits.sort(key=lambda item: (-item[0], item[1]))
    ranked = [hit for _, _, hit in hits]
    return Records(ranked if limit is None else ranked[:limit])
