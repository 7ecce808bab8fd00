"""The public face, written once: every name ``untoc`` exports and the module that defines it.

``untoc.__all__``, its lazy attribute access and the API reference read `EXPORTS`; each module
that defines public names ends with ``publish(globals())``, which makes them report
``__module__ == "untoc"`` (as httpx does for its names), so that reprs, tracebacks and pickles
name ``untoc.Session`` however the object was first reached. Types are resolved before that, at
class creation, so nothing needs the defining module's name afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

EXPORTS: Final[Mapping[str, str]] = {
    # what you call
    "session": "queries",
    "sessions": "queries",
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
    "cite": "queries",
    "data_info": "queries",
    "conference": "queries",
    "participant": "membership",
    "participants": "membership",
    "parties": "membership",
    "party_count": "membership",
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
    "load_json": "exports",
    # what you get back
    "Body": "model._bodies",
    "Meeting": "model._bodies",
    "Records": "model._base",
    "Figure": "model._base",
    "Session": "model._sessions",
    "Conference": "model._sessions",
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
    "MissingDependencyError": "errors",
    "IncompleteDataWarning": "errors",
}
"""Every public name and its home module (relative to the ``untoc`` package)."""


def publish(namespace: dict[str, Any]) -> None:
    """Mark the public names a module defines as ``untoc``'s (call at the end of the module)."""
    home = namespace["__name__"].removeprefix("untoc.")
    for name, module in EXPORTS.items():
        if module == home:
            namespace[name].__module__ = "untoc"
