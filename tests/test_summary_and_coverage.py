"""Participation across sessions and the coverage report, read against the stated figures."""

from __future__ import annotations

import pytest

import untoc


def test_the_largest_stated_figure_and_the_one_called_a_record_are_both_said() -> None:
    high = untoc.participation_summary().high("participants")
    assert high is not None
    # COP11 closing page: "more than 1500 participants"; COP12: "a record 1,400 participants".
    assert (high.session, high.figure.value, high.figure.qualifier) == (11, 1500, "more than")
    assert high.called_record is not None
    assert (high.called_record.session, high.called_record.value) == (12, 1400)
    text = str(high)
    assert "largest stated more than 1,500 at COP11" in text
    assert "called a record" in text and "1,400 at COP12" in text


def test_changes_between_sessions_read_with_their_qualifiers() -> None:
    summary = untoc.participation_summary()
    states = [c for c in summary.changes if c.measure == "states"]
    cop12 = next(c for c in states if c.session == 12)
    # COP11: 134 countries; COP12: 131 States (both stated without qualifier).
    assert (cop12.previous_session, cop12.previous.value, cop12.current.value) == (11, 134, 131)
    assert cop12.difference == -3 and cop12.exact
    participants = next(
        c for c in summary.changes if c.measure == "participants" and c.session == 12
    )
    assert not participants.exact  # "more than 1,500" is a bound


def test_one_session_summary() -> None:
    summary = untoc.participation_summary("COP6")
    assert [r.session for r in summary.rows] == [6]
    assert str(summary.row(6).get("states_parties")) == "107"
    with pytest.raises(untoc.NotFoundError):
        summary.row(7)


def test_coverage_of_a_session() -> None:
    row = untoc.coverage().session(4)
    # The COP4 report lists eight decisions; seven are held with titles, one without a number.
    assert (row.stated_total, row.held, row.unnumbered) == (8, 8, 1)
    assert row.missing_texts == 0
    assert not row.complete


def test_coverage_says_why_no_later_session_is_held() -> None:
    report = untoc.coverage()
    assert [r.session for r in report.sessions] == list(range(1, 13))
    assert "thirteenth" in report.not_held
    assert report.as_of == untoc.data_info().as_of.isoformat()
    with pytest.raises(untoc.NotFoundError, match="thirteenth"):
        report.session(13)
