"""COP12, value by value, as the UNODC press release of 18 October 2024 and its sister pages state.

Every assertion is a fact read in a stored source; the ids name where.
"""

from __future__ import annotations

import datetime as dt

import untoc

PRESS_RELEASE = "unodc-2024-10-18-cop12-four-resolutions"


def test_session_dates_and_place() -> None:
    cop12 = untoc.session(12)
    assert cop12.start == dt.date(2024, 10, 14)
    assert cop12.end == dt.date(2024, 10, 18)
    assert cop12.city == "Vienna"
    assert PRESS_RELEASE in cop12.sources


def test_conference_meets_every_two_years_with_its_purposes() -> None:
    cop = untoc.conference()
    assert cop.meets_every_years == 2
    assert "review the implementation of the Convention and its Protocols" in cop.purposes
    assert "set the anti-crime agenda for the future" in cop.purposes
    assert PRESS_RELEASE in cop.sources


def test_participation_as_stated() -> None:
    p = untoc.session(12).participation
    assert p.participants is not None
    assert (p.participants.value, p.participants.qualifier) == (1400, "")
    assert p.participants.stated_as_record
    assert str(p.participants) == "a record 1,400"
    assert p.states is not None and p.states.value == 131
    assert p.intergovernmental_organizations is not None
    assert p.intergovernmental_organizations.value == 15
    assert p.non_governmental_organizations is not None
    assert p.non_governmental_organizations.value == 212
    for figure in (p.participants, p.states, p.intergovernmental_organizations):
        assert PRESS_RELEASE in figure.sources
    # The closing speech says "over 1,400": kept beside the press release's figure.
    assert {str(f) for f in p.all("participants")} >= {
        "a record 1,400",
        "over 1,400 (a record, in-person)",
    }


def test_other_stated_figures_keep_qualifiers() -> None:
    p = untoc.session(12).participation
    assert p.government_representatives is not None
    assert str(p.government_representatives) == "more than 770"
    assert p.side_events is not None and p.side_events.value == 59
    assert p.non_governmental_stakeholders is not None
    assert p.non_governmental_stakeholders.qualifier == "over"
    assert p.non_governmental_stakeholders.value == 500


def test_four_resolutions_stated_and_held() -> None:
    cop12 = untoc.session(12)
    stated = cop12.stated_count("resolution")
    assert stated is not None and stated.value == 4
    assert cop12.held_count("resolution") == 4
    topics = {t for r in cop12.resolutions for t in r.topics}
    assert {
        "environment",
        "firearms",
        "technical-assistance",
        "international-cooperation",
    } <= topics


def test_resolution_12_4_is_numbered_and_titled() -> None:
    r = untoc.resolution("12/4")
    assert (r.session, r.number, r.kind, r.symbol) == (12, 4, "resolution", "12/4")
    assert r.title is not None and "crimes that affect the environment" in r.title
    assert "environment" in r.topics


def test_unnumbered_resolutions_are_kept_without_a_guessed_number() -> None:
    unnumbered = [r for r in untoc.resolutions(session=12) if r.number is None]
    assert unnumbered, "COP12 texts whose number no stored page gives"
    for r in unnumbered:
        assert r.symbol is None
        assert r.subject
        assert r.label == "Resolution (COP12, number unknown)"
    firearms = untoc.resolutions(session=12, topic="firearms")
    assert len(firearms) == 1
    assert "technological developments" in firearms[0].subject


def test_ministerial_event() -> None:
    (event,) = [e for e in untoc.events(session=12) if "inisterial" in e.title]
    assert event.start == dt.date(2024, 10, 14)
    roles = {(a.role, a.country) for a in event.attendees}
    assert ("Minister of Justice", "Angola") in roles
    assert ("Minister of Justice", "Italy") in roles
    assert ("Attorney General", "Uganda") in roles
    assert any(a.organization == "UNODC" for a in event.attendees)
    assert event.purpose and "International Day" in event.purpose


def test_international_day() -> None:
    (day,) = untoc.observances()
    assert (day.month, day.day, day.first_observed) == (11, 15, 2024)
    assert day.name.startswith("International Day for the Prevention of and Fight against")
    assert day.proclaimed_by == "General Assembly resolution 78/267"
    assert day.date_reason and "15 November 2000" in day.date_reason
    theme = day.theme_in(2024)
    assert theme is not None and theme.theme


def test_closing_remarks() -> None:
    (remarks,) = [s for s in untoc.statements(session=12) if s.kind == "closing remarks"]
    assert remarks.speaker == "Ghada Waly"
    assert remarks.role == "Executive Director"
    assert remarks.organization == "UNODC"
    assert remarks.date == dt.date(2024, 10, 18)
    assert any("stand together" in q for q in remarks.quotes)


def test_convention_and_protocols() -> None:
    convention = untoc.instrument("convention")
    assert convention.adopted is not None and convention.adopted.year == 2000
    assert {i.slug for i in untoc.instruments()} == {
        "convention",
        "trafficking-protocol",
        "smuggling-protocol",
        "firearms-protocol",
    }
    for instrument in untoc.instruments():
        assert instrument.adopted is not None
        assert instrument.entry_into_force is not None
        assert instrument.entry_into_force > instrument.adopted


def test_stated_party_count() -> None:
    counts = [c for c in untoc.stated_party_counts("convention") if c.session == 12]
    assert counts and all(c.value == 192 for c in counts)


def test_every_cop12_fact_is_cited() -> None:
    cop12 = untoc.session(12)
    records = [cop12, *cop12.resolutions, *cop12.participation.figures, *untoc.events(12)]
    for record in records:
        citations = untoc.cite(record)
        assert citations
        assert all("http" in c for c in citations)
