"""Exports (JSON, CSV), the shipped JSON Schema, pandas frames and HTML display."""

from __future__ import annotations

import csv
import io
import json
import sys
from pathlib import Path

import attrs
import jsonschema
import pytest

import untoc
from untoc.exports import TABLES, table_records

DATA = Path(untoc.__file__).parent / "data"
SCHEMA = json.loads((DATA / "schema.json").read_text("utf-8"))


def bare(name: str, records: tuple[object, ...]) -> tuple[object, ...]:
    """The records as a data file holds them: no composed or computed parts."""
    if name == "sessions":
        return tuple(
            attrs.evolve(s, resolutions=(), participation=untoc.Participation(), party_counts=())
            for s in records
        )
    if name == "parties":
        return tuple(
            attrs.evolve(p, actions=tuple(attrs.evolve(a, in_force=None) for a in p.actions))
            for p in records
        )
    return records


def test_json_round_trip_gives_equal_objects() -> None:
    back = untoc.load_json(untoc.to_json())
    assert set(back) == set(TABLES)
    for name, records in back.items():
        assert records == bare(name, table_records(name)), name


def test_json_is_stable_and_iso_dated() -> None:
    text = untoc.to_json("sessions")
    assert text == untoc.to_json("sessions")
    first = json.loads(text)["sessions"][0]
    assert list(first)[:4] == ["number", "start", "end", "city"]
    assert first["start"] == "2004-06-28"


def test_shipped_schema_is_generated_from_the_model() -> None:
    assert untoc.json_schema() == SCHEMA
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_data_files_and_exports_validate_against_the_schema() -> None:
    validator = jsonschema.Draft202012Validator(SCHEMA)
    validator.validate(json.loads(untoc.to_json()))
    for name in TABLES:
        validator.validate({name: json.loads((DATA / f"{name}.json").read_text("utf-8"))})
    with pytest.raises(jsonschema.ValidationError):
        validator.validate({"sessions": [{"number": "twelve"}]})


@pytest.mark.parametrize("name", list(TABLES))
def test_csv_has_one_row_per_record(name: str) -> None:
    rows = list(csv.DictReader(io.StringIO(untoc.to_csv(name))))
    assert len(rows) == len(table_records(name))


def test_export_dispatch_and_errors() -> None:
    assert untoc.export("topics", "csv") == untoc.to_csv("topics")
    assert untoc.export() == untoc.to_json()
    with pytest.raises(untoc.InvalidArgumentError, match="valid"):
        untoc.to_csv("nope")
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.export(None, "csv")
    with pytest.raises(untoc.InvalidArgumentError):
        untoc.export("topics", "xml")  # type: ignore[arg-type]
    with pytest.raises(untoc.DataError):
        untoc.load_json("{")
    with pytest.raises(untoc.DataError):
        untoc.load_json('{"sessions": [{"number": 1}]}')


def test_frames_are_typed() -> None:
    sessions = untoc.to_pandas("sessions")
    assert len(sessions) == len(untoc.sessions())
    assert str(sessions["start"].dtype).startswith("datetime64")
    assert str(sessions["participants"].dtype) == "Int64"
    resolutions = untoc.to_pandas("resolutions")
    assert isinstance(resolutions.loc[0, "topics"], list)
    assert str(resolutions["number"].dtype) == "Int64"
    parties = untoc.to_pandas("parties")
    assert len(parties) == sum(len(p.actions) for p in untoc.participants())
    assert str(parties["consent"].dtype).startswith("datetime64")
    with pytest.raises(untoc.InvalidArgumentError, match="sessions"):
        untoc.to_pandas("everything")


def test_collections_to_frame() -> None:
    frame = untoc.resolutions(session=12).to_frame()
    assert len(frame) == 4
    assert list(frame["session"]) == [12, 12, 12, 12]
    assert isinstance(untoc.search("firearms"), untoc.Records)


def test_missing_pandas_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(untoc.MissingDependencyError, match=r"pip install 'untoc\[pandas\]'"):
        untoc.to_pandas("sessions")
    with pytest.raises(ImportError):
        untoc.sessions().to_frame()


def test_html_display() -> None:
    html = untoc.sessions()._repr_html_()
    assert html.startswith("<table>")
    assert html.count("<tr>") == len(untoc.sessions()) + 1
    one = untoc.session(12)._repr_html_()
    assert "Vienna" in one
    assert "Sources:" in one
    from untoc.display import html_table

    escaped = html_table([untoc.Person(name="<script>alert(1)</script>")])
    assert "<script>" not in escaped
    assert "&lt;script&gt;" in escaped


def test_reprs_are_concise() -> None:
    text = repr(untoc.session(12))
    assert len(text) < 400
    assert "<4 texts>" in text
