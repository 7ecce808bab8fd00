"""The Conference's subsidiary bodies and their meetings: queries over the bodies tables.

A body is found by its slug, its name, an alias, its documents' symbol prefix or the forms
people write a working group's name in ("Firearms Working Group", "WG TIP", "firearms").
Meetings keep what sources state of them; a meeting known to exist but undated has
``start=None`` (and ``when_as_stated`` when a source gives the month or year).
"""

import datetime as _dt
from typing import Literal

import attrs

from . import _keys, _store
from ._public import publish
from .model import Records
from .model._bodies import Body, Meeting
from .model._sessions import Session
from .queries import PerStore, sessions

__all__ = ["bodies", "body", "meetings"]

_MEETING_KINDS = ("meeting", "constructive dialogue", "intergovernmental meeting", "other")


def bodies() -> Records[Body]:
    """The Conference's subsidiary bodies, in the order the Conference set them up.

    Examples:
        >>> [b.slug for b in untoc.bodies()][:2]
        ['technical-assistance-working-group', 'international-cooperation-working-group']
    """
    return _store.loaded("bodies").records


def body(key: str) -> Body:
    """A body by slug, name, alias, symbol prefix, or a common form of a working group's name.

    Examples:
        >>> untoc.body("WG TIP").name, untoc.body("Firearms Working Group").slug
        ('Working Group on Trafficking in Persons', 'firearms-working-group')
    """
    found: Body = _store.loaded("bodies").find(key)
    return found


def meetings(
    body: str | None = None, *, year: int | None = None, kind: str | None = None
) -> Records[Meeting]:
    """Meetings of the subsidiary bodies, by body then date (undated last within a body).

    ``year`` keeps the meetings a source places in that year (by their first day, or by the
    month or year a source gives when it gives no day); ``kind`` is ``"meeting"``,
    ``"constructive dialogue"``, ``"intergovernmental meeting"`` or ``"other"``.

    Examples:
        >>> [str(m) for m in untoc.meetings("firearms", year=2023)]
        ['Working Group on Firearms, tenth meeting, 2023-05-03 to 2023-05-04']
    """
    table = _store.loaded("meetings")
    pool = table.records
    if body is not None:
        pool = table.by("body").get(_slug(body), Records())
    if year is not None:
        wanted = _keys.year(year)
        pool = Records(m for m in pool if m.year == wanted)
    if kind is not None:
        wanted_kind = _keys.choice(kind, _MEETING_KINDS, "meeting kind")
        pool = Records(m for m in pool if m.kind == wanted_kind)
    return pool


def _slug(key: object) -> str:
    found: Body = _store.loaded("bodies").find(key)
    return found.slug


@attrs.frozen
class TimelineEntry:
    """One dated step in a body's life.

    A meeting, or a session of the Conference it reported to or whose texts established or
    instructed it.
    """

    day: _dt.date | None
    kind: Literal["meeting", "session"]
    record: Meeting | Session
    why: str

    def __str__(self) -> str:
        when = self.day.isoformat() if self.day else "date unknown"
        return f"{when}  {self.record}  ({self.why})"


def timeline(key: str) -> Records[TimelineEntry]:
    """A body's meetings and the Conference sessions that concern it, in date order.

    The sessions are those that set it up, instructed it or received its reports; meetings with
    no date come last.
    """
    return _timelines(_slug(key))


def _compute_timeline(store: _store.Store, slug: str) -> Records[TimelineEntry]:
    the_body: Body = store.table("bodies")[slug]
    held_meetings = store.table("meetings").by("body").get(slug, ())
    entries: list[TimelineEntry] = [
        TimelineEntry(m.start, "meeting", m, m.kind) for m in held_meetings
    ]
    held = {s.number: s for s in sessions()}
    why: dict[int, list[str]] = {}
    for text in the_body.texts:
        if text.resolution is not None:
            number = store.table("resolutions")[text.resolution].session
            why.setdefault(number, []).append(f"{text.relation} by {text.text}")
    for meeting in held_meetings:
        if meeting.reported_to_session is not None:
            why.setdefault(meeting.reported_to_session, []).append("received its report")
    for number, reasons in why.items():
        if number in held:
            session = held[number]
            reason = "; ".join(dict.fromkeys(reasons))
            entries.append(TimelineEntry(session.start, "session", session, reason))
    entries.sort(key=lambda e: (e.day is None, e.day or _dt.date.max, e.kind))
    return Records(entries)


_timelines = PerStore(_compute_timeline)


publish(globals())
