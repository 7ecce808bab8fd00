"""Loading: lazy table by table, once, thread- and fork-safe; every file checked against the
manifest's digest; a broken file is a DataError that names the file and the record, and caches
nothing; the bundled loader and load_json refuse the same damage (issues #10, #17, #19)."""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import threading
from typing import Any

import pytest

import untoc
from untoc import _store, _sync, _tables

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
        "'pandas', 'importlib.metadata', 'importlib_resources') if m in new]\n"
        "print(heavy)"
    )
    assert out.strip() == "[]"


def test_a_query_loads_only_the_tables_it_needs() -> None:
    out = fresh(
        "import sys, untoc\n"
        "untoc.resolutions_by_topic('firearms')\n"
        "from untoc import _store\n"
        "s = _store.get()\n"
        "print(sorted(n for n in s.registry if s.is_loaded(n)), sorted(s._parsed),"
        " 'cattrs' in sys.modules, 'importlib_resources' in sys.modules,"
        " 'untoc.model._parties' in sys.modules)"
    )
    # Texts need their topics, and the bodies' links to them (read from bodies.json without
    # structuring it); the other files are not read; nothing heavy is imported.
    assert out.split() == [
        "['resolutions',",
        "'topics']",
        "['bodies.json']",
        "False",
        "False",
        "False",
    ]


def test_a_query_leaves_the_html_layer_to_the_first_view() -> None:
    out = fresh(
        "import sys, untoc\n"
        "cop12 = untoc.session(12)\n"
        "print('untoc.display' in sys.modules, 'html' in sys.modules)\n"
        "shown = cop12._repr_html_()\n"
        "print('untoc.display' in sys.modules, shown.startswith('<p><strong>COP12'))\n"
        "print(untoc.resolutions(session=12)._repr_html_().count('<tr>'))"
    )
    # Deferred, the view is the same as if the layer had been imported first: a caption,
    # then (for a collection) a header row and one row per text, four at COP12.
    assert out.split() == ["False", "False", "True", "True", "5"]


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


