"""Where facts come from (``Source``) and what the bundled data is (``DataInfo``)."""

import datetime as _dt
from typing import Any, Literal

import attrs

from .._public import publish
from ._base import FrozenMap, Record, matches, one_of, quiet

SourceKind = Literal["official", "copy", "secondary"]
"""How far a source is from the record: the UN's own, a faithful copy, or a secondary page."""


def _frozen_map(value: Any) -> FrozenMap[Any, Any]:
    return value if isinstance(value, FrozenMap) else FrozenMap(value)


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
    kind: SourceKind = attrs.field(validator=one_of(SourceKind))
    language: str = attrs.field(default="en", validator=matches("[a-z]{2}", "an ISO 639-1 code"))
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

    Attributes:
        version: The data version; it changes with every data change.
        as_of: The date the record was last brought up to date.
        counts: Records per table.
        description: What the data is, in one sentence.
        built_with: The maintained lists the build read and their versions (ISO 3166
            through pycountry, CLDR through babel).
        licence: The data's licence (an SPDX identifier: ``"CC-BY-4.0"``; see LICENSE-DATA).
        licence_url: Where the licence's text is.
    """

    version: str
    as_of: _dt.date
    counts: FrozenMap[str, int] = attrs.field(converter=_frozen_map)
    description: str
    built_with: FrozenMap[str, str] = attrs.field(
        factory=FrozenMap, converter=_frozen_map, repr=False
    )
    licence: str = ""
    licence_url: str = attrs.field(default="", repr=False)

    def __str__(self) -> str:
        return f"untoc data {self.version} (as of {self.as_of.isoformat()})"


publish(globals())
