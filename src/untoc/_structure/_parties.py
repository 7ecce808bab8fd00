"""Structuring functions for ``untoc.model._parties``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._parties import Action, Instrument, Participant, PartyTable, StatedPartyCount
from ._base import structure_Discrepancy
from ._runtime import d, i, lit, missing, obj, recs, s, strs

_INSTRUMENT_KEYS = frozenset(
    [
        "adopted",
        "adopted_by",
        "aliases",
        "description",
        "discrepancies",
        "entry_into_force",
        "name",
        "notes",
        "opened_for_signature",
        "quote",
        "short_name",
        "signature_period",
        "slug",
        "sources",
        "treaty_number",
    ]
)
_STATEDPARTYCOUNT_KEYS = frozenset(
    [
        "as_of",
        "id",
        "instrument",
        "measure",
        "notes",
        "qualifier",
        "quote",
        "reconciliation",
        "session",
        "sources",
        "value",
    ]
)
_STATEDPARTYCOUNT_QUALIFIER = frozenset(
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
_STATEDPARTYCOUNT_MEASURE = frozenset(["parties", "signatories"])
_PARTICIPANT_KEYS = frozenset(["actions", "aliases", "code", "name", "sources"])
_PARTYTABLE_KEYS = frozenset(
    ["added", "complete_through", "evidence", "instrument", "not_added", "sources"]
)
_ACTION_KEYS = frozenset(
    [
        "consent",
        "consent_kind",
        "consent_undated",
        "discrepancies",
        "instrument",
        "notes",
        "signature",
        "sources",
    ]
)
_ACTION_CONSENT_KIND = frozenset(
    ["acceptance", "accession", "approval", "ratification", "succession"]
)


def structure_Instrument(value: object) -> Instrument:
    """A :class:`~untoc.model.Instrument` from its JSON object."""
    o = obj(value, _INSTRUMENT_KEYS)
    try:
        return Instrument(
            slug=s(o["slug"], "slug"),
            name=s(o["name"], "name"),
            short_name=s(o["short_name"], "short_name"),
            sources=strs(o["sources"], "sources"),
            treaty_number=(
                None if o["treaty_number"] is None else s(o["treaty_number"], "treaty_number")
            )
            if "treaty_number" in o
            else None,
            adopted=(None if o["adopted"] is None else d(o["adopted"], "adopted"))
            if "adopted" in o
            else None,
            adopted_by=(None if o["adopted_by"] is None else s(o["adopted_by"], "adopted_by"))
            if "adopted_by" in o
            else None,
            opened_for_signature=(
                None
                if o["opened_for_signature"] is None
                else d(o["opened_for_signature"], "opened_for_signature")
            )
            if "opened_for_signature" in o
            else None,
            entry_into_force=(
                None
                if o["entry_into_force"] is None
                else d(o["entry_into_force"], "entry_into_force")
            )
            if "entry_into_force" in o
            else None,
            description=(None if o["description"] is None else s(o["description"], "description"))
            if "description" in o
            else None,
            signature_period=(
                None
                if o["signature_period"] is None
                else s(o["signature_period"], "signature_period")
            )
            if "signature_period" in o
            else None,
            aliases=strs(o["aliases"], "aliases") if "aliases" in o else (),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
            discrepancies=recs(o["discrepancies"], structure_Discrepancy, "discrepancies")
            if "discrepancies" in o
            else (),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_StatedPartyCount(value: object) -> StatedPartyCount:
    """A :class:`~untoc.model.StatedPartyCount` from its JSON object."""
    o = obj(value, _STATEDPARTYCOUNT_KEYS)
    try:
        return StatedPartyCount(
            value=i(o["value"], "value"),
            qualifier=lit(o["qualifier"], _STATEDPARTYCOUNT_QUALIFIER, "qualifier")
            if "qualifier" in o
            else "",
            id=s(o["id"], "id"),
            instrument=s(o["instrument"], "instrument"),
            as_of=(None if o["as_of"] is None else d(o["as_of"], "as_of")),
            measure=lit(o["measure"], _STATEDPARTYCOUNT_MEASURE, "measure")
            if "measure" in o
            else "parties",
            sources=strs(o["sources"], "sources"),
            session=(None if o["session"] is None else i(o["session"], "session"))
            if "session" in o
            else None,
            reconciliation=(
                None if o["reconciliation"] is None else s(o["reconciliation"], "reconciliation")
            )
            if "reconciliation" in o
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


def structure_Participant(value: object) -> Participant:
    """A :class:`~untoc.model.Participant` from its JSON object."""
    o = obj(value, _PARTICIPANT_KEYS)
    try:
        return Participant(
            code=s(o["code"], "code"),
            name=s(o["name"], "name"),
            actions=recs(o["actions"], structure_Action, "actions"),
            aliases=strs(o["aliases"], "aliases") if "aliases" in o else (),
            sources=strs(o["sources"], "sources") if "sources" in o else (),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_PartyTable(value: object) -> PartyTable:
    """A :class:`~untoc.model.PartyTable` from its JSON object."""
    o = obj(value, _PARTYTABLE_KEYS)
    try:
        return PartyTable(
            instrument=s(o["instrument"], "instrument"),
            sources=strs(o["sources"], "sources"),
            complete_through=d(o["complete_through"], "complete_through"),
            evidence=s(o["evidence"], "evidence"),
            added=strs(o["added"], "added") if "added" in o else (),
            not_added=strs(o["not_added"], "not_added") if "not_added" in o else (),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Action(value: object) -> Action:
    """A :class:`~untoc.model.Action` from its JSON object."""
    o = obj(value, _ACTION_KEYS)
    try:
        return Action(
            instrument=s(o["instrument"], "instrument"),
            sources=strs(o["sources"], "sources"),
            signature=(None if o["signature"] is None else d(o["signature"], "signature"))
            if "signature" in o
            else None,
            consent=(None if o["consent"] is None else d(o["consent"], "consent"))
            if "consent" in o
            else None,
            consent_kind=(
                None
                if o["consent_kind"] is None
                else lit(o["consent_kind"], _ACTION_CONSENT_KIND, "consent_kind")
            )
            if "consent_kind" in o
            else None,
            consent_undated=(
                None if o["consent_undated"] is None else s(o["consent_undated"], "consent_undated")
            )
            if "consent_undated" in o
            else None,
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
            discrepancies=recs(o["discrepancies"], structure_Discrepancy, "discrepancies")
            if "discrepancies" in o
            else (),
        )
    except KeyError as error:
        raise missing(error) from None
