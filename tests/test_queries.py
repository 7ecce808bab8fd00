"""Lookups and filters: exactly the records asked for, errors that say what would be valid.

Expected values are read from the bundled data (which the facts tests tie to sources), never
computed with the code under test.
"""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import untoc

ALL = untoc.resolutions()
SESSIONS = [s.number for s in untoc.sessions()]
TOPICS = [t.slug for t in untoc.topics()]
INSTRUMENTS = [i.slug for i in untoc.instruments()]


def test_texts_concerning_the_firearms_protocol() -> None:
    labels = [r.label for r in untoc.resolutions(instrument="Firearms Protocol")]
    assert labels[:4] == ["Decision 2/5", "Decision 3/1", "Decision 4/1", "Decision 4/6"]
    assert "Resolution 8/3" in labels
    assert "Decision 2/4" not in labels  # the Smuggling Protocol's text of COP2
    assert len(labels) == 17


def test_filters_combine() -> None:
    labels = [r.label for r in untoc.resolutions(session=4, instrument="smuggling-protocol")]
    assert labels == ["Decision 4/1", "Decision 4/5"]
    labels = [r.label for r in untoc.resolutions(topic="firearms", kind="decision")]
    assert labels == ["Decision 2/5", "Decision 4/6"]
    assert untoc.resolutions(session=12, kind="decision") == ()


@settings(max_examples=200, deadline=None)
@given(
    session=st.none() | st.sampled_from(SESSIONS),
    topic=st.none() | st.sampled_from(TOPICS),
    kind=st.none() | st.sampled_from(["resolution", "decision"]),
    instrument=st.none() | st.sampled_from(INSTRUMENTS),
)
def test_filters_return_exactly_the_records_that_satisfy_them(
    session: int | None, topic: str | None, kind: str | None, instrument: str | None
) -> None:
    got = untoc.resolutions(session=session, topic=topic, kind=kind, instrument=instrument)
    wanted = [
        r
        for r in ALL
        if (session is None or r.session == session)
        and (topic is None or topic in r.topics)
        and (kind is None or r.kind == kind)
        and (instrument is None or instrument in r.instruments)
    ]
    assert list(got) == wanted


def test_resolutions_by_topic_is_resolutions_with_a_topic() -> None:
    for slug in TOPICS:
        assert untoc.resolutions_by_topic(slug) == untoc.resolutions(topic=slug)
    assert [r.label for r in untoc.resolutions_by_topic("Crimes that affect the environment")] == [
        r.label for r in untoc.resolutions_by_topic("environment")
    ]


def test_texts_are_in_session_and_number_order() -> None:
    keys = [(r.session, r.number is None, r.number or 0) for r in ALL]
    assert keys == sorted(keys)
    assert ALL[0].label == "Decision 1/1"
    assert ALL[-1].session == 12


@pytest.mark.parametrize(
    "symbol",
    ["12/4", "Resolution 12/4", "resolution 12/4", " RES. 12 / 4 ", "res 12/4", "resolution-12-4"],
)
def test_symbol_forms(symbol: str) -> None:
    assert untoc.resolution(symbol).label == "Resolution 12/4"


def test_a_kind_that_does_not_match_the_symbol() -> None:
    with pytest.raises(untoc.NotFoundError, match="Resolution 12/4"):
        untoc.resolution("Decision 12/4")


def test_a_number_not_held_lists_what_is() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.resolution("12/9")
    assert "numbered texts held for COP12: Resolution 12/4" in str(info.value)
    with pytest.raises(untoc.NotFoundError, match="COP8: Resolution 8/3"):
        untoc.resolution("8/9")


def test_a_session_not_held_says_why() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.session(13)
    message = str(info.value)
    assert "sessions 1 to 12" in message
    assert "COP13 is only announced" in message
    assert untoc.data_info().as_of.isoformat() in message
    with pytest.raises(untoc.NotFoundError, match="sessions 1 to 12"):
        untoc.session(99)


def test_the_next_session_without_an_announcement_says_no_source_dates_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from untoc import _store

    real = _store.loaded

    class Empty:
        by_key: typing.ClassVar[dict[int, object]] = {}

    def loaded(name: str) -> object:
        return Empty() if name == "announced_sessions" else real(name)

    monkeypatch.setattr(_store, "loaded", loaded)
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.session(13)
    as_of = untoc.data_info().as_of.isoformat()
    assert str(info.value) == (
        "no session matches 13 (valid: sessions 1 to 12; no stored source gives the dates of a "
        f"thirteenth session (data as of {as_of}))"
    )


