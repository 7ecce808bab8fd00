"""untoc: the UN Convention against Transnational Organized Crime and its Conference of the Parties.

The public record (sessions of the Conference, the resolutions and decisions they adopted,
participation figures, the Convention and its Protocols with who joined them and when, events,
observances and statements) as typed, immutable Python objects, each carrying the ids of the
sources it was read from.

Start here:

* ``session(12)``, ``sessions()``: the sessions of the Conference, with their texts and
  participation figures; ``participation_summary()`` across sessions.
* ``resolution("12/4")``, ``resolutions(session=, topic=, kind=, instrument=)``,
  ``resolutions_by_topic("firearms")``, ``topics()``: the texts the Conference adopted.
* ``instrument("Firearms Protocol")``, ``party_count(instrument, as_of=)``,
  ``signatory_count(...)``, ``parties(...)``, ``participant("Italy")``: the Convention, its
  Protocols, their parties and signatories.
* ``bodies()``, ``body("WG TIP")``, ``meetings("firearms", year=2023)``: the working groups,
  the Review Mechanism and the expert groups, and their meetings.
* ``search("cultural property")``, ``cite(record)``, ``source(id)``: finding and citing.
* ``to_pandas(...)``, ``to_csv(...)``, ``to_json()``, ``to_sqlite(path)``: taking it elsewhere.

Examples:
    >>> import untoc
    >>> cop12 = untoc.session(12)
    >>> cop12.start, cop12.end, cop12.city
    (datetime.date(2024, 10, 14), datetime.date(2024, 10, 18), 'Vienna')
    >>> str(cop12.participation.states)
    '131'

Importing untoc reads no data: each table is loaded, checked and indexed on the first query
that needs it, once, under a lock.

"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .datapackage import to_datapackage as to_datapackage
    from .errors import AmbiguousError as AmbiguousError
    from .errors import DataError as DataError
    from .errors import IncompleteDataWarning as IncompleteDataWarning
    from .errors import InvalidArgumentError as InvalidArgumentError
    from .errors import InvalidTypeError as InvalidTypeError
    from .errors import MissingDependencyError as MissingDependencyError
    from .errors import NotFoundError as NotFoundError
    from .errors import OutputError as OutputError
    from .errors import UntocError as UntocError
    from .exports import load_json as load_json
    from .exports import to_csv as to_csv
    from .exports import to_json as to_json
    from .frames import to_pandas as to_pandas
    from .fulltext import SearchHit as SearchHit
    from .fulltext import SearchResults as SearchResults
    from .fulltext import search as search
    from .membership import participant as participant
    from .membership import participants as participants
    from .membership import parties as parties
    from .membership import party_count as party_count
    from .membership import signatory_count as signatory_count
    from .membership import stated_party_counts as stated_party_counts
    from .model import AnnouncedSession as AnnouncedSession
    from .model import Body as Body
    from .model import Conference as Conference
    from .model import DataInfo as DataInfo
    from .model import Event as Event
    from .model import Figure as Figure
    from .model import Instrument as Instrument
    from .model import Meeting as Meeting
    from .model import Observance as Observance
    from .model import Participant as Participant
    from .model import PartyCount as PartyCount
    from .model import Records as Records
    from .model import Resolution as Resolution
    from .model import Session as Session
    from .model import Source as Source
    from .model import StatedPartyCount as StatedPartyCount
    from .model import Statement as Statement
    from .model import Topic as Topic
    from .queries import Citations as Citations
    from .queries import announced_sessions as announced_sessions
    from .queries import cite as cite
    from .queries import conference as conference
    from .queries import data_info as data_info
    from .queries import events as events
    from .queries import instrument as instrument
    from .queries import instruments as instruments
    from .queries import observances as observances
    from .queries import resolution as resolution
    from .queries import resolutions as resolutions
    from .queries import resolutions_by_topic as resolutions_by_topic
    from .queries import session as session
    from .queries import sessions as sessions
    from .queries import source as source
    from .queries import sources as sources
    from .queries import statements as statements
    from .queries import topic as topic
    from .queries import topics as topics
    from .report import Coverage as Coverage
    from .report import coverage as coverage
    from .sqlite import to_sqlite as to_sqlite
    from .subsidiary import bodies as bodies
    from .subsidiary import body as body
    from .subsidiary import meetings as meetings
    from .summary import ParticipationSummary as ParticipationSummary
    from .summary import participation_summary as participation_summary

    __version__: str

_EXPORTS: dict[str, str] = {
    # what you call
    "session": "queries",
    "sessions": "queries",
    "announced_sessions": "queries",
    "resolution": "queries",
    "resolutions": "queries",
    "resolutions_by_topic": "queries",
    "topic": "queries",
    "topics": "queries",
    "instrument": "queries",
    "instruments": "queries",
    "events": "queries",
    "observances": "queries",
    "statements": "queries",
    "source": "queries",
    "sources": "queries",
    "Citations": "queries",
    "cite": "queries",
    "data_info": "queries",
    "conference": "queries",
    "participant": "membership",
    "participants": "membership",
    "parties": "membership",
    "party_count": "membership",
    "signatory_count": "membership",
    "stated_party_counts": "membership",
    "bodies": "subsidiary",
    "body": "subsidiary",
    "meetings": "subsidiary",
    "participation_summary": "summary",
    "coverage": "report",
    "search": "fulltext",
    "to_pandas": "frames",
    "to_csv": "exports",
    "to_json": "exports",
    "to_sqlite": "sqlite",
    "to_datapackage": "datapackage",
    "load_json": "exports",
    # what you get back
    "Body": "model._bodies",
    "Meeting": "model._bodies",
    "Records": "model._base",
    "Figure": "model._stated",
    "Session": "model._sessions",
    "Conference": "model._sessions",
    "AnnouncedSession": "model._events",
    "Resolution": "model._texts",
    "Topic": "model._texts",
    "Instrument": "model._parties",
    "Participant": "model._parties",
    "PartyCount": "model._parties",
    "StatedPartyCount": "model._parties",
    "Event": "model._events",
    "Observance": "model._events",
    "Statement": "model._events",
    "Source": "model._sources",
    "DataInfo": "model._sources",
    "SearchResults": "fulltext",
    "SearchHit": "fulltext",
    "ParticipationSummary": "summary",
    "Coverage": "report",
    # what you catch
    "UntocError": "errors",
    "NotFoundError": "errors",
    "AmbiguousError": "errors",
    "InvalidArgumentError": "errors",
    "InvalidTypeError": "errors",
    "DataError": "errors",
    "OutputError": "errors",
    "MissingDependencyError": "errors",
    "IncompleteDataWarning": "errors",
}
"""The public face: every name ``untoc`` exports, and its home module (written once)."""

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    home = _EXPORTS.get(name)
    if home is None:
        raise AttributeError(f"module 'untoc' has no attribute {name!r}")
    from ._sync import module

    if not _deferred:
        _defer_display()
    value = getattr(module(f"untoc.{home}"), name)
    globals()[name] = value
    return value


_deferred: list[bool] = []


def _defer_display() -> None:
    """Render records through `untoc.display`, imported on the first view, not the first query.

    A plain query (``untoc.session(12)``) so never imports the HTML layer; the first
    ``_repr_html_`` or ``to_frame()`` installs it and renders as if it had always been there.
    """
    import sys

    from ._sync import LOCK, module
    from .model._base import HOOKS

    def deferred(hook: str) -> Any:
        def render(*args: Any) -> Any:
            module("untoc.display").install()
            return getattr(HOOKS, hook)(*args)

        return render

    with LOCK:
        if not _deferred:
            if "untoc.display" not in sys.modules:
                for hook in ("html", "frame", "table_html", "table_frame"):
                    setattr(HOOKS, hook, deferred(hook))
            _deferred.append(True)


def __dir__() -> list[str]:
    return list(__all__)


def _version() -> str:
    """The installed package's version, from its metadata (written once, in pyproject.toml)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("untoc")
    except PackageNotFoundError:  # imported from a source tree or a zip, not installed
        found = "0+unknown"
    globals()["__version__"] = found
    return found
