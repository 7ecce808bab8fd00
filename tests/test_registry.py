"""A table is one declaration plus its record class and its data (issue #17).

A throwaway table, declared here and nowhere else, is loaded by the generic loader, checked by
the registry's rules, and found in JSON, CSV, frames, SQLite, the JSON Schema and the command
line, with no other list to edit.
"""

import contextlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import attrs
import pytest

import untoc
from untoc import _store, _tables, cli, schema
from untoc.model._base import Record, at_least, non_blank, ref, sources_field

DATA = Path(untoc.__file__).parent / "data"


@attrs.frozen(repr=False, kw_only=True)
class Widget(Record):
    """A made-up record: a thing shown at a session."""

    id: str = attrs.field(validator=non_blank)
    session: int = ref("sessions", validator=at_least(1))
    count: int = attrs.field(validator=at_least(0))
    sources: tuple[str, ...] = sources_field()

    def __str__(self) -> str:
        return f"widget {self.id}"


WIDGETS = _tables.Table(
    "widgets",
    Widget,
    key="id",
    row="widget",
    description="Widgets shown at sessions.",
    columns=(("id", "id"), ("session", "session"), ("count", "count"), ("sources", "sources")),
    groups=("session",),
)
"""The one declaration."""

ROWS = [
    {"id": "w1", "session": 12, "count": 3, "sources": ["unodc-2024-10-18-cop12-four-resolutions"]},
    {"id": "w2", "session": 11, "count": 0, "sources": ["unodc-2024-10-18-cop12-four-resolutions"]},
]


def install(root: Path, rows: list[dict[str, object]]) -> None:
    """The bundled data plus ``widgets.json``, signed in the manifest as the build would."""
    text = json.dumps(rows)
    (root / "widgets.json").write_text(text, "utf-8")
    manifest = json.loads((root / "manifest.json").read_text("utf-8"))
    manifest["counts"]["widgets"] = len(rows)
    manifest["files"]["widgets.json"] = _store.digest(text.encode())
    (root / "manifest.json").write_text(json.dumps(manifest), "utf-8")


@pytest.fixture
def widgets(tmp_path: Path) -> Iterator[_store.Store]:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    install(root, ROWS)
    store = _store.Store(_store.Folder(str(root)), _tables.REGISTRY.extended(WIDGETS))
    _store._set(store)
    yield store
    _store.reset()


def test_the_generic_loader_reads_it(widgets: _store.Store) -> None:
    table = widgets.table("widgets")
    assert [w.id for w in table.records] == ["w1", "w2"]
    assert table["w1"].count == 3
    assert [w.id for w in table.by("session")[12]] == ["w1"]


def test_json_round_trips_it(widgets: _store.Store) -> None:
    assert json.loads(untoc.to_json("widgets")) == ROWS
    whole = json.loads(untoc.to_json())
    assert whole["widgets"] == ROWS
    assert untoc.load_json(untoc.to_json())["widgets"] == widgets.table("widgets").records


def test_csv_and_frames_have_its_columns(widgets: _store.Store) -> None:
    lines = untoc.to_csv("widgets").splitlines()
    assert lines == [
        "id,session,count,sources",
        "w1,12,3,unodc-2024-10-18-cop12-four-resolutions",
        "w2,11,0,unodc-2024-10-18-cop12-four-resolutions",
    ]
    frame = untoc.to_pandas("widgets")
    assert list(frame.columns) == ["id", "session", "count", "sources"]
    assert str(frame["count"].dtype) == "Int64"


def test_sqlite_has_it_with_its_keys(widgets: _store.Store, tmp_path: Path) -> None:
    file = tmp_path / "untoc.sqlite"
    untoc.to_sqlite(file)
    with contextlib.closing(sqlite3.connect(file)) as db:
        rows = db.execute('SELECT id, session, count FROM "widgets" ORDER BY id').fetchall()
        links = db.execute('SELECT widget_id, source_id FROM "widgets_sources"').fetchall()
        keys = db.execute("PRAGMA foreign_key_list(widgets)").fetchall()
    assert rows == [("w1", 12, 3), ("w2", 11, 0)]
    assert ("w1", "unodc-2024-10-18-cop12-four-resolutions") in links
    assert [(k[2], k[3], k[4]) for k in keys] == [("sessions", "session", "number")]


def test_the_schema_describes_it() -> None:
    described = schema.json_schema(_tables.REGISTRY.extended(WIDGETS))
    assert described["properties"]["widgets"]["description"] == "Widgets shown at sessions."
    widget = described["$defs"]["Widget"]
    assert widget["required"] == ["id", "session", "count", "sources"]
    assert widget["properties"]["session"]["description"] == "key(s) of the sessions table"


def test_the_command_line_exports_it(
    widgets: _store.Store, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["export", "--format", "csv", "--table", "widgets"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "id,session,count,sources"


def test_its_rules_are_the_registry_s(tmp_path: Path) -> None:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    install(root, [*ROWS, {**ROWS[0], "count": -1, "id": "w3"}])
    store = _store.Store(_store.Folder(str(root)), _tables.REGISTRY.extended(WIDGETS))
    with pytest.raises(
        untoc.DataError, match=r"widgets\.json, record 'w3'.*count must be at least 0"
    ):
        store.table("widgets")
    with pytest.raises(untoc.DataError, match="no sessions record 99"):
        _tables.build(
            WIDGETS,
            [{**ROWS[0], "session": 99}],
            lambda row: Widget(**row),
            store,
        )