FORK_WHILE_LOADING = """
import os, sys, threading, time
import untoc
from untoc import _store
hung = 0
for attempt in range(int(sys.argv[1])):
    _store.reset()
    threading.Thread(target=lambda: untoc.session(12)).start()
    pid = os.fork()
    if pid == 0:
        os._exit(0 if untoc.session(12).number == 12 and untoc.participant("ITA") else 1)
    deadline = time.monotonic() + 10
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            assert os.waitstatus_to_exitcode(status) == 0, status
            break
        if time.monotonic() > deadline:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            hung += 1
            break
        time.sleep(0.01)
print(hung)
"""


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_fork_while_another_thread_loads_never_deadlocks() -> None:
    # The repro, 50 times in one process: a thread loads (importing lazily) while the
    # main thread forks; each child must answer within 10 seconds.
    result = subprocess.run(
        [sys.executable, "-c", FORK_WHILE_LOADING, "50"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "0"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_a_fork_waits_for_a_load_under_way() -> None:
    held = threading.Event()
    release = threading.Event()

    def hold_the_lock() -> None:
        with _sync.LOCK:
            held.set()
            release.wait(10)

    holder = threading.Thread(target=hold_the_lock)
    holder.start()
    held.wait(10)
    forked: list[float] = []
    timer = threading.Timer(0.3, release.set)
    timer.start()
    import time

    start = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os._exit(0 if untoc.session(12).number == 12 else 1)
    forked.append(time.monotonic() - start)
    holder.join()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert forked[0] >= 0.25  # the fork waited for the holder to release the lock


def _session_name(number: int) -> Any:
    return untoc.session(number)


def test_records_travel_through_a_process_pool() -> None:
    with multiprocessing.get_context("spawn").Pool(2) as pool:
        got = pool.map(_session_name, [1, 12], chunksize=1)
    assert got == [untoc.session(1), untoc.session(12)]


# Integrity: the manifest's digests ------------------------------------------------------------


def test_every_shipped_file_has_its_digest_in_the_manifest() -> None:
    manifest = _store.get().manifest
    assert set(manifest["files"]) == {t.file for t in _tables.TABLES}
    for table in _tables.TABLES:
        data = _store.get()._bytes(table.file)
        assert _store.digest(data) == manifest["files"][table.file]


@pytest.mark.parametrize(
    ("name", "change"),
    [
        # A moved consent date: the shape is kept, only the fact changes.
        ("participants.json", lambda rows: rows[0]["actions"][0].update(consent="2001-01-01")),
        # A record removed with the manifest's count adjusted to match.
        ("sessions.json", lambda rows: rows.pop()),
        ("topics.json", lambda rows: rows[0].update(label="Astrology")),
    ],
)
def test_a_silent_edit_of_an_installed_file_is_refused(
    data_copy: DataCopy, name: str, change: Any
) -> None:
    data_copy.edit(name, change, signed=False)
    if name == "sessions.json":
        data_copy.edit("manifest.json", lambda m: m["counts"].update(sessions=11))
    with pytest.raises(untoc.DataError) as info:
        _store.get().table(name.removesuffix(".json"))
    assert info.value.file == name
    assert str(info.value).endswith(
        "does not match the manifest's digest: the installed data was changed or damaged; "
        "reinstall untoc"
    )


MANIFEST_DAMAGE = [
    (
        lambda m: m["files"].update({"topics.json": "0" * 64}),
        "topics.json",
        "does not match the manifest's digest: the installed data was changed or damaged; "
        "reinstall untoc",
    ),
    (
        lambda m: m["files"].pop("topics.json"),
        "manifest.json",
        "files must give a BLAKE2b-256 digest for each table",
    ),
    (
        lambda m: m["files"].update({"topics.json": "x" * 64}),
        "manifest.json",
        "files must give a BLAKE2b-256 digest for each table",
    ),
    (
        lambda m: m["files"].update({"topics.json": 7}),
        "manifest.json",
        "files must give a BLAKE2b-256 digest for each table",
    ),
    (
        lambda m: m.update(files=[]),
        "manifest.json",
        "files must give a BLAKE2b-256 digest for each table",
    ),
    (
        lambda m: m.update(data_version="next"),
        "manifest.json",
        "data_version must read YYYY.MM.DD (or YYYY.MM.DD.N)",
    ),
    (
        lambda m: m.update(data_version=7),
        "manifest.json",
        "data_version must read YYYY.MM.DD (or YYYY.MM.DD.N)",
    ),
    (
        lambda m: m.update(built_with=["pycountry"]),
        "manifest.json",
        "built_with must map names to versions",
    ),
    (
        lambda m: m.update(built_with={"pycountry": 26}),
        "manifest.json",
        "built_with must map names to versions",
    ),
    (
        lambda m: m.update(built_with={"pycountry": None}),
        "manifest.json",
        "built_with must map names to versions",
    ),
    (
        lambda m: m["counts"].update(topics="18"),
        "manifest.json",
        "counts must give a whole number for each table",
    ),
    (
        lambda m: m["counts"].update(topics=-1),
        "manifest.json",
        "counts must give a whole number for each table",
    ),
    (
        lambda m: m["counts"].pop("topics"),
        "manifest.json",
        "counts must give a whole number for each table",
    ),
    (
        lambda m: m.update(counts=[]),
        "manifest.json",
        "counts must give a whole number for each table",
    ),
    (lambda m: m.update(as_of="soon"), "manifest.json", "as_of is not a date"),
    (lambda m: m.update(as_of=None), "manifest.json", "as_of must be a date 'YYYY-MM-DD'"),
    (lambda m: m.update(description=3), "manifest.json", "description must be a string"),
    (
        lambda m: m.pop("licence"),
        "manifest.json",
        "licence must give the data licence's name, title, path",
    ),
    (
        lambda m: m["licence"].pop("path"),
        "manifest.json",
        "licence must give the data licence's name, title, path",
    ),
]


@pytest.mark.parametrize(
    ("change", "file", "problem"), MANIFEST_DAMAGE, ids=[d[2][:30] for d in MANIFEST_DAMAGE]
)
def test_a_damaged_manifest_is_a_data_error(
    data_copy: DataCopy, change: Any, file: str, problem: str
) -> None:
    data_copy.edit("manifest.json", change)
    with pytest.raises(untoc.DataError) as info:
        _topics_and_info()
    assert str(info.value) == f"invalid untoc data in {file}: {problem}"
    assert (info.value.file, info.value.record) == (file, None)


def test_a_manifest_that_is_not_an_object(data_copy: DataCopy) -> None:
    data_copy.write("manifest.json", "[]")
    with pytest.raises(untoc.DataError) as info:
        untoc.data_info()
    assert str(info.value) == "invalid untoc data in manifest.json: expected a JSON object"


def test_a_manifest_may_leave_out_what_has_a_default(data_copy: DataCopy) -> None:
    def trim(m: Any) -> None:
        del m["description"], m["built_with"]

    data_copy.edit("manifest.json", trim)
    info = untoc.data_info()
    assert (info.description, dict(info.built_with)) == ("", {})
    assert (
        info.version == json.loads((data_copy.root / "manifest.json").read_text())["data_version"]
    )


def test_an_empty_table_loads_as_no_records(data_copy: DataCopy) -> None:
    data_copy.write("statements.json", "[]")
    data_copy.edit("manifest.json", lambda m: m["counts"].update(statements=0))
    assert untoc.statements() == ()


def _topics_and_info() -> None:
    untoc.data_info()
    untoc.topics()


def test_a_key_written_twice_in_the_manifest_is_refused(data_copy: DataCopy) -> None:
    text = (data_copy.root / "manifest.json").read_text("utf-8")
    data_copy.write("manifest.json", text.replace("{", '{"as_of": "2001-01-01",', 1))
    with pytest.raises(untoc.DataError, match="'as_of' is written twice in one object"):
        untoc.data_info()


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


# The same damage, read by the bundled loader (a re-signed file) and by load_json: both refuse
# it, with the same words, because both build records through the model's validators and the
# registry's table rules (issue #17: one definition of a valid record).
DAMAGE = [
    ("sessions", lambda rows: rows[-1].update(start="20241014"), "start: expected a date"),
    ("sessions", lambda rows: rows[-1].update(start="2024-W42-1"), "start: expected a date"),
    ("sessions", lambda rows: rows[-1].update(end=None), "end: expected a date"),
    ("sessions", lambda rows: rows[-1].update(colour="red"), "unknown field(s) 'colour'"),
    ("sessions", lambda rows: rows[-1].pop("city"), "city: is required but missing"),
    ("sessions", lambda rows: rows[-1].update(format="online"), "Session.format must be one of"),
    ("sessions", lambda rows: rows[-1].update(city="  "), "Session.city must be a non-empty"),
    ("sessions", lambda rows: rows[-1].update(number=0), "Session.number must be at least 1"),
    (
        "sessions",
        lambda rows: rows[0].update(end="2004-01-01"),
        "Session.end (2004-01-01) is",
    ),
    (
        "sessions",
        lambda rows: rows[1].update(start="2004-06-30"),
        "starts on or before the last day of session 1",
    ),
    (  # COP1 ended on 8 July 2004: a session cannot open that day either
        "sessions",
        lambda rows: rows[1].update(start="2004-07-08"),
        "starts on or before the last day of session 1",
    ),
    (
        "sessions",
        lambda rows: rows[-1].update(start="2099-01-01", end="2099-01-05"),
        "start 2099-01-01 after the data's as-of date",
    ),
    ("sessions", lambda rows: rows[-1].update(resolutions=[]), "unknown field(s) 'resolutions'"),
    ("sessions", lambda rows: rows.append(rows[0]), "duplicate number 1"),
    (
        "sessions",
        lambda rows: rows[-1]["texts_adopted"][0].update(value=-4),
        "AdoptedCount.value must be at least 0",
    ),
    (  # rule 22 of the rules of procedure: eight Vice-Presidents and a Rapporteur
        "sessions",
        lambda rows: rows[0].update(bureau=rows[0]["bureau"] + rows[0]["bureau"][:2]),
        "Session.bureau holds 10 items, at most 9",
    ),
    (
        "announced_sessions",
        lambda rows: rows[0].update(number=12),
        "session 12 is not after the sessions held",
    ),
    (
        "announced_sessions",
        lambda rows: rows[0].update(status="held"),
        "AnnouncedSession.status must be one of 'announced'",
    ),
    (
        "announced_sessions",
        lambda rows: rows[0].update(period="October 2026"),
        "AnnouncedSession.period must be a year or a year and month",
    ),
    ("resolutions", lambda rows: rows[0].update(subject="  "), "subject must be a non-empty"),
    ("resolutions", lambda rows: rows[-1].update(number=-4), "number must be at least 1"),
    ("resolutions", lambda rows: rows[0].update(titles={"english": "x"}), "ISO 639-1 code"),
    ("resolutions", lambda rows: rows[0].update(titles={"en": ""}), "non-empty string"),
    ("resolutions", lambda rows: rows[0].update(kind="motion"), "Resolution.kind must be one of"),
    (
        "resolutions",
        lambda rows: rows.append({**next(r for r in rows if r["number"]), "id": "copy"}),
        "duplicate symbol Decision 1/1",
    ),
    ("sources", lambda rows: rows.append(rows[0]), "duplicate id"),
    ("sources", lambda rows: rows[0].update(kind="blog"), "Source.kind must be one of"),
    ("topics", lambda rows: rows.insert(0, 1), "expected an object, got int"),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(in_force="2004-01-01"),
        "actions[0]: unknown field(s) 'in_force'",
    ),
    (
        "participants",
        lambda rows: rows[0]["actions"].append(rows[0]["actions"][0]),
        "two actions under",
    ),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(consent_undated="2015-13"),
        "consent_undated must be a year, a year and month",
    ),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(consent_undated="2015"),
        "either dated (consent) or not (consent_undated), not both",
    ),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(consent=None, signature=None),
        "an action has a signature or a consent",
    ),
    ("participants", lambda rows: rows[0].update(code="it"), "an ISO 3166-1 alpha-3 code"),
    ("resolutions", lambda rows: rows[0].update(sources=[1]), "sources: expected an array of str"),
    # References the bundled loader meets while composing: refused as load_json refuses them.
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(instrument="kyoto-protocol"),
        "actions[0].instrument: no instruments record 'kyoto-protocol'",
    ),
    ("meetings", lambda rows: rows[0].update(body="nope"), "body: no bodies record 'nope'"),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(sources=["x", 2]),
        "actions[0].sources: expected an array of strings",
    ),
    ("observances", lambda rows: rows[0].update(month=13), "month must be an int from 1 to 12"),
    ("observances", lambda rows: rows[0].update(month=2, day=30), "not a day of the year"),
    ("conference", lambda rows: rows.append({**rows[0], "short_name": "X"}), "exactly 1 record"),
    ("party_tables", lambda rows: rows.pop(), "one table per instrument"),
    ("meetings", lambda rows: rows[0].update(when_as_stated="soon"), "a year or a year and month"),
    ("meetings", lambda rows: rows[0].update(kind="party"), "Meeting.kind must be one of"),
]


