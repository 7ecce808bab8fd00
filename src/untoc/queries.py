"""Lookups of sessions, texts, topics, instruments, events and sources, served from indexes.

Lookups are forgiving about form where people expect it ("Resolution 12/4", " Firearms ", "Palermo
Convention") but never guess: a key either finds exactly one record or raises
[`NotFoundError`][untoc.NotFoundError] with close matches ([`AmbiguousError`][untoc.AmbiguousError]
when it names several). Collections come back as cached [`Records`][untoc.Records] tuples.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

import attrs

from . import _keys, _store, _tables
from ._keys import renamed
from ._public import publish
from .errors import AmbiguousError, InvalidTypeError, NotFoundError
from .model import HOOKS, Records
from .model._base import Table

if TYPE_CHECKING:
    from .model import (
        AnnouncedSession,
        Conference,
        DataInfo,
        Event,
        Instrument,
        Observance,
        Resolution,
        Session,
        Source,
        Statement,
        Topic,
    )

__all__ = [
    "Citations",
    "announced_sessions",
    "cite",
    "data_info",
    "events",
    "instrument",
    "instruments",
    "observances",
    "resolution",
    "resolutions",
    "resolutions_by_topic",
    "session",
    "sessions",
    "source",
    "sources",
    "statements",
    "topic",
    "topics",
]

K = TypeVar("K", bound=Hashable)
T = TypeVar("T")
_MISSING: Any = object()


class PerStore(Generic[K, T]):
    """Values computed from the loaded data, once per canonical key, until the data reloads.

    Keys are canonical (a slug, a session number), so the cache is bounded by the data.
    """

    def __init__(self, compute: Callable[[_store.Store, K], T]) -> None:
        self._compute = compute
        self._store: _store.Store | None = None
        self._values: dict[K, T] = {}

    def __call__(self, key: K) -> T:
        store = _store.get()
        values = self._values
        if self._store is not store:
            values = {}
            self._store, self._values = store, values
        value = values.get(key, _MISSING)
        if value is _MISSING:
            value = self._compute(store, key)
            values[key] = value
        return value  # type: ignore[no-any-return]


# Sessions -----------------------------------------------------------------------------------


def sessions() -> Records[Session]:
    """Every session of the Conference held in the data, ordered by number.

    Examples:
        >>> untoc.sessions()[-1].name
        'COP12'

    """
    return _store.loaded("sessions").records


@renamed(number="key")
def session(key: int | str) -> Session:
    """The session numbered ``key``: ``12``, ``"12"``, ``"COP12"`` or ``"twelfth"``.

    Nothing looser: ``"1/2"`` or ``"-1"`` raise
    [`InvalidArgumentError`][untoc.InvalidArgumentError], a number no session has raises
    [`NotFoundError`][untoc.NotFoundError] saying which sessions are held and why a later one is
    not.

    Examples:
        >>> untoc.session("COP12").city
        'Vienna'

    """
    held: Mapping[int, Session] = _store.loaded("sessions").by_key
    found = held.get(key) if type(key) is int else None
    if found is not None:
        return found
    wanted = _keys.session_number(key)
    found = held.get(wanted)
    if found is None:
        first, last = min(held), max(held)
        why = ""
        announced = _store.loaded("announced_sessions").by_key.get(wanted)
        if announced is not None:
            why = (
                f"; {announced.name} is only announced, for {announced.when_as_stated}: no "
                f"stored source reports it as held (data as of "
                f"{_store.get().info.as_of.isoformat()}); see untoc.announced_sessions()"
            )
        elif wanted == last + 1:
            why = (
                f"; no stored source gives the dates of a {_keys.ordinal(wanted)} session "
                f"(data as of {_store.get().info.as_of.isoformat()})"
            )
        raise NotFoundError("session", key, valid=f"sessions {first} to {last}{why}")
    return found


def announced_sessions() -> Records[AnnouncedSession]:
    """Sessions a source announces that none yet reports as held (COP13), as announced.

    Examples:
        >>> [s.name for s in untoc.announced_sessions()]
        ['COP13']

    """
    return _store.loaded("announced_sessions").records


# Resolutions and decisions --------------------------------------------------------------------

_SYMBOL = (  # compiled on first use (by re's cache): a first answer seldom needs it
    r"(?a:(?:(?P<kind>resolutions?|res\.?|decisions?|dec\.?) ?)?(?:no\.? ?)?"
    r"(?P<session>[0-9]{1,3}) ?/ ?(?P<number>[0-9]{1,3}))"
)
_KIND_WORDS = {"res": "resolution", "dec": "decision"}


def resolutions(
    session: int | str | None = None,
    *,
    topic: str | None = None,
    kind: str | None = None,
    instrument: str | None = None,
) -> Records[Resolution]:
    """Texts adopted by the Conference, oldest first; resolutions and decisions alike.

    Filters combine: ``resolutions(session=12, topic="firearms")``. An unknown session, topic,
    kind or instrument raises rather than returning nothing.

    Examples:
        >>> len(untoc.resolutions(session=12))
        4

    """
    texts = _store.loaded("resolutions")
    pool = texts.records
    if session is not None:
        pool = texts.by("session").get(_session_number(session), Records())
    if topic is not None:
        slug = _topic(topic).slug
        pool = Records(r for r in pool if slug in r.topics)
    if kind is not None:
        wanted = _keys.text_kind(kind)
        pool = Records(r for r in pool if r.kind == wanted)
    if instrument is not None:
        wanted_instrument = _instrument(instrument).slug
        pool = Records(r for r in pool if wanted_instrument in r.instruments)
    return pool


@renamed(symbol="key")
def resolution(key: str) -> Resolution:
    """One text by symbol: ``"12/4"``, ``"Resolution 12/4"``, ``"decision 6/1"`` or its id.

    A bare symbol shared by a resolution and a decision raises
    [`AmbiguousError`][untoc.AmbiguousError] naming both.

    Examples:
        >>> untoc.resolution("Resolution 12/4").kind
        'resolution'

    """
    texts = _store.loaded("resolutions")
    spellings = texts.memos.get(_spellings) or texts.memo(_spellings)  # the warm path
    found = spellings.get(key) if type(key) is str else None
    if found is not None:
        return found
    index = texts.memo(_text_spellings)
    text = _keys.bounded(key, "resolution or decision")
    match = re.fullmatch(_SYMBOL, " ".join(text.casefold().split()))
    if match is None:
        raise NotFoundError(
            "resolution or decision",
            key,
            _keys.close_matches(text.strip(), {i: i for i in texts.by_key}),
            valid="a symbol such as '12/4', 'Resolution 12/4' or 'Decision 6/1', or a record id",
        )
    symbol = (int(match["session"]), int(match["number"]))
    candidates: tuple[Resolution, ...] = index.by_symbol.get(symbol, ())
    if match["kind"]:
        word = match["kind"].rstrip(".")
        kind = _KIND_WORDS.get(word, word.rstrip("s"))
        candidates = tuple(r for r in candidates if r.kind == kind)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        raise AmbiguousError("resolution or decision", key, [r.label for r in candidates])
    number = symbol[0]
    held = [r.label for r in texts.by("session").get(number, ()) if r.number is not None]
    valid = (
        f"numbered texts held for COP{number}: {', '.join(held)}"
        if held
        else f"no numbered text is held for COP{number}"
    )
    raise NotFoundError("resolution or decision", key, valid=valid)


class _Spellings:
    """The texts by the ways people write them, and by ``(session, number)``.

    ``by_spelling`` finds each text by its id, its label and, where no other text shares it,
    its bare symbol.
    """

    __slots__ = ("by_spelling", "by_symbol")

    def __init__(
        self,
        by_spelling: Mapping[str, Resolution],
        by_symbol: Mapping[tuple[int, int], tuple[Resolution, ...]],
    ) -> None:
        self.by_spelling = by_spelling
        self.by_symbol = by_symbol


def _spellings(texts: _store.Loaded[Resolution]) -> Mapping[str, Resolution]:
    return texts.memo(_text_spellings).by_spelling


def _text_spellings(texts: _store.Loaded[Resolution]) -> _Spellings:
    by_symbol: dict[tuple[int, int], list[Resolution]] = {}
    for text in texts.records:
        if text.number is not None:
            by_symbol.setdefault((text.session, text.number), []).append(text)
    spellings: dict[str, Resolution] = {}
    for text in texts.records:
        spellings[text.id] = text
        if text.symbol is not None:
            spellings[text.label] = spellings[text.label.casefold()] = text
            if len(by_symbol[(text.session, text.number)]) == 1:  # type: ignore[index]
                spellings[text.symbol] = text
    return _Spellings(spellings, {k: tuple(v) for k, v in by_symbol.items()})


def _texts_by_topic(texts: _store.Loaded[Resolution]) -> Mapping[str, Records[Resolution]]:
    """A topic's texts by the topic's slug, label or alias as written.

    The fast path of `resolutions_by_topic`; a spelling two topics share is left to the slow,
    checking way.
    """
    topics = _store.loaded("topics")
    tagged = texts.by("topics")
    by_topic: dict[str, Records[Resolution]] = {}
    shared: set[str] = set()
    for topic in topics.records:
        own = tagged.get(topic.slug, Records())
        for name in (topic.slug, topic.label, *topic.aliases):
            for spelling in (name, name.casefold()):
                if by_topic.get(spelling, own) is not own:
                    shared.add(spelling)
                by_topic[spelling] = own
    for spelling in shared:
        del by_topic[spelling]
    return by_topic


def _session_number(value: object) -> int:
    return session(value).number  # type: ignore[arg-type]


# Topics --------------------------------------------------------------------------------------


def topics() -> Records[Topic]:
    """The controlled vocabulary of topics used to tag texts."""
    return _store.loaded("topics").records


def topic(key: str) -> Topic:
    """A topic by slug, label or alias: ``"firearms"``, ``"Crimes that affect the environment"``.

    Examples:
        >>> untoc.topic(" Firearms ").slug
        'firearms'

    """
    return _topic(key)


def _topic(key: object) -> Topic:
    found: Topic = _store.loaded("topics").find(key)
    return found


def resolutions_by_topic(key: str) -> Records[Resolution]:
    """Every text tagged with a topic, oldest first (the same as ``resolutions(topic=key)``).

    Examples:
        >>> untoc.resolutions_by_topic("environment")[-1].session
        12

    """
    texts = _store.loaded("resolutions")
    by_topic = texts.memos.get(_texts_by_topic) or texts.memo(_texts_by_topic)
    found = by_topic.get(key) if type(key) is str else None
    return found if found is not None else texts.by("topics").get(_topic(key).slug, Records())


# Instruments, events, observances, statements ---------------------------------------------------


def instruments() -> Records[Instrument]:
    """The Convention and its three Protocols."""
    return _store.loaded("instruments").records


def instrument(key: str) -> Instrument:
    """An instrument by slug, name, short name, common name or UN Treaty Collection number.

    Slugs: ``"convention"``, ``"trafficking-protocol"``, ``"smuggling-protocol"``,
    ``"firearms-protocol"``.

    Examples:
        >>> untoc.instrument("XVIII-12-c").slug, untoc.instrument("Palermo Convention").slug
        ('firearms-protocol', 'convention')

    """
    return _instrument(key)


def _instrument(key: object) -> Instrument:
    found: Instrument = _store.loaded("instruments").find(key)
    return found


def _instrument_slug(key: object) -> str:
    return _instrument(key).slug


HOOKS.instrument = _instrument_slug


def events(session: int | str | None = None) -> Records[Event]:
    """Events held at or around sessions (ministerial events, briefings, panels)."""
    events = _store.loaded("events")
    if session is None:
        return events.records
    return events.by("session").get(_session_number(session), Records())


def event(key: str) -> Event:
    """One event by id."""
    found: Event = _find("events", key)
    return found


def observances() -> Records[Observance]:
    """Observances such as the International Day on 15 November."""
    return _store.loaded("observances").records


def observance(key: str) -> Observance:
    """One observance by id."""
    found: Observance = _find("observances", key)
    return found


def statements(session: int | str | None = None) -> Records[Statement]:
    """Statements quoted by the sources, optionally for one session."""
    statements = _store.loaded("statements")
    if session is None:
        return statements.records
    return statements.by("session").get(_session_number(session), Records())


def statement(key: str) -> Statement:
    """One statement by id."""
    found: Statement = _find("statements", key)
    return found


def conference() -> Conference:
    """The Conference of the Parties: how often it meets, what it is for."""
    found: Conference = _store.loaded("conference").records[0]
    return found


# Sources -----------------------------------------------------------------------------------


def sources() -> Records[Source]:
    """Every source the data cites."""
    return _store.loaded("sources").records


@renamed(source_id="key")
def source(key: str) -> Source:
    """One source by id; every record's ``sources`` ids resolve here."""
    found: Source = _find("sources", key)
    return found


