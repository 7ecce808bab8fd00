"""Participation in the four instruments: the depositary tables, their limits, and the checks
the issue asks for (entry into force from the table, stated counts vs computed counts)."""

from __future__ import annotations

import datetime as dt
import warnings

import pytest

import untoc

D = dt.date
INSTRUMENTS = [i.slug for i in untoc.instruments()]


def consents(instrument: str, *, states_only: bool = False) -> list[dt.date]:
    days = [
        a.consent
        for p in untoc.participants()
        if not (states_only and p.is_regional_organization)
        for a in p.actions
        if a.instrument == instrument and a.consent is not None
    ]
    return sorted(days)


@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_entry_into_force_follows_from_the_table(instrument: str) -> None:
    # 90th day after the 40th instrument; a regional organization's does not count.
    fortieth = consents(instrument, states_only=True)[39]
    expected = fortieth + dt.timedelta(days=90)
    assert untoc.instrument(instrument).entry_into_force == expected


@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_stated_counts_inside_the_window_match_or_are_explained(instrument: str) -> None:
    table = untoc.party_table(instrument)
    checked = 0
    for count in untoc.party_counts(instrument):
        if count.as_of is None or count.as_of > table.complete_through:
            continue
        if count.measure == "signatories":
            computed = sum(
                1
                for p in untoc.participants(instrument)
                if (a := p.action(instrument)) and a.signature and a.signature <= count.as_of
            )
        else:
            computed = untoc.party_count(instrument, as_of=count.as_of)
        assert computed == count.value or count.reconciliation, (count, computed)
        checked += 1
    assert checked >= 3


def test_the_hundredth_party_to_the_convention() -> None:
    assert untoc.party_count("convention", as_of=D(2005, 3, 4)) == 100
    assert untoc.party_count("convention", as_of=D(2005, 3, 3)) == 99
    uruguay = untoc.party("Uruguay").action("convention")
    assert uruguay is not None
    assert uruguay.consent == D(2005, 3, 4)


def test_counts_on_known_dates() -> None:
    assert untoc.party_count("convention", as_of=D(2003, 7, 1)) == 40
    assert untoc.party_count("trafficking-protocol", as_of=D(2008, 9, 26)) == 124
    assert untoc.party_count("firearms-protocol", as_of=D(2008, 9, 26)) == 77


@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_actions_are_consistent(instrument: str) -> None:
    for participant in untoc.participants(instrument):
        action = participant.action(instrument)
        assert action is not None
        assert action.sources
        if action.signature and action.consent:
            assert action.signature <= action.consent, participant
        if action.consent:
            assert action.in_force is not None
            assert action.in_force >= action.consent + dt.timedelta(days=30)
            assert action.in_force >= untoc.instrument(instrument).entry_into_force


def test_entry_into_force_for_a_participant() -> None:
    italy = untoc.party("ITA").action("convention")
    assert italy is not None
    assert italy.consent is not None
    assert italy.in_force == max(
        italy.consent + dt.timedelta(days=30), untoc.instrument("convention").entry_into_force
    )


def test_no_duplicate_participants() -> None:
    codes = [p.code for p in untoc.participants()]
    assert len(codes) == len(set(codes))
    for p in untoc.participants():
        assert p.code == "EUU" or (len(p.code) == 3 and p.code.isupper())


@pytest.mark.parametrize(
    ("key", "code"),
    [
        ("ITA", "ITA"),
        ("ita", "ITA"),
        ("Italy", "ITA"),
        ("IT", "ITA"),
        ("Bolivia", "BOL"),
        ("Türkiye", "TUR"),
        ("turkey", "TUR"),
        ("European Union", "EUU"),
        ("Russia", "RUS"),
    ],
)
def test_party_lookup(key: str, code: str) -> None:
    assert untoc.party(key).code == code


def test_party_miss_suggests() -> None:
    with pytest.raises(untoc.NotFoundError, match="Italy"):
        untoc.party("Itally")


def test_queries_past_the_table_warn() -> None:
    table = untoc.party_table("convention")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        untoc.party_count("convention", as_of=table.complete_through)
    with pytest.warns(untoc.IncompleteDataWarning, match="complete through"):
        untoc.party_count("convention", as_of=table.complete_through + dt.timedelta(days=1))
    with pytest.warns(untoc.IncompleteDataWarning):
        untoc.parties("convention")


def test_tables_say_how_far_they_go() -> None:
    for instrument in INSTRUMENTS:
        table = untoc.party_table(instrument)
        assert D(2013, 1, 1) <= table.complete_through <= D(2014, 12, 31)
        assert table.evidence
        assert table.sources


@pytest.mark.parametrize("session", range(1, 13))
def test_every_session_reports_parties_on_its_opening_day(session: int) -> None:
    s = untoc.session(session)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        counts = [s.parties_count(i) for i in INSTRUMENTS]
    assert all(c > 0 for c in counts)
    assert counts[0] == max(counts)  # the Convention has the most parties


def test_timeline_is_monotone() -> None:
    steps = untoc.ratification_timeline("firearms-protocol")
    days = [d for d, _ in steps]
    values = [n for _, n in steps]
    assert days == sorted(set(days))
    assert values == sorted(values)
    assert values[-1] == len(consents("firearms-protocol"))


def test_as_of_type_checked() -> None:
    with pytest.raises(TypeError):
        untoc.party_count("convention", as_of="2018-10-15")  # type: ignore[arg-type]
