"""The command line through its entry point: answers with citations, JSON, exit statuses, and
never a traceback (issue #10, #12)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import untoc
from untoc.cli import IO_ERROR, NOT_FOUND, OK, USAGE, main

UNTOC = shutil.which("untoc", path=str(Path(sys.executable).parent)) or "untoc"


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, as a user runs it."""
    return subprocess.run([UNTOC, *argv], capture_output=True, text=True, timeout=120)


def call(*argv: str) -> tuple[int, str, str]:
    """``main`` in-process (fast), with its standard output and error."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def test_session_with_citations_through_the_entry_point() -> None:
    result = run("session", "12")
    assert result.returncode == OK, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("COP12 (twelfth session), Vienna, 2024-10-14 to 2024-10-18 [")
    participants = next(line for line in lines if line.startswith("participants:"))
    assert participants.startswith("participants: a record 1,400 [")
    assert "Sources:" in lines
    assert any("Four resolutions passed" in line for line in lines)


@pytest.mark.parametrize("argv", [["--json", "session", "12"], ["session", "12", "--json"]])
def test_json_before_or_after_the_command(argv: list[str]) -> None:
    status, out, _ = call(*argv)
    assert status == OK
    data = json.loads(out)
    assert data["number"] == 12
    measures = {f["measure"] for f in data["participation"]["figures"]}
    assert {"participants", "states"} <= measures
    assert data["resolutions"][0]["id"] == "resolution-12-4"


@pytest.mark.parametrize(
    ("argv", "check"),
    [
        # Answers whose records are not model records: search hits, coverage and summary rows.
        (["search", "firearms"], lambda d: d[0]["kind"] in {"resolution", "session", "event"}),
        (["coverage"], lambda d: [r["session"] for r in d["sessions"]] == list(range(1, 13))),
        (["participation", "12"], lambda d: d["rows"][0]["session"] == 12),
        # the sessions the data holds participation figures for
        (
            ["participation"],
            lambda d: [r["session"] for r in d["rows"]] == [1, 5, 6, 7, 9, 10, 11, 12],
        ),
        (["body", "firearms"], lambda d: d["slug"] == "firearms-working-group"),
    ],
)
def test_json_of_every_kind_of_answer(argv: list[str], check: Any) -> None:
    status, out, err = call("--json", *argv)
    assert (status, err) == (OK, "")
    assert check(json.loads(out))


def test_json_is_the_record_as_to_json_writes_it() -> None:
    status, out, _ = call("--json", "resolution", "12/4")
    assert status == OK
    exported = next(
        r for r in json.loads(untoc.to_json("resolutions")) if r["id"] == "resolution-12-4"
    )
    composed = {  # built at load from other tables: the CLI shows them, the data files do not
        f.name for f in attrs.fields(untoc.Resolution) if f.metadata.get("composed")
    }
    assert composed == {"bodies", "recalled_by"}
    assert {k: v for k, v in json.loads(out).items() if k not in composed} == exported


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["sessions"], "COP1 (first session), Vienna"),
        (["resolutions", "--topic", "firearms", "--session", "10"], "COP10"),
        (["resolution", "Decision 6/1"], "Decision 6/1"),
        (["resolution", "Resolution 9/1"], "\nReaffirming: Decision 1/2 of 2004-07-07 [1]\n"),
        (["resolution", "Decision 1/2"], "\nNamed by: Decision 2/1, Resolution 9/1\n"),
        (["topics"], "firearms"),
        (["instruments"], "XVIII-12-c"),
        (["instrument", "Palermo Convention"], "United Nations Convention against"),
        (["participation"], "COP12 (2024)"),
        (["count", "convention", "--as-of", "2005-03-04"], "convention parties (2005-03-04): 100"),
        (["parties", "firearms-protocol", "--as-of", "2008-09-26"], "77 parties"),
        (["participants", "firearms-protocol"], "ITA  Italy"),
        (["participant", "Italy"], "Italy (ITA)"),
        (["stated-counts", "firearms-protocol"], "123 parties"),
        (["events", "--session", "12"], "Ministerial"),
        (["observances"], "15 November"),
        (["statements", "--session", "12"], "Ghada Waly"),
        (["search", "cultural property"], "resolution"),
        (["sources"], "https://"),
        (["coverage"], "COP4 (2008)"),
        (["info"], "untoc data"),
    ],
)
def test_a_command_per_collection(argv: list[str], expected: str) -> None:
    status, out, err = call(*argv)
    assert status == OK, err
    assert expected in out


def test_a_count_past_the_window_is_a_lower_bound_with_its_citation() -> None:
    status, out, _ = call("count", "firearms-protocol")
    assert status == OK
    assert "at least" in out and "123 stated as of 2024-05-04" in out
    assert "Sources:" in out and "treaties.un.org" in out


def test_a_count_of_signatories_says_why_it_is_exact() -> None:
    status, out, _ = call("count", "convention", "--signatories", "--as-of", "2024-05-04")
    assert status == OK
    lines = out.splitlines()
    assert lines[0] == "convention signatories (2024-05-04): 147 [1, 2, 3]"
    assert lines[1].startswith("exact: signature closed on 2002-12-12 (article 36), before")
    status, out, _ = call("instrument", "Firearms Protocol")
    assert status == OK and "\nSignatories: 52 [" in out


def test_cite_numbers_the_sources_of_a_list() -> None:
    status, out, _ = call("resolutions", "--session", "12", "--cite")
    assert status == OK
    assert "Resolution 12/4: Enhancing measures" in out and "[1" in out
    assert "Sources:" in out and "\n  [3] UNODC, “Four resolutions passed" in out


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["session", "99"], NOT_FOUND),
        (["topicz"], USAGE),
        ([], USAGE),
        (["session", "1/2"], USAGE),
        (["session", "-1"], USAGE),
        (["parties", "convention", "--as-of", "yesterday"], USAGE),
        (["parties", "convention", "--as-of", "20181015"], USAGE),
        (["resolution", "6/1"], NOT_FOUND),
        (["search", "firarms"], NOT_FOUND),
        (["export", "--format", "csv"], USAGE),
        (["export", "--format", "sqlite"], USAGE),
    ],
)
def test_exit_statuses(argv: list[str], status: int) -> None:
    got, _, err = call(*argv)
    assert got == status
    assert "Traceback" not in err and err.strip()


def test_a_miss_suggests_on_standard_error() -> None:
    status, _, err = call("search", "firarms")
    assert status == NOT_FOUND
    assert "did you mean 'firearms'" in err


def test_output_errors_are_a_message_and_their_own_status(tmp_path: Path) -> None:
    for target in (str(tmp_path / "missing" / "x.json"), str(tmp_path)):
        result = run("export", "--output", target)
        assert result.returncode == IO_ERROR
        assert result.stderr.startswith("untoc: cannot write")
        assert "Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
def test_a_full_disk_is_an_io_error() -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run([UNTOC, "sessions"], stdout=full, stderr=subprocess.PIPE, text=True)
    assert result.returncode == IO_ERROR
    assert "Traceback" not in result.stderr
    assert "cannot write" in result.stderr


def test_a_closed_pipe_ends_quietly() -> None:
    head = subprocess.Popen([UNTOC, "sources"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert head.stdout is not None
    head.stdout.read(10)
    head.stdout.close()
    _, err = head.communicate(timeout=60)
    assert head.returncode == OK
    assert b"Traceback" not in err


def test_exports(tmp_path: Path) -> None:
    target = tmp_path / "resolutions.csv"
    assert (
        call("export", "--format", "csv", "--table", "resolutions", "--output", str(target))[0]
        == OK
    )
    assert target.read_text("utf-8") == untoc.to_csv("resolutions")
    db = tmp_path / "untoc.sqlite"
    assert call("export", "--format", "sqlite", "--output", str(db))[0] == OK
    import sqlite3

    with contextlib.closing(sqlite3.connect(db)) as connection:
        assert connection.execute("SELECT count(*) FROM sessions").fetchone() == (12,)


def test_version() -> None:
    status, out, _ = call("--version")
    assert status == OK
    assert out.strip() == f"untoc {untoc.__version__} (data {untoc.data_info().version})"


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "untoc", "session", "4"], capture_output=True, text=True
    )
    assert result.returncode == OK
    assert "Report: CTOC/COP/2008/19" in result.stdout


@settings(max_examples=120, deadline=None)
@given(
    argv=st.lists(
        st.one_of(
            st.text(max_size=30),
            st.sampled_from(
                [
                    "session",
                    "resolution",
                    "parties",
                    "participant",
                    "search",
                    "export",
                    "count",
                    "--json",
                    "--cite",
                    "--as-of",
                    "--topic",
                    "--format",
                    "csv",
                    "12",
                    "firearms-protocol",
                    "2018-10-15",
                ]
            ),
        ),
        max_size=5,
    )
)
def test_no_argument_list_produces_a_traceback(argv: list[str]) -> None:
    if "--output" in argv or "-o" in argv:
        return
    status, _, err = call(*argv)
    assert status in (OK, NOT_FOUND, USAGE, IO_ERROR)
    assert "Traceback" not in err


# A hostile terminal, a full disk, Ctrl-C (issue #19) -------------------------------------------


@pytest.mark.parametrize("encoding", ["ascii", "latin-1"])
def test_a_terminal_that_cannot_show_the_text_gets_it_with_replacements(encoding: str) -> None:
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    for argv in (["session", "12"], ["participant", "Côte d'Ivoire"], ["search", "tráfico"]):
        result = subprocess.run([UNTOC, *argv], capture_output=True, env=env, timeout=120)
        assert result.returncode == OK, (argv, result.stderr)
        assert b"Traceback" not in result.stderr
        result.stdout.decode(encoding)  # what the terminal was promised


def test_a_closed_standard_output_ends_quietly() -> None:
    result = subprocess.run(
        [UNTOC, "sessions"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=120
    )
    assert result.returncode == OK
    closed = subprocess.run(
        f"'{UNTOC}' sessions >&-", shell=True, stderr=subprocess.PIPE, timeout=120
    )
    assert closed.returncode == OK
    assert closed.stderr == b""


INTERRUPTED_WHILE_ANSWERING = """
import signal, sys, time
# As a terminal starts it: a parent that ignores SIGINT (a test runner's worker, a shell's
# background job) would otherwise pass the ignoring on, and Ctrl-C would never arrive.
signal.signal(signal.SIGINT, signal.default_int_handler)
import untoc.cli as cli
def slow(args, out):
    print("ready", flush=True)
    time.sleep(30)
