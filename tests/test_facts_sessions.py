"""Every session 1-12, value by value: dates, stated counts and a sample of titles.

The dates of adoption below are those resolution 9/1 recalls ("its decision 1/2 of 7 July 2004",
"its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012, and
7/1 of 10 October 2014").
"""

from __future__ import annotations

import datetime as dt

import pytest

import untoc

D = dt.date

DATES = {
    1: (D(2004, 6, 28), D(2004, 7, 8)),
    2: (D(2005, 10, 10), D(2005, 10, 21)),
    3: (D(2006, 10, 9), D(2006, 10, 18)),
    4: (D(2008, 10, 8), D(2008, 10, 17)),
    5: (D(2010, 10, 18), D(2010, 10, 22)),
    6: (D(2012, 10, 15), D(2012, 10, 19)),
    7: (D(2014, 10, 6), D(2014, 10, 10)),
    8: (D(2016, 10, 17), D(2016, 10, 21)),
    9: (D(2018, 10, 15), D(2018, 10, 19)),
    10: (D(2020, 10, 12), D(2020, 10, 16)),
    11: (D(2022, 10, 17), D(2022, 10, 21)),
    12: (D(2024, 10, 14), D(2024, 10, 18)),
}


def test_every_session_from_2004_to_2024_is_held() -> None:
    assert [s.number for s in untoc.sessions()] == list(range(1, 13))


@pytest.mark.parametrize(("number", "dates"), DATES.items())
def test_dates_and_city(number: int, dates: tuple[dt.date, dt.date]) -> None:
    session = untoc.session(number)
    assert (session.start, session.end) == dates
    assert session.city == "Vienna"


def test_first_session_end_date_disagreement_is_recorded() -> None:
    (discrepancy,) = [d for d in untoc.session(1).discrepancies if d.field == "end"]
    assert discrepancy.chosen == "2004-07-08"
    assert "2004-07-09" in discrepancy.other
    assert discrepancy.other_sources
    assert discrepancy.reason


@pytest.mark.parametrize(
    ("number", "kind", "count"),
    [
        (4, "decision", 8),
        (9, "resolution", 3),
        (9, "decision", 2),
        (11, "resolution", 6),
        (12, "resolution", 4),
    ],
)
def test_stated_counts(number: int, kind: str, count: int) -> None:
    stated = untoc.session(number).stated_count(kind)
    assert stated is not None
    assert stated.value == count
    assert stated.sources


@pytest.mark.parametrize(
    ("symbol", "title"),
    [
        ("Decision 4/4", "Trafficking in human beings"),
        (
            "Decision 4/7",
            "Amendment of rule 18 of the rules of procedure for the Conference of the Parties "
            "to the United Nations Convention against Transnational Organized Crime",
        ),
        (
            "Resolution 9/1",
            "Establishment of the Mechanism for the Review of the Implementation of the United "
            "Nations Convention against Transnational Organized Crime and the Protocols thereto",
        ),
    ],
)
def test_english_titles(symbol: str, title: str) -> None:
    assert untoc.resolution(symbol).title == title


def test_spanish_only_titles_are_kept_in_spanish() -> None:
    r = untoc.resolution("Resolution 5/7")
    assert r.title is None
    assert "bienes culturales" in r.titles["es"]
    assert "cultural-property" in r.topics


@pytest.mark.parametrize(
    ("symbol", "adopted"),
    [
        ("Decision 1/2", D(2004, 7, 7)),
        ("Resolution 5/1", D(2010, 10, 22)),
        ("Resolution 5/5", D(2010, 10, 22)),
        ("Resolution 6/1", D(2012, 10, 19)),
        ("Resolution 7/1", D(2014, 10, 10)),
    ],
)
def test_adoption_dates_recalled_by_resolution_9_1(symbol: str, adopted: dt.date) -> None:
    assert untoc.resolution(symbol).adopted == adopted


