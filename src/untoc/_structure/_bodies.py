"""Structuring functions for ``untoc.model._bodies``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._bodies import (
    Body,
    BodyText,
    Cluster,
    Document,
    Meeting,
    Phase,
    ReviewGroup,
    ReviewStructure,
    StatusFigure,
    Step,
)
from ._base import structure_Discrepancy, structure_Person
from ._runtime import d, i, lit, missing, obj, rec, recs, s, strs

_BODY_KEYS = frozenset(
    [
        "aliases",
        "description",
        "kind",
        "name",
        "notes",
        "quote",
        "slug",
        "sources",
        "structure",
        "symbol_prefix",
        "texts",
    ]
)
_BODY_KIND = frozenset(["expert group", "review mechanism", "working group"])
_MEETING_KEYS = frozenset(
    [
        "agenda",
        "body",
        "chairs",
        "city",
        "discrepancies",
        "documents",
        "end",
        "format",
        "id",
        "kind",
        "notes",
        "number",
        "number_as_stated",
        "quote",
        "report_symbol",
        "reported_to_session",
        "sources",
        "start",
        "status",
        "title",
        "topics",
        "venue",
        "when_as_stated",
    ]
)
_MEETING_KIND = frozenset(
    ["constructive dialogue", "intergovernmental meeting", "meeting", "other"]
)
_MEETING_FORMAT = frozenset(["hybrid", "in person", "online"])
_MEETING_STATUS = frozenset(["announced", "reported"])
_BODYTEXT_KEYS = frozenset(["quote", "relation", "resolution", "sources", "text"])
_BODYTEXT_RELATION = frozenset(["established", "mandated"])
_REVIEWSTRUCTURE_KEYS = frozenset(
    ["clusters", "clusters_total", "groups", "phases", "quote", "sources", "status", "steps"]
)
_DOCUMENT_KEYS = frozenset(["sources", "symbol", "title"])
_REVIEWGROUP_KEYS = frozenset(
    ["name", "notes", "quote", "reviews", "sources", "states", "year_started"]
)
_CLUSTER_KEYS = frozenset(["articles", "name", "number", "quote", "sources"])
_PHASE_KEYS = frozenset(["end", "name", "notes", "quote", "sources", "start"])
_STEP_KEYS = frozenset(["name", "order", "quote", "sources"])
_STATUSFIGURE_KEYS = frozenset(
    ["as_of", "measure", "notes", "qualifier", "quote", "sources", "value"]
)
_STATUSFIGURE_QUALIFIER = frozenset(
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


def structure_Body(value: object) -> Body:
    """A :class:`~untoc.model.Body` from its JSON object."""
    o = obj(value, _BODY_KEYS)
    try:
        return Body(
            slug=s(o["slug"], "slug"),
            name=s(o["name"], "name"),
            kind=lit(o["kind"], _BODY_KIND, "kind"),
            sources=strs(o["sources"], "sources"),
            aliases=strs(o["aliases"], "aliases") if "aliases" in o else (),
            symbol_prefix=(
                None if o["symbol_prefix"] is None else s(o["symbol_prefix"], "symbol_prefix")
            )
            if "symbol_prefix" in o
            else None,
            description=(None if o["description"] is None else s(o["description"], "description"))
            if "description" in o
            else None,
            texts=recs(o["texts"], structure_BodyText, "texts") if "texts" in o else (),
            structure=(
                None
                if o["structure"] is None
                else rec(o["structure"], structure_ReviewStructure, "structure")
            )
            if "structure" in o
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


def structure_Meeting(value: object) -> Meeting:
    """A :class:`~untoc.model.Meeting` from its JSON object."""
    o = obj(value, _MEETING_KEYS)
    try:
        return Meeting(
            id=s(o["id"], "id"),
            body=s(o["body"], "body"),
            kind=lit(o["kind"], _MEETING_KIND, "kind") if "kind" in o else "meeting",
            sources=strs(o["sources"], "sources"),
            number=(None if o["number"] is None else i(o["number"], "number"))
            if "number" in o
            else None,
            number_as_stated=(
                None
                if o["number_as_stated"] is None
                else s(o["number_as_stated"], "number_as_stated")
            )
            if "number_as_stated" in o
            else None,
            title=(None if o["title"] is None else s(o["title"], "title"))
            if "title" in o
            else None,
            start=(None if o["start"] is None else d(o["start"], "start"))
            if "start" in o
            else None,
            end=(None if o["end"] is None else d(o["end"], "end")) if "end" in o else None,
            when_as_stated=(
                None if o["when_as_stated"] is None else s(o["when_as_stated"], "when_as_stated")
            )
            if "when_as_stated" in o
            else None,
            city=(None if o["city"] is None else s(o["city"], "city")) if "city" in o else None,
            venue=(None if o["venue"] is None else s(o["venue"], "venue"))
            if "venue" in o
            else None,
            format=(None if o["format"] is None else lit(o["format"], _MEETING_FORMAT, "format"))
            if "format" in o
            else None,
            status=lit(o["status"], _MEETING_STATUS, "status") if "status" in o else "reported",
            chairs=recs(o["chairs"], structure_Person, "chairs") if "chairs" in o else (),
            report_symbol=(
                None if o["report_symbol"] is None else s(o["report_symbol"], "report_symbol")
            )
            if "report_symbol" in o
            else None,
            documents=recs(o["documents"], structure_Document, "documents")
            if "documents" in o
            else (),
            agenda=strs(o["agenda"], "agenda") if "agenda" in o else (),
            topics=strs(o["topics"], "topics") if "topics" in o else (),
            reported_to_session=(
                None
                if o["reported_to_session"] is None
                else i(o["reported_to_session"], "reported_to_session")
            )
            if "reported_to_session" in o
            else None,
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


def structure_BodyText(value: object) -> BodyText:
    """A :class:`~untoc.model.BodyText` from its JSON object."""
    o = obj(value, _BODYTEXT_KEYS)
    try:
        return BodyText(
            relation=lit(o["relation"], _BODYTEXT_RELATION, "relation"),
            text=s(o["text"], "text"),
            resolution=(None if o["resolution"] is None else s(o["resolution"], "resolution"))
            if "resolution" in o
            else None,
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_ReviewStructure(value: object) -> ReviewStructure:
    """A :class:`~untoc.model.ReviewStructure` from its JSON object."""
    o = obj(value, _REVIEWSTRUCTURE_KEYS)
    try:
        return ReviewStructure(
            clusters_total=(
                None if o["clusters_total"] is None else i(o["clusters_total"], "clusters_total")
            )
            if "clusters_total" in o
            else None,
            groups=recs(o["groups"], structure_ReviewGroup, "groups") if "groups" in o else (),
            clusters=recs(o["clusters"], structure_Cluster, "clusters") if "clusters" in o else (),
            phases=recs(o["phases"], structure_Phase, "phases") if "phases" in o else (),
            steps=recs(o["steps"], structure_Step, "steps") if "steps" in o else (),
            status=recs(o["status"], structure_StatusFigure, "status") if "status" in o else (),
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Document(value: object) -> Document:
    """A :class:`~untoc.model.Document` from its JSON object."""
    o = obj(value, _DOCUMENT_KEYS)
    try:
        return Document(
            symbol=(None if o["symbol"] is None else s(o["symbol"], "symbol"))
            if "symbol" in o
            else None,
            title=(None if o["title"] is None else s(o["title"], "title"))
            if "title" in o
            else None,
            sources=strs(o["sources"], "sources"),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_ReviewGroup(value: object) -> ReviewGroup:
    """A :class:`~untoc.model.ReviewGroup` from its JSON object."""
    o = obj(value, _REVIEWGROUP_KEYS)
    try:
        return ReviewGroup(
            name=s(o["name"], "name"),
            year_started=(
                None if o["year_started"] is None else i(o["year_started"], "year_started")
            )
            if "year_started" in o
            else None,
            states=(None if o["states"] is None else i(o["states"], "states"))
            if "states" in o
            else None,
            reviews=(None if o["reviews"] is None else i(o["reviews"], "reviews"))
            if "reviews" in o
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


def structure_Cluster(value: object) -> Cluster:
    """A :class:`~untoc.model.Cluster` from its JSON object."""
    o = obj(value, _CLUSTER_KEYS)
    try:
        return Cluster(
            number=(None if o["number"] is None else i(o["number"], "number"))
            if "number" in o
            else None,
            name=(None if o["name"] is None else s(o["name"], "name")) if "name" in o else None,
            articles=(None if o["articles"] is None else s(o["articles"], "articles"))
            if "articles" in o
            else None,
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Phase(value: object) -> Phase:
    """A :class:`~untoc.model.Phase` from its JSON object."""
    o = obj(value, _PHASE_KEYS)
    try:
        return Phase(
            name=s(o["name"], "name"),
            start=(None if o["start"] is None else s(o["start"], "start"))
            if "start" in o
            else None,
            end=(None if o["end"] is None else s(o["end"], "end")) if "end" in o else None,
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


def structure_Step(value: object) -> Step:
    """A :class:`~untoc.model.Step` from its JSON object."""
    o = obj(value, _STEP_KEYS)
    try:
        return Step(
            order=i(o["order"], "order"),
            name=s(o["name"], "name"),
            sources=strs(o["sources"], "sources"),
            quote=(None if o["quote"] is None else s(o["quote"], "quote"))
            if "quote" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None


def structure_StatusFigure(value: object) -> StatusFigure:
    """A :class:`~untoc.model.StatusFigure` from its JSON object."""
    o = obj(value, _STATUSFIGURE_KEYS)
    try:
        return StatusFigure(
            value=i(o["value"], "value"),
            qualifier=lit(o["qualifier"], _STATUSFIGURE_QUALIFIER, "qualifier")
            if "qualifier" in o
            else "",
            as_of=(None if o["as_of"] is None else s(o["as_of"], "as_of")),
            measure=s(o["measure"], "measure"),
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
