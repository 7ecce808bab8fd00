"""JSON, CSV, SQLite and pandas: one shape per table, round trips equal, broken input refused."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

import untoc
from untoc import _tables


def test_json_round_trip_of_the_whole_record() -> None:
    text = untoc.to_json()
    tables = untoc.load_json(text)
    assert set(tables) == {t.name for t in _tables.TABLES}
    # Records come back as the files hold them: without the parts composed at load.
    raw = json.loads(untoc.to_json("resolutions"))
    assert (
        untoc.load_json(untoc.to_json("resolutions"), table="resolutions") == tables["resolutions"]
    )
    assert [r.bodies for r in tables["resolutions"]] == [()] * len(raw)
    assert [r.id for r in tables["resolutions"]] == [r.id for r in untoc.resolutions()]
    assert tables["sources"] == untoc.sources()
    assert json.loads(text)["manifest"]["data_version"] == untoc.data_info().version


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_json_round_trip_of_each_table(table: _tables.Table) -> None:
    records = untoc.load_json(untoc.to_json(table.name), table=table.name)
    assert untoc.to_json(table.name) == untoc.exports.to_json(table.name)
    assert len(records) == untoc.data_info().counts[table.name]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[]", "expected a JSON object of tables"),
        ("1", "expected a JSON object of tables"),
        ("null", "expected a JSON object of tables"),
        ("NaN", "not valid JSON"),
        ("{", "not valid JSON"),
        ("[" * 100_000, "nested too deeply"),
        ('{"sessions": {}}', "expected a JSON array"),
        ('{"colours": []}', "unknown table 'colours'"),
        ('{"sessions": [{"number": 1}]}', "record 1"),
        ('{"topics": [1]}', "#0"),
    ],
)
def test_load_json_refuses_what_the_model_does_not_allow(text: str, problem: str) -> None:
    with pytest.raises(untoc.DataError, match=problem):
        untoc.load_json(text)


def test_load_json_checks_references_inside_an_export() -> None:
    payload = json.loads(untoc.to_json())
    payload["resolutions"][0]["sources"] = ["no-such-source"]
    with pytest.raises(untoc.DataError, match="sources: no sources record 'no-such-source'"):
        untoc.load_json(json.dumps(payload))


def test_load_json_dates_are_strict_on_every_python() -> None:
    rows = json.loads(untoc.to_json("sessions"))
    rows[0]["start"] = "20040628"
    with pytest.raises(untoc.DataError, match="YYYY-MM-DD"):
        untoc.load_json(json.dumps(rows), table="sessions")


def test_load_json_takes_text() -> None:
    with pytest.raises(untoc.InvalidTypeError):
        untoc.load_json({"sessions": []})  # type: ignore[arg-type]


def read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def test_csv_of_resolutions_has_labels_and_titles() -> None:
    rows = read_csv(untoc.to_csv("resolutions"))
    row = next(r for r in rows if r["symbol"] == "12/4")
    assert row["label"] == "Resolution 12/4"
    assert row["title"].startswith("Enhancing measures to prevent and combat crimes that affect")
    assert row["topics"] == "environment; working-groups"


def test_csv_of_participants_has_one_row_per_instrument_with_dates() -> None:
    rows = read_csv(untoc.to_csv("participants"))
    italy = [r for r in rows if r["code"] == "ITA"]
    assert [r["instrument"] for r in italy] == [
        "convention",
        "trafficking-protocol",
        "smuggling-protocol",
        "firearms-protocol",
    ]
    turkey_firearms = next(
        r for r in rows if r["code"] == "TUR" and r["instrument"] == "firearms-protocol"
    )
    assert (turkey_firearms["consent"], turkey_firearms["consent_kind"]) == (
        "2004-05-04",
        "ratification",
    )
    assert len(rows) == sum(len(p.actions) for p in untoc.participants())


@pytest.mark.parametrize("table", _tables.TABLES, ids=lambda t: t.name)
def test_csv_and_frames_have_the_same_columns(table: _tables.Table) -> None:
    pytest.importorskip("pandas")
    header = untoc.to_csv(table.name).splitlines()[0].split(",")
    assert header == [name for name, _ in table.columns]
    assert list(untoc.to_pandas(table.name).columns) == header


def test_frames_are_typed() -> None:
    pd = pytest.importorskip("pandas")
    frame = untoc.to_pandas("sessions")
    assert pd.api.types.is_datetime64_any_dtype(frame["start"])
    assert str(frame["number"].dtype) == "Int64"
    assert frame.loc[frame.number == 12, "president"].iloc[0] == "Peter Burian"


def test_a_collection_becomes_a_frame_and_csv() -> None:
    pytest.importorskip("pandas")
    firearms = untoc.resolutions(topic="firearms")
    frame = firearms.to_frame()
    assert list(frame["label"]) == [r.label for r in firearms]
    assert read_csv(untoc.to_csv(firearms))[0]["label"] == "Decision 2/5"


def test_csv_refuses_the_nul_character_on_every_python() -> None:
    # Python 3.10's csv cannot write U+0000 and 3.11 can: untoc answers alike on both.
    with pytest.raises(untoc.InvalidArgumentError, match="NUL"):
        untoc.to_csv(("a\x00b",))
    assert read_csv(untoc.to_csv(("a\nb",))) == [{"value": "a\nb"}]


def test_unknown_tables() -> None:
    with pytest.raises(untoc.NotFoundError, match="valid: sources, topics"):
        untoc.to_csv("everything")
    with pytest.raises(untoc.InvalidTypeError):
        untoc.to_csv(42)  # type: ignore[arg-type]


# SQLite ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("sqlite") / "untoc.sqlite"
    untoc.to_sqlite(path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA foreign_keys = ON")
    yield connection
    connection.close()


def test_sqlite_counts_equal_the_api(db: sqlite3.Connection) -> None:
    for table in _tables.TABLES:
        (n,) = db.execute(f'SELECT count(*) FROM "{table.name}"').fetchone()
        assert n == untoc.data_info().counts[table.name], table.name


def test_sqlite_texts_by_topic_through_the_link_table(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """SELECT r.session, r.number, r.kind FROM resolutions r
           JOIN resolutions_topics t ON t.resolution_id = r.id
           JOIN topics ON topics.slug = t.topic_slug
           WHERE topics.label = 'Firearms' ORDER BY r.session, r.number"""
    ).fetchall()
    assert [(s, n) for s, n, _ in rows] == [
        (r.session, r.number) for r in untoc.resolutions_by_topic("firearms")
    ]


def test_sqlite_parties_on_a_date(db: sqlite3.Connection) -> None:
    (n,) = db.execute(
        """SELECT count(*) FROM participants_actions
           WHERE instrument = 'convention' AND consent <= '2005-03-04'"""
    ).fetchone()
    assert n == 100  # UNIS/CP/510: Uruguay, the 100th party, 4 March 2005


def test_sqlite_participation_joins_sessions(db: sqlite3.Connection) -> None:
    rows = db.execute(
        """SELECT s.number, p.value, p.qualifier FROM participation p
           JOIN sessions s ON s.number = p.session
           WHERE p.measure = 'participants' AND s.number = 11 AND p.status IS NOT 'expected'"""
    ).fetchall()
    assert (11, 1500, "more than") in rows


def test_sqlite_keys_are_enforced(db: sqlite3.Connection) -> None:
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO resolutions_topics VALUES ('resolution-12-4', 9, 'astrology')")


def test_sqlite_meta_names_the_data_version(db: sqlite3.Connection) -> None:
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    assert meta["data_version"] == untoc.data_info().version


def test_to_sqlite_replaces_a_file_and_refuses_a_bad_path(tmp_path: Path) -> None:
    target = tmp_path / "x.sqlite"
    target.write_text("not a database")
    untoc.to_sqlite(str(target))
    with contextlib.closing(sqlite3.connect(target)) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (12,)
    with pytest.raises(untoc.OutputError, match="no folder"):
        untoc.to_sqlite(tmp_path / "missing" / "x.sqlite")
