"""Search: ranked as documented, exact about its limit, and helpful when nothing matches."""

from __future__ import annotations

import pytest

import untoc


def hits(query: str) -> list[tuple[int, str, str, str]]:
    return [(h.score, h.kind, h.field, str(h.record)) for h in untoc.search(query, limit=None)]


def test_a_phrase_in_a_subject_then_in_session_notes() -> None:
    found = hits("cultural property")
    assert [(s, k, f) for s, k, f, _ in found] == [
        (60, "resolution", "subject"),
        (60, "resolution", "subject"),
        (50, "session", "session"),
        (50, "session", "session"),
        (30, "figure", "quote"),
    ]
    assert found[0][3].startswith("Resolution 5/7: ")
    assert found[1][3].startswith("Resolution (COP11, number unknown): ")
    assert found[2][3].startswith("COP5 ") and found[3][3].startswith("COP10 ")


def test_a_phrase_in_a_title_scores_100_a_whole_label_96_part_of_one_80() -> None:
    title = hits("rules of procedure for the Conference of the Parties")
    assert title[0][:3] == (100, "resolution", "title")
    assert title[0][3].startswith("Decision 1/1: ")
    label = hits("Resolution 12/4")
    assert label[0][:3] == (96, "resolution", "label")
    assert label[0][3].startswith("Resolution 12/4: ")
    part = hits("Resolution 12")
    assert part[0][:3] == (80, "resolution", "label")


def test_every_word_without_the_phrase_scores_three_times_the_weight() -> None:
    found = hits("firearms illicit protocol manufacturing")
    assert found[0][:3] == (30, "resolution", "title")
    assert {score for score, *_ in found} <= {30, 24, 18, 15, 12}


def test_a_topic_alias_scores_40() -> None:
    # "small arms" is an alias of the topic firearms and is in no title or subject.
    found = hits("small arms")
    assert found[0][:3] == (40, "resolution", "topic")
    assert len(found) == len(untoc.resolutions_by_topic("firearms"))


def test_events_by_title_and_by_purpose() -> None:
    ministerial = hits("Ministerial event")
    assert ministerial[0][:3] == (100, "event", "title")
    purpose = hits("kick off a month of observance")
    assert purpose[0][:3] == (100, "event", "title")  # the title says so too
    # The NGO briefing's purpose: "To inform participants about the conference modalities".
    described = hits("conference modalities")
    assert described[0][:3] == (50, "event", "purpose")
    assert described[0][3].startswith("NGO briefing")


def test_sessions_by_name_and_ordinal() -> None:
    assert hits("twelfth session")[0][:3] == (50, "session", "session")
    assert hits("twelfth session")[0][3].startswith("COP12 ")


def test_ties_go_to_the_older_record() -> None:
    found = untoc.search("protocol", limit=None)
    same = [h for h in found if h.score == found[0].score and h.kind == "resolution"]
    texts = [h.record for h in same if isinstance(h.record, untoc.Resolution)]
    keys = [(r.session, r.number or 0) for r in texts]
    assert keys == sorted(keys)
    kinds = [h.kind for h in found if h.score == 50]
    assert kinds == sorted(kinds, key=lambda k: k != "resolution")


@pytest.mark.parametrize("limit", [1, 2, 5])
def test_the_limit_is_exact(limit: int) -> None:
    assert len(untoc.search("protocol", limit=limit)) == limit
    # 30 texts, sessions and events, and 34 figures and stated counts whose quotes name one.
    assert len(untoc.search("protocol", limit=None)) == 71
    assert len(untoc.search("protocol")) == 20


def test_accents_and_case_are_ignored() -> None:
    # Resolution 5/4 is held by its Spanish title "Fabricación y tráfico ilícitos de armas ...".
    found = untoc.search("trafico ilicitos de armas")
    assert "Resolution 5/4" in [getattr(h.record, "label", None) for h in found]
    assert untoc.search("TRÁFICO ILÍCITOS DE ARMAS") == found


def test_nothing_matching_suggests_close_words() -> None:
    result = untoc.search("firarms")
    assert list(result) == [] and len(result) == 0 and not result
    assert result.suggestions == ("firearms", "firearm")
    assert repr(result) == "<no match; did you mean 'firearms', 'firearm'?>"
    assert untoc.search("firearms").suggestions == ()


def test_suggestions_skip_words_of_two_letters_and_stop_after_ten_words() -> None:
    assert untoc.search("xq").suggestions == ()
    eleven = " ".join(["zzzzzz"] * 10 + ["firarms"])
    assert untoc.search(eleven).suggestions == ()
    assert untoc.search(" ".join(["zzzzzz"] * 9 + ["firarms"])).suggestions == (
        "firearms",
        "firearm",
    )


def test_an_empty_result_without_suggestions_prints_as_a_collection() -> None:
    assert repr(untoc.search("zzzzzzzz")) == "Records([])"


def test_blank_and_long_queries() -> None:
    assert list(untoc.search("   ")) == []
    assert list(untoc.search("x" * 10_000_000)) == []


def test_the_index_is_built_once() -> None:
    from untoc import fulltext

    untoc.search("firearms")
    assert fulltext._index(None) is fulltext._index(None)


