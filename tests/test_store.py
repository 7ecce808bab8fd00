"""Loading: lazy table by table, once, thread- and fork-safe; any broken file is a DataError
that names the file and the record's id, and caches nothing (issue #10)."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import threading
from typing import Any

import pytest

import untoc
from untoc import _store

DataCopy = Any  # the data_copy fixture (tests/conftest.py)


def fresh(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-W", "error", "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_reads_no_data_and_imports_nothing_heavy() -> None:
    out = fresh(
        "import sys, untoc\n"
        "heavy = [m for m in ('attrs', 'cattrs', 'json', 'untoc.model', 'untoc._store', "
        "'pandas', 'importlib.metadata') if m in sys.modules]\n"
        "print(heavy)"
    )
    assert out.strip() == "[]"


def test_a_query_loads_only_the_tables_it_needs() -> None:
    out = fresh(
        "import sys, untoc\n"
        "untoc.resolutions_by_topic('firearms')\n"
        "from untoc import _store\n"
        "s = _store.get()\n"
        "print(sorted(n for n in ('participants', 'participation', 'stated_counts', 'events',"
        " 'texts', 'topics') if s.is_loaded(n)), 'cattrs' in sys.modules)"
    )
    assert out.split() == ["['texts',", "'topics']", "False"]


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


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_fork_while_another_thread_loads_does_not_deadlock() -> None:
    _store.reset()
    held = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with _store._lock:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(10)
    pid = os.fork()
    if pid == 0:  # the child: the lock the other thread held must not block it
        try:
            os._exit(0 if untoc.session(12).number == 12 else 1)
        except BaseException:
            os._exit(2)
    release.set()
    holder.join()
    for _ in range(200):
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        threading.Event().wait(0.05)
    else:
        os.kill(pid, 9)
        pytest.fail("the forked child hung")
    assert os.waitstatus_to_exitcode(status) == 0


def _session_name(number: int) -> Any:
    return untoc.session(number)


def test_records_travel_through_a_process_pool() -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        got = pool.map(_session_name, [1, 12], chunksize=1)
    assert got == [untoc.session(1), untoc.session(12)]


# Broken data ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[", "not valid JSON"),
        ("", "not valid JSON"),
        ("[" * 100_000, "nested too deeply"),
        ("1", "expected a JSON array"),
        ("null", "expected a JSON array"),
        ("NaN", "not valid JSON"),
        ('{"number": 1}', "expected a JSON array"),
        ("[]", "0 in the file"),
        ("[" + "9" * 5000 + "]", "not valid JSON"),
        (b"\xff\xfe[]", "not valid JSON"),
    ],
)
def test_a_broken_file_names_itself(data_copy: DataCopy, text: str | bytes, problem: str) -> None:
    data_copy.write("sessions.json", text)
    with pytest.raises(untoc.DataError, match=problem) as info:
        untoc.sessions()
    assert info.value.file in ("sessions.json", "manifest.json")


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda rows: rows[-1].update(city=12), "city: expected a string"),
        (lambda rows: rows[-1].update(start="20241014"), "start: expected a date 'YYYY-MM-DD'"),
        (lambda rows: rows[-1].update(start="2024-W42-1"), "start: expected a date"),
        (lambda rows: rows[-1].update(end=None), "end: expected a date string, got null"),
        (lambda rows: rows[-1].update(colour="red"), "unknown field(s) 'colour'"),
        (lambda rows: rows[-1].pop("city"), "city: is required but missing"),
        (lambda rows: rows[-1].update(report_symbol=7), "report_symbol: expected a string"),
        (lambda rows: rows[-1].update(format="online"), "format: expected one of"),
        (lambda rows: rows[-1]["texts_adopted"][0].update(value="4"), "texts_adopted[0].value"),
        (lambda rows: rows[-1].update(resolutions=[]), "unknown field(s) 'resolutions'"),
    ],
)
def test_a_wrong_value_names_the_record_and_the_field(
    data_copy: DataCopy, change: Any, field: str
) -> None:
    data_copy.edit("sessions.json", change)
    with pytest.raises(untoc.DataError) as info:
        untoc.sessions()
    assert info.value.file == "sessions.json"
    assert info.value.record == "12"
    assert field in str(info.value)


def test_a_huge_integer_inside_a_record(data_copy: DataCopy) -> None:
    data_copy.write(
        "topics.json",
        (data_copy.root / "topics.json").read_text().replace("[", "[" + "1" * 5000 + ",", 1),
    )
    with pytest.raises(untoc.DataError, match=r"topics\.json.*not valid JSON"):
        untoc.topics()


def test_a_dangling_reference_deep_inside_a_record(data_copy: DataCopy) -> None:
    def change(rows: Any) -> None:
        event = next(e for e in rows if e.get("attendees"))
        event["attendees"][0]["sources"] = ["no-such-source"]

    data_copy.edit("events.json", change)
    with pytest.raises(untoc.DataError) as info:
        untoc.events()
    assert info.value.file == "events.json"
    assert info.value.record is not None and info.value.record.startswith("'")
    assert "attendees[0].sources: no sources record 'no-such-source'" in str(info.value)


def test_a_dangling_reference_is_named_by_the_record_id(data_copy: DataCopy) -> None:
    def change(rows: Any) -> None:
        rows[0]["actions"][0]["instrument"] = "kyoto-protocol"

    data_copy.edit("participants.json", change)
    with pytest.raises(untoc.DataError) as info:
        untoc.participants()
    first = data_copy.rows("participants.json")[0]["code"]
    assert info.value.record == repr(first)
    assert "actions[0].instrument: no instruments record 'kyoto-protocol'" in str(info.value)


@pytest.mark.parametrize(
    ("name", "change", "problem"),
    [
        ("resolutions.json", lambda rows: rows[0].update(topics=["astrology"]), "no topics record"),
        ("resolutions.json", lambda rows: rows[0].update(session=99), "no sessions record 99"),
        ("resolutions.json", lambda rows: rows[0].update(subject="  "), "has no subject"),
        ("sources.json", lambda rows: rows.append(rows[0]), "duplicate id"),
        ("sessions.json", lambda rows: rows[0].update(start="1999-01-01"), "outside 2004"),
        ("sessions.json", lambda rows: rows[0].update(end="2004-01-01"), "ends before it starts"),
        (
            "participants.json",
            lambda rows: rows[0]["actions"][0].update(in_force="2004-01-01"),
            r"actions\[0\]: unknown field\(s\) 'in_force'",
        ),
        (
            "participants.json",
            lambda rows: rows[0]["actions"].append(rows[0]["actions"][0]),
            "two actions under",
        ),
        ("manifest.json", lambda m: m["counts"].update(sessions=999), "999 records stated"),
    ],
)
def test_inconsistent_data(data_copy: DataCopy, name: str, change: Any, problem: str) -> None:
    data_copy.edit(name, change)

    def load_everything() -> None:
        untoc.resolutions()
        untoc.sources()
        untoc.participants()

    with pytest.raises(untoc.DataError, match=problem):
        load_everything()


def test_a_duplicate_symbol(data_copy: DataCopy) -> None:
    def change(rows: Any) -> None:
        numbered = next(r for r in rows if r["number"] is not None)
        rows.append({**numbered, "id": numbered["id"] + "-copy"})

    data_copy.edit("resolutions.json", change)
    data_copy.edit(
        "manifest.json", lambda m: m["counts"].update(resolutions=m["counts"]["resolutions"] + 1)
    )
    with pytest.raises(untoc.DataError, match="duplicate symbol Decision 1/1"):
        untoc.resolutions()


def test_a_missing_file(data_copy: DataCopy) -> None:
    (data_copy.root / "events.json").unlink()
    with pytest.raises(untoc.DataError, match=r"events\.json.*cannot be read"):
        untoc.events()


def test_a_failed_load_is_not_cached(data_copy: DataCopy) -> None:
    path = data_copy.root / "sessions.json"
    good = path.read_text("utf-8")
    path.write_text("[", "utf-8")
    with pytest.raises(untoc.DataError):
        untoc.sessions()
    assert not _store.get().is_loaded("session_rows")
    path.write_text(good, "utf-8")
    assert untoc.session(12).number == 12


def test_data_errors_are_value_errors_and_pickle() -> None:
    import pickle

    error = untoc.DataError("x.json", "'a'", "broken")
    assert isinstance(error, ValueError) and isinstance(error, untoc.UntocError)
    assert str(error) == "invalid untoc data in x.json, record 'a': broken"
    assert str(pickle.loads(pickle.dumps(error))) == str(error)
