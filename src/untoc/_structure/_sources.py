"""Structuring functions for ``untoc.model._sources``, by tools/gen_structure.py.

Do not edit: ``make data`` rewrites this file, and a test fails when it is out of date.
"""

from __future__ import annotations

from ..model._sources import Source
from ._runtime import d, lit, missing, obj, s

_SOURCE_KEYS = frozenset(
    ["id", "kind", "language", "notes", "published", "publisher", "title", "url"]
)
_SOURCE_KIND = frozenset(["copy", "official", "secondary"])


def structure_Source(value: object) -> Source:
    """A :class:`~untoc.model.Source` from its JSON object."""
    o = obj(value, _SOURCE_KEYS)
    try:
        return Source(
            id=s(o["id"], "id"),
            url=s(o["url"], "url"),
            title=(None if o["title"] is None else s(o["title"], "title")),
            publisher=s(o["publisher"], "publisher"),
            published=(None if o["published"] is None else d(o["published"], "published")),
            kind=lit(o["kind"], _SOURCE_KIND, "kind"),
            language=s(o["language"], "language") if "language" in o else "en",
            notes=(None if o["notes"] is None else s(o["notes"], "notes"))
            if "notes" in o
            else None,
        )
    except KeyError as error:
        raise missing(error) from None