def test_topic_suggestions() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.topic("firarms")
    assert info.value.suggestions == ("firearms",)
    assert "environment" in str(info.value)


def test_an_unknown_filter_value_raises_rather_than_returning_nothing() -> None:
    with pytest.raises(untoc.NotFoundError):
        untoc.resolutions(topic="astrology")
    with pytest.raises(untoc.NotFoundError):
        untoc.resolutions(instrument="Kyoto Protocol")


def test_events_and_statements_of_a_session() -> None:
    assert [e.id for e in untoc.events(session="COP12")] == [
        e.id for e in untoc.events() if e.session == 12
    ]
    assert untoc.events(session=1) == ()
    assert {s.session for s in untoc.statements(12)} == {12}


def test_sources_and_citations() -> None:
    cop12 = untoc.session(12)
    citations = untoc.cite(cop12)
    own = [untoc.source(i).cite() for i in cop12.sources]
    assert list(citations[: len(own)]) == own  # the record's own sources first, in order
    nested = {i for c in cop12.texts_adopted for i in c.sources}
    nested |= {i for d in cop12.discrepancies for i in d.other_sources}
    assert set(citations) == set(own) | {untoc.source(i).cite() for i in nested}
    assert len(citations) == len(set(citations))
    for wrong in (42, "sessions", None):
        with pytest.raises(untoc.InvalidTypeError):
            untoc.cite(wrong)
    with pytest.raises(untoc.NotFoundError):
        untoc.source("no-such-source")


def test_data_info() -> None:
    info = untoc.data_info()
    assert info.counts["sessions"] == len(untoc.sessions()) == 12
    assert info.counts["resolutions"] == len(ALL)
    assert isinstance(info.as_of, dt.date)
    assert str(info).startswith(f"untoc data {info.version}")
    # What the manifest says of reuse and making (src/untoc/data/manifest.json).
    assert (info.licence, info.licence_url) == (
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    )
    assert info.description.startswith("The public record of UNTOC and its Conference")
    assert set(info.built_with) == {"pycountry", "babel", "CLDR (through babel)"}


def test_collections_are_cached_immutable_tuples() -> None:
    assert untoc.sessions() is untoc.sessions()
    with pytest.raises(TypeError):
        untoc.sessions()[0] = None  # type: ignore[index]
    titles = untoc.resolution("12/4").titles
    with pytest.raises(TypeError):
        titles["en"] = "changed"  # type: ignore[index]
    with pytest.raises(AttributeError):
        untoc.session(12).city = "Paris"  # type: ignore[misc]


def test_ids_not_found_suggest_close_ones() -> None:
    from untoc import queries

    event_id = untoc.events()[0].id
    with pytest.raises(untoc.NotFoundError) as info:
        queries.event(event_id[:-1])
    assert (info.value.what, info.value.query) == ("event", event_id[:-1])
    assert event_id in info.value.suggestions
    assert queries.event(f"  {event_id} ") is untoc.events()[0]
    with pytest.raises(untoc.InvalidTypeError, match="statement id must be a str"):
        queries.statement(1)  # type: ignore[arg-type]
    assert queries.observance(untoc.observances()[0].id) is untoc.observances()[0]


def test_texts_by_every_canonical_spelling() -> None:
    text = untoc.resolution("12/4")
    for spelling in ("resolution-12-4", "Resolution 12/4", "resolution 12/4", "12/4"):
        assert untoc.resolution(spelling) is text
    assert untoc.resolution("Resolution 6/1") is not untoc.resolution("Decision 6/1")


# Exact words, and the slow paths behind the fast ones (mutation testing) -----------------------


@pytest.mark.parametrize(
    ("key", "error", "message"),
    [
        (
            "xyz",
            untoc.NotFoundError,
            "no resolution or decision matches 'xyz' (valid: a symbol such as '12/4', "
            "'Resolution 12/4' or 'Decision 6/1', or a record id)",
        ),
        (
            "Decision 12/9",
            untoc.NotFoundError,
            "no resolution or decision matches 'Decision 12/9' (valid: numbered texts held for "
            "COP12: Resolution 12/4)",
        ),
        (
            "Resolution 99/1",
            untoc.NotFoundError,
            "no resolution or decision matches 'Resolution 99/1' (valid: no numbered text is "
            "held for COP99)",
        ),
        (
            "6/1",
            untoc.AmbiguousError,
            "'6/1' matches more than one resolution or decision: 'Decision 6/1', "
            "'Resolution 6/1'; name one of them",
        ),
        (5, untoc.InvalidTypeError, "resolution or decision must be a str, not int"),
        ([1], untoc.InvalidTypeError, "resolution or decision must be a str, not list"),
    ],
)
def test_a_text_that_is_not_found_is_said_in_full(key: Any, error: type, message: str) -> None:
    with pytest.raises(error) as info:
        untoc.resolution(key)
    assert str(info.value) == message


