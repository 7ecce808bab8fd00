"""Every kind of answer a public function returns reads well and cites itself (issue #18): a
``str`` a person reads, an HTML view for notebooks, and ``untoc.cite()`` giving sources."""

from __future__ import annotations

import html
import re
import warnings
from collections.abc import Callable
from typing import Any

import pytest

import untoc


def answers() -> dict[str, Callable[[], Any]]:
    """One call of every public function that returns an answer (exports are tested elsewhere)."""
    return {
        "session": lambda: untoc.session(12),
        "sessions": untoc.sessions,
        "resolution": lambda: untoc.resolution("12/4"),
        "resolutions": lambda: untoc.resolutions(session=12),
        "resolutions_by_topic": lambda: untoc.resolutions_by_topic("firearms"),
        "topic": lambda: untoc.topic("firearms"),
        "topics": untoc.topics,
        "instrument": lambda: untoc.instrument("convention"),
        "instruments": untoc.instruments,
        "events": untoc.events,
        "observances": untoc.observances,
        "statements": untoc.statements,
        "source": lambda: untoc.source("unodc-2024-10-18-cop12-four-resolutions"),
        "sources": untoc.sources,
        "data_info": untoc.data_info,
        "conference": untoc.conference,
        "participant": lambda: untoc.participant("Italy"),
        "participants": lambda: untoc.participants("firearms-protocol"),
        "parties": lambda: untoc.parties("firearms-protocol", as_of="2010-01-01"),
        "party_count (exact)": lambda: untoc.party_count("convention", as_of="2005-03-04"),
        "party_count (bound)": lambda: untoc.party_count("firearms-protocol"),
        "stated_party_counts": lambda: untoc.stated_party_counts("convention"),
        "bodies": untoc.bodies,
        "body": lambda: untoc.body("WG TIP"),
        "meetings": lambda: untoc.meetings("firearms"),
        "participation_summary": untoc.participation_summary,
        "participation_summary (one)": lambda: untoc.participation_summary(12),
        "coverage": untoc.coverage,
        "search": lambda: untoc.search("firearms"),
        "search (one hit)": lambda: untoc.search("firearms")[0],
    }


RAW_REPR = re.compile(r"^[A-Z][A-Za-z]+\(")


@pytest.mark.parametrize("name", sorted(answers()))
def test_every_answer_reads_well_renders_and_cites(name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", untoc.IncompleteDataWarning)
        answer = answers()[name]()
    text = str(answer)
    assert text.strip() and not RAW_REPR.match(text), text[:200]
    html = answer._repr_html_()
    assert isinstance(html, str) and html.startswith("<") and len(html) < 60_000
    assert untoc.cite(answer), name


@pytest.mark.parametrize("name", ["participation_summary", "coverage"])
def test_a_summary_prints_as_a_few_lines_not_a_wall(name: str) -> None:
    text = str(answers()[name]())
    assert text.count("\n") >= 10
    assert len(text) < 4_000
    assert max(len(line) for line in text.splitlines()) < 200


def test_the_summary_cites_the_figures_it_shows() -> None:
    summary = untoc.participation_summary(12)
    cop12 = untoc.session(12).participation
    shown = {i for m in cop12.measures for i in cop12.get(m).sources}  # type: ignore[union-attr]
    assert shown <= set(summary.sources)
    assert untoc.cite(summary)[0] == untoc.source(summary.sources[0]).cite()


def test_a_participant_cites_its_actions() -> None:
    italy = untoc.participant("Italy")
    cited = set(untoc.cite(italy))
    for action in italy.actions:
        assert {untoc.source(i).cite() for i in action.sources} <= cited


def test_a_summary_and_the_report_become_frames() -> None:
    pytest.importorskip("pandas")
    frame = untoc.participation_summary().to_frame()
    assert list(frame.columns[:3]) == ["session", "year", "participants"]
    assert frame.loc[frame.session == "COP12", "participants"].iloc[0] == "a record 1,400"
    report = untoc.coverage().to_frame()
    assert report.loc[report.session == "COP4", "held"].iloc[0] == 8


def test_citations_number_sources_once_in_order_of_first_use() -> None:
    notes = untoc.Citations()
    cop12 = untoc.session(12)
    states = cop12.participation.states
    assert states is not None
    first = notes.mark(states)
    assert first == " [" + ", ".join(str(n) for n in range(1, len(states.sources) + 1)) + "]"
    assert notes.mark(states) == first and notes.ids == states.sources  # cited once
    assert notes.mark(untoc.topic("firearms")) == ""  # untoc's own: no source to number
    later = notes.numbers(cop12)
    assert set(later) >= set(notes.numbers(states)) and len(notes) == len(set(notes.ids))
    lines = notes.render().splitlines()
    assert lines[0] == f"[1] {untoc.source(notes.ids[0]).cite()}" and len(lines) == len(notes)
    assert notes.mark(states, "markdown") == "".join(f"[^{n}]" for n in notes.numbers(states))
    assert notes.render("markdown").startswith(f"[^1]: {untoc.source(notes.ids[0]).cite()} (`")
    html = notes.render("html")
    assert html.startswith('<ol class="untoc-sources"><li id="source-1">')
    assert notes.mark(states, "html").startswith('<sup><a href="#source-1">1</a>')
    assert untoc.Citations().render() == "" and untoc.Citations().render("html") == ""


def test_a_record_is_marked_with_its_own_sources_and_the_list_reads_in_each_style() -> None:
    cop12 = untoc.session(12)
    notes = untoc.Citations()
    # COP12's own eight sources, not the ten cite() finds in it with its texts and figures.
    assert notes.numbers(cop12) == tuple(range(1, len(cop12.sources) + 1))
    assert notes.ids == cop12.sources and len(cop12.sources) < len(untoc.cite(cop12))
    assert notes.mark(["unodc-2024-10-18-cop12-four-resolutions"], "html") == (
        f'<sup><a href="#source-{notes.numbers(["unodc-2024-10-18-cop12-four-resolutions"])[0]}">'
        f"{notes.numbers(['unodc-2024-10-18-cop12-four-resolutions'])[0]}</a></sup>"
    )
    two = untoc.Citations()
    two.mark(cop12.sources[:2])
    assert two.mark(cop12.sources[:2], "html") == (
        '<sup><a href="#source-1">1</a>, <a href="#source-2">2</a></sup>'
    )
    first, second = (untoc.source(i) for i in cop12.sources[:2])
    assert two.render("markdown") == (
        f"[^1]: {first.cite()} (`{first.id}`, {first.kind})\n"
        f"[^2]: {second.cite()} (`{second.id}`, {second.kind})"
    )
    assert two.render("html") == (
        f'<ol class="untoc-sources"><li id="source-1">{html.escape(first.cite())}</li>'
        f'<li id="source-2">{html.escape(second.cite())}</li></ol>'
    )
    unknown = untoc.Citations()
    unknown.mark(["no-such-source"])
    with pytest.raises(untoc.NotFoundError):
        unknown.render()