cli._sessions = slow
sys.exit(cli.main(["sessions"]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_exits_130_with_one_line() -> None:
    import signal

    child = subprocess.Popen(
        [sys.executable, "-c", INTERRUPTED_WHILE_ANSWERING],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130
    assert err == "untoc: interrupted\n"


def _small_files() -> None:  # in the child: files may not grow past 64 kB
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs resource limits")
@pytest.mark.parametrize(
    "argv",
    [
        ["export", "--format", "sqlite"],
        ["export", "--format", "json"],
        ["export", "--format", "csv", "--table", "sources"],
    ],
)
def test_a_full_disk_leaves_the_previous_export_and_exits_3(
    tmp_path: Path, argv: list[str]
) -> None:
    target = tmp_path / "untoc.out"
    target.write_text("the previous good export", "utf-8")
    result = subprocess.run(
        [UNTOC, *argv, "--output", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_small_files,
    )
    assert result.returncode == IO_ERROR, result.stderr
    assert result.stderr.startswith(f"untoc: cannot write {str(target)!r}: ")
    assert len(result.stderr.splitlines()) == 1
    assert target.read_text("utf-8") == "the previous good export"
    assert [p.name for p in tmp_path.iterdir()] == ["untoc.out"]  # no temporary file left


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("", "not a file name"),
        ("   ", "not a file name"),
        ("a\0b", "not a file name"),
        ("{tmp}", "it is a folder"),
        ("{tmp}/missing/x.sqlite", "no folder"),
        ("{tmp}/file/x.sqlite", "no folder"),
    ],
)
def test_to_sqlite_refuses_a_bad_path_with_an_output_error(
    tmp_path: Path, path: str, problem: str
) -> None:
    (tmp_path / "file").write_text("x", "utf-8")
    with pytest.raises(untoc.OutputError, match=problem) as info:
        untoc.to_sqlite(path.format(tmp=tmp_path))
    assert isinstance(info.value, OSError)
    for wrong in (None, 3, b"x.sqlite", True):
        with pytest.raises(untoc.InvalidTypeError):
            untoc.to_sqlite(wrong)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argv", "advice"),
    [
        (["--limit", "2", "search", "firearms"], "untoc search firearms --limit 2"),
        (
            ["--as-of", "2015-01-01", "count", "convention"],
            "untoc count convention --as-of 2015-01-01",
        ),
        (["--json", "--limit=3", "search", "x"], "untoc --json search x --limit=3"),
        (["--frob", "sessions"], "no command takes --frob"),
    ],
)
def test_an_option_before_its_command_is_pointed_out(argv: list[str], advice: str) -> None:
    status, out, err = call(*argv)
    assert status == USAGE and out == ""
    assert advice in err and "invalid choice" not in err


def test_a_count_footnotes_its_own_sources() -> None:
    status, out, _ = call("count", "firearms-protocol", "--as-of", "2015-01-01")
    count = untoc.party_count("firearms-protocol", as_of="2015-01-01")
    assert status == OK
    first = out.splitlines()[0]
    assert first.endswith(f"[{', '.join(str(n) for n in range(1, len(count.sources) + 1))}]")
    assert out.count("\n  [") == len(count.sources)


def test_a_session_prints_the_bureau_its_sources_name() -> None:
    # UNIS/CP/494: "the representatives of Algeria, China, Cyprus, Ecuador, Guatemala, Nigeria,
    # Norway and Slovakia as the other members of the bureau".
    status, out, _ = call("session", "1")
    assert status == OK
    assert (
        "Bureau besides the President (8 named of 9): Algeria, China, Cyprus, Ecuador, "
        "Guatemala, Nigeria, Norway, Slovakia (member of the bureau)"
    ) in out.splitlines()
    status, out, _ = call("session", "2")
    assert status == OK and "Bureau" not in out


def test_sessions_end_with_the_one_only_announced() -> None:
    status, out, _ = call("sessions")
    assert status == OK
    lines = out.splitlines()
    assert lines[-2].startswith("COP12 (twelfth session), Vienna, 2024-10-14 to 2024-10-18")
    assert lines[-1] == (
        "COP13 (thirteenth session), announced for October 2026 (not reported as held)"
    )
