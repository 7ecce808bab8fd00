"""Structuring functions for ``untoc.model._sessions``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._sessions import AdoptedCount, Conference, ParticipationFigure, Session
from ._base import structure_Discrepancy, structure_Person
from ._runtime import b, d, i, lit, missing, obj, rec, recs, s, strs

_CONFERENCE_KEYS = frozenset(
    ["meets_every_years", "name", "purposes", "quote", "secretariat", "short_name", "sources"]
)
_SESSION_KEYS = frozenset(
    [
        "city",
        "discrepancies",
        "end",
        "format",
        "notes",
        "number",
        "president",
        "quote",
        "report_symbol",
        "sources",
        "start",
        "texts_adopted",
        "venue",
    ]
)
_SESSION_FORMAT = frozenset(["hybrid", "in person"])
_PARTICIPATIONFIGURE_KEYS = frozenset(
    [
        "id",
        "measure",
        "notes",
        "qualifier",
        "quote",
        "record_sense",
        "session",
        "sources",
        "stated_as_record",
        "status",
        "value",
    ]
)
_PARTICIPATIONFIGURE_QUALIFIER = frozenset(
    [
        "",
        "about",
        "almost",
        "approximately",
        "around",
        "at least",
        "more than",
        "nearly",
        "over",
        "some",
        "up to",
    ]
)
_PARTICIPATIONFIGURE_MEASURE = frozenset(
    [
        "civil_society_organizations",
        "civil_society_side_events",
        "delegates",
        "delegations",
        "government_representatives",
        "intergovernmental_organizations",
        "ministers",
        "non_governmental_organizations",
        "non_governmental_stakeholders",
        "observer_states",
        "observers",
        "participants",
        "side_events",
        "signatories",
        "states",
        "states_parties",
    ]
)
_PARTICIPATIONFIGURE_STATUS = frozenset(["expected", "reported"])
_ADOPTEDCOUNT_KEYS = frozenset(["kind", "notes", "qualifier", "quote", "sources", "value"])
_ADOPTEDCOUNT_QUALIFIER = frozenset(
    [
        "",
        "about",
        "almost",
        "approximately",
        "around",
        "at least",
        "more than",
        "nearly",
        "over",
        "some",
        "up to",
    ]
)
_ADOPTEDCOUNT_KIND = frozenset(["decision", "resolution", "text"])


def structure_Conference(value: object) -> Conference:
    """A :class:`~untoc.model.Conference` from its JSON object."""
    o = obj(value, _CONFERENCE_KEYS)
    try:
        return Conference(
            short_name=s(o["short_name"], "short_name"),
            name=s(o["name"], "name"),
            meets_every_years=i(o["meets_every_years"], "meets_every_years"),
            purposes=strs(o["purposes"], "purposes"),
            secretariat=s(o["secretariat"], "secretariat"),
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Session(value: object) -> Session:
    """A :class:`~untoc.model.Session` from its JSON object."""
    o = obj(value, _SESSION_KEYS)
    try:
        return Session(
            number=i(o["number"], "number"),
            start=d(o["start"], "start"),
            end=d(o["end"], "end"),
            city=s(o["city"], "city"),
            sources=strs(o["sources"], "sources"),
            venue=(None if o["venue"] is None else s(o["venue"], "venue"))
            if "venue" in o
            else None,
            format=(None if o["format"] is None else lit(o["format"], _SESSION_FORMAT, "format"))
            if "format" in o
            else None,
            president=(
                None
                if o["president"] is None
                else rec(o["president"], structure_Person, "president")
            )
            if "president" in o
            else None,
            report_symbol=(
                None if o["report_symbol"] is None else s(o["report_symbol"], "report_symbol")
            )
            if "report_symbol" in o
            else None,
            texts_adopted=recs(o["texts_adopted"], structure_AdoptedCount, "texts_adopted")
            if "texts_adopted" in o
            else (),
            discrepancies=recs(o["discrepancies"], structure_Discrepancy, "discrepancies")
            if "discrepancies" in o
            else (),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_ParticipationFigure(value: object) -> ParticipationFigure:
    """A :class:`~untoc.model.ParticipationFigure` from its JSON object."""
    o = obj(value, _PARTICIPATIONFIGURE_KEYS)
    try:
        return ParticipationFigure(
            value=i(o["value"], "value"),
            qualifier=lit(o["qualifier"], _PARTICIPATIONFIGURE_QUALIFIER, "qualifier")
            if "qualifier" in o
            else "",
            id=s(o["id"], "id"),
            session=i(o["session"], "session"),
            measure=lit(o["measure"], _PARTICIPATIONFIGURE_MEASURE, "measure"),
            status=lit(o["status"], _PARTICIPATIONFIGURE_STATUS, "status")
            if "status" in o
            else "reported",
            stated_as_record=b(o["stated_as_record"], "stated_as_record")
            if "stated_as_record" in o
            else False,
            record_sense=(
                None if o["record_sense"] is None else s(o["record_sense"], "record_sense")
            )
            if "record_sense" in o
            else None,
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_AdoptedCount(value: object) -> AdoptedCount:
    """A :class:`~untoc.model.AdoptedCount` from its JSON object."""
    o = obj(value, _ADOPTEDCOUNT_KEYS)
    try:
        return AdoptedCount(
            value=i(o["value"], "value"),
            qualifier=lit(o["qualifier"], _ADOPTEDCOUNT_QUALIFIER, "qualifier")
            if "qualifier" in o
            else "",
            kind=lit(o["kind"], _ADOPTEDCOUNT_KIND, "kind"),
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None
