"""Search: ranked, exact about its limit, and helpful when nothing matches."""

from __future__ import annotations

import pytest

import untoc


def test_a_phrase_in_a_title_or_subject_ranks_first() -> None:
    hits = untoc.search("cultural property", limit=None)
    assert [h.record.label for h in hits] == [
        "Resolution 5/7",
        "Resolution (COP11, number unknown)",
    ]
    assert hits[0].score == hits[1].score == 60 and hits[0].field == "subject"


def test_phrase_matches_outrank_word_matches() -> None:
    hits = untoc.search("smuggling of migrants", limit=None)
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)
    phrase = [h for h in hits if "smuggling of migrants" in str(h.record).casefold()]
    assert phrase and hits[0] in phrase


@pytest.mark.parametrize("limit", [1, 2, 5])
def test_the_limit_is_exact(limit: int) -> None:
    assert len(untoc.search("protocol", limit=limit)) == limit
    assert len(untoc.search("protocol", limit=None)) == 27


def test_accents_and_case_are_ignored() -> None:
    # Resolution 5/4 is held by its Spanish title "Fabricación y tráfico ilícitos de armas ...".
    hits = untoc.search("trafico ilicitos de armas")
    assert "Resolution 5/4" in [h.record.label for h in hits]
    assert untoc.search("TRÁFICO ILÍCITOS DE ARMAS") == hits


def test_nothing_matching_suggests_close_words() -> None:
    result = untoc.search("firarms")
    assert result == ()
    assert result.suggestions == ("firearms", "firearm")
    assert repr(result) == "<no match; did you mean 'firearms', 'firearm'?>"


def test_blank_and_long_queries() -> None:
    assert untoc.search("   ") == ()
    assert untoc.search("x" * 10_000_000) == ()


def test_search_arguments_are_checked() -> None:
    with pytest.raises(untoc.InvalidTypeError):
        untoc.search(12)  # type: ignore[arg-type]
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.search("x", limit=0)
    with pytest.raises(untoc.InvalidTypeError):
        untoc.search("x", limit=True)
