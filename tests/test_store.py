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
        "import sys\n"
        "before = set(sys.modules)\n"
        "import untoc\n"
        "new = set(sys.modules) - before\n"
        "heavy = [m for m in ('attrs', 'cattrs', 'json', 'untoc.model', 'untoc._store', "
        "'pandas', 'importlib.metadata') if m in new]\n"
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
        " 'texts', 'topics', 'bodies', 'meetings', 'session_rows', 'instruments', 'sources')"
        " if s.is_loaded(n)), 'cattrs' in sys.modules, 'importlib.resources' in sys.modules)"
    )
    # Texts refer to sessions, instruments, sources and bodies: checked against the keys of
    # those files, which are not structured; the data folder is read without importlib.resources.
    assert out.split() == ["['texts',", "'topics']", "False", "False"]


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

    def load_everything() -> None:  # a query loads only what it needs: ask for each table
        untoc.resolutions()
        untoc.sources()
        untoc.participants()
        untoc.sessions()

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


def test_a_row_that_is_not_an_object_is_named_by_its_position(data_copy: DataCopy) -> None:
    data_copy.edit("topics.json", lambda rows: rows.insert(0, 1))
    with pytest.raises(untoc.DataError) as info:
        untoc.topics()
    assert (info.value.file, info.value.record) == ("topics.json", "#0")
    assert "expected an object, got int" in str(info.value)


def test_a_long_record_id_is_cut_in_the_message(data_copy: DataCopy) -> None:
    data_copy.edit("sources.json", lambda rows: rows[0].update(id="s" * 100, url=3))
    with pytest.raises(untoc.DataError) as info:
        untoc.sources()
    assert info.value.record == repr("s" * 100)[:80]


def test_a_duplicate_key_names_the_file_and_the_key(data_copy: DataCopy) -> None:
    data_copy.edit("topics.json", lambda rows: rows.append(rows[0]))
    data_copy.edit("manifest.json", lambda m: m["counts"].update(topics=m["counts"]["topics"] + 1))
    with pytest.raises(untoc.DataError) as info:
        untoc.topics()
    first = data_copy.rows("topics.json")[0]["slug"]
    assert (info.value.file, info.value.record) == ("topics.json", repr(first))
    assert str(info.value).endswith(f"duplicate slug {first!r}")


def test_a_file_that_is_not_an_array_of_records(data_copy: DataCopy) -> None:
    data_copy.write("events.json", '{"a": 1}')
    with pytest.raises(untoc.DataError) as info:
        untoc.events()
    assert str(info.value) == "invalid untoc data in events.json: expected a JSON array of records"


def test_nesting_too_deep_inside_a_file(data_copy: DataCopy) -> None:
    data_copy.write("statements.json", "[" * 50_000 + "]" * 50_000)
    with pytest.raises(untoc.DataError) as info:
        untoc.statements()
    assert str(info.value) == "invalid untoc data in statements.json: is nested too deeply"


def test_nan_is_not_a_number_in_a_data_file(data_copy: DataCopy) -> None:
    data_copy.write("observances.json", "[NaN]")
    with pytest.raises(untoc.DataError, match="NaN is not a JSON number"):
        untoc.observances()


def test_a_reference_to_a_text_of_the_record_is_checked() -> None:
    store = _store.get()
    assert "resolution-12-4" in store.keys_of("resolutions")
    assert 12 in store.keys_of("sessions")
    with pytest.raises(KeyError, match="no reference index for table 'events'"):
        store.keys_of("events")


def test_references_are_found_at_any_depth() -> None:
    import attrs

    from untoc.model._base import ref

    @attrs.frozen
    class Leaf:
        sources: tuple[str, ...] = ref("sources")
        label: str = "x"

    @attrs.frozen
    class Middle:
        leaf: Leaf | None
        leaves: tuple[Leaf, ...] = ()
        session: int | None = ref("sessions", default=None)

    @attrs.frozen
    class Top:
        middle: Middle
        topics: tuple[str, ...] = ref("topics", default=())
        note: str | None = None

    record = Top(
        Middle(Leaf(("a",)), (Leaf(("b", "c")), Leaf(())), session=4),
        topics=("t",),
    )
    assert list(_store.references(record)) == [
        ("topics", "t", "topics"),
        ("sessions", 4, "middle.session"),
        ("sources", "a", "middle.leaf.sources"),
        ("sources", "b", "middle.leaves[0].sources"),
        ("sources", "c", "middle.leaves[0].sources"),
    ]
    assert list(_store.references(Middle(None))) == []


def test_composed_fields_hold_no_references_to_check() -> None:
    session = untoc.session(12)
    paths = {path.split(".")[0].split("[")[0] for _, _, path in _store.references(session)}
    assert paths == {"sources", "texts_adopted", "discrepancies"} - (
        set() if session.discrepancies else {"discrepancies"}
    )


def test_loaded_tables_are_read_without_the_lock() -> None:
    untoc.session(12)
    held = threading.Event()
    done = threading.Event()

    def hold() -> None:
        with _store._lock:
            held.set()
            done.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    held.wait(10)
    try:
        answered: list[object] = []
        reader = threading.Thread(target=lambda: answered.append(untoc.session(12)))
        reader.start()
        reader.join(2)
        assert answered, "a loaded table waited for the lock"
    finally:
        done.set()
        holder.join()


