"""Where facts come from (``Source``) and what the bundled data is (``DataInfo``)."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from ._base import FrozenMap, Record, quiet


@attrs.frozen(repr=False, kw_only=True)
class Source(Record):
    """A page or document a fact was read from.

    ``kind`` is ``"official"`` (UN, UNODC, UN Information Service, UN Treaty Collection),
    ``"copy"`` (a faithful third-party copy of a UN document) or ``"secondary"`` (news, NGO,
    mission pages). ``title`` is ``None`` when the stored copy shows none.
    """

    id: str
    url: str
    title: str | None
    publisher: str
    published: _dt.date | None
    kind: Literal["official", "copy", "secondary"]
    language: str = "en"
    notes: str | None = quiet()

    def cite(self) -> str:
        """A one-line citation: publisher, title, date and URL."""
        date = self.published.isoformat() if self.published else "n.d."
        title = f"“{self.title}”" if self.title else "untitled page"
        return f"{self.publisher}, {title} ({date}). {self.url}"

    def __str__(self) -> str:
        return self.cite()


@attrs.frozen(repr=False, kw_only=True)
class DataInfo(Record):
    """The bundled data's own version, as-of date and record count per table.

    The data is versioned apart from the code: ``version`` changes with every data change.
    """

    version: str
    as_of: _dt.date
    counts: FrozenMap[str, int]
    description: str

    def __str__(self) -> str:
        return f"untoc data {self.version} (as of {self.as_of.isoformat()})"
