"""Texts the Conference adopted (``Resolution``: resolutions and decisions) and their topics."""

import datetime as _dt
from typing import Literal

import attrs

from .._public import publish
from ._base import (
    Discrepancy,
    Record,
    Titles,
    as_titles,
    as_tuple,
    at_least,
    composed,
    non_blank,
    one_of,
    quiet,
    ref,
    refs,
    sources_field,
    tuple_of,
)

Kind = Literal["resolution", "decision"]
"""The two kinds of text a session of the Conference adopts."""


@attrs.frozen(repr=False, kw_only=True)
class Topic(Record):
    """A subject in the controlled vocabulary used to tag texts.

    ``aliases`` are accepted by [`untoc.topic`][untoc.topic]; ``keywords`` document which words in a
    title or subject lead to this topic.

    Attributes:
        slug: The key (``"firearms"``).
        label: The name shown (``"Firearms"``).
        description: What the topic covers.
        aliases: Other names [`untoc.topic`][untoc.topic] accepts.
        keywords: Words in a title that lead to this topic.
    """

    slug: str = attrs.field(validator=non_blank)
    label: str
    description: str = attrs.field(repr=False)
    aliases: tuple[str, ...] = tuple_of()
    keywords: tuple[str, ...] = tuple_of(repr=False)

    def __str__(self) -> str:
        return f"{self.label} ({self.slug})"


@attrs.frozen(repr=False, kw_only=True)
class Recall(Record):
    """An earlier text of the Conference that a text names, in the naming text's own words.

    A preamble recalls or reaffirms earlier texts ("Reaffirming its decision 1/2 of 7 July
    2004"); a decision may reiterate one. ``date`` is the adoption date the naming text gives
    it, where it gives one.

    Attributes:
        text: Id of the text named (``"decision-1-2"``).
        verb: The word that names it, as printed ("Reaffirming", "Recalling also",
            "Reiterated").
        date: The adoption date the naming text gives, or ``None``.
        sources: Ids of the sources that give the naming text's words.
        quote: Those words.
    """

    text: str = ref("resolutions", validator=non_blank)
    verb: str = attrs.field(validator=non_blank)
    date: _dt.date | None = None
    sources: tuple[str, ...] = sources_field()
    quote: str | None = quiet()

    def __str__(self) -> str:
        when = f" of {self.date.isoformat()}" if self.date else ""
        return f"{self.verb} {self.text}{when}"


@attrs.frozen(repr=False, kw_only=True)
class Resolution(Record):
    """A resolution or decision adopted by a session of the Conference of the Parties.

    ``kind`` is ``None`` when no stored source says whether the text was a resolution or a
    decision; ``number`` and ``titles`` are ``None``/empty when no stored source gives them, and
    ``subject`` always says what the text is about. ``symbol`` is ``"12/4"`` style, ``label``
    reads ``"Resolution 12/4"``. ``bodies`` lists the subsidiary bodies the text established or
    instructed (slugs).

    Attributes:
        id: Stable id (``"resolution-12-4"``).
        kind: ``"resolution"``, ``"decision"``, or ``None`` when no source says which.
        session: Number of the session that adopted it.
        number: Its number within the session and kind, or ``None`` when no stored source gives it.
        subject: What the text is about, in a line (always present).
        sources: Ids of the sources (see [`untoc.cite`][untoc.cite]).
        titles: Official titles by language, as printed (English where stored).
        adopted: The adoption date a source states, or ``None``.
        topics: Slugs of the topics it is tagged with.
        instruments: Slugs of the instruments it concerns.
        quote: The sentence of a source that shows it.
        notes: Remarks, including any inference (marked as such).
        discrepancies: Where sources disagree about it, and what was chosen.
        bodies: Slugs of the subsidiary bodies it established or instructed (built at load).
        recalls: The earlier texts it names (recalls, reaffirms, reiterates), each with the
            date it gives them and the source of its words; only as far as a stored copy of
            its text reaches.
        recalled_by: Ids of the later texts that name it (built at load from their
            ``recalls``).
    """

    id: str = attrs.field(validator=non_blank)
    kind: Kind | None = attrs.field(validator=one_of(Kind))
    session: int = ref("sessions", validator=at_least(1))
    number: int | None = attrs.field(validator=at_least(1))
    subject: str = attrs.field(repr=False, validator=non_blank)
    sources: tuple[str, ...] = sources_field()
    titles: Titles = attrs.field(factory=Titles, converter=as_titles)
    adopted: _dt.date | None = None
    topics: tuple[str, ...] = refs("topics")
    instruments: tuple[str, ...] = refs("instruments")
    quote: str | None = quiet()
    notes: str | None = quiet()
    discrepancies: tuple[Discrepancy, ...] = tuple_of(repr=False)
    bodies: tuple[str, ...] = composed(default=(), converter=as_tuple)
    recalls: tuple[Recall, ...] = tuple_of(repr=False)
    recalled_by: tuple[str, ...] = composed(default=(), converter=as_tuple)

    @property
    def symbol(self) -> str | None:
        """``"SESSION/NUMBER"``, or ``None`` when the number is unknown."""
        return None if self.number is None else f"{self.session}/{self.number}"

    @property
    def label(self) -> str:
        """``"Resolution 12/4"``; ``"Resolution (COP12, number unknown)"`` when unnumbered."""
        kind = self.kind.capitalize() if self.kind else "Text (kind not stated)"
        if self.symbol is None:
            return f"{kind} (COP{self.session}, number unknown)"
        return f"{kind} {self.symbol}"

    @property
    def title(self) -> str | None:
        """The English title, or ``None`` when no English title is held."""
        return self.titles.default

    @property
    def heading(self) -> str:
        """The best line to show: the English title, else a title as held, else the subject.

        A title held only in another language carries its language: ``"Fabricación ... [es]"``.
        """
        if self.title:
            return self.title
        for language, title in self.titles.items():
            return f"{title} [{language}]"
        return self.subject

    def __str__(self) -> str:
        return f"{self.label}: {self.heading}"


publish(globals())
