"""Participation across sessions and the coverage report, read against the stated figures."""

from __future__ import annotations

from typing import Any

import pytest

import untoc

DataCopy = Any  # the data_copy fixture (tests/conftest.py)


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


COVERAGE_ROWS = {
    # session: (stated, resolutions, decisions, kind unknown, numbered, unnumbered,
    #           English title, other language only, untitled, missing figures, missing fields)
    1: (
        (),
        0,
        6,
        0,
        6,
        0,
        6,
        0,
        0,
        ("participants", "states", "intergovernmental_organizations", "side_events"),
        ("format",),  # its bureau is named (test_facts_sessions)
    ),
    4: (
        ("8 decisions",),
        0,
        8,
        0,
        7,
        1,
        7,
        0,
        1,
        ("participants", "states", "intergovernmental_organizations", "side_events"),
        ("bureau", "format"),
    ),
    5: (
        (),
        7,
        0,
        0,
        7,
        0,
        0,
        7,
        0,
        ("participants", "states", "intergovernmental_organizations", "side_events"),
        ("format",),  # its bureau is named (test_facts_sessions)
    ),
    9: (
        ("3 resolutions", "2 decisions"),
        3,
        2,
        0,
        5,
        0,
        1,
        4,
        0,
        ("states", "intergovernmental_organizations", "side_events"),
        ("bureau", "format"),
    ),
    10: (
        ("7 resolutions",),
        5,  # the trafficking text: "decisions were taken" (MVD) says no kind
        0,
        1,
        3,
        3,
        4,
        0,
        2,
        ("states", "intergovernmental_organizations", "side_events"),
        ("bureau", "report_symbol"),
    ),
    12: (("4 resolutions",), 4, 0, 0, 1, 3, 1, 0, 3, (), ("bureau", "report_symbol", "format")),
}


@pytest.mark.parametrize(("number", "expected"), COVERAGE_ROWS.items())
def test_coverage_rows_read_against_the_record(number: int, expected: tuple[object, ...]) -> None:
    row = untoc.coverage().session(number)
    got = (
        tuple(str(c) for c in row.stated),
        row.held_resolutions,
        row.held_decisions,
        row.held_kind_unknown,
        row.numbered,
        row.unnumbered,
        row.titled_in_english,
        row.titled_in_other_language_only,
        row.untitled,
        row.missing_figures,
        row.missing_fields,
    )
    assert got == expected
    assert row.year == untoc.session(number).year


def test_missing_texts_and_completeness() -> None:
    report = untoc.coverage()
    assert report.session(10).missing_texts == 1  # seven resolutions stated, six held
    assert report.session(1).missing_texts is None  # no source states how many
    assert report.session(1).stated_total is None
    assert report.session(9).stated_total == 5
    # COP9: five texts stated, five held, each numbered and titled (French or English).
    assert [r.session for r in report.sessions if r.complete] == [9]


def test_coverage_not_held_text() -> None:
    report = untoc.coverage()
    as_of = untoc.data_info().as_of.isoformat()
    assert report.not_held == (
        f"sessions 1 to 12 are held; the data is as of {as_of} and no stored source gives "
        "the dates of a thirteenth session"
    )
    assert report.as_of == as_of
    with pytest.raises(untoc.NotFoundError) as info:
        report.session(13)
    assert (info.value.what, info.value.query) == ("session", 13)


def test_highs_say_only_what_sources_say() -> None:
    summary = untoc.participation_summary()
    texts = {h.measure: str(h) for h in summary.highs}
    assert texts["states"] == "states: largest stated 134 at COP11"
    assert texts["civil_society_organizations"] == (
        "civil society organizations: largest stated a record 212 at COP12 "
        "(called a record by its source)"
    )
    assert texts["side_events"] == "side events: largest stated more than 60 at COP11"
    assert summary.high("states").called_record is None  # type: ignore[union-attr]
    assert summary.high("ministers") is None


def test_a_record_without_its_sense(data_copy: DataCopy) -> None:
    def drop_sense(rows: Any) -> None:
        for row in rows:
            row.pop("record_sense", None)

    data_copy.edit("participation.json", drop_sense)
    high = untoc.participation_summary().high("participants")
    assert str(high).endswith("; called a record: 1,400 at COP12")


def test_a_tie_goes_to_the_earlier_session(data_copy: DataCopy) -> None:
    def tie(rows: Any) -> None:
        for row in rows:
            if row["session"] == 11 and row["measure"] == "states":
                row["value"] = 131

    data_copy.edit("participation.json", tie)
    high = untoc.participation_summary().high("states")
    assert (high.session, high.figure.value) == (11, 131)  # type: ignore[union-attr]


def test_high_and_row_refuse_what_does_not_exist() -> None:
    summary = untoc.participation_summary()
    with pytest.raises(untoc.NotFoundError) as info:
        summary.high("participant")
    assert info.value.what == "participation measure"
    with pytest.raises(untoc.NotFoundError) as info:
        summary.row(3)
    assert (info.value.what, info.value.query) == ("session row", 3)
    assert "sessions with figures: 1, 5, 6" in str(info.value)


def test_every_change_names_both_sessions_and_figures() -> None:
    for change in untoc.participation_summary().changes:
        assert change.previous_session < change.session
        assert change.current.session == change.session
        assert change.previous.session == change.previous_session
        assert change.current.measure == change.previous.measure == change.measure