def _load(name: str) -> None:
    _store.get().table(name)


def test_a_session_may_open_on_the_as_of_date(data_copy: DataCopy) -> None:
    as_of = untoc.data_info().as_of.isoformat()

    def open_today(rows: Any) -> None:
        rows[-1].update(start=as_of, end=as_of)

    data_copy.edit("sessions.json", open_today)
    assert untoc.session(12).start.isoformat() == as_of


@pytest.mark.parametrize(("table", "change", "problem"), DAMAGE, ids=[d[2] for d in DAMAGE])
def test_the_bundled_loader_and_load_json_refuse_the_same_damage(
    data_copy: DataCopy, table: str, change: Any, problem: str
) -> None:
    file = f"{table}.json"
    rows = data_copy.rows(file)
    change(rows)
    with pytest.raises(untoc.DataError) as exported:
        untoc.load_json(json.dumps(rows), table=table)
    data_copy.write(file, json.dumps(rows))
    data_copy.edit("manifest.json", lambda m: m["counts"].update({table: len(rows)}))
    with pytest.raises(untoc.DataError) as bundled:
        _load(table)
    assert problem in str(exported.value)
    assert problem in str(bundled.value)
    assert (bundled.value.file, bundled.value.record) == (
        exported.value.file,
        exported.value.record,
    )


