"""The examples run: the COP12 overview and the notebook (which writes no file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import untoc

ROOT = Path(__file__).resolve().parent.parent


def test_the_cop12_overview() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "cop12_overview.py")],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert "COP12: the twelfth session, Vienna, 14 October 2024 to 18 October 2024" in lines[3]
    assert "Texts adopted: 4 resolutions stated [1]; 4 held in untoc" in result.stdout
    assert "Sources" in lines


def test_the_notebook_is_generated_from_its_source() -> None:
    pytest.importorskip("nbformat")
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_notebook.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout


@pytest.mark.slow
def test_the_notebook_runs_and_writes_nothing() -> None:
    before = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    )
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "run_notebook.py")],
        check=True,
        capture_output=True,
        timeout=600,
    )
    after = subprocess.run(
        ["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True
    )
    assert after.stdout == before.stdout


def run_example(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "examples" / name), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_party_timeline_gives_the_record_s_counts(tmp_path: Path) -> None:
    import csv

    result = run_example("party_timeline.py", "--csv", str(tmp_path / "parties.csv"))
    assert result.returncode == 0, result.stderr
    with (tmp_path / "parties.csv").open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 * (untoc.data_info().as_of.year - 2003)
    for row in rows:
        count = untoc.party_count(row["instrument"], as_of=row["date"])
        assert (int(row["parties"]), row["precision"]) == (count.value, count.precision)
    # Past the Firearms table (complete through 2014-03-21) a year is a lower bound shown
    # beside the count UNODC's status page stated on 26 September 2008: 77.
    firearms = next(
        r for r in rows if r["instrument"] == "firearms-protocol" and r["date"] == "2015-01-01"
    )
    assert (firearms["precision"], firearms["stated"], firearms["stated_as_of"]) == (
        "lower-bound",
        "77",
        "2008-09-26",
    )


def test_the_party_timeline_draws_its_chart(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    result = run_example("party_timeline.py", "--png", str(tmp_path / "parties.png"))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "parties.png").read_bytes().startswith(b"\x89PNG")
    assert result.stdout.startswith("instrument,date,parties,precision,")


@pytest.mark.parametrize(
    ("sentence", "status", "first_line"),
    [
        # UNODC, 18 October 2024: "A record 1,400 participants from 131 States ..."
        ("131 States attended COP12", 0, "agrees: COP12 states: 131 (exact)"),
        ("COP12 had 140 States", 1, "disagrees: COP12 states: 131 (exact)"),
        # The Executive Director's closing remarks: "more than 770 government representatives".
        (
            "More than 800 government representatives came to COP12",
            0,
            "agrees: COP12 government representatives: more than 770 (lower-bound)",
        ),
        ("COP99 had 5 States", 1, "not found: no session matches '99'"),
    ],
)
def test_the_fact_check_agrees_only_with_the_record(
    sentence: str, status: int, first_line: str
) -> None:
    result = run_example("fact_check.py", sentence)
    assert result.returncode == status, result.stderr
    assert result.stdout.splitlines()[0].startswith(first_line)
    if status == 0:
        assert "  source: UNODC" in result.stdout and "  quote: “" in result.stdout


def test_the_http_api_answers_with_sources_and_refuses_with_untoc_s_words() -> None:
    import importlib.util
    import json
    import threading
    import urllib.error
    import urllib.request

    spec = importlib.util.spec_from_file_location("serve", ROOT / "examples" / "serve.py")
    assert spec is not None and spec.loader is not None
    serve = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(serve)
    httpd = serve.server(0)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{httpd.server_address[1]}"

    def get(path: str) -> tuple[int, dict[str, object]]:
        try:
            with urllib.request.urlopen(base + path, timeout=30) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    try:
        status, body = get("/party-count?instrument=firearms-protocol&as_of=2008-09-26")
        assert status == 200 and body["data"]["value"] == 77  # type: ignore[index]
        assert str(body["sources"][0]).startswith("zmjones/untreaties")  # type: ignore[index]
        status, body = get("/resolutions?topic=firearms")
        ids = [r["id"] for r in body["data"]]  # type: ignore[attr-defined]
        assert status == 200 and ids == [r.id for r in untoc.resolutions_by_topic("firearms")]
        assert get("/nope") == (
            404,
            {"error": "no endpoint matches '/nope' (valid: /sessions, /resolutions, /party-count)"},
        )
        status, body = get("/party-count?as_of=yesterday")
        assert status == 400 and "ISO date" in str(body["error"])
    finally:
        httpd.shutdown()
        httpd.server_close()