@renamed(record="answer")
def cite(answer: object) -> tuple[str, ...]:
    """One-line citations for every source behind ``answer``, in order of first appearance.

    ``answer`` is anything untoc returns: a record (its own sources, then those of the records
    it holds: a participant's actions, a session's stated counts), a collection (every item's),
    a count (the depositary table, the later deposits counted, the stated count), a summary,
    coverage report or search results (the figures and records they show). A topic or the
    data's description are untoc's own and cite the dataset. Anything else raises
    [`InvalidTypeError`][untoc.InvalidTypeError].

    Examples:
        >>> untoc.cite(untoc.session(12))[0].startswith("UNODC")
        True
        >>> len(untoc.cite(untoc.participant("Italy"))) >= 1
        True

    """
    ids = source_ids(answer)
    by_id = _store.loaded("sources").by_key
    if not ids and _is_untoc_s_own(answer):
        info = _store.get().info
        return (f"untoc data {info.version} (as of {info.as_of}): {type(answer).__name__}",)
    return tuple(by_id[i].cite() if i in by_id else source(i).cite() for i in ids)


def source_ids(answer: object) -> tuple[str, ...]:
    """The ids of the sources behind ``answer`` (see `cite`), first appearance first."""
    ids: list[str] = []
    if isinstance(answer, (str, bytes)) or not (
        attrs.has(type(answer)) or isinstance(answer, (tuple, Sequence))
    ):
        raise InvalidTypeError(f"{type(answer).__name__} is not an answer of untoc's to cite")
    _collect(answer, ids)
    return tuple(dict.fromkeys(ids))


