"""Keys callers pass are parsed one way everywhere, and nothing is guessed (issue #10)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

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
        day.date_in(True)
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
        untoc.party_count("convention", as_of=dt.datetime(2018, 10, 15))


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


def test_a_name_two_records_give_names_neither() -> None:
    import pickle

    index = _keys.KeyIndex(
        "country", {"COG": ["Congo", "Republic of the Congo"], "COD": ["DR Congo", "congo"]}
    )
    for spelling in ("Congo", "congo", " CONGO "):
        with pytest.raises(untoc.AmbiguousError) as info:
            index.resolve(spelling)
        assert info.value.candidates == ("Congo", "DR Congo")  # each by its first name
    assert "Congo" not in index and "congo" not in index
    assert index.resolve("republic of the congo") == "COG"
    assert index.resolve("DR Congo") == "COD"
    copy = pickle.loads(pickle.dumps(index))
    assert copy == index
    with pytest.raises(untoc.AmbiguousError):
        copy.resolve("Congo")
    # A record may give one spelling twice ("a" is its key and its name): that is no clash.
    assert _keys.KeyIndex("thing", {"a": ["a", "A"]}).resolve("A") == "a"


def test_keys_longer_than_any_key_fail_fast() -> None:
    with pytest.raises(untoc.NotFoundError):
        untoc.topic("x" * 100_000)
    with pytest.raises(untoc.NotFoundError):
        untoc.resolution("12/4" + " " * 100_000)


def test_messages_say_what_was_wrong_and_what_is_valid() -> None:
    cases: list[tuple[Callable[[], object], type[Exception], str]] = [
        (
            lambda: untoc.session(True),
            untoc.InvalidTypeError,
            "a session number must be an int, not bool",
        ),
        (
            lambda: untoc.session("1/2"),
            untoc.InvalidArgumentError,
            "'1/2' is not a session number (valid forms: 12, '12', 'COP12', 'twelfth')",
        ),
        (lambda: untoc.session(0), untoc.InvalidArgumentError, "session numbers start at 1, not 0"),
        (
            lambda: untoc.session(-7),
            untoc.InvalidArgumentError,
            "session numbers start at 1, not -7",
        ),
        (
            lambda: untoc.resolutions(kind=3),  # type: ignore[arg-type]
            untoc.InvalidTypeError,
            "kind must be a str, not int",
        ),
        (
            lambda: untoc.resolutions(kind="res"),
            untoc.InvalidArgumentError,
            "kind must be 'resolution' or 'decision', not 'res'",
        ),
        (
            lambda: untoc.observances()[0].date_in(True),
            untoc.InvalidTypeError,
            "year must be an int, not bool",
        ),
        (
            lambda: untoc.observances()[0].date_in(10_000),
            untoc.InvalidArgumentError,
            "year must be from 1 to 9999, not 10000",
        ),
        (
            lambda: untoc.party_count("convention", as_of=5),  # type: ignore[arg-type]
            untoc.InvalidTypeError,
            "as_of (a datetime.date or 'YYYY-MM-DD') must be a str, not int",
        ),
        (
            lambda: untoc.party_count("convention", as_of="2018"),
            untoc.InvalidArgumentError,
            "as_of must be an ISO date 'YYYY-MM-DD', not '2018'",
        ),
        (
            lambda: untoc.topic(5),  # type: ignore[arg-type]
            untoc.InvalidTypeError,
            "topic must be a str, not int",
        ),
        (
            lambda: untoc.source(5),  # type: ignore[arg-type]
            untoc.InvalidTypeError,
            "source id must be a str, not int",
        ),
    ]
    for call, error, message in cases:
        with pytest.raises(error) as info:
            call()
        assert str(info.value) == message


@pytest.mark.parametrize(("year", "valid"), [(0, False), (1, True), (9999, True), (10_000, False)])
def test_the_years_a_date_can_have(year: int, valid: bool) -> None:
    (day,) = untoc.observances()
    if valid:
        assert day.date_in(year).year == year
    else:
        with pytest.raises(untoc.InvalidArgumentError):
            day.date_in(year)


def test_session_one_and_the_ordinal_words_up_to_twenty() -> None:
    assert untoc.session("1").number == untoc.session(1).number == 1
    assert _keys.ordinal(20) == "twentieth"
    assert _keys.ordinal(21) == "21th" or _keys.ordinal(21) == "21st"
    assert _keys.session_number("twentieth") == 20
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.session("0")


def test_a_key_of_the_longest_length_is_looked_up_a_longer_one_refused() -> None:
    longest = "x" * _keys.MAX_KEY_LENGTH
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.topic(longest)
    assert "keys of at most" not in str(info.value)
    with pytest.raises(untoc.NotFoundError, match="keys of at most 200 characters"):
        untoc.topic(longest + "x")
    with pytest.raises(untoc.NotFoundError, match="keys of at most 200 characters"):
        untoc.source("y" * 201)
    with pytest.raises(untoc.NotFoundError, match="keys of at most 200 characters"):
        untoc.resolution("z" * 201)


def test_long_values_are_cut_in_messages() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.topic("abc" * 30)
    assert "'" + "abc" * 18 + "ab..." in str(info.value)
    with pytest.raises(untoc.InvalidArgumentError) as info2:
        untoc.session("9" * 100)
    assert str(info2.value).startswith("'" + "9" * 56 + "... is not a session number")


def test_close_matches_are_few_and_close() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.topic("traficking in persons")
    assert info.value.suggestions[0] == "trafficking-in-persons"
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.topic("zzzzzzzz")
    assert info.value.suggestions == ()
    index = _keys.KeyIndex("thing", {f"key{i}": [f"name {i}"] for i in range(10)})
    with pytest.raises(untoc.NotFoundError) as info:
        index.resolve("name")
    assert len(info.value.suggestions) == 3


def test_a_choice_names_what_was_asked_and_the_valid_ones() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.session(12).participation.get("particpants")
    error = info.value
    assert (error.what, error.query, error.suggestions) == (
        "participation measure",
        "particpants",
        ("participants",),
    )
    assert "valid: participants, delegates" in str(error)


def test_key_index_names_its_kind_in_errors() -> None:
    index = _keys.KeyIndex("instrument", {"convention": ["Palermo Convention"]})
    with pytest.raises(untoc.NotFoundError) as info:
        index.resolve("Palermo Conventoin")
    assert (info.value.what, info.value.query) == ("instrument", "Palermo Conventoin")
    assert str(info.value).endswith("(valid: convention)")
    with pytest.raises(untoc.InvalidTypeError, match="instrument must be a str"):
        index.resolve(3)
    assert index.keys_in_order == ("convention",)