@pytest.mark.parametrize(
    ("written", "label"),
    [
        (" RES. 12 / 4 ", "Resolution 12/4"),
        ("resolution no. 12/4", "Resolution 12/4"),
        ("decisions 6/1", "Decision 6/1"),
        ("resolutions 6/1", "Resolution 6/1"),
        ("dec. 6/1", "Decision 6/1"),
        ("Res 6/1", "Resolution 6/1"),
        ("12 /4", "Resolution 12/4"),
    ],
)
def test_every_way_of_writing_a_symbol_finds_one_text(written: str, label: str) -> None:
    assert untoc.resolution(written).label == label


def test_a_session_not_held_is_said_in_full() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.session(13)
    as_of = untoc.data_info().as_of.isoformat()
    # "The group will be expected to report on its work at the 13th UNTOC COP in October 2026."
    assert str(info.value) == (
        "no session matches 13 (valid: sessions 1 to 12; COP13 is only announced, for October "
        f"2026: no stored source reports it as held (data as of {as_of}); see "
        "untoc.announced_sessions())"
    )
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.session(99)
    assert str(info.value) == "no session matches 99 (valid: sessions 1 to 12)"
    assert untoc.session("12") is untoc.session(12) is untoc.session("COP12")


def test_a_topic_by_any_spelling_gives_the_same_texts() -> None:
    firearms = untoc.resolutions_by_topic("firearms")
    topic = untoc.topic("firearms")
    for spelling in ("firearms", "Firearms", " FIREARMS ", topic.label, *topic.aliases):
        assert untoc.resolutions_by_topic(spelling) == firearms, spelling
    assert untoc.resolutions_by_topic(topic.label.upper()) == firearms
    assert len(firearms) == sum(1 for r in untoc.resolutions() if "firearms" in r.topics)


def test_every_text_is_found_by_its_id_its_label_and_its_lowercase_label() -> None:
    for text in untoc.resolutions():
        assert untoc.resolution(text.id) is text
        if text.symbol is not None:
            assert untoc.resolution(text.label) is text
            assert untoc.resolution(text.label.casefold()) is text


# Resolution 9/1 (vdocuments copy of the UNODC text): "Reaffirming its decision 1/2 of 7 July
# 2004, ..." and "Recalling also, in that regard, its resolutions 5/1 of 22 October 2010, 5/5 of
# 22 October 2010, 6/1 of 19 October 2012, and 7/1 of 10 October 2014"; decision 2/1 (UNODC's
# COP2 page): "(b) Reiterated its decision 1/2".
def test_a_text_records_the_texts_it_names_with_the_dates_it_gives() -> None:
    recalls = untoc.resolution("Resolution 9/1").recalls
    assert [(r.text, r.verb, r.date) for r in recalls] == [
        ("decision-1-2", "Reaffirming", dt.date(2004, 7, 7)),
        ("resolution-5-1", "Recalling also", dt.date(2010, 10, 22)),
        ("resolution-5-5", "Recalling also", dt.date(2010, 10, 22)),
        ("resolution-6-1", "Recalling also", dt.date(2012, 10, 19)),
        ("resolution-7-1", "Recalling also", dt.date(2014, 10, 10)),
    ]
    assert all(r.sources == ("vdocuments-2018-cop9-resolution-9-1",) for r in recalls)
    (reiterated,) = untoc.resolution("Decision 2/1").recalls
    assert (reiterated.text, reiterated.verb) == ("decision-1-2", "Reiterated")
    assert reiterated.date is None
    assert untoc.resolution("Decision 1/2").recalled_by == ("decision-2-1", "resolution-9-1")
    assert untoc.resolution("Resolution 7/1").recalled_by == ("resolution-9-1",)
    assert untoc.resolution("Resolution 12/4").recalled_by == ()


