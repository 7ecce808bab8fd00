"""Loading: lazy, once, thread-safe; corrupt data raises DataError and caches nothing."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import untoc
from untoc import _store

DATA = Path(untoc.__file__).parent / "data"


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "data"
    shutil.copytree(DATA, root)
    monkeypatch.setattr(_store, "_data_root", lambda: root)
    _store.reset()
    yield root
    monkeypatch.undo()
    _store.reset()


def edit(root: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    path = root / name
    rows = json.loads(path.read_text("utf-8"))
    change(rows)
    path.write_text(json.dumps(rows), "utf-8")


def test_import_reads_no_data() -> None:
    code = (
        "import sys, untoc; from untoc import _store; "
        "assert _store._store is None; "
        "assert 'cattrs' not in sys.modules, 'cattrs imported at import time'; "
        "assert 'pandas' not in sys.modules; "
        "assert 'importlib.metadata' not in sys.modules; "
        "untoc.sessions(); assert _store._store is not None"
    )
    subprocess.run([sys.executable, "-W", "error", "-c", code], check=True)


def test_loaded_once_across_threads() -> None:
    _store.reset()
    seen: list[object] = []
    barrier = threading.Barrier(32)

    def worker() -> None:
        barrier.wait()
        seen.append(untoc.sessions())

    threads = [threading.Thread(target=worker) for _ in range(32)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 32
    assert all(s is seen[0] for s in seen)


def test_truncated_json(data_copy: Path) -> None:
    path = data_copy / "sessions.json"
    path.write_text(path.read_text("utf-8")[:100], "utf-8")
    with pytest.raises(untoc.DataError, match=r"sessions\.json.*not valid JSON"):
        untoc.sessions()


def test_wrong_type_names_file_and_record(data_copy: Path) -> None:
    def change(rows):  # type: ignore[no-untyped-def]
        rows[-1]["city"] = 12

    edit(data_copy, "sessions.json", change)
    with pytest.raises(untoc.DataError) as info:
        untoc.sessions()
    assert info.value.file == "sessions.json"
    assert "number=" in str(info.value.record)
    assert "city" in str(info.value)


def test_unknown_key(data_copy: Path) -> None:
    edit(data_copy, "resolutions.json", lambda rows: rows[0].update(colour="red"))
    with pytest.raises(untoc.DataError, match="colour"):
        untoc.resolutions()


def test_dangling_source(data_copy: Path) -> None:
    edit(data_copy, "resolutions.json", lambda rows: rows[0].update(sources=["no-such-source"]))
    with pytest.raises(untoc.DataError, match="no-such-source"):
        untoc.resolutions()


def test_duplicate_symbol(data_copy: Path) -> None:
    def change(rows):  # type: ignore[no-untyped-def]
        numbered = next(r for r in rows if r["number"] is not None)
        rows.append({**numbered, "id": numbered["id"] + "-copy"})

    edit(data_copy, "resolutions.json", change)
    with pytest.raises(untoc.DataError, match="duplicate symbol"):
        untoc.resolutions()


def test_duplicate_id(data_copy: Path) -> None:
    edit(data_copy, "sources.json", lambda rows: rows.append(rows[0]))
    with pytest.raises(untoc.DataError, match="duplicate key"):
        untoc.sources()


def test_unknown_topic(data_copy: Path) -> None:
    edit(data_copy, "resolutions.json", lambda rows: rows[0].update(topics=["astrology"]))
    with pytest.raises(untoc.DataError, match="astrology"):
        untoc.resolutions()


def test_session_out_of_range(data_copy: Path) -> None:
    def change(rows):  # type: ignore[no-untyped-def]
        rows[0]["start"] = "1999-01-01"

    edit(data_copy, "sessions.json", change)
    with pytest.raises(untoc.DataError, match="out of range"):
        untoc.sessions()


def test_missing_file(data_copy: Path) -> None:
    (data_copy / "events.json").unlink()
    with pytest.raises(untoc.DataError, match=r"events\.json.*cannot be read"):
        untoc.events()


def test_manifest_counts_checked(data_copy: Path) -> None:
    edit(data_copy, "manifest.json", lambda m: m["counts"].update(sessions=999))
    with pytest.raises(untoc.DataError, match="manifest"):
        untoc.sessions()


def test_failed_load_is_not_cached(data_copy: Path) -> None:
    path = data_copy / "sessions.json"
    good = path.read_text("utf-8")
    path.write_text("[", "utf-8")
    with pytest.raises(untoc.DataError):
        untoc.sessions()
    assert _store._store is None
    path.write_text(good, "utf-8")
    assert untoc.session(12).number == 12


def test_data_error_is_a_value_error() -> None:
    error = untoc.DataError("x.json", "#1", "broken")
    assert isinstance(error, ValueError)
    assert isinstance(error, untoc.UntocError)
    assert str(error) == "invalid untoc data in x.json, record #1: broken"
