"""The record as a dataset others can reuse (issue #22): a data licence everywhere, a valid
Frictionless data package, per-fact provenance, Datasette metadata served, a citation file."""

from __future__ import annotations

import contextlib
import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

import untoc
from untoc import _tables
from untoc.datapackage import datasette_metadata, descriptor

ROOT = Path(__file__).resolve().parent.parent


def test_the_data_licence_is_named_everywhere(tmp_path: Path) -> None:
    info = untoc.data_info()
    assert (info.licence, info.licence_url) == (
        "CC-BY-4.0",
        "https://creativecommons.org/licenses/by/4.0/",
    )
    assert "CC BY 4.0" in (ROOT / "LICENSE-DATA").read_text("utf-8")
    assert json.loads(untoc.to_json())["manifest"]["licence"] == "CC-BY-4.0"
    untoc.to_sqlite(tmp_path / "x.sqlite")
    with contextlib.closing(sqlite3.connect(tmp_path / "x.sqlite")) as db:
        assert dict(db.execute("SELECT key, value FROM meta"))["licence"] == "CC-BY-4.0"
    assert descriptor()["licenses"][0]["name"] == "CC-BY-4.0"
    assert datasette_metadata()["license_url"] == info.licence_url
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    assert 'license = "MIT AND CC-BY-4.0"' in pyproject and '"LICENSE-DATA"' in pyproject


def test_the_data_package_is_valid_frictionless(tmp_path: Path) -> None:
    frictionless = pytest.importorskip(
        "frictionless", reason="frictionless is in the maintainer extra (make test installs it)"
    )
    path = untoc.to_datapackage(tmp_path / "package")
    report = frictionless.validate(str(path))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:10]
    package = json.loads(path.read_text("utf-8"))
    assert package["version"] == untoc.data_info().version
    names = [r["name"] for r in package["resources"]]
    assert names == [*(t.name for t in _tables.TABLES), "facts"]
    texts = next(r for r in package["resources"] if r["name"] == "resolutions")
    assert texts["schema"]["primaryKey"] == ["id"]
    assert {"fields": ["session"], "reference": {"resource": "sessions", "fields": ["number"]}} in (
        texts["schema"]["foreignKeys"]
    )
    assert (tmp_path / "package" / "LICENSE-DATA").read_text("utf-8").startswith("The untoc data")


def test_the_command_line_writes_the_package(tmp_path: Path) -> None:
    from untoc.cli import main

    assert main(["export", "--format", "datapackage", "--output", str(tmp_path / "p")]) == 0
    assert (tmp_path / "p" / "datapackage.json").is_file()
    assert (tmp_path / "p" / "facts.csv").read_text("utf-8").startswith("table,record,field")


# Per-fact provenance -----------------------------------------------------------------------------


def test_where_131_states_comes_from_is_one_query(tmp_path: Path) -> None:
    untoc.to_sqlite(tmp_path / "untoc.sqlite")
    with contextlib.closing(sqlite3.connect(tmp_path / "untoc.sqlite")) as db:
        rows = db.execute(
            "SELECT source, quote, source_url FROM facts "
            "WHERE \"table\" = 'participation' AND record = 'cop12-states' AND field = 'value'"
        ).fetchall()
        keys = db.execute("PRAGMA foreign_key_list(facts)").fetchall()
    cop12 = untoc.session(12).participation.states
    assert cop12 is not None
    assert {r[0] for r in rows} == set(cop12.sources)
    assert all(r[1] == cop12.quote and "131" in r[1] for r in rows)
    assert [(k[2], k[3], k[4]) for k in keys] == [("sources", "source", "id")]


def test_every_stated_value_is_a_fact() -> None:
    frame = untoc.to_pandas("facts")
    # Every participation figure, text and session date is there, once per source.
    for figure in (f for s in untoc.sessions() for f in s.participation.figures):
        found = frame[(frame.record == figure.id) & (frame.field == "value")]
        assert set(found.source) == set(figure.sources), figure.id
        assert set(found.value) == {str(figure.value)}
    for text in untoc.resolutions():
        assert (
            frame[(frame.record == text.id) & (frame.field == "subject")].value == text.subject
        ).all()
    italy = frame[(frame.table == "participants") & (frame.record == "ITA")]
    assert "actions[0].consent" in set(italy.field)


def _research_text() -> str:
    """Every string the research drafts hold (quotes are copied from them)."""
    out: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            out.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for path in (ROOT / "research").rglob("*.json"):
        walk(json.loads(path.read_text("utf-8")))
    return "\n".join(out)


def test_every_quote_is_what_the_evidence_recorded() -> None:
    evidence = _research_text()
    quotes = {row["quote"] for row in untoc.provenance.facts() if row["quote"]}
    assert len(quotes) > 250
    missing = [q for q in quotes if q not in evidence]
    assert missing == []


# Datasette ---------------------------------------------------------------------------------


def _free_port() -> int:
    with contextlib.closing(socket.socket()) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_datasette_serves_the_export_with_its_licence_and_sources(tmp_path: Path) -> None:
    pytest.importorskip("datasette", reason="datasette is in the maintainer extra")
    from untoc.cli import main

    db = tmp_path / "untoc.sqlite"
    assert main(["export", "--format", "sqlite", "--output", str(db)]) == 0
    metadata = tmp_path / "metadata.json"
    assert json.loads(metadata.read_text("utf-8"))["databases"]["untoc"]["tables"]["sessions"]
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(db),
            "-m",
            str(metadata),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"{base}/-/metadata.json", timeout=2) as r:
                    served = json.loads(r.read())
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail("datasette did not start")
        with urllib.request.urlopen(f"{base}/untoc/sessions", timeout=10) as r:
            page = r.read().decode("utf-8")
    finally:
        server.terminate()
        server.wait(10)
        assert server.stderr is not None
        server.stderr.close()
    assert served["license"] == "Creative Commons Attribution 4.0 International"
    assert "Sessions of the Conference" in page and "Vienna" in page
    assert re.search(r"creativecommons\.org/licenses/by/4\.0", page)


# Citing ------------------------------------------------------------------------------------


def test_the_citation_file_names_the_current_version() -> None:
    citation = (ROOT / "CITATION.cff").read_text("utf-8")
    assert f"version: {untoc.__version__}" in citation
    assert "cff-version: 1.2.0" in citation and "CC-BY-4.0" in citation