def test_reset_forgets_every_table() -> None:
    untoc.sessions()
    store = _store.get()
    assert store.is_loaded("sessions")
    _store.reset()
    assert _store.get() is not store
    assert not _store.get().is_loaded("sessions")


def test_each_loader_keeps_its_own_value() -> None:
    store = _store.get()
    assert store.sources is not store.topics
    assert store.sources is store.sources
    assert (
        type(store.texts).__name__ == "Texts"
        and type(store.participants).__name__ == "Participants"
    )


# Reading only what a query needs ------------------------------------------------------------


def test_texts_link_their_bodies_whether_or_not_the_bodies_are_loaded() -> None:
    # bodies.json: decision 4/4 established the Working Group on Trafficking in Persons;
    # resolution 7/1 instructed three working groups.
    _store.reset()
    store = _store.get()
    seven_one = untoc.resolution("7/1").bodies
    assert not store.is_loaded("bodies")
    assert untoc.resolution("4/4").bodies == ("trafficking-in-persons-working-group",)
    assert seven_one == (
        "trafficking-in-persons-working-group",
        "firearms-working-group",
        "smuggling-of-migrants-working-group",
    )
    _store.reset()
    untoc.bodies()
    assert untoc.resolution("7/1").bodies == seven_one


@pytest.mark.parametrize(
    ("rows", "record", "problem"),
    [
        ('[{"slug": "wg", "texts": 5}]', "'wg'", "malformed record"),
        ('[{"texts": []}]', "#0", "malformed record"),
        ("[1]", "#0", "malformed record"),
        ('{"slug": "wg"}', "#0", "malformed record"),
        ('[{"slug": "wg", "texts": [{"resolution": 5}]}]', "'wg'", "malformed text link"),
        ('[{"slug": "wg", "texts": [7]}]', "'wg'", "malformed text link"),
    ],
)
def test_a_malformed_bodies_file_stops_the_texts(
    data_copy: DataCopy, rows: str, record: str, problem: str
) -> None:
    data_copy.write("bodies.json", rows)
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert (info.value.file, info.value.record) == ("bodies.json", record)
    assert str(info.value).endswith(problem)


def test_a_link_with_no_text_is_no_link(data_copy: DataCopy) -> None:
    def unlink(rows: Any) -> None:
        for body in rows:
            for link in body["texts"]:
                link["resolution"] = None

    data_copy.edit("bodies.json", unlink)
    assert all(r.bodies == () for r in untoc.resolutions())


def test_a_referenced_file_is_checked_when_only_its_keys_are_read(data_copy: DataCopy) -> None:
    data_copy.edit("sessions.json", lambda rows: rows.append(rows[0]))
    data_copy.edit(
        "manifest.json", lambda m: m["counts"].update(sessions=m["counts"]["sessions"] + 1)
    )
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert (info.value.file, info.value.record) == ("sessions.json", "1")
    assert str(info.value).endswith("duplicate number 1")


def test_a_referenced_file_that_is_not_an_array(data_copy: DataCopy) -> None:
    data_copy.write("sessions.json", '{"number": 1}')
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert (
        str(info.value) == "invalid untoc data in sessions.json: expected a JSON array of records"
    )


def test_a_referenced_file_with_the_wrong_count(data_copy: DataCopy) -> None:
    data_copy.edit("sessions.json", lambda rows: rows.pop())
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert info.value.file == "manifest.json"
    assert str(info.value).endswith("sessions: 12 records stated, 11 in the file")


def test_a_reference_to_a_record_the_file_lacks(data_copy: DataCopy) -> None:
    def drop_session_twelve(rows: Any) -> None:
        rows[:] = [r for r in rows if r["number"] != 12]
        rows.append({**rows[0], "number": 99})

    data_copy.edit("sessions.json", drop_session_twelve)
    with pytest.raises(untoc.DataError) as info:
        untoc.resolutions()
    assert info.value.file == "resolutions.json"
    assert "no sessions record 12" in str(info.value)


def test_keys_are_read_once_and_give_way_to_the_loaded_table() -> None:
    _store.reset()
    store = _store.get()
    keys = store.keys_of("sessions")
    assert keys is store.keys_of("sessions")
    assert set(keys) == set(range(1, 13))
    untoc.sessions()
    assert store.keys_of("sessions") is store.session_rows.by_key
    with pytest.raises(KeyError):
        store.keys_of("participation")
    assert _store._plan(untoc.Resolution) is _store._plan(untoc.Resolution)


def test_the_data_folder_is_read_directly_or_through_importlib_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _store.data_root()
    assert type(folder).__name__ == "_Folder"
    assert folder.path == os.path.join(os.path.dirname(untoc.__file__), "data")  # type: ignore[union-attr]
    manifest = folder.joinpath("manifest.json").read_bytes()
    assert manifest.startswith(b"{") and b'"data_version"' in manifest
    monkeypatch.setattr(os.path, "isdir", lambda path: False)
    packaged = _store.data_root()
    assert type(packaged).__name__ != "_Folder"
    assert packaged.joinpath("manifest.json").read_bytes() == manifest


def test_a_table_with_the_wrong_count_names_the_manifest(data_copy: DataCopy) -> None:
    data_copy.edit("topics.json", lambda rows: rows.pop())
    with pytest.raises(untoc.DataError) as info:
        untoc.topics()
    assert (info.value.file, info.value.record) == ("manifest.json", None)
    assert str(info.value).endswith("topics: 18 records stated, 17 in the file")
