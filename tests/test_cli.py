"""The ``untoc`` console script, run through its installed entry point in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = shutil.which("untoc", path=str(Path(sys.executable).parent)) or "untoc"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SCRIPT, *args], capture_output=True, text=True, check=False, timeout=60)


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.returncode == 0
    assert "examples:" in result.stdout
    assert "untoc parties firearms-protocol --as-of" in result.stdout


def test_sessions_text_and_json() -> None:
    text = run("sessions")
    assert text.returncode == 0
    assert "COP12 (twelfth session), Vienna" in text.stdout
    data = json.loads(run("sessions", "--json").stdout)
    assert [s["number"] for s in data] == list(range(1, 13))


def test_session_detail_cites_sources() -> None:
    result = run("session", "12")
    assert result.returncode == 0
    assert "a record 1,400" in result.stdout
    assert "Sources:" in result.stdout
    assert json.loads(run("session", "12", "--json").stdout)["city"] == "Vienna"


def test_resolutions_filters() -> None:
    result = run("resolutions", "--topic", "firearms", "--session", "10", "--json")
    assert result.returncode == 0
    rows = json.loads(result.stdout)
    assert rows
    assert all("firearms" in r["topics"] and r["session"] == 10 for r in rows)


def test_participation_and_parties() -> None:
    assert "COP12" in run("participation").stdout
    result = run("parties", "firearms-protocol", "--as-of", "2008-09-26")
    assert result.returncode == 0
    assert result.stdout.strip().endswith("77 parties")
    later = run("parties", "firearms-protocol", "--as-of", "2018-10-15")
    assert "note:" in later.stderr
    assert json.loads(run("party", "Italy", "--json").stdout)["code"] == "ITA"


def test_search_sources_coverage() -> None:
    assert "resolution" in run("search", "cultural property").stdout
    assert "http" in run("sources").stdout
    assert run("coverage").stdout.startswith("# Data coverage")


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_export(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"resolutions.{fmt}"
    result = run("export", "--format", fmt, "--table", "resolutions", "--output", str(out))
    assert result.returncode == 0
    text = out.read_text("utf-8")
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) > 50
    else:
        assert len(json.loads(text)["resolutions"]) > 50


@pytest.mark.parametrize(
    ("args", "code", "stderr"),
    [
        (("resolution", "6/1"), 1, "Decision 6/1"),
        (("topics", "--bogus"), 2, "unrecognized arguments"),
        (("session", "99"), 1, "session numbers"),
        (("party", "Itly"), 1, "did you mean 'Italy'"),
        (("resolutions", "--topic", "firarms"), 1, "did you mean 'firearms'"),
        (("parties", "convention", "--as-of", "yesterday"), 2, "ISO date"),
        (("export", "--format", "csv"), 2, "needs a table"),
        (("search", "zzzz-nothing"), 1, "no record"),
        ((), 2, "required"),
    ],
)
def test_errors_and_exit_status(args: tuple[str, ...], code: int, stderr: str) -> None:
    result = run(*args)
    assert result.returncode == code
    assert stderr in result.stderr
    assert "Traceback" not in result.stderr


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "untoc", "session", "1"], capture_output=True, text=True, check=True
    )
    assert "COP1 (first session)" in result.stdout