def _collect(answer: object, ids: list[str]) -> None:
    if type(answer).__name__ == "Source" and attrs.has(type(answer)):
        ids.append(answer.id)  # type: ignore[attr-defined]
        return
    if not attrs.has(type(answer)) and isinstance(answer, (tuple, Sequence)):
        for item in answer:
            if attrs.has(type(item)):
                _collect(item, ids)
        return
    if "sources" in attrs.fields_dict(type(answer)):  # type: ignore[arg-type]  # a field, not a property
        ids.extend(answer.sources)  # type: ignore[attr-defined]
    ids.extend(key for table, key, _ in _tables.references(answer) if table == "sources")


CitationStyle = Literal["text", "markdown", "html"]
"""How `Citations` writes its marks and its list."""


class Citations:
    """Numbers the sources of answers in the order they are first cited, and lists them.

    One numbering for a page, a report or a command's output: ``mark()`` an answer where it is
    shown, ``render()`` the list at the end. An answer's own ``sources`` are its marks (a
    record, a figure, a count); anything else is marked with every source `cite` finds in it.
    A list of source ids may be marked too.

    Examples:
        >>> notes = untoc.Citations()
        >>> cop12 = untoc.session(12)
        >>> notes.mark(cop12.participation.states) == notes.mark(cop12.participation.states)
        True
        >>> notes.render().startswith("[1] ")
        True

    """

    __slots__ = ("_ids",)

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}

    @property
    def ids(self) -> tuple[str, ...]:
        """The source ids cited so far, in the order of their numbers."""
        return tuple(self._ids)

    def __len__(self) -> int:
        return len(self._ids)

    def numbers(self, answer: object) -> tuple[int, ...]:
        """The numbers of the sources of ``answer``, numbering any not cited before."""
        numbers = []
        for source_id in self._sources_of(answer):
            numbers.append(self._ids.setdefault(source_id, len(self._ids) + 1))
        return tuple(dict.fromkeys(numbers))

    def mark(self, answer: object, style: CitationStyle = "text") -> str:
        """``" [1, 2]"`` (text), ``"[^1][^2]"`` (Markdown footnotes) or ``<sup>`` links (HTML)."""
        numbers = self.numbers(answer)
        if not numbers:
            return ""
        if style == "markdown":
            return "".join(f"[^{n}]" for n in numbers)
        if style == "html":
            links = ", ".join(f'<a href="#source-{n}">{n}</a>' for n in numbers)
            return f"<sup>{links}</sup>"
        return f" [{', '.join(str(n) for n in numbers)}]"

    def render(self, style: CitationStyle = "text") -> str:
        """The numbered list: ``[1] ...`` lines, Markdown footnotes, or an HTML ``<ol>``."""
        by_id = _store.loaded("sources").by_key
        cited = [(n, by_id[i] if i in by_id else source(i)) for i, n in self._ids.items()]
        if style == "markdown":
            return "\n".join(f"[^{n}]: {s.cite()} (`{s.id}`, {s.kind})" for n, s in cited)
        if style == "html":
            import html

            items = "".join(f'<li id="source-{n}">{html.escape(s.cite())}</li>' for n, s in cited)
            return f'<ol class="untoc-sources">{items}</ol>' if items else ""
        return "\n".join(f"[{n}] {s.cite()}" for n, s in cited)

    @staticmethod
    def _sources_of(answer: object) -> tuple[str, ...]:
        if answer is None:
            return ()
        if isinstance(answer, (list, tuple)) and all(type(i) is str for i in answer):
            return tuple(answer)
        own = getattr(answer, "sources", None)
        if isinstance(own, tuple) and all(type(i) is str for i in own):
            return own
        return source_ids(answer)


