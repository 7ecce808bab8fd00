"""Full-text search over texts, sessions, events and the figures sources stated.

Case, accents and punctuation are ignored, so a figure is found as it is written ("131 States",
"1,400 participants"), a symbol with or without its slashes ("12/4", "CTOC/COP/2012/15"), a
name in any stored language. Ranking: each record scores by its best field, twelve times the
field's weight when the field is exactly the query, ten times when the query is found there as
a phrase, three times when every word of it is: a text's title weighs 10, its label
("Resolution 12/4") 8, its subject 6, a topic it is tagged with 4; a session's name, place,
report symbol and notes 5, its President 5; a participation figure 7 (its value and what it
counts) and its quote 3; a stated count of parties 6 and its quote 3; an event's title 10 and
its purpose 5. Ties go to the older record (texts, then sessions, their figures, then events of
the same session). Each hit names the field that matched. When nothing matches, the result says
which indexed words are close to the query's.
"""

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal, SupportsIndex, overload

import attrs

from . import _keys, _store
from ._public import publish
from .errors import InvalidArgumentError, InvalidTypeError
from .model import HOOKS, Figure, Records
from .model._events import Event
from .model._parties import StatedPartyCount
from .model._sessions import ParticipationFigure, Session
from .model._texts import Resolution
from .queries import PerStore, source_ids

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SearchHit", "SearchResults", "search"]

Kind = Literal["resolution", "session", "event", "figure", "count"]
"""What a hit found: a text, a session, an event, a participation figure, a stated count."""

MAX_QUERY = 500
"""Characters of a query that count; the rest is cut before any work."""


@attrs.frozen
class SearchHit:
    """One search result: the record, what kind it is, its score and the field that matched."""

    kind: Kind
    record: Resolution | Session | Event | ParticipationFigure | StatedPartyCount
    score: int
    field: str

    @property
    def sources(self) -> tuple[str, ...]:
        """The sources of the record found."""
        return self.record.sources

    def _repr_html_(self) -> str:
        return HOOKS.html(self)

    def __str__(self) -> str:
        shown = str(self.record)
        if isinstance(self.record, ParticipationFigure):
            measure = self.record.measure.replace("_", " ")
            shown = f"COP{self.record.session} {measure}: {shown}"
        return f"{self.score:>4}  {self.kind:<10} {shown}  [{self.field}]"


def _hits(value: Iterable[SearchHit]) -> Records[SearchHit]:
    return value if type(value) is Records else Records(value)


def _words(value: Iterable[str]) -> tuple[str, ...]:
    return tuple(value)


