"""untoc.search() and untoc.coverage(), and the generated docs pages."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import untoc

ROOT = Path(__file__).resolve().parent.parent


def test_search_is_case_and_accent_insensitive() -> None:
    plain = untoc.search("bienes culturales")
    assert plain
    assert untoc.search("BIENES CULTURALES") == plain
    assert untoc.search("Biénes Culturáles") == plain


def test_search_ranks_title_matches_first() -> None:
    hits = untoc.search("firearms")
    assert hits
    assert hits[0].field == "title"
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_finds_sessions_and_events() -> None:
    assert any(h.kind == "session" for h in untoc.search("twelfth session"))
    assert any(h.kind == "event" for h in untoc.search("ministerial"))


def test_search_limits_and_bad_input() -> None:
    assert len(untoc.search("convention", limit=2)) <= 2
    assert untoc.search("   ") == ()
    assert untoc.search("zzzz-no-such-thing") == ()
    with pytest.raises(TypeError):
        untoc.search(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at least 1"):
        untoc.search("x", limit=0)


def test_coverage_counts_match_the_data() -> None:
    report = untoc.coverage()
    assert [r.session for r in report.sessions] == [s.number for s in untoc.sessions()]
    for row in report.sessions:
        session = untoc.session(row.session)
        assert row.held == len(session.resolutions)
        assert row.numbered + row.unnumbered == row.held
        assert row.titled_in_english + row.titled_in_other_language_only + row.untitled == row.held
    cop4 = report.session(4)
    assert (cop4.stated_total, cop4.held, cop4.missing_texts) == (8, 8, 0)
    assert report.session(2).stated_total is None
    assert report.session(2).missing_texts is None


def test_generated_docs_pages_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "gen_docs.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