# A composed table's records are completed with other tables before they are built, each once:
# a field the completion reads, of the wrong type, is still refused by the record's validators
# (not a TypeError from the completion), and the record names itself.
COMPLETED = [
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(instrument=["convention"]),
        "record 'AFG': actions[0]: Action.instrument must be a non-empty string",
    ),
    (
        "sessions",
        lambda rows: rows[0].update(number=[1]),
        "record #0: Session.number must be an int, not list",
    ),
    (
        "resolutions",
        lambda rows: rows[0].update(id=5),
        "record 5: Resolution.id must be a non-empty string",
    ),
    (
        "meetings",
        lambda rows: rows[0].update(number="3"),
        "record 'environment-expert-group-2025-06': Meeting.number must be an int, not",
    ),
    (
        "meetings",
        lambda rows: rows[0].update(body=["x"]),
        "record 'environment-expert-group-2025-06': Meeting.body must be a non-empty",
    ),
    (
        "meetings",
        lambda rows: rows[0].update(title=5),
        "record 'environment-expert-group-2025-06': Meeting.title must be a non-empty",
    ),
    # The texts compose themselves from their own recalls, read leniently: the decoder names
    # what is wrong with a text, in its own words.
    (
        "resolutions",
        lambda rows: rows[0].update(recalls=None),
        "record 'decision-1-1': recalls: expected an array",
    ),
    (
        "resolutions",
        lambda rows: rows[0].update(recalls=[5]),
        "record 'decision-1-1': recalls[0]: expected an object, got int",
    ),
    ("resolutions", lambda rows: rows.__setitem__(0, None), "record #0: expected an object"),
    (
        "resolutions",
        lambda rows: rows[0].update(id=None),
        "record #0: Resolution.id must be a non-empty string",
    ),
    (
        "resolutions",
        lambda rows: rows[0].update(id=["a"]),
        "record #0: Resolution.id must be a non-empty string",
    ),
    (
        "participants",
        lambda rows: rows[0]["actions"][0].update(consent="9999-12-31"),
        "record 'AFG': actions[0]: date value out of range",
    ),
]


