"""Structuring functions for ``untoc.model._texts``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._texts import Resolution, Topic
from ._base import structure_Discrepancy
from ._runtime import EMPTY_TITLES, d, i, lit, missing, obj, recs, s, strs, titles

_TOPIC_KEYS = frozenset(["aliases", "description", "keywords", "label", "slug"])
_RESOLUTION_KEYS = frozenset(
    [
        "adopted",
        "discrepancies",
        "id",
        "instruments",
        "kind",
        "notes",
        "number",
        "quote",
        "session",
        "sources",
        "subject",
        "titles",
        "topics",
    ]
)
_RESOLUTION_KIND = frozenset(["decision", "resolution"])


def structure_Topic(value: object) -> Topic:
    """A :class:`~untoc.model.Topic` from its JSON object."""
    o = obj(value, _TOPIC_KEYS)
    try:
        return Topic(
            slug=s(o["slug"], "slug"),
            label=s(o["label"], "label"),
            description=s(o["description"], "description"),
            aliases=strs(o["aliases"], "aliases") if "aliases" in o else (),
            keywords=strs(o["keywords"], "keywords") if "keywords" in o else (),
        )
    except KeyError as error:
        raise missing(error) from None


def structure_Resolution(value: object) -> Resolution:
    """A :class:`~untoc.model.Resolution` from its JSON object."""
    o = obj(value, _RESOLUTION_KEYS)
    try:
        return Resolution(
            id=s(o["id"], "id"),
            kind=(None if o["kind"] is None else lit(o["kind"], _RESOLUTION_KIND, "kind")),
            session=i(o["session"], "session"),
            number=(None if o["number"] is None else i(o["number"], "number")),
            subject=s(o["subject"], "subject"),
            sources=strs(o["sources"], "sources"),
            titles=titles(o["titles"], "titles") if "titles" in o else EMPTY_TITLES,
            adopted=(None if o["adopted"] is None else d(o["adopted"], "adopted"))
            if "adopted" in o
            else None,
            topics=strs(o["topics"], "topics") if "topics" in o else (),
            instruments=strs(o["instruments"], "instruments") if "instruments" in o else (),
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
