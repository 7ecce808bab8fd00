"""Integrity of the whole bundled dataset: keys unique, references resolve, facts sane."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

import untoc
from untoc.membership import party_table

EVERY_RECORD: list[Any] = [
    *untoc.sessions(),
    *untoc.resolutions(),
    *(f for s in untoc.sessions() for f in s.participation.figures),
    *untoc.stated_party_counts(),
    *untoc.instruments(),
    *untoc.events(),
    *untoc.observances(),
    *untoc.statements(),
    untoc.conference(),
    *(a for p in untoc.participants() for a in p.actions),
    *(party_table(i.slug) for i in untoc.instruments()),
    *untoc.bodies(),
    *(t for b in untoc.bodies() for t in b.texts),
    *untoc.meetings(),
]


def _every_reference() -> list[tuple[str, object, str]]:
    from untoc import _tables
    from untoc.exports import table_records

    return [
        ref for t in _tables.TABLES for r in table_records(t.name) for ref in _tables.references(r)
    ]


def test_every_record_is_sourced_and_every_source_resolves() -> None:
    for record in EVERY_RECORD:
        assert record.sources, record
        for source_id in record.sources:
            untoc.source(source_id)


def test_every_source_is_cited_and_well_formed() -> None:
    cited = {sid for record in EVERY_RECORD for sid in record.sources}
    cited |= {
        sid
        for record in EVERY_RECORD
        for d in getattr(record, "discrepancies", ())
        for sid in d.other_sources
    }
    cited |= {sid for o in untoc.observances() for t in o.themes for sid in t.sources}
    cited |= {sid for table, sid, _ in _every_reference() if table == "sources"}
    for source in untoc.sources():
        assert source.id in cited, f"{source.id} is cited by no record"
        assert source.url.startswith(("http://", "https://"))
        assert source.title is None or source.title.strip() == source.title != ""
        assert source.publisher.strip()
        assert source.kind in {"official", "copy", "secondary"}
        assert len(source.language) == 2
    assert len({s.url for s in untoc.sources()}) == len(untoc.sources())


def test_sessions_numbered_dated_and_ordered() -> None:
    sessions = untoc.sessions()
    numbers = [s.number for s in sessions]
    assert numbers == sorted(set(numbers))
    for earlier, later in itertools.pairwise(sessions):
        assert earlier.end < later.start
    for session in sessions:
        assert 2004 <= session.start.year <= 2026
        assert session.start <= session.end
        assert session.days <= 14
        assert session.city


def test_resolutions_belong_to_sessions_and_respect_stated_counts() -> None:
    numbers = {s.number for s in untoc.sessions()}
    slugs = {t.slug for t in untoc.topics()}
    instruments = {i.slug for i in untoc.instruments()}
    seen: set[tuple[str | None, int, int]] = set()
    for r in untoc.resolutions():
        assert r.session in numbers
        assert r.kind in {"resolution", "decision", None}
        assert set(r.topics) <= slugs, r.id
        assert set(r.instruments) <= instruments, r.id
        assert r.subject.strip()
        if r.number is not None:
            key: tuple[str | None, int, int] = (r.kind, r.session, r.number)
            assert key not in seen, f"duplicate symbol {key}"
            seen.add(key)
            assert r.number >= 1
        if r.adopted is not None:
            session = untoc.session(r.session)
            assert session.start <= r.adopted <= session.end, r.id
    for session in untoc.sessions():
        for kind in ("resolution", "decision"):
            stated = session.stated_count(kind)
            if stated is None or not stated.is_exact:
                continue
            held = [r for r in session.resolutions if r.kind == kind]
            assert len(held) <= stated.value, f"{session.name}: more {kind}s held than stated"
            for r in held:
                assert r.number is None or r.number <= stated.value, f"{r.id} past stated count"


def test_titles_languages() -> None:
    for r in untoc.resolutions():
        for language, text in r.titles.items():
            assert language in {"en", "es", "fr", "ar", "ru", "zh"}
            assert text.strip() == text and text


def test_figures_are_positive_and_qualified() -> None:
    for session in untoc.sessions():
        for figure in session.participation.figures:
            assert figure.value > 0
            assert figure.session == session.number
            assert figure.status in {"reported", "expected"}


def test_party_counts_dated_and_plausible() -> None:
    instruments = {i.slug for i in untoc.instruments()}
    for count in untoc.stated_party_counts():
        assert count.instrument in instruments
        assert 0 < count.value <= 200
        if count.as_of is not None:
            assert dt.date(2000, 1, 1) <= count.as_of <= dt.date(2026, 12, 31)


def test_instruments_dates() -> None:
    for instrument in untoc.instruments():
        assert instrument.adopted is not None
        assert instrument.entry_into_force is not None
        assert instrument.adopted < instrument.entry_into_force
