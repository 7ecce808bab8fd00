"""The domain model: frozen, slotted attrs classes that hold the bundled record.

Objects are immutable (``attrs.frozen``), collections are tuples and mappings are read-only, so
nothing a caller does to a result can change what the next caller gets; every object pickles,
copies and compares as a value. Records refer to each other by key (a session number, a source
id, a topic slug, an instrument slug); the query functions in `untoc` resolve those keys.

The classes live in small modules by family and are created on first use, so a query that
needs texts never pays for the classes of the participant tables. Their annotations are real
types from the start (no postponed evaluation), so ``attrs.fields(Session).number.type`` is
``int`` and never changes, and ``attrs.resolve_types`` works with its defaults.

Every record validates itself (attrs validators and converters, ``model._base``): the bundled
loader, ``load_json`` and a record built by hand obey the same rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._sync import module

if TYPE_CHECKING:
    from ._base import HOOKS as HOOKS
    from ._base import Discrepancy as Discrepancy
    from ._base import FrozenMap as FrozenMap
    from ._base import Records as Records
    from ._base import Titles as Titles
    from ._bodies import Body as Body
    from ._bodies import BodyKind as BodyKind
    from ._bodies import BodyText as BodyText
    from ._bodies import Cluster as Cluster
    from ._bodies import Document as Document
    from ._bodies import Meeting as Meeting
    from ._bodies import MeetingKind as MeetingKind
    from ._bodies import Phase as Phase
    from ._bodies import ReviewGroup as ReviewGroup
    from ._bodies import ReviewStructure as ReviewStructure
    from ._bodies import StatusFigure as StatusFigure
    from ._bodies import Step as Step
    from ._events import AnnouncedSession as AnnouncedSession
    from ._events import Attendee as Attendee
    from ._events import Event as Event
    from ._events import Observance as Observance
    from ._events import Statement as Statement
    from ._events import Theme as Theme
    from ._parties import IN_FORCE_RULE as IN_FORCE_RULE
    from ._parties import Action as Action
    from ._parties import ConsentKind as ConsentKind
    from ._parties import EntryRule as EntryRule
    from ._parties import Instrument as Instrument
    from ._parties import Participant as Participant
    from ._parties import PartyCount as PartyCount
    from ._parties import PartyTable as PartyTable
    from ._parties import SignatureRule as SignatureRule
    from ._parties import StatedPartyCount as StatedPartyCount
    from ._sessions import MEASURES as MEASURES
    from ._sessions import AdoptedCount as AdoptedCount
    from ._sessions import AdoptedKind as AdoptedKind
    from ._sessions import Conference as Conference
    from ._sessions import Measure as Measure
    from ._sessions import Participation as Participation
    from ._sessions import ParticipationFigure as ParticipationFigure
    from ._sessions import Session as Session
    from ._sources import DataInfo as DataInfo
    from ._sources import Source as Source
    from ._sources import SourceKind as SourceKind
    from ._stated import Figure as Figure
    from ._stated import Person as Person
    from ._stated import Qualifier as Qualifier
    from ._texts import Kind as Kind
    from ._texts import Recall as Recall
    from ._texts import Resolution as Resolution
    from ._texts import Topic as Topic

_HOMES: dict[str, str] = {
    "HOOKS": "_base",
    "Discrepancy": "_base",
    "Figure": "_stated",
    "FrozenMap": "_base",
    "Person": "_stated",
    "Qualifier": "_stated",
    "Records": "_base",
    "Titles": "_base",
    "Body": "_bodies",
    "BodyKind": "_bodies",
    "BodyText": "_bodies",
    "Cluster": "_bodies",
    "Document": "_bodies",
    "Meeting": "_bodies",
    "MeetingKind": "_bodies",
    "Phase": "_bodies",
    "ReviewGroup": "_bodies",
    "ReviewStructure": "_bodies",
    "StatusFigure": "_bodies",
    "Step": "_bodies",
    "AnnouncedSession": "_events",
    "Attendee": "_events",
    "Event": "_events",
    "Observance": "_events",
    "Statement": "_events",
    "Theme": "_events",
    "Action": "_parties",
    "IN_FORCE_RULE": "_parties",
    "ConsentKind": "_parties",
    "EntryRule": "_parties",
    "Instrument": "_parties",
    "Participant": "_parties",
    "PartyCount": "_parties",
    "PartyTable": "_parties",
    "SignatureRule": "_parties",
    "StatedPartyCount": "_parties",
    "MEASURES": "_sessions",
    "AdoptedCount": "_sessions",
    "AdoptedKind": "_sessions",
    "Conference": "_sessions",
    "Measure": "_sessions",
    "Participation": "_sessions",
    "ParticipationFigure": "_sessions",
    "Session": "_sessions",
    "DataInfo": "_sources",
    "Source": "_sources",
    "SourceKind": "_sources",
    "Kind": "_texts",
    "Recall": "_texts",
    "Resolution": "_texts",
    "Topic": "_texts",
}
"""Every name of the model and the module that defines it."""

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'untoc.model' has no attribute {name!r}")
    value = getattr(module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
