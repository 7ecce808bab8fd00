"""States parties: facts from the sources, and counts that say whether they are exact (issue #10).

Dates and counts below are read in the sources the records cite: the UN Information Service's
releases of 2003-2005, UNODC's status pages of 26 September 2008, the UN Treaty Collection's
status headers of 2024, the Czech notice 18/2015 Sb. m. s. and the Korean treaty record.
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import untoc
from untoc.membership import party_table, ratification_timeline

D = dt.date
ROOT = Path(__file__).resolve().parent.parent
INSTRUMENTS = [i.slug for i in untoc.instruments()]
RECONCILIATIONS = json.loads((ROOT / "research/parties/reconciliations.json").read_text("utf-8"))


def test_the_hundredth_party_to_the_convention() -> None:
    # UNIS/CP/510: "Uruguay became the 100th Party ... on 4 March 2005".
    assert untoc.party_count("convention", as_of=D(2005, 3, 4)) == 100
    assert untoc.party_count("convention", as_of=D(2005, 3, 3)) == 99
    uruguay = untoc.participant("Uruguay").action("convention")
    assert uruguay is not None and uruguay.consent == D(2005, 3, 4)


@pytest.mark.parametrize(
    ("instrument", "day", "count"),
    [
        ("convention", D(2003, 7, 1), 40),  # UNIS/CP/439: the fortieth instrument, 1 July
        ("trafficking-protocol", D(2008, 9, 26), 124),  # UNODC status page, 26/09/2008
        ("firearms-protocol", D(2008, 9, 26), 77),  # UNODC status page, 26/09/2008
        ("firearms-protocol", D(2005, 4, 4), 40),  # UNIS/CP/517: Poland's, the 40th
    ],
)
def test_counts_on_dates_sources_give(instrument: str, day: dt.date, count: int) -> None:
    answer = untoc.party_count(instrument, as_of=day)
    assert answer == count
    assert answer.precision == "exact"
    assert str(answer) == f"{count:,}"


@pytest.mark.parametrize(
    ("instrument", "entry"),
    [
        ("convention", D(2003, 9, 29)),
        ("trafficking-protocol", D(2003, 12, 25)),
        ("smuggling-protocol", D(2004, 1, 28)),
        ("firearms-protocol", D(2005, 7, 3)),
    ],
)
def test_entry_into_force_of_each_instrument(instrument: str, entry: dt.date) -> None:
    assert untoc.instrument(instrument).entry_into_force == entry


def test_entry_into_force_for_a_party_as_its_notice_states() -> None:
    # Czech notice 18/2015: deposit 17 December 2014, in force for the Republic 16 January 2015.
    czech = untoc.participant("Czechia").action("trafficking-protocol")
    assert czech is not None
    assert (czech.consent, czech.in_force) == (D(2014, 12, 17), D(2015, 1, 16))
    # Korean treaty record: deposit 2015.11.5, entry into force 2015.12.5.
    korea = untoc.participant("Republic of Korea").action("convention")
    assert korea is not None
    assert (korea.consent, korea.in_force) == (D(2015, 11, 5), D(2015, 12, 5))
    # An early party: in force with the Convention itself (Armenia, the 40th, 1 July 2003).
    armenia = untoc.participant("ARM").action("convention")
    assert armenia is not None and armenia.in_force == D(2003, 9, 29)


def test_every_stated_count_inside_a_window_is_reproduced_or_explained() -> None:
    explained = {(r["instrument"], r["as_of"]): r for r in RECONCILIATIONS["reconciliations"]}
    checked = 0
    for count in untoc.stated_party_counts():
        table = party_table(count.instrument)
        if (
            count.measure != "parties"
            or count.as_of is None
            or count.as_of > table.complete_through
        ):
            continue
        computed = untoc.party_count(count.instrument, as_of=count.as_of)
        reason = explained.get((count.instrument, count.as_of.isoformat()))
        if reason is None:
            assert computed == count.value, count
            assert count.reconciliation is None
        else:  # the table's count is the one the reconciliation names, and differs
            assert computed == reason["table_count"] != count.value
            assert count.reconciliation == reason["reconciliation"]
        checked += 1
    assert checked == 23


def test_past_the_window_a_count_is_a_lower_bound_with_the_stated_count() -> None:
    count = untoc.party_count("firearms-protocol")
    assert count.precision == "lower-bound"
    assert count.qualifier == "at least"
    assert count.complete_through == D(2014, 3, 21)
    # UN Treaty Collection, status of XVIII-12-c as at 04-05-2024: "Parties : 123".
    assert count.stated is not None
    assert (count.stated.value, count.stated.as_of) == (123, D(2024, 5, 4))
    assert "untc-2024-05-04-xviii-12-c-status" in count.stated.sources
    assert str(count).startswith(f"at least {count.value} ")
    assert "123 stated as of 2024-05-04" in str(count)
    assert count != count.value
    with pytest.raises(untoc.InvalidArgumentError, match="lower bound"):
        int(count)
    with pytest.raises(ValueError, match="lower bound"):
        count + 1


def test_the_stated_count_carried_is_the_latest_on_or_before_the_date() -> None:
    on_cop9 = untoc.party_count("convention", as_of="2018-10-19")
    assert on_cop9.stated is not None
    # UNODC, 19 October 2018: "189 parties".
    assert (on_cop9.stated.value, on_cop9.stated.as_of) == (189, D(2018, 10, 19))
    before = untoc.party_count("convention", as_of="2018-10-18")
    assert before.stated is not None and before.stated.as_of < D(2018, 10, 19)


def test_inside_the_window_the_count_is_exact_and_behaves_as_an_int() -> None:
    count = untoc.party_count("convention", as_of=D(2005, 3, 4))
    assert count.stated is None
    assert int(count) == 100 and count + 1 == 101 and 1 + count == 101
    assert count > 99 and count <= 100
    assert hash(count) == hash(100)
    assert {count: "x"}[100] == "x"
    assert list(range(5))[count - 96] == 4


@settings(max_examples=150, deadline=None)
@given(
    instrument=st.sampled_from(INSTRUMENTS),
    day=st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31)),
)
def test_counts_are_monotone_in_the_date(instrument: str, day: dt.date) -> None:
    before = untoc.party_count(instrument, as_of=day - dt.timedelta(days=1))
    after = untoc.party_count(instrument, as_of=day)
    assert before.value <= after.value
    window = party_table(instrument).complete_through
    assert after.precision == ("exact" if day <= window else "lower-bound")


def test_a_lower_bound_never_exceeds_the_count_stated_on_its_date() -> None:
    checked = 0
    for count in untoc.stated_party_counts():
        if count.measure != "parties" or count.as_of is None:
            continue
        if count.as_of <= party_table(count.instrument).complete_through:
            continue
        bound = untoc.party_count(count.instrument, as_of=count.as_of)
        assert bound.value <= count.value, (count, bound)
        checked += 1
    assert checked >= 20


@settings(max_examples=60, deadline=None)
@given(
    instrument=st.sampled_from(INSTRUMENTS),
    day=st.dates(min_value=D(2000, 1, 1), max_value=D(2014, 3, 21)),
)
def test_parties_are_the_participants_whose_consent_is_on_or_before_the_date(
    instrument: str, day: dt.date
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        got = {p.code for p in untoc.parties(instrument, as_of=day)}
    wanted = {
        p.code
        for p in untoc.participants()
        for a in p.actions
        if a.instrument == instrument and a.consent is not None and a.consent <= day
    }
    assert got == wanted
    assert len(got) == untoc.party_count(instrument, as_of=day).value


def test_a_list_past_the_window_warns_and_inside_it_does_not() -> None:
    table = party_table("convention")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        untoc.parties("convention", as_of=table.complete_through)
    with pytest.warns(untoc.IncompleteDataWarning, match="complete through 2013-09-24"):
        untoc.parties("convention", as_of=table.complete_through + dt.timedelta(days=1))
    with pytest.warns(untoc.IncompleteDataWarning):
        untoc.parties("convention")


@pytest.mark.parametrize(
    ("instrument", "through"),
    [
        ("convention", D(2013, 9, 24)),
        ("trafficking-protocol", D(2013, 7, 16)),
        ("smuggling-protocol", D(2013, 9, 24)),
        ("firearms-protocol", D(2014, 3, 21)),
    ],
)
def test_how_far_each_table_reaches(instrument: str, through: dt.date) -> None:
    table = party_table(instrument)
    assert table.complete_through == through
    assert through.isoformat() in table.evidence
    assert table.sources[0].startswith("github-nd-untreaties-")


def test_the_timeline_steps_up_on_each_deposit_date() -> None:
    steps = ratification_timeline("convention")
    assert steps[0][0] == D(2001, 8, 9) or steps[0][1] >= 1
    assert (D(2005, 3, 4), 100) in steps
    days = [d for d, _ in steps]
    assert days == sorted(set(days))
    assert [n for _, n in steps] == sorted(n for _, n in steps)


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
def test_participants_by_code_and_name(key: str, code: str) -> None:
    assert untoc.participant(key).code == code


def test_a_misspelled_participant_suggests() -> None:
    with pytest.raises(untoc.NotFoundError) as info:
        untoc.participant("Itally")
    assert "ITA" in info.value.suggestions


def test_the_european_union_is_a_regional_organization() -> None:
    eu = untoc.participant("EU")
    assert eu.is_regional_organization
    assert not untoc.participant("ITA").is_regional_organization


def test_counts_pickle_and_compare() -> None:
    count = untoc.party_count("firearms-protocol")
    assert pickle.loads(pickle.dumps(count)) == count
    exact = untoc.party_count("convention", as_of="2005-03-04")
    assert pickle.loads(pickle.dumps(exact)) == exact == 100