@attrs.frozen
class SearchResults(Sequence[SearchHit]):
    """The hits of one search, best first; ``suggestions`` holds close words when none hit.

    A read-only sequence of [`SearchHit`][untoc.SearchHit]s: index it, slice it, iterate it.
    """

    hits: Records[SearchHit] = attrs.field(factory=Records, converter=_hits)
    suggestions: tuple[str, ...] = attrs.field(default=(), converter=_words)

    @overload
    def __getitem__(self, index: SupportsIndex) -> SearchHit: ...
    @overload
    def __getitem__(self, index: slice) -> Records[SearchHit]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> SearchHit | Records[SearchHit]:
        return self.hits[index]

    def __len__(self) -> int:
        return len(self.hits)

    def __repr__(self) -> str:
        if self.hits or not self.suggestions:
            return repr(self.hits)
        quoted = ", ".join(repr(s) for s in self.suggestions)
        return f"<no match; did you mean {quoted}?>"

    def _repr_html_(self) -> str:
        return HOOKS.html(self.hits)

    def to_frame(self) -> "pd.DataFrame":
        """The hits as a pandas DataFrame (needs pandas: ``pip install "untoc[pandas]"``)."""
        return self.hits.to_frame()

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources of every record found, best hit first."""
        return source_ids(self)

    def __str__(self) -> str:
        return repr(self)


@attrs.frozen
class _Entry:
    kind: Kind
    record: Resolution | Session | Event | ParticipationFigure | StatedPartyCount
    order: tuple[int, int]
    fields: tuple[tuple[str, int, str], ...]  # (field name, weight, normalized text)


@attrs.frozen
class _Index:
    entries: tuple[_Entry, ...]


def _build(store: _store.Store, _: None) -> _Index:
    entries: list[_Entry] = []
    topics = store.table("topics").by_key
    for position, r in enumerate(store.table("resolutions").records):
        fields = [("title", 10, _keys.normalize(text)) for text in r.titles.values()]
        fields.append(("subject", 6, _keys.normalize(r.subject)))
        fields.append(("label", 8, _keys.normalize(r.label)))
        for slug in r.topics:
            topic = topics[slug]
            fields.append(("topic", 4, _keys.normalize(" ".join((topic.label, *topic.aliases)))))
        entries.append(_Entry("resolution", r, (r.session, position), tuple(fields)))
    for s in store.table("sessions").records:
        text = " ".join(
            x for x in (s.name, f"{s.ordinal} session", s.city, s.report_symbol, s.notes) if x
        )
        fields = [("session", 5, _keys.normalize(text))]
        if s.president is not None:
            who = " ".join(x for x in (s.president.name, s.president.country) if x)
            fields.append(("president", 5, _keys.normalize(who)))
        entries.append(_Entry("session", s, (s.number, -1), tuple(fields)))
        for position, f in enumerate(s.participation.figures):
            figure = [("figure", 7, _keys.normalize(f"{f} {f.measure.replace('_', ' ')}"))]
            if f.quote:
                figure.append(("quote", 3, _keys.normalize(f.quote)))
            entries.append(_Entry("figure", f, (s.number, 500 + position), tuple(figure)))
    names = {i.slug: i.short_name for i in store.table("instruments").records}
    for position, c in enumerate(store.table("stated_party_counts").records):
        what = f"{c.value} {c.measure} {names[c.instrument]} {c.instrument.replace('-', ' ')}"
        count = [("count", 6, _keys.normalize(f"{Figure.__str__(c)} {what}"))]
        if c.quote:
            count.append(("quote", 3, _keys.normalize(c.quote)))
        entries.append(_Entry("count", c, (c.session or 99, 2000 + position), tuple(count)))
    for position, e in enumerate(store.table("events").records):
        fields = [("title", 10, _keys.normalize(e.title))]
        if e.purpose:
            fields.append(("purpose", 5, _keys.normalize(e.purpose)))
        entries.append(_Entry("event", e, (e.session or 99, 1000 + position), tuple(fields)))
    return _Index(tuple(entries))


def _vocabulary_of(store: _store.Store, _: None) -> frozenset[str]:
    """Every word the index holds: the suggestions' vocabulary, built on the first miss."""
    return frozenset(
        w for e in _index(None).entries for _, _, text in e.fields for w in text.split()
    )


_index = PerStore(_build)
_vocabulary = PerStore(_vocabulary_of)


def search(query: str, *, limit: int | None = 20) -> SearchResults:
    """Search texts, sessions and events; best matches first.

    Case, accents and punctuation are ignored ("Crimes that affect the ENVIRONMENT",
    "trafico ilicito" finds "tráfico ilícito"). When nothing matches, ``.suggestions`` lists indexed
    words close to the query's.

    Examples:
        >>> hits = untoc.search("cultural property")
        >>> hits[0].kind, "cultural-property" in hits[0].record.topics
        ('resolution', True)
        >>> untoc.search("firarms")
        <no match; did you mean 'firearms', 'firearm'?>

    """
    if not isinstance(query, str):
        raise InvalidTypeError(f"query must be a str, not {type(query).__name__}")
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int)):
        raise InvalidTypeError("limit must be an int or None")
    if limit is not None and limit < 1:
        raise InvalidArgumentError(f"limit must be at least 1, not {limit}")
    phrase = _keys.normalize(query[:MAX_QUERY])
    words = phrase.split()
    if not words:
        return SearchResults()
    index = _index(None)
    hits: list[tuple[int, tuple[int, int], SearchHit]] = []
    for entry in index.entries:
        best = 0
        best_field = ""
        for name, weight, text in entry.fields:
            if phrase == text:
                score = weight * 12
            elif phrase in text:
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
    if ranked:
        return SearchResults(ranked if limit is None else ranked[:limit])
    return SearchResults((), _suggest(words, _vocabulary(None)))


def _suggest(words: list[str], known: frozenset[str]) -> tuple[str, ...]:
    """For each query word no record contains, the closest indexed words."""
    out: list[str] = []
    vocabulary = {w: w for w in known if len(w) > 2}
    for word in words[:10]:
        if word not in known:
            out.extend(_keys.close_matches(word, vocabulary, n=2))
    return tuple(dict.fromkeys(out))


publish(globals())
