"""The query API on good and bad input: forgiving about form, never guessing."""

from __future__ import annotations

import pytest

import untoc


def test_sessions_ordered_and_cached() -> None:
    sessions = untoc.sessions()
    assert isinstance(sessions, tuple)
    assert [s.number for s in sessions] == sorted(s.number for s in sessions)
    assert untoc.sessions() is sessions


@pytest.mark.parametrize("key", [12, "12", "COP12", "cop 12", " COP-12 "])
def test_session_forms(key: object) -> None:
    assert untoc.session(key).number == 12  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [0, 99, -1, "COP", "twelve", ""])
def test_session_not_found(key: object) -> None:
    with pytest.raises(untoc.NotFoundError, match="session numbers"):
        untoc.session(key)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [None, 12.0, True, [12], b"12"])
def test_session_wrong_type(key: object) -> None:
    with pytest.raises(TypeError):
        untoc.session(key)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key", ["12/4", "Resolution 12/4", "resolution 12/4", " RES. 12 / 4 ", "resolution-12-4"]
)
def test_resolution_forms(key: str) -> None:
    assert untoc.resolution(key).symbol == "12/4"


def test_resolution_kind_must_match() -> None:
    with pytest.raises(untoc.NotFoundError):
        untoc.resolution("Decision 12/4")


def test_resolution_not_found_lists_what_is_held() -> None:
    with pytest.raises(untoc.NotFoundError, match=r"Resolution 12/4") as info:
        untoc.resolution("12/9")
    assert isinstance(info.value, LookupError)


@pytest.mark.parametrize("key", ["12", "resolution", "12-4", "firearms", ""])
def test_resolution_bad_symbol(key: str) -> None:
    with pytest.raises(untoc.NotFoundError, match="valid"):
        untoc.resolution(key)


def test_resolution_wrong_type() -> None:
    with pytest.raises(untoc.InvalidTypeError):
        untoc.resolution(12.4)  # type: ignore[arg-type]


def test_resolutions_filters() -> None:
    every = untoc.resolutions()
    assert untoc.resolutions() is every
    assert set(untoc.resolutions(session=12)) <= set(every)
    firearms = untoc.resolutions(topic="firearms")
    assert firearms == untoc.resolutions_by_topic("firearms")
    assert all("firearms" in r.topics for r in firearms)
    assert all(r.kind == "resolution" for r in untoc.resolutions(kind="resolution"))
    assert untoc.resolutions(session=12, topic="Firearms", kind="Resolutions") == tuple(
        r for r in untoc.resolutions(session=12) if "firearms" in r.topics
    )
    with pytest.raises(untoc.InvalidArgumentError, match="resolution' or 'decision"):
        untoc.resolutions(kind="recommendation")
    with pytest.raises(untoc.NotFoundError):
        untoc.resolutions(topic="astrology")


@pytest.mark.parametrize(
    ("key", "slug"),
    [
        ("firearms", "firearms"),
        (" Firearms ", "firearms"),
        ("crimes that affect the environment", "environment"),
        ("Technical cooperation", "technical-assistance"),
        ("human trafficking", "trafficking-in-persons"),
        ("trafficking_in_persons", "trafficking-in-persons"),
    ],
)
def test_topic_forms(key: str, slug: str) -> None:
    assert untoc.topic(key).slug == slug


def test_topic_typo_suggests() -> None:
    with pytest.raises(untoc.NotFoundError, match="did you mean 'firearms'") as info:
        untoc.topic("firarms")
    assert info.value.suggestions == ("firearms",)
    assert "environment" in str(info.value)


def test_every_topic_named_by_the_foundation_issue() -> None:
    slugs = {t.slug for t in untoc.topics()}
    assert {
        "environment",
        "firearms",
        "trafficking-in-persons",
        "smuggling-of-migrants",
        "international-cooperation",
        "technical-assistance",
        "review-mechanism",
        "cultural-property",
        "cybercrime",
        "corruption",
        "money-laundering",
        "procedure",
    } <= slugs
    for topic in untoc.topics():
        assert topic.label and topic.description


@pytest.mark.parametrize(
    ("key", "slug"),
    [
        ("convention", "convention"),
        ("trafficking-protocol", "trafficking-protocol"),
        ("smuggling-protocol", "smuggling-protocol"),
        ("Firearms Protocol", "firearms-protocol"),
    ],
)
def test_instrument_forms(key: str, slug: str) -> None:
    assert untoc.instrument(key).slug == slug


def test_instrument_typo() -> None:
    with pytest.raises(untoc.NotFoundError, match="firearms-protocol"):
        untoc.instrument("firearms protocl")


def test_sources_resolve_and_cite() -> None:
    for source in untoc.sources():
        assert untoc.source(source.id) is source
        assert source.url in source.cite()
    with pytest.raises(untoc.NotFoundError):
        untoc.source("nope")
    with pytest.raises(untoc.InvalidTypeError):
        untoc.cite(42)


def test_participation_summary() -> None:
    summary = untoc.participation_summary()
    assert untoc.participation_summary() is summary
    assert [r.session for r in summary.rows] == sorted(r.session for r in summary.rows)
    one = untoc.participation_summary(12)
    assert [r.session for r in one.rows] == [12]
    high = summary.high("participants")
    assert high is not None
    assert high.basis in {"stated record", "computed maximum"}
    for change in summary.changes:
        assert change.previous_session < change.session
        assert change.difference == change.current.value - change.previous.value


def test_data_info() -> None:
    info = untoc.data_info()
    assert info.version == untoc.DATA_VERSION
    assert info.counts["sessions"] == len(untoc.sessions())
    with pytest.raises(TypeError):
        info.counts["sessions"] = 0  # type: ignore[index]