def test_resolution_6_1_has_its_english_title() -> None:
    # CTOC/COP/2014/2: "In its resolution 6/1, entitled “Ensuring effective implementation of
    # the United Nations Convention against Transnational Organized Crime and the Protocols
    # thereto”".
    six_one = untoc.resolution("Resolution 6/1")
    assert six_one.title == (
        "Ensuring effective implementation of the United Nations Convention against "
        "Transnational Organized Crime and the Protocols thereto"
    )
    assert set(six_one.titles) == {"en", "es"}
    assert "docslib-2014-07-04-ctoc-cop-2014-2" in six_one.sources


@pytest.mark.parametrize(
    ("edit", "problem"),
    [
        (
            {"date": "2004-07-08"},
            "gives decision-1-2 the date 2004-07-08, but it was adopted on 2004-07-07",
        ),
        ({"text": "resolution-12-4"}, "recalls resolution-12-4, adopted at a later session"),
    ],
)
def test_a_recall_must_agree_with_the_text_it_names(
    data_copy: Any, edit: dict[str, str], problem: str
) -> None:
    def change(rows: Any) -> None:
        (nine_one,) = [r for r in rows if r["id"] == "resolution-9-1"]
        nine_one["recalls"][0].update(edit)

    data_copy.edit("resolutions.json", change)
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert info.value.record == "'resolution-9-1'"
    assert str(info.value).endswith(problem)


def test_texts_are_found_from_an_index_by_every_way_they_are_written() -> None:
    from untoc import _store, queries

    texts = _store.loaded("resolutions")
    index, by_topic = texts.memo(queries._text_spellings), texts.memo(queries._texts_by_topic)
    text = untoc.resolution("12/4")
    for spelling in (text.id, "Resolution 12/4", "resolution 12/4", "12/4"):
        assert index.by_spelling[spelling] is text
    # "6/1" names both resolution 6/1 and decision 6/1: the index leaves it to the slow way.
    assert "6/1" not in index.by_spelling
    assert len(index.by_symbol[(6, 1)]) == 2
    firearms = untoc.resolutions(topic="firearms")
    for spelling in ("firearms", "Firearms", "guns"):
        assert by_topic[spelling] == firearms
    assert untoc.resolutions_by_topic("Guns") == firearms  # not as written: the slow way
    assert type(by_topic["corruption"]) is untoc.Records and not by_topic["corruption"]  # no text


def test_a_name_two_topics_share_is_ambiguous_not_the_first_topics(data_copy: Any) -> None:
    def share(rows: Any) -> None:
        for row in rows:
            if row["slug"] in {"firearms", "smuggling-of-migrants"}:
                row["aliases"] = [*row.get("aliases", []), "trafficking by land"]

    data_copy.edit("topics.json", share)
    for spelling in ("trafficking by land", "Trafficking By Land"):
        with pytest.raises(untoc.AmbiguousError) as info:
            untoc.resolutions_by_topic(spelling)
        assert info.value.candidates == ("Firearms", "Smuggling of migrants")
        with pytest.raises(untoc.AmbiguousError):
            untoc.topic(spelling)
    assert untoc.resolutions_by_topic("guns") == untoc.resolutions(topic="firearms")


def test_a_topic_no_text_is_tagged_with_gives_no_texts_however_it_is_written() -> None:
    # topics.json holds "Corruption"; no text in resolutions.json is tagged with it.
    for spelling in ("corruption", "Corruption", "  CORRUPTION  "):
        found = untoc.resolutions_by_topic(spelling)
        assert type(found) is untoc.Records and len(found) == 0


def test_a_session_holds_the_party_counts_stated_at_it() -> None:
    # stated_party_counts.json: one count stated at COP3 (126 parties to the Convention), none
    # at COP6; each session holds the ones its number names, composed at load.
    (cop3,) = untoc.session(3).stated_party_counts
    assert (cop3.instrument, cop3.value, cop3.session) == ("convention", 126, 3)
    assert untoc.session(6).stated_party_counts == ()
    for session in untoc.sessions():
        stated = tuple(c for c in untoc.stated_party_counts() if c.session == session.number)
        assert session.stated_party_counts == stated


def test_a_key_whose_hash_fails_is_refused_as_a_wrong_type() -> None:
    class Unhashable:
        def __hash__(self) -> int:
            raise RuntimeError("no hash")

    with pytest.raises(untoc.InvalidTypeError, match="must be a str, not Unhashable"):
        untoc.resolution(Unhashable())  # type: ignore[arg-type]
