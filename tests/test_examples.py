"""The examples run: the COP12 overview and the notebook (which writes no file)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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