def test_summaries_and_reports_are_computed_once() -> None:
    assert untoc.participation_summary() is untoc.participation_summary()
    assert untoc.participation_summary(12) is untoc.participation_summary("COP12")
    assert untoc.coverage() is untoc.coverage()


# What a reader sees: the tables behind str(), the notebook view and to_frame() -------------


def _cells(table: Any) -> dict[str, dict[str, str]]:
    """Each row by its first cell, each cell by its column, as printed."""
    return {
        str(row[0]): {
            c: "" if v is None else str(v) for c, v in zip(table.columns, row, strict=True)
        }
        for row in table.rows
    }


def test_the_summary_of_one_session_shows_its_stated_figures() -> None:
    table = untoc.participation_summary(12).table()
    # COP12 (2024): "a record 1,400 participants", 131 States, 131 States parties, 15 IGOs,
    # 212 NGOs, 59 side events; the other measures it states go under the table.
    assert table.caption == (
        "Participation stated per session (preferred reported figure per measure)"
    )
    assert table.columns == (
        "session", "year", "participants", "states", "states parties", "IGOs", "NGOs",
        "side events",
    )  # fmt: skip
    assert _cells(table)["COP12"] == {
        "session": "COP12", "year": "2024", "participants": "a record 1,400", "states": "131",
        "states parties": "131", "IGOs": "15", "NGOs": "212", "side events": "59",
    }  # fmt: skip
    assert table.notes == (
        "Also stated: civil society organizations a record 212; non governmental stakeholders "
        "a record over 500; civil society side events 26; government representatives more "
        "than 770",
        "Figures read as the sources state them; untoc.cite(summary) gives them.",
    )
    # COP1 states only parties among the shown measures: one column, the rest under it.
    cop1 = untoc.participation_summary(1).table()
    assert cop1.columns == ("session", "year", "states parties")
    assert cop1.rows == (("COP1", 2004, _figure(1, "states_parties")),)
    assert cop1.notes[0] == "Also stated: signatories 42; observers 4"
    assert "COP1     2004  57" in str(untoc.participation_summary(1))


def _figure(session: int, measure: str) -> object:
    return untoc.participation_summary(session).row(session).get(measure)


def test_the_summary_of_every_session_shows_a_column_per_measure_some_session_states() -> None:
    table = untoc.participation_summary().table()
    assert table.columns == (
        "session", "year", "participants", "delegates", "states", "states parties", "IGOs",
        "NGOs", "side events",
    )  # fmt: skip
    rows = _cells(table)
    # Sessions that state none of the shown measures have no row (COP2-4, COP8).
    assert list(rows) == ["COP1", "COP5", "COP6", "COP7", "COP9", "COP10", "COP11", "COP12"]
    assert rows["COP6"]["delegates"] == "more than 800"
    assert rows["COP6"]["states parties"] == "107"
    assert rows["COP6"]["states"] == ""
    assert rows["COP11"]["participants"] == "more than 1,500"
    notes = table.notes
    assert notes[0] == "Largest figure stated per measure:"
    assert notes[1] == (
        "  participants: largest stated more than 1,500 at COP11; called a record (in-person): "
        "1,400 at COP12"
    )
    assert "  delegations: largest stated 117 at COP10" in notes
    # Measures no column shows are named (not their figures: they differ per session).
    assert notes[-2] == (
        "Also stated: delegations, signatories, observers, civil society organizations, "
        "non governmental stakeholders, civil society side events, government representatives"
    )
    assert notes[-1].startswith("Figures read as the sources state them")


def test_the_coverage_table_reads_session_by_session() -> None:
    report = untoc.coverage()
    table = report.table()
    assert table.caption == (
        f"What the record holds, session by session (data as of {untoc.data_info().as_of})"
    )
    assert table.columns == (
        "session", "year", "stated", "held", "unnumbered", "English title", "other title",
        "untitled", "figures missing",
    )  # fmt: skip
    rows = _cells(table)
    # COP4's report lists eight decisions, one without a number, one without a title.
    assert rows["COP4"] == {
        "session": "COP4", "year": "2008", "stated": "8", "held": "8", "unnumbered": "1",
        "English title": "7", "other title": "0", "untitled": "1",
        "figures missing": "participants, states, intergovernmental organizations, side events",
    }  # fmt: skip
    assert rows["COP1"]["stated"] == "?"  # no stored source states COP1's total
    assert rows["COP5"]["other title"] == "7"  # held in Spanish only
    assert rows["COP12"]["figures missing"] == "-"
    assert table.notes[0] == report.not_held
    assert "trafficking-in-persons-working-group: 14 meetings held, 4 not dated" in table.notes
    assert "environment-expert-group: 2 meetings held" in table.notes


def test_a_table_shaped_answer_shows_its_table_in_a_repl() -> None:
    # A REPL shows repr(): the table under the answer's name, not 24 kB of nested fields.
    summary = untoc.participation_summary()
    shown = repr(summary).splitlines()
    assert shown[:2] == [
        "<ParticipationSummary>",
        "Participation stated per session (preferred reported figure per measure)",
    ]
    assert repr(summary) == f"<ParticipationSummary>\n{summary}"
    assert "ParticipationRow(" not in repr(summary)
    coverage = untoc.coverage()
    assert repr(coverage).splitlines()[:2] == [
        "<Coverage>",
        f"What the record holds, session by session (data as of {untoc.data_info().as_of})",
    ]
