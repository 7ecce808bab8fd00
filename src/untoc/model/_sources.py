"""Where facts come from (``Source``) and what the bundled data is (``DataInfo``)."""

from __future__ import annotations

import datetime as _dt
from typing import Literal

import attrs

from .._public import public
from ._base import FrozenMap, Record, quiet


@public
@attrs.frozen(repr=False, kw_only=True)
class Source(Record):
    """A page or document a fact was read from.

    ``kind`` is ``"official"`` (UN, UNODC, UN Information Service, UN Treaty Collection),
    ``"copy"`` (a faithful third-party copy of a UN document) or ``"secondary"`` (news, NGO,
    mission pages). ``title`` is ``None`` when the stored copy shows none.

    Attributes:
        id: Stable id: publisher, date and a short slug (``"unodc-2024-10-18-cop12-..."``).
        url: Where the page was read.
        title: The page's title as it shows it, or ``None``.
        publisher: Who published it (UNODC, UN Information Service, a newspaper...).
        published: The publication date the page states, or ``None``.
        kind: ``"official"``, ``"copy"`` (a faithful copy of a UN document) or ``"secondary"``.
        language: ISO 639-1 code of the page's language.
        notes: What a reader should know about the page (partial copy, undated...).
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


@public
@attrs.frozen(repr=False, kw_only=True)
class DataInfo(Record):
    """The bundled data's own version, as-of date and record count per table.

    The data is versioned apart from the code: ``version`` changes with every data change.

    Attributes:
        version: The data version; it changes with every data change.
        as_of: The date the record was last brought up to date.
        counts: Records per table.
        description: What the data is, in one sentence.
        built_with: The maintained lists the build read and their versions (ISO 3166
            through pycountry, CLDR through babel).
    """

    version: str
    as_of: _dt.date
    counts: FrozenMap[str, int]
    description: str
    built_with: FrozenMap[str, str] = attrs.field(factory=FrozenMap, repr=False)

    def __str__(self) -> str:
        return f"untoc data {self.version} (as of {self.as_of.isoformat()})"