@pytest.mark.parametrize(("table", "change", "problem"), COMPLETED, ids=[c[2] for c in COMPLETED])
def test_a_completed_record_of_the_wrong_shape_is_refused_by_its_validators(
    data_copy: DataCopy, table: str, change: Any, problem: str
) -> None:
    data_copy.edit(f"{table}.json", change)
    with pytest.raises(untoc.DataError) as bundled:
        _store.get().load_all()
    assert f"{table}.json, {problem}" in str(bundled.value)


def test_each_composed_record_is_built_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # 194 participants and 662 actions in participants.json; 60 meetings; 12 sessions; 61 texts.
    # Completing the arguments first builds each once (0.7 built most of them twice).
    from untoc.model import Action, Meeting, Participant, Resolution, Session

    built: dict[str, int] = {}
    for cls in (Action, Meeting, Participant, Resolution, Session):
        init = cls.__init__

        def counting(self: Any, *args: Any, _init: Any = init, **kwargs: Any) -> None:
            built[type(self).__name__] = built.get(type(self).__name__, 0) + 1
            _init(self, *args, **kwargs)

        monkeypatch.setattr(cls, "__init__", counting)
    _store.reset()
    _store.get().load_all()
    assert built == {
        "Action": 662,
        "Participant": 194,
        "Meeting": 60,
        "Session": 12,
        "Resolution": 61,
    }


