"""Keys callers pass are parsed one way everywhere, and nothing is guessed (issue #10)."""

from __future__ import annotations

import datetime as dt

import pytest

import untoc
from untoc import _keys

# Strings that 0.5 turned into a session number by dropping punctuation.
NOT_SESSION_NUMBERS = [
    "1.2",
    "1/2",
    "1-2",
    "½",
    "12\x00",
    "COP\u200b12",
    "1/0",
    "-1",
    "COP-12",
    "",
    "12th",
    "twelve",
]


@pytest.mark.parametrize("text", NOT_SESSION_NUMBERS)
def test_a_string_that_is_not_a_session_number_raises(text: str) -> None:
    with pytest.raises(untoc.InvalidArgumentError, match="not a session number"):
        untoc.session(text)


@pytest.mark.parametrize(
    ("key", "number"),
    [
        (12, 12),
        ("12", 12),
        (" 12 ", 12),
        ("COP12", 12),
        ("cop 12", 12),
        ("Cop12", 12),
        ("twelfth", 12),
        (" First ", 1),
        ("007", 7),
    ],
)
def test_the_forms_of_a_session_number(key: object, number: int) -> None:
    assert untoc.session(key).number == number  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [True, False, 1.0, None, b"12", [12]])
def test_a_session_number_has_a_type(key: object) -> None:
    with pytest.raises(untoc.InvalidTypeError):
        untoc.session(key)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [0, -1])
def test_session_numbers_start_at_one(key: int) -> None:
    with pytest.raises(untoc.InvalidArgumentError, match="start at 1"):
        untoc.session(key)


def test_a_huge_session_number_is_not_found_and_the_message_survives() -> None:
    with pytest.raises(untoc.NotFoundError, match="very large integer"):
        untoc.session(10**5000)
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.session("9" * 5000)


def test_the_same_parser_serves_every_session_argument() -> None:
    for call in (
        lambda key: untoc.resolutions(session=key),
        lambda key: untoc.events(session=key),
        lambda key: untoc.statements(session=key),
        lambda key: untoc.participation_summary(key),
        lambda key: untoc.coverage().session(key),
        lambda key: untoc.participation_summary().row(key),
    ):
        with pytest.raises(untoc.InvalidArgumentError):
            call("1/2")
        with pytest.raises(untoc.InvalidTypeError):
            call(True)


def test_a_year_is_an_int_not_a_bool() -> None:
    (day,) = untoc.observances()
    assert day.date_in(2025) == dt.date(2025, 11, 15)
    with pytest.raises(untoc.InvalidTypeError):
        day.date_in(True)  # type: ignore[arg-type]
    with pytest.raises(untoc.InvalidArgumentError):
        day.date_in(0)
    with pytest.raises(untoc.InvalidTypeError):
        day.theme_in("2024")  # type: ignore[arg-type]


def test_text_kinds() -> None:
    cop12 = untoc.session(12)
    assert cop12.held_count("resolutions") == cop12.held_count("Resolution") == 4
    assert cop12.held_count("decisions") == 0
    with pytest.raises(untoc.InvalidArgumentError, match="'resolution' or 'decision'"):
        cop12.held_count("recommendation")
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.resolutions(kind="res")


@pytest.mark.parametrize(
    ("text", "day"),
    [("2018-10-15", dt.date(2018, 10, 15)), (dt.date(2018, 10, 15), dt.date(2018, 10, 15))],
)
def test_dates_are_dates_or_iso_strings(text: object, day: dt.date) -> None:
    assert _keys.day(text) == day


@pytest.mark.parametrize(
    "text",
    ["20181015", "2018-W42-1", "2018-10-15T00:00", "15/10/2018", "2018-02-30", " 2018-10-15"],
)
def test_loose_date_strings_are_refused(text: str) -> None:
    with pytest.raises(untoc.InvalidArgumentError, match="YYYY-MM-DD"):
        untoc.party_count("convention", as_of=text)


def test_a_datetime_is_not_a_date() -> None:
    with pytest.raises(untoc.InvalidTypeError, match="datetime"):
        untoc.party_count("convention", as_of=dt.datetime(2018, 10, 15))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "key",
    [
        "convention",
        "Palermo Convention",
        "UNTOC",
        "United Nations Convention against Transnational Organized Crime",
        "XVIII-12",
        "xviii 12",
    ],
)
def test_instrument_names_people_use(key: str) -> None:
    assert untoc.instrument(key).slug == "convention"


@pytest.mark.parametrize(
    ("key", "slug"),
    [
        ("XVIII-12-a", "trafficking-protocol"),
        ("Trafficking Protocol", "trafficking-protocol"),
        ("XVIII-12-b", "smuggling-protocol"),
        ("Firearms Protocol", "firearms-protocol"),
        ("XVIII-12-c", "firearms-protocol"),
    ],
)
def test_instruments_by_chapter_and_short_name(key: str, slug: str) -> None:
    assert untoc.instrument(key).slug == slug


def test_instrument_keys_are_forgiving_the_same_way_on_records() -> None:
    turkey = untoc.participant("Türkiye")
    by_slug = turkey.action("firearms-protocol")
    assert by_slug is not None and by_slug.consent == dt.date(2004, 5, 4)
    for key in ("Firearms Protocol", "XVIII-12-c", untoc.instrument("firearms-protocol")):
        assert turkey.action(key) == by_slug
    with pytest.raises(untoc.NotFoundError):
        turkey.action("Firearm Protokol")


def test_a_participant_without_an_action_under_an_instrument() -> None:
    # The Holy See is in the Convention's table only (signature and ratification, 2012).
    holy_see = untoc.participant("VAT")
    assert holy_see.action("convention") is not None
    assert holy_see.action("firearms-protocol") is None
    assert not holy_see.is_party("firearms-protocol")


def test_key_index_pickles_and_compares() -> None:
    import pickle

    index = _keys.KeyIndex("thing", {"a": ["Alpha"]})
    assert pickle.loads(pickle.dumps(index)) == index
    assert index.resolve("ALPHA") == "a"
    with pytest.raises(untoc.NotFoundError) as info:
        index.resolve("Alpah")
    assert info.value.suggestions == ("a",)


def test_keys_longer_than_any_key_fail_fast() -> None:
    with pytest.raises(untoc.NotFoundError):
        untoc.topic("x" * 100_000)
    with pytest.raises(untoc.NotFoundError):
        untoc.resolution("12/4" + " " * 100_000)
