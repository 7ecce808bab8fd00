"""What a reader sees at the REPL and in Jupyter (issue #12)."""

from __future__ import annotations

import re

import untoc


def test_a_long_collection_prints_its_ends_and_a_count() -> None:
    text = repr(untoc.resolutions())
    lines = text.splitlines()
    assert lines[0] == "<61 Resolution records>"
    assert lines[1].startswith(" 0  Decision 1/1: Adoption of the rules of procedure")
    assert "    ..." in lines
    assert lines[-1].startswith("60  Resolution (COP12, number unknown)")
    assert len(lines) == 12
    assert max(len(line) for line in lines) <= 100


def test_a_short_collection_prints_every_row() -> None:
    lines = repr(untoc.resolutions(session=12)).splitlines()
    assert lines[0] == "<4 Resolution records>"
    assert len(lines) == 5


def test_an_empty_collection() -> None:
    assert repr(untoc.resolutions(session=12, kind="decision")) == "Records([])"


def test_a_record_prints_concisely() -> None:
    text = repr(untoc.session(12))
    assert text.startswith("Session(number=12, start=datetime.date(2024, 10, 14)")
    assert "sources=<8 sources>" in text
    assert "notes" not in text and "quote" not in text
    assert len(text) < 300


def test_the_html_of_a_record_cites_its_sources_and_folds_notes() -> None:
    html = untoc.session(12)._repr_html_()
    assert html.startswith("<p><strong>COP12 (twelfth session), Vienna")
    assert '<ol class="untoc-sources"><li id="source-1">' in html  # numbered as marks link them
    assert re.search(r"<li id=\"source-\d+\">UNODC, “Four resolutions passed", html)
    assert "<details><summary>notes, quotes and other fields</summary>" in html
    main = html.split("<details>")[0]
    assert "participants: a record 1,400" in main
    assert "discrepancies" not in main and "quote" not in main


def test_the_html_of_a_collection_uses_the_table_columns() -> None:
    html = untoc.resolutions()._repr_html_()
    assert html.startswith("<table><caption>61 Resolution records</caption>")
    head = html.split("</thead>")[0]
    for column in ("label", "title", "topics", "sources"):
        assert f"<th>{column}</th>" in head
    assert html.count("<tr>") == 1 + 10 + 1 + 10


def test_slices_stay_collections() -> None:
    first = untoc.resolutions()[:3]
    assert type(first).__name__ == "Records"
    assert repr(first).startswith("<3 Resolution records>")