# What only load_json checks: the types of scalars and references, which the build checked for
# the shipped files (their digests prove they are the files it wrote).
EXPORT_ONLY = [
    ("sessions", lambda rows: rows[-1].update(city=12), "city: expected str, got int"),
    ("sessions", lambda rows: rows[-1].update(report_symbol=7), "expected str, got int"),
    ("sessions", lambda rows: rows[-1].update(number="12"), "expected int, got str"),
    ("resolutions", lambda rows: rows[0].update(topics=["astrology"]), "no topics record"),
    ("resolutions", lambda rows: rows[0].update(session=99), "no sessions record 99"),
    (
        "events",
        lambda rows: next(e for e in rows if e.get("attendees"))["attendees"][0].update(
            sources=["no-such-source"]
        ),
        "attendees[0].sources: no sources record 'no-such-source'",
    ),
]


@pytest.mark.parametrize(
    ("table", "change", "problem"), EXPORT_ONLY, ids=[d[2] for d in EXPORT_ONLY]
)
def test_load_json_refuses_wrong_types_and_dangling_references(
    table: str, change: Any, problem: str
) -> None:
    rows = json.loads(untoc.to_json(table))
    change(rows)
    with pytest.raises(untoc.DataError) as info:
        untoc.load_json(json.dumps(rows), table=table)
    assert problem in str(info.value)
    assert info.value.file == f"{table}.json"


def test_a_huge_integer_inside_a_record(data_copy: DataCopy) -> None:
    data_copy.write(
        "topics.json",
        (data_copy.root / "topics.json").read_text().replace("[", "[" + "1" * 5000 + ",", 1),
    )
    with pytest.raises(untoc.DataError, match=r"topics\.json.*not valid JSON"):
        untoc.topics()


def test_a_missing_file(data_copy: DataCopy) -> None:
    (data_copy.root / "events.json").unlink()
    with pytest.raises(untoc.DataError, match=r"events\.json.*cannot be read"):
        untoc.events()


def test_a_failed_load_is_not_cached(data_copy: DataCopy) -> None:
    path = data_copy.root / "sessions.json"
    good = path.read_text("utf-8")
    data_copy.write("sessions.json", "[")
    with pytest.raises(untoc.DataError):
        untoc.sessions()
    assert not _store.get().is_loaded("sessions")
    data_copy.write("sessions.json", good)
    assert untoc.session(12).number == 12


def test_data_errors_are_value_errors_and_pickle() -> None:
    import pickle

    error = untoc.DataError("x.json", "'a'", "broken")
    assert isinstance(error, ValueError) and isinstance(error, untoc.UntocError)
    assert str(error) == "invalid untoc data in x.json, record 'a': broken"
    assert str(pickle.loads(pickle.dumps(error))) == str(error)


def test_a_long_record_id_is_cut_in_the_message(data_copy: DataCopy) -> None:
    data_copy.edit("sources.json", lambda rows: rows[0].update(id="s" * 100, kind="blog"))
    with pytest.raises(untoc.DataError) as info:
        untoc.sources()
    assert info.value.record == repr("s" * 100)[:80]


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


def test_a_table_with_the_wrong_count_names_the_manifest(data_copy: DataCopy) -> None:
    data_copy.edit("topics.json", lambda rows: rows.pop())
    with pytest.raises(untoc.DataError) as info:
        untoc.topics()
    assert (info.value.file, info.value.record) == ("manifest.json", None)
    assert str(info.value).endswith("topics: 18 records stated, 17 in the file")


# References ------------------------------------------------------------------------------------


def test_references_are_found_at_any_depth() -> None:
    import attrs

    from untoc.model._base import ref, refs

    @attrs.frozen
    class Leaf:
        sources: tuple[str, ...] = refs("sources")
        label: str = "x"

    @attrs.frozen
    class Middle:
        leaf: Leaf | None
        leaves: tuple[Leaf, ...] = ()
        session: int | None = ref("sessions", default=None)

    @attrs.frozen
    class Top:
        middle: Middle
        topics: tuple[str, ...] = refs("topics")
        note: str | None = None

    record = Top(
        Middle(Leaf(("a",)), (Leaf(("b", "c")), Leaf(())), session=4),
        topics=("t",),
    )
    assert list(_tables.references(record)) == [
        ("topics", "t", "topics"),
        ("sessions", 4, "middle.session"),
        ("sources", "a", "middle.leaf.sources"),
        ("sources", "b", "middle.leaves[0].sources"),
        ("sources", "c", "middle.leaves[0].sources"),
    ]
    assert list(_tables.references(Middle(None))) == []