def test_search_arguments_are_checked() -> None:
    with pytest.raises(untoc.InvalidTypeError, match="query must be a str, not int"):
        untoc.search(12)  # type: ignore[arg-type]
    with pytest.raises(untoc.InvalidArgumentError, match="limit must be at least 1, not 0"):
        untoc.search("x", limit=0)
    with pytest.raises(untoc.InvalidTypeError, match="limit must be an int or None"):
        untoc.search("x", limit=True)


# Figures, symbols and names, as a journalist holds them (issue #18) ---------------------------


def _found(query: str) -> list[str]:
    return [str(hit) for hit in untoc.search(query, limit=None)]


def test_a_figure_is_found_as_it_is_written() -> None:
    # UNODC, 18 October 2024: "131 States".
    hits = untoc.search("131 States")
    assert hits[0].kind == "figure" and hits[0].field == "figure"
    cop12 = untoc.session(12).participation.states
    assert cop12 in [h.record for h in hits]
    assert any(str(h).startswith("  84  figure     COP12 states: 131") for h in hits)
    assert untoc.session(12).participation.participants in [
        h.record for h in untoc.search("1,400 participants")
    ]


def test_symbols_and_names_are_found() -> None:
    assert untoc.search("12/4")[0].record == untoc.resolution("12/4")
    assert untoc.search("CTOC/COP/2012/15")[0].record == untoc.session(6)
    president = untoc.session(12).president
    assert president is not None and president.name is not None
    surname = president.name.split()[-1]
    assert untoc.search(surname)[0].record == untoc.session(12)


def test_a_stated_count_is_found_by_its_number() -> None:
    found = untoc.search("192 parties", limit=None)
    hits = [h for h in found if isinstance(h.record, untoc.StatedPartyCount)]
    by_count = [h.record for h in hits if h.field == "count"]
    assert len(by_count) == 5
    assert all(isinstance(c, untoc.StatedPartyCount) and c.value == 192 for c in by_count)
    # The Treaty Collection header "Signatories : 147. Parties : 192" is also the quote of its
    # count of signatories: found by its quote, ranked below every count of 192.
    (by_quote,) = [h for h in hits if h.field != "count"]
    assert isinstance(by_quote.record, untoc.StatedPartyCount) and by_quote is hits[-1]
    assert by_quote.record.id == "convention-2024-05-04-signatories"


def test_a_president_is_found_by_name_and_country_as_the_sessions_own_words_are() -> None:
    # COP1 was presided over by Victor G. Garcia III (Philippines); the session's notes do not
    # name him, so only the president field finds it.
    for query in ("Garcia", "Philippines"):
        (hit,) = untoc.search(query, limit=None)
        assert (hit.record, hit.field) == (untoc.session(1), "president")
    # COP9's President Alessandro Cortese; COP10's notes name him too: equal standing, so the
    # two sessions come in their order.
    hits = untoc.search("Cortese", limit=None)
    assert [(h.record, h.field) for h in hits] == [
        (untoc.session(9), "president"),
        (untoc.session(10), "session"),
    ]
    assert hits[0].score == hits[1].score == untoc.search("Garcia")[0].score


def test_equal_hits_come_with_their_session_then_in_the_records_order() -> None:
    found = untoc.search("192 parties", limit=None)
    ids = [h.record.id for h in found if isinstance(h.record, untoc.StatedPartyCount)]
    # Four counts stated at or around COP12 (session 12), then the Treaty Collection's header,
    # which belongs to no session, then its count of signatories (found by its quote).
    assert ids == [
        "convention-2024-10-16",
        "convention-2024-10-21",
        "convention-undated-8",
        "convention-undated-9",
        "convention-2024-05-04",
        "convention-2024-05-04-signatories",
    ]
    assert {h.kind for h in found} == {"count"}
    vienna = untoc.search("Vienna", limit=None)
    sessions = [h.record for h in vienna if h.kind == "session"]
    assert sessions == list(untoc.sessions()) and vienna[0].field == "session"


def test_scores_say_which_field_matched_and_how() -> None:
    # A whole field scores 12 times its weight: the president (5) "Peter Burian (Slovakia)",
    # a figure (7) "131 states parties" as COP12's figure of States parties reads.
    (hit,) = untoc.search("Peter Burian Slovakia", limit=None)
    assert (hit.record, hit.field, hit.score) == (untoc.session(12), "president", 60)
    top = untoc.search("131 states parties")[0]
    assert (top.record, top.field, top.score) == (
        untoc.session(12).participation.states_parties,
        "figure",
        84,
    )
    # A count (weight 6) holding the phrase scores 60; a quote (weight 3) holding every word, 9.
    found = untoc.search("192 parties", limit=None)
    assert [(h.field, h.score) for h in found] == [("count", 60)] * 5 + [("quote", 9)]


def test_a_session_comes_before_a_record_of_no_session_that_scores_the_same() -> None:
    hits = untoc.search("COP12", limit=None)
    fifty = [h for h in hits if h.score == 50]
    # COP12's own entry, then the 2024 International Day event, which belongs to no session.
    assert [(h.kind, h.field) for h in fifty] == [("session", "session"), ("event", "purpose")]
    assert fifty[0].record == untoc.session(12)
    event = fifty[1].record
    assert isinstance(event, untoc.Event) and event.session is None
    # Within a session, texts and events keep the records' order.
    assert [h.record.id for h in hits if h.score == 100 and isinstance(h.record, untoc.Event)] == [
        "cop12-ministerial-event",
        "cop12-link-to-cop29-azerbaijan",
    ]
