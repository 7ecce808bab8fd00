"""The benchmark script runs (speed itself is never a test)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks" / "bench.py"


@pytest.mark.slow
def test_bench_quick_runs() -> None:
    result = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    numbers = json.loads(result.stdout)
    assert set(numbers["cold_ms"]) == {
        "bare interpreter",
        "import attrs",
        "import pycountry",
        "import untoc",
    }
    assert numbers["load_all_ms"] > 0
    assert set(numbers["peak_rss_mib"]) == {"untoc", "pycountry"}


@pytest.mark.slow
def test_the_profile_script_runs() -> None:
    # benchmarks/stages.py gives docs/architecture.md its profile; one round checks it works.
    result = subprocess.run(
        [sys.executable, str(BENCH.parent / "stages.py"), "1"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    lines = result.stdout.splitlines()
    assert lines[0].startswith("bare interpreter")
    assert any(line.startswith("pycountry's first answer") for line in lines)
    assert re.search(
        r"^the whole record \([0-9]+ records, nested ones included\)", result.stdout, re.M
    )
    assert lines[-1].startswith("the whole record: read, verify, decode, compose, check, index")