def test_composed_fields_hold_no_references_to_check() -> None:
    session = untoc.session(12)
    paths = {path.split(".")[0].split("[")[0] for _, _, path in _tables.references(session)}
    assert paths == {"sources", "texts_adopted", "discrepancies"} - (
        set() if session.discrepancies else {"discrepancies"}
    )


def test_every_reference_of_the_shipped_data_resolves() -> None:
    # The build checked them (make data); the shipped files are those it wrote.
    store = _store.get()
    for table in _tables.TABLES:
        _tables.check_references(table, store.table(table.name).records, store.keys_of)


# The loaded tables -------------------------------------------------------------------------------


def test_loaded_tables_are_read_without_the_lock() -> None:
    untoc.session(12)
    held = threading.Event()
    done = threading.Event()

    def hold() -> None:
        with _sync.LOCK:
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


def test_a_loaded_table_finds_by_key_name_and_field() -> None:
    texts = _store.get().table("resolutions")
    assert texts.get("resolution-12-4") is texts["resolution-12-4"]
    assert texts.get("no-such-text") is None
    assert [r.id for r in texts.by("session")[12]] == [r.id for r in untoc.resolutions(session=12)]
    assert texts.by("topics") is texts.by("topics")  # grouped once
    firearms = texts.by("topics")["firearms"]
    assert firearms == untoc.resolutions_by_topic("firearms")
    instruments = _store.get().table("instruments")
    assert instruments.find("Palermo Convention").slug == "convention"
    with pytest.raises(untoc.NotFoundError, match="no instrument matches 'Kyoto'"):
        instruments.find("Kyoto")
    with pytest.raises(untoc.NotFoundError, match="no event matches 'x'"):
        _store.get().table("events").find("x")


def test_a_memo_is_computed_once_per_loaded_table() -> None:
    calls: list[int] = []

    def build(table: Any) -> int:
        calls.append(1)
        return len(table)

    sessions = _store.get().table("sessions")
    assert sessions.memo(build) == sessions.memo(build) == 12
    assert calls == [1]


# Reading only what a query needs --------------------------------------------------------------


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
        ('[{"slug": "wg", "texts": [{"resolution": 5.5}]}]', "'wg'", "malformed texts link"),
        ('[{"slug": "wg", "texts": [7]}]', "'wg'", "malformed texts link"),
    ],
)
def test_a_malformed_bodies_file_stops_the_texts(
    data_copy: DataCopy, rows: str, record: str, problem: str
) -> None:
    data_copy.write("bodies.json", rows)
    data_copy.edit("manifest.json", lambda m: m["counts"].update(bodies=1))
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


def test_keys_are_read_from_the_file_once_and_give_way_to_the_loaded_table() -> None:
    _store.reset()
    store = _store.get()
    keys = store.keys_of("sessions")
    assert keys is store.keys_of("sessions")
    assert set(keys) == set(range(1, 13))
    assert not store.is_loaded("sessions")
    untoc.sessions()
    assert set(store.keys_of("sessions")) == set(range(1, 13))
    assert "sessions.json" not in store._parsed  # parsed once; the records are what stays


def test_a_file_read_for_its_keys_is_checked(data_copy: DataCopy) -> None:
    data_copy.edit("sessions.json", lambda rows: rows.append(rows[0]))
    data_copy.edit("manifest.json", lambda m: m["counts"].update(sessions=13))
    with pytest.raises(untoc.DataError) as info:
        _store.get().keys_of("sessions")
    assert (info.value.file, info.value.record) == ("sessions.json", "1")
    assert str(info.value).endswith("duplicate number 1")