class Tabular:
    """Mixin of the answers that show themselves as a table: a summary, a report.

    A subclass gives `table()`; the mixin makes ``str()``, ``repr()`` (the table under the
    answer's name, as a notebook or a REPL shows it, not every field), the notebook view and
    ``to_frame()`` of it, and ``sources`` of every figure it shows (see `cite`). A subclass
    built with attrs says ``repr=False``, so that this ``repr`` is the one it keeps.
    """

    __slots__ = ()

    def table(self) -> Table:
        """The answer as a small table (caption, columns, rows, notes)."""
        raise NotImplementedError

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the sources of every figure shown, first appearance first."""
        return source_ids(self)

    def __str__(self) -> str:
        return self.table().text()

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>\n{self}"

    def _repr_html_(self) -> str:
        return HOOKS.table_html(self.table(), self.sources)

    def to_frame(self) -> Any:
        """The table as a pandas DataFrame (needs pandas: ``pip install "untoc[pandas]"``)."""
        return HOOKS.table_frame(self.table())


def _is_untoc_s_own(answer: object) -> bool:
    """Topics and the data's description are untoc's own: they cite the dataset."""
    if isinstance(answer, tuple) and answer:
        return all(_is_untoc_s_own(item) for item in answer)
    return type(answer).__name__ in {"Topic", "DataInfo"}


def data_info() -> DataInfo:
    """The bundled data's version, as-of date and record counts."""
    return _store.get().info


def _find(name: str, key: object) -> Any:
    table = _store.loaded(name)
    what = table.table.what
    text = _keys.bounded(key, f"{what} id").strip()
    found = table.by_key.get(text)
    if found is None:
        raise NotFoundError(what, key, _keys.close_matches(text, {k: k for k in table.by_key}))
    return found


publish(globals())