def test_symbols_shared_by_a_resolution_and_a_decision() -> None:
    resolution = untoc.resolution("Resolution 6/1")
    decision = untoc.resolution("Decision 6/1")
    assert (resolution.kind, decision.kind) == ("resolution", "decision")
    assert resolution.symbol == decision.symbol == "6/1"
    with pytest.raises(untoc.AmbiguousError) as info:
        untoc.resolution("6/1")
    assert isinstance(info.value, untoc.NotFoundError)
    assert "Resolution 6/1" in str(info.value)
    assert "Decision 6/1" in str(info.value)


def test_review_mechanism_resolution_10_1() -> None:
    r = untoc.resolution("10/1")
    assert r.title is not None
    assert r.title.startswith("Launch of the review process of the Mechanism for the Review")
    assert "review-mechanism" in r.topics


def test_party_counts_on_19_october_2018() -> None:
    on_day = {
        c.instrument: c.value
        for c in untoc.stated_party_counts()
        if c.as_of == D(2018, 10, 19) and c.session == 9
    }
    assert on_day == {
        "convention": 189,
        "trafficking-protocol": 173,
        "smuggling-protocol": 146,
        "firearms-protocol": 115,
    }


def test_cop11_participation_as_stated_after_the_session() -> None:
    p = untoc.session(11).participation
    assert str(p.participants) == "more than 1,500"
    assert p.states is not None
    assert p.states.value == 134
    assert str(p.side_events) == "more than 60"
    # The opening-day figures stay available beside the preferred ones.
    assert {f.value for f in p.all("states")} == {131, 134}


def test_expected_figures_are_not_outcomes() -> None:
    p = untoc.session(8).participation
    assert p.participants is None
    expected = p.get("participants", include_expected=True)
    assert expected is not None
    assert expected.status == "expected"
    assert str(expected) == "around 800 (expected)"


# UNIS/CP/494 (29 June 2004): "The Conference also elected the representatives of Algeria,
# China, Cyprus, Ecuador, Guatemala, Nigeria, Norway and Slovakia as the other members of the
# bureau." The United States at COP5 (vienna.usmission.gov/101018verville): "I look forward to
# serving on your Bureau". No other session's officers are named on a page read.
def test_the_bureau_as_named_and_only_where_named() -> None:
    first = untoc.session(1)
    assert [(o.name, o.country, o.role) for o in first.bureau] == [
        (None, country, "member of the bureau")
        for country in (
            "Algeria",
            "China",
            "Cyprus",
            "Ecuador",
            "Guatemala",
            "Nigeria",
            "Norway",
            "Slovakia",
        )
    ]
    assert "unis-2004-06-29-milestone-conference-opens" in first.sources
    (us,) = untoc.session(5).bureau
    assert (us.name, us.country) == ("Elizabeth Verville", "United States of America")
    assert "usmission-2010-10-18-verville-cop5-opening" in untoc.session(5).sources
    assert [s.number for s in untoc.sessions() if s.bureau] == [1, 5]
    assert first.president is not None and first.president.country == "Philippines"
    assert all(o != first.president for o in first.bureau)


# againsttransnationalorganizedcrimeday.blogspot.com, June 2025: "The group will be expected to
# report on its work at the 13th UNTOC COP in October 2026." No stored page reports it as held.
def test_cop13_is_held_only_as_announced() -> None:
    (cop13,) = untoc.announced_sessions()
    assert (cop13.number, cop13.status, cop13.when_as_stated, cop13.period, cop13.city) == (
        13,
        "announced",
        "October 2026",
        "2026-10",
        None,
    )
    assert cop13.sources == ("againsttocday-2025-06-blog-environmental-crimes-expert-group",)
    assert "13th UNTOC COP in October 2026" in (cop13.quote or "")
    assert str(cop13) == "COP13 (thirteenth session), announced for October 2026"
    assert [s.number for s in untoc.sessions()][-1] == 12
