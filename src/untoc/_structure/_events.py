"""Structuring functions for ``untoc.model._events``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._events import Attendee, Event, Observance, Statement, Theme
from ._base import structure_Figure
from ._runtime import d, i, missing, obj, rec, recs, s, strs

_EVENT_KEYS = frozenset(
    [
        "attendees",
        "end",
        "id",
        "notes",
        "organizers",
        "participants",
        "place",
        "purpose",
        "quote",
        "session",
        "sources",
        "start",
        "title",
    ]
)
_OBSERVANCE_KEYS = frozenset(
    [
        "date_reason",
        "day",
        "first_observed",
        "id",
        "month",
        "name",
        "notes",
        "proclaimed_by",
        "proclaimed_on",
        "purpose",
        "quote",
        "sources",
        "sponsors",
        "themes",
    ]
)
_STATEMENT_KEYS = frozenset(
    [
        "date",
        "id",
        "kind",
        "notes",
        "organization",
        "quotes",
        "role",
        "session",
        "sources",
        "speaker",
        "summary",
    ]
)
_ATTENDEE_KEYS = frozenset(["country", "name", "notes", "organization", "role", "sources"])
_THEME_KEYS = frozenset(["quote", "sources", "theme", "year"])


def structure_Event(value: object) -> Event:
    """A :class:`~untoc.model.Event` from its JSON object."""
    o = obj(value, _EVENT_KEYS)
    try:
        return Event(
            id=s(o["id"], "id"),
            title=s(o["title"], "title"),
            start=(None if o["start"] is None else d(o["start"], "start")),
            sources=strs(o["sources"], "sources"),
            end=(None if o["end"] is None else d(o["end"], "end")) if "end" in o else None,
            session=(None if o["session"] is None else i(o["session"], "session"))
            if "session" in o
            else None,
            place=(None if o["place"] is None else s(o["place"], "place"))
            if "place" in o
            else None,
            attendees=recs(o["attendees"], structure_Attendee, "attendees")
            if "attendees" in o
            else (),
            organizers=strs(o["organizers"], "organizers") if "organizers" in o else (),
            participants=(
                None
                if o["participants"] is None
                else rec(o["participants"], structure_Figure, "participants")
            )
            if "participants" in o
            else None,
            purpose=(None if o["purpose"] is None else s(o["purpose"], "purpose"))
            if "purpose" in o
            else None,
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Observance(value: object) -> Observance:
    """A :class:`~untoc.model.Observance` from its JSON object."""
    o = obj(value, _OBSERVANCE_KEYS)
    try:
        return Observance(
            id=s(o["id"], "id"),
            name=s(o["name"], "name"),
            month=i(o["month"], "month"),
            day=i(o["day"], "day"),
            first_observed=i(o["first_observed"], "first_observed"),
            sources=strs(o["sources"], "sources"),
            proclaimed_by=(
                None if o["proclaimed_by"] is None else s(o["proclaimed_by"], "proclaimed_by")
            )
            if "proclaimed_by" in o
            else None,
            proclaimed_on=(
                None if o["proclaimed_on"] is None else d(o["proclaimed_on"], "proclaimed_on")
            )
            if "proclaimed_on" in o
            else None,
            date_reason=(None if o["date_reason"] is None else s(o["date_reason"], "date_reason"))
            if "date_reason" in o
            else None,
            purpose=(None if o["purpose"] is None else s(o["purpose"], "purpose"))
            if "purpose" in o
            else None,
            sponsors=strs(o["sponsors"], "sponsors") if "sponsors" in o else (),
            themes=recs(o["themes"], structure_Theme, "themes") if "themes" in o else (),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Statement(value: object) -> Statement:
    """A :class:`~untoc.model.Statement` from its JSON object."""
    o = obj(value, _STATEMENT_KEYS)
    try:
        return Statement(
            id=s(o["id"], "id"),
            speaker=(None if o["speaker"] is None else s(o["speaker"], "speaker")),
            role=(None if o["role"] is None else s(o["role"], "role")),
            organization=s(o["organization"], "organization"),
            date=(None if o["date"] is None else d(o["date"], "date")),
            kind=s(o["kind"], "kind"),
            sources=strs(o["sources"], "sources"),
            quotes=strs(o["quotes"], "quotes") if "quotes" in o else (),
            summary=(None if o["summary"] is None else s(o["summary"], "summary"))
            if "summary" in o
            else None,
            session=(None if o["session"] is None else i(o["session"], "session"))
            if "session" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Attendee(value: object) -> Attendee:
    """A :class:`~untoc.model.Attendee` from its JSON object."""
    o = obj(value, _ATTENDEE_KEYS)
    try:
        return Attendee(
            role=s(o["role"], "role"),
            country=(None if o["country"] is None else s(o["country"], "country"))
            if "country" in o
            else None,
            name=(None if o["name"] is None else s(o["name"], "name")) if "name" in o else None,
            organization=(
                None if o["organization"] is None else s(o["organization"], "organization")
            )
            if "organization" in o
            else None,
            sources=strs(o["sources"], "sources") if "sources" in o else (),
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Theme(value: object) -> Theme:
    """A :class:`~untoc.model.Theme` from its JSON object."""
    o = obj(value, _THEME_KEYS)
    try:
        return Theme(
            year=i(o["year"], "year"),
            theme=s(o["theme"], "theme"),
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None
