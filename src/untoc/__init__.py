"""untoc: the UN Convention against Transnational Organized Crime and its Conference of the Parties.

The public record (sessions of the Conference, the resolutions and decisions they adopted,
participation figures, the Convention and its Protocols, events, observances and statements) as
typed, immutable Python objects, each carrying the ids of the sources it was read from.

>>> import untoc
>>> cop12 = untoc.session(12)
>>> cop12.start, cop12.end, cop12.city
(datetime.date(2024, 10, 14), datetime.date(2024, 10, 18), 'Vienna')
>>> str(cop12.participation.states)
'131'

Importing untoc reads no data: the bundled tables are loaded, checked and indexed on the first
query, once, under a lock.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from .errors import (
    AmbiguousError,
    DataError,
    InvalidArgumentError,
    InvalidTypeError,
    MissingDependencyError,
    NotFoundError,
    UntocError,
)

if TYPE_CHECKING:
    from .display import (
        Records,
    )
    from .exports import (
        export,
        load_json,
        to_csv,
        to_json,
    )
    from .frames import (
        to_pandas,
    )
    from .fulltext import (
        SearchHit,
        search,
    )
    from .membership import (
        IncompleteDataWarning,
        participants,
        parties,
        party,
        party_count,
        party_table,
        ratification_timeline,
    )
    from .model import (
        MEASURES,
        Action,
        AdoptedCount,
        Attendee,
        Conference,
        Discrepancy,
        Event,
        Figure,
        Instrument,
        Observance,
        Participation,
        Party,
        PartyCount,
        PartyTable,
        Person,
        Resolution,
        Session,
        Source,
        StatedFigure,
        Statement,
        Theme,
        Titles,
        Topic,
    )
    from .queries import (
        cite,
        conference,
        data_info,
        event,
        events,
        instrument,
        instruments,
        observance,
        observances,
        party_counts,
        resolution,
        resolutions,
        resolutions_by_topic,
        session,
        sessions,
        source,
        sources,
        statement,
        statements,
        topic,
        topics,
    )
    from .report import (
        Coverage,
        SessionCoverage,
        coverage,
    )
    from .schema import (
        json_schema,
    )
    from .summary import (
        Change,
        MeasureHigh,
        ParticipationRow,
        ParticipationSummary,
        participation_summary,
    )

__version__ = "0.5.0"
"""The package version (semantic versioning)."""

DATA_VERSION = "2026.11.28"
"""The bundled data's own version (its as-of date and a release counter)."""

# Where each public name lives; imported on first access (PEP 562), so that
# ``import untoc`` costs almost nothing and loads neither attrs nor cattrs nor data.
_LAZY: dict[str, str] = {
    "Records": "display",
    "export": "exports",
    "load_json": "exports",
    "to_csv": "exports",
    "to_json": "exports",
    "to_pandas": "frames",
    "SearchHit": "fulltext",
    "search": "fulltext",
    "MEASURES": "model",
    "Action": "model",
    "AdoptedCount": "model",
    "Attendee": "model",
    "Conference": "model",
    "Discrepancy": "model",
    "Event": "model",
    "Figure": "model",
    "Instrument": "model",
    "Observance": "model",
    "Participation": "model",
    "Party": "model",
    "PartyCount": "model",
    "PartyTable": "model",
    "Person": "model",
    "Resolution": "model",
    "Session": "model",
    "Source": "model",
    "StatedFigure": "model",
    "Statement": "model",
    "Theme": "model",
    "Titles": "model",
    "Topic": "model",
    "IncompleteDataWarning": "membership",
    "participants": "membership",
    "parties": "membership",
    "party": "membership",
    "party_count": "membership",
    "party_table": "membership",
    "ratification_timeline": "membership",
    "cite": "queries",
    "conference": "queries",
    "data_info": "queries",
    "event": "queries",
    "events": "queries",
    "instrument": "queries",
    "instruments": "queries",
    "observance": "queries",
    "observances": "queries",
    "party_counts": "queries",
    "resolution": "queries",
    "resolutions": "queries",
    "resolutions_by_topic": "queries",
    "session": "queries",
    "sessions": "queries",
    "source": "queries",
    "sources": "queries",
    "statement": "queries",
    "statements": "queries",
    "topic": "queries",
    "topics": "queries",
    "Coverage": "report",
    "SessionCoverage": "report",
    "coverage": "report",
    "json_schema": "schema",
    "Change": "summary",
    "MeasureHigh": "summary",
    "ParticipationRow": "summary",
    "ParticipationSummary": "summary",
    "participation_summary": "summary",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'untoc' has no attribute {name!r}")
    loaded = importlib.import_module(f"untoc.{module}")
    # Bind every name of that module at once, so no submodule attribute can shadow one.
    for public, home in _LAZY.items():
        if home == module:
            globals()[public] = getattr(loaded, public)
    return globals()[name]


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "DATA_VERSION",
    "MEASURES",
    "Action",
    "AdoptedCount",
    "AmbiguousError",
    "Attendee",
    "Change",
    "Conference",
    "Coverage",
    "DataError",
    "Discrepancy",
    "Event",
    "Figure",
    "IncompleteDataWarning",
    "Instrument",
    "InvalidArgumentError",
    "InvalidTypeError",
    "MeasureHigh",
    "MissingDependencyError",
    "NotFoundError",
    "Observance",
    "Participation",
    "ParticipationRow",
    "ParticipationSummary",
    "Party",
    "PartyCount",
    "PartyTable",
    "Person",
    "Records",
    "Resolution",
    "SearchHit",
    "Session",
    "SessionCoverage",
    "Source",
    "StatedFigure",
    "Statement",
    "Theme",
    "Titles",
    "Topic",
    "UntocError",
    "__version__",
    "cite",
    "conference",
    "coverage",
    "data_info",
    "event",
    "events",
    "export",
    "instrument",
    "instruments",
    "json_schema",
    "load_json",
    "observance",
    "observances",
    "participants",
    "participation_summary",
    "parties",
    "party",
    "party_count",
    "party_counts",
    "party_table",
    "ratification_timeline",
    "resolution",
    "resolutions",
    "resolutions_by_topic",
    "search",
    "session",
    "sessions",
    "source",
    "sources",
    "statement",
    "statements",
    "to_csv",
    "to_json",
    "to_pandas",
    "topic",
    "topics",
]