def test_the_data_folder_is_read_directly_or_through_importlib_resources(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = _store.data_root()
    assert type(folder) is _store.Folder
    assert folder.path == os.path.join(os.path.dirname(untoc.__file__), "data")
    manifest = folder.joinpath("manifest.json").read_bytes()
    assert manifest.startswith(b"{") and b'"data_version"' in manifest
    monkeypatch.setattr(os.path, "isdir", lambda path: False)
    monkeypatch.delitem(sys.modules, "importlib_resources", raising=False)
    packaged = _store.data_root()
    assert type(packaged) is not _store.Folder
    assert "importlib_resources" in sys.modules  # the declared dependency serves the rest
    assert packaged.joinpath("manifest.json").read_bytes() == manifest


def test_a_key_written_twice_in_a_data_file_is_refused(data_copy: DataCopy) -> None:
    # The repro: a second "short_name" would have become the Convention's short name.
    text = (data_copy.root / "instruments.json").read_text("utf-8")
    data_copy.write(
        "instruments.json", text.replace('"slug":', '"short_name": "Bogus", "slug":', 1)
    )
    with pytest.raises(untoc.DataError, match="'short_name' is written twice in one object"):
        untoc.instruments()
    with pytest.raises(untoc.DataError, match="'short_name' is written twice"):
        untoc.load_json(
            (data_copy.root / "instruments.json").read_text("utf-8"), table="instruments"
        )


@pytest.mark.parametrize(
    ("rows", "record", "problem"),
    [
        ('{"number": 1}', None, "expected a JSON array of records"),
        ("[1]", "#0", "malformed record"),
        ('[{"number": 1.5}]', "#0", "malformed record"),
        ('[{"name": "COP1"}]', "#0", "malformed record"),
    ],
)
def test_a_malformed_file_read_only_for_its_keys_names_itself(
    data_copy: DataCopy, rows: str, record: str | None, problem: str
) -> None:
    data_copy.write("sessions.json", rows)
    data_copy.edit("manifest.json", lambda m: m["counts"].update(sessions=1))
    with pytest.raises(untoc.DataError) as info:
        _store.get().keys_of("sessions")
    assert (info.value.file, info.value.record) == ("sessions.json", record)
    assert str(info.value).endswith(problem)


def test_load_all_loads_the_biggest_tables_first(monkeypatch: pytest.MonkeyPatch) -> None:
    # The parsed JSON of a big file is freed before most records exist (a lower peak RSS).
    # manifest.json: 309 sources, 194 participants, then 77 stated party counts and fewer.
    _store.reset()
    store = _store.get()
    order: list[str] = []
    table = store.table

    def spy(name: str) -> Any:
        order.append(name)
        return table(name)

    monkeypatch.setattr(store, "table", spy)
    store.load_all()
    assert order[:2] == ["sources", "participants"]  # then instruments, which participants need
    assert set(order) == set(store.registry)


def _with_topics_compose(compose: Any) -> _store.Store:
    """A store of the bundled data whose topics table has ``compose`` as its compose step."""
    import attrs

    tables = (attrs.evolve(t, compose=compose) if t.name == "topics" else t for t in _tables.TABLES)
    return _store.Store(_store.data_root(), _tables.Registry(tables))


def test_a_compose_step_that_needs_its_own_table_is_refused() -> None:
    def needs_itself(context: Any) -> dict[type, Any]:
        context.records_of("topics")
        return {}

    store = _with_topics_compose(needs_itself)
    for _ in range(2):  # refused, not left half loaded: the second call says the same
        with pytest.raises(untoc.DataError) as info:
            store.table("topics")
        assert str(info.value) == (
            "invalid untoc data in topics.json: its compose step needs the table itself"
        )


def test_a_failed_compose_step_is_retried_on_the_next_call() -> None:
    calls: list[int] = []

    def fails_once(context: Any) -> dict[type, Any]:
        calls.append(1)
        if len(calls) == 1:
            raise untoc.DataError("instruments.json", None, "cannot be read (a test)")
        return {}

    store = _with_topics_compose(fails_once)
    with pytest.raises(untoc.DataError, match="a test"):
        store.table("topics")
    assert len(store.table("topics")) == 18  # topics.json: 18 topics
    assert len(calls) == 2
