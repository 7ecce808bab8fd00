"""The benchmark script runs (speed itself is never a test)."""

from __future__ import annotations

import json
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
